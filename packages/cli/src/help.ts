import type { Locale } from '@law-report/core';

/** The commands, in the order help lists them. */
export const COMMAND_NAMES = ['import', 'validate', 'render', 'aggregate', 'schema', 'serve'] as const;
/** A command's name. */
export type CommandName = (typeof COMMAND_NAMES)[number];

const EXIT_CODES = {
  'zh-CN': `退出码：0 全部通过（可有警告）；1 输入数据有问题（或有文件无法读取）；2 用法或配置有误（参数、名册、截止日期文件、无法写入的 --out、没有可读的输入）。`,
  en: `Exit status: 0 all good (warnings allowed); 1 problems in the input (or a file could not be read); 2 usage or configuration mistakes (a flag, the roster, the deadlines file, an --out that cannot be written, nothing to read).`,
} as const;

const COMMON = {
  'zh-CN': `通用选项：
  --lang zh-CN|en   信息的语言（默认 zh-CN），可写在命令行任意位置
  --catalog 目录.json  本地的扩展指标目录（docs/extending.md）：import、validate、render、aggregate、schema、serve 认得其中的指标；
                    没有它时，汇总把不认得的指标单独合计并在注中列出，不会丢掉
  -h, --help        查看帮助
  --version         显示版本`,
  en: `Options for every command:
  --lang zh-CN|en   language of messages (default zh-CN), anywhere on the line
  --catalog FILE    a town's extension catalog (docs/extending.md) for import, validate, render, aggregate,
                    schema and serve; without it, aggregate totals unknown indicators apart and names them in a note
  -h, --help        help
  --version         print the version`,
} as const;

const COMMANDS: Readonly<Record<Locale, Readonly<Record<CommandName, string>>>> = {
  'zh-CN': {
    import: `law-report import <文件|-> [--format json|markdown|text|html] [--out 文件] [--catalog 目录.json] [--lang zh-CN|en]

读取自由格式的报告（.txt、.md、.html，UTF-8 或 GBK；Word 的 .docx），输出报告 JSON（用 --format 可输出为
Markdown、纯文本或 HTML）。每项数据都带有它在原文中的位置和原句。需要人工核对的内容逐条写到
标准错误输出。空文件、PDF、旧版 .doc、损坏的文件等不是报告的输入：一行说明，退出码 1；已经是报告 JSON 的文件
也一样（它不用导入，请用 validate 或 render）。
文件写 - 时从标准输入读取一份报告（如 cat 报告.txt | law-report import -）；标准输入是终端（没有输入进来）时是用法错误。
目录中指向文件的链接照常读取；指向文件夹的链接不跟随，它和管道、设备一样逐个说明、计为失败（退出码 1）。`,
    validate: `law-report validate <文件|目录|-...> [--profile draft|submit|publish] [--json] [--deadlines 文件.json] [--catalog 目录.json] [--lang zh-CN|en]

按所选档次（默认 submit）检查报告的结构和各项规则。输入可以是报告 JSON、报告数组、JSON Lines
（.jsonl）或包含它们的目录；- 表示从标准输入读取（JSON 或 JSON Lines，读到结束，如
cat 报告.jsonl | law-report validate -），标准输入是终端（没有输入进来）时是用法错误。目录中指向文件的链接照常
读取；指向文件夹的链接不跟随，它和管道、设备一样逐个说明（退出码 1）。每个问题在标准错误输出中占一行：
文件: 路径: 级别: 说明。
  --json        改为在标准输出打印 JSON 结果
  --deadlines   截止日期配置文件，如 {"submit": {"town": "01-31"}}`,
    render: `law-report render <报告.json> --format markdown|text|html|docx [--out 文件] [--catalog 目录.json] [--lang zh-CN|en]

把报告 JSON 输出为 Markdown、纯文本、可打印的 HTML 或 Word 文件（后两种为 GB/T 9704 版式），标题编号
按章节结构重新生成。Word 文件须用 --out 指定文件名。
不是有效报告的文件逐条说明问题，不输出任何内容。`,
    aggregate: `law-report aggregate <文件|目录|-...> [--roster 名册.csv] [--year 年份] [--format table|csv|json] [--deadlines 文件.json] [--catalog 目录.json] [--lang zh-CN|en]

汇总一个县的报告：应报、已报、未报、逾期、未公开；各指标的合计（含“余”的合计是下限）、累计数和
工作目标分列；比率按分子分母重新计算；法定内容覆盖情况和各单位完整度。同一单位多次报送只计最新
一份。读取报告 JSON、数组、JSON Lines（逐行读取）和目录；- 表示从标准输入读取。目录中指向文件夹的链接
不跟随，它和管道、设备一样列为跳过（标准错误输出一行，--format json 的 skipped 中一项，退出码 1）。目录中有多个年度的报告时，请用 --year
指定；未指定时汇总最新年度，并说明其余年度被跳过。CSV 带 UTF-8 BOM，可直接用 Excel 打开。`,
    schema: `law-report schema [--catalog 目录.json]

在标准输出打印报告的 JSON Schema（2020-12），与 @law-report/core/schema.json 相同，严格模式的校验器
（如 Ajv）可直接使用。给了 --catalog 时，输出按该目录专门生成的 Schema：指标键只能是目录（含扩展）
里的或 unclassified，每个指标的计量单位只能是它的常用单位，计数和金额不为负数，比率在 0 到 100 之间。`,
    serve: `law-report serve [--db 文件.sqlite|postgres://…] [--port 8080] [--host 127.0.0.1] [--deadlines 文件.json] [--catalog 目录.json] [--cors 来源,…]

运行县级报告收集服务（JSON 接口，见 /api/openapi.json）：各单位报送，审核人退回、备案、公开，按最新版本汇总。
默认数据库为 .data/law-report.sqlite；PostgreSQL 用 --db postgres://…。
  --portal 目录                     同时在 / 提供静态网页（如 examples/county-portal/dist，npm run build 生成的示例门户）
  --behind-proxy                    前面（本机上）已有 HTTPS 反向代理：只相信来自本机的 X-Forwarded-For/-Proto，
                                    日志记真实的客户地址；--host 不是本机地址时不再提示明文 HTTP
  --trusted-proxy 地址,…            代理在别的机器上：它的地址或网段（如 10.0.0.5、10.0.0.0/24），含 --behind-proxy
  --public-origin 网址              本县对外的网址（如 https://fz.example.gov.cn）：订阅（/reports/feed.xml）中的链接都用它
  --requests-per-address 次数       同一地址一次最多连续请求的次数（默认 300，15 秒内补满，即每秒 20 次），超过的答 429；
                                    带有效令牌的请求只计入该令牌（每个令牌同样的限额），不占地址的份额。各单位经同一个
                                    政务外网出口或同一 NAT 访问时，未登录的请求多可调高（1 到 100000）
  --connections-per-address 个数    同一地址最多同时保持的、尚未发完一个请求的连接数（默认 64，1 到 256）
  --submissions-per-hour 次数       每个令牌每小时最多报送的次数（默认 30，1 到 10000）
  --list-tokens                     以 CSV 列出令牌（编号、角色、名称、标签、生成时间、最近使用、到期时间；不含令牌本身）后退出
  --label 文字                      新令牌的标签（如 党政办 王五），--list-tokens 中显示，用来区分令牌
  --expires 日期|天数               新令牌的有效期：到某天（如 2027-03-31，北京时间当天结束时失效）或若干天（如 90）
  --revoke-token 编号               只注销这一个令牌（编号见 --list-tokens）后退出
  --county 县名                     本县名称（如 青川县），保存到数据库，用于汇总表的文件名；不给时取名册中的上级
  --deadlines 文件.json             截止日期配置（如 {"submit": {"town": "01-31"}}），保存到数据库，以后启动不必再给
  --catalog 目录.json               本县的扩展指标目录（与 aggregate 等命令相同的文件，docs/extending.md），保存到数据库，
                                    以后启动不必再给：报送的校验、汇总（表头用其中的名称）和 --load 都认得本县的
                                    x-<命名空间>.<名称> 指标，/api/info 把它交给网页上的组件
  --roster 名册.csv                 按名册（与 aggregate 相同的 CSV：名称、层级、代码、上级、截止日期）新增或更新单位，
                                    新令牌以 CSV 打印到标准输出（只显示这一次）后退出
  --list-units                      以 CSV 列出名册（单位、层级、代码、上级、截止日期、令牌数）后退出
  --load 文件夹|文件…               把历年的旧报告导入服务（历史导入）后退出：文件夹含子文件夹，Word（.docx/.doc）、文本、
                                    Markdown、HTML、JSON、JSON Lines 都可；单位和年度从报告内容读出，按名册匹配单位
                                    （先用 --roster 导入名册），每份存为标明“历史导入”和来源文件的版本（已备案；报告写明
                                    发布日期的为已公开）。读不了的文件、名册中没有的单位、同一单位同一年内容不同的两份报告
                                    逐条列出；再导入同一文件夹不会重复添加
  --backup 文件                     把 SQLite 数据库备份到这个新文件后退出（服务运行时也可以；PostgreSQL 用 pg_dump）
  --copy-from 数据库               把这个数据库（如 .data/law-report.sqlite）的全部内容复制到 --db 指定的空数据库
                                    （如 postgres://…）后退出：名册、令牌（照常可用）、设置、每份报告的每个版本和审核
                                    记录，原样复制；目标已有数据时拒绝（不会重复复制）。复制前先停下服务
  --add-unit 名称 [--level 乡镇]    为一个报送单位生成令牌，只打印一次后退出；层级写法同名册（town、乡镇、街道、部门…）
  --reissue 名称                    为单位换发令牌（旧令牌失效，单位和报告保留），只打印一次后退出
  --add-reviewer 名称               为县里的审核人生成令牌，只打印一次后退出
  --revoke 名称                     注销这个单位（或审核人）的全部令牌后退出（单位仍在名册中）
单位名称按汇总的规则统一（去掉空格和“人民政府”“办事处”等），同一单位不会重复登记。单位和审核人的名称各自独立；
名称按 NFKC 统一（全角字母、康熙部首写成常用字），含零宽、控制或文字方向字符的名称不予接受。`,
  },
  en: {
    import: `law-report import <file|-> [--format json|markdown|text|html] [--out file] [--catalog catalog.json] [--lang zh-CN|en]

Reads a report (.txt, .md, .html in UTF-8 or GBK; Word .docx) and prints it as Report JSON (or,
with --format, rendered back as Markdown, text or HTML). Every fact carries its span of the
input and its sentence. What needs a person's check goes to stderr, one line each. Input that
is no report (empty, a PDF, an old .doc, a damaged file) gets one line and exit status 1; so does
Report JSON, which needs no import (use validate or render). The file - reads one report from stdin
(cat report.txt | law-report import -); a stdin that is a terminal (nothing piped) is a usage error.
In a folder, a link to a file is read; a link to a folder is not followed and, like a pipe or a device,
is said and counted as failed (exit status 1).`,
    validate: `law-report validate <file|dir|-...> [--profile draft|submit|publish] [--json] [--deadlines file.json] [--catalog catalog.json] [--lang zh-CN|en]

Checks reports against the schema and the rules of the profile (default: submit). Inputs: a
report JSON file, a JSON array of reports, JSON Lines (.jsonl), or a directory of them; - reads
stdin to its end (JSON or JSON Lines: cat reports.jsonl | law-report validate -), and a stdin that
is a terminal (nothing piped) is a usage error. In a folder, a link to a file is read; a link to a
folder is not followed and, like a pipe or a device, is said (exit status 1). Prints one line per
issue on stderr: file: path: severity: message.
  --json        print the results as JSON on stdout instead
  --deadlines   a JSON file of deadline overrides, e.g. {"submit": {"town": "01-31"}}`,
    render: `law-report render <file.json> --format markdown|text|html|docx [--out file] [--catalog catalog.json] [--lang zh-CN|en]

Writes a Report JSON file as Markdown, plain text, print-ready HTML or Word (the last two in the
GB/T 9704 style), numbering the headings from the section tree. Word needs --out. A file that is not a valid report is reported,
one line per problem, and nothing is written.`,
    aggregate: `law-report aggregate <file|dir|-...> [--roster roster.csv] [--year N] [--format table|csv|json] [--deadlines file.json] [--catalog catalog.json] [--lang zh-CN|en]

Aggregates a county's reports: expected, reported, missing, late and unpublished units; totals
per indicator (a total over 余 figures is a lower bound), with 累计 figures and targets apart;
rates recomputed from summed counts; section coverage and each unit's completeness. A unit
that reports twice counts once, with its latest report. Reads report JSON, arrays, JSON Lines
(line by line) and directories; - reads stdin. A link to a folder in a directory is not followed
and, like a pipe or a device, is listed as skipped (a line on stderr, an entry of skipped in
--format json, exit status 1). A directory of several years needs --year; without it the
latest year is aggregated and the others are named as skipped. CSV starts with a UTF-8 BOM
for Excel.`,
    schema: `law-report schema [--catalog catalog.json]

Prints the report JSON Schema (draft 2020-12) on stdout, the same as @law-report/core/schema.json, which
strict validators (Ajv) take as it is. With --catalog, a schema of that catalog's own: an indicator is one
of its keys (extensions included) or unclassified, each in its own measure words; counts and amounts are
never negative, rates lie between 0 and 100.`,
    serve: `law-report serve [--db file.sqlite|postgres://…] [--port 8080] [--host 127.0.0.1] [--deadlines file.json] [--catalog catalog.json] [--cors origin,…]

Runs the county's collection server (a JSON API, described at /api/openapi.json): units submit, the reviewer
returns, files and publishes, the aggregate is of the latest versions. The database is .data/law-report.sqlite
unless --db names another file or a postgres:// URL.
  --portal DIR                     also serve static pages at / (e.g. examples/county-portal/dist, the example portal npm run build makes)
  --behind-proxy                   an HTTPS reverse proxy on this machine is in front: X-Forwarded-For/-Proto are
                                   believed from loopback only, the log names the real client; no plain-HTTP
                                   warning for a non-loopback --host
  --trusted-proxy ADDR,…           a proxy on another machine: its addresses or CIDR ranges (10.0.0.5,
                                   10.0.0.0/24); implies --behind-proxy
  --public-origin URL              the county's public address (https://fz.example.gov.cn): the feed's
                                   (/reports/feed.xml) links are built on it
  --requests-per-address N         how many API requests one client address may make at once (default 300, given
                                   back over 15 s: 20 a second), then 429; a request with a valid token counts
                                   against that token (the same allowance each) instead of the address. Raise it
                                   when units share one gateway (政务外网) or NAT and ask without tokens (1 to 100000)
  --connections-per-address N      how many connections one address may hold that have not yet sent a whole
                                   request (default 64; 1 to 256)
  --submissions-per-hour N         how many reports one token may submit in an hour (default 30; 1 to 10000)
  --list-tokens                    list the tokens as CSV (id, role, name, label, created, last used, expires; never
                                   a token) and exit
  --label TEXT                     a label for the new token (e.g. 党政办 王五), shown by --list-tokens
  --expires DATE|DAYS              the new token stops working after that day in China (2027-03-31) or that many
                                   days (90)
  --revoke-token ID                revoke this one token (ids from --list-tokens) and exit
  --county NAME                    the county's name (e.g. 青川县), kept in the database, for the summary's file
                                   name; without it, the parent most units on the roster share
  --deadlines file.json            deadline overrides (e.g. {"submit": {"town": "01-31"}}), kept in the database:
                                   later starts need not give them again
  --catalog catalog.json           the county's extension catalog (the file aggregate and the others take,
                                   docs/extending.md), kept in the database: submissions, the aggregate (its
                                   columns labelled) and --load know the county's x-<namespace>.<name> indicators,
                                   and /api/info gives it to the pages' elements; later starts need not give it again
  --roster roster.csv              add or update the units of a roster (the CSV aggregate reads: name, level,
                                   code, parent, deadline), print their new tokens as CSV once and exit
  --list-units                     print the roster as CSV (name, level, code, parent, deadline, tokens) and exit
  --load DIR|FILE…                 load old reports of any years into the server (历史导入) and exit: folders
                                   (recursively) and files, Word (.docx/.doc), text, Markdown, HTML, JSON, JSON
                                   Lines; each report's unit and year read from it, the unit matched to the roster
                                   (load it first with --roster), each kept as a version marked 历史导入 with its
                                   file (filed; published when the report gives its publication date). Files it
                                   cannot read, units not on the roster and two different reports of one unit and
                                   year are listed; loading the same folder again adds nothing
  --backup FILE                    back the SQLite database up into this new file and exit (safe while the
                                   server runs; for PostgreSQL use pg_dump)
  --copy-from DB                   copy everything the database DB keeps (e.g. .data/law-report.sqlite) into the
                                   empty database --db names (e.g. postgres://…) and exit: the roster, the tokens
                                   (they go on working), settings, every version and step of review of every
                                   report, as they are; a target that holds anything is refused (so never twice).
                                   Stop the server first
  --add-unit NAME [--level town]   create a token for a reporting unit, print it once and exit; levels as in
                                   the roster (town, 乡镇, 街道, department, 部门…)
  --reissue NAME                   give a unit a new token (its old ones stop working; the unit and its reports
                                   stay), print it once and exit
  --add-reviewer NAME              create a token for the county's reviewer, print it once and exit
  --revoke NAME                    delete every token of that unit (or reviewer) and exit (a unit stays listed)
Unit names are matched as the aggregator matches them (spaces, 人民政府, 办事处…): no unit is listed twice.
Units' and reviewers' names are apart; names are NFKC-normalised (full-width letters, Kangxi radicals), and a
name with a zero-width, control or text-direction character is refused.`,
  },
};

/**
 * The help of one command, or of `law-report` itself, in `locale`.
 *
 * @example commandHelp('en', 'schema').startsWith('law-report schema') // true
 */
export function commandHelp(locale: Locale, name?: CommandName, version = ''): string {
  if (name) return `${COMMANDS[locale][name]}\n\n${COMMON[locale]}\n\n${EXIT_CODES[locale]}`;
  const title =
    locale === 'en'
      ? `law-report ${version}: tools for annual rule-of-law government reports (法治政府建设年度报告)`
      : `law-report ${version}：法治政府建设年度报告工具`;
  const usage =
    locale === 'en' ? 'Usage: law-report <command> [options]\n\nCommands:' : '用法：law-report <命令> [选项]\n\n命令：';
  const more =
    locale === 'en'
      ? 'Run `law-report <command> --help` for details.'
      : '运行 `law-report <命令> --help` 查看详细说明。';
  const list = COMMAND_NAMES.map((command) => `  ${COMMANDS[locale][command].split('\n')[0] ?? command}`).join('\n');
  return `${title}\n\n${usage}\n${list}\n\n${COMMON[locale]}\n\n${EXIT_CODES[locale]}\n\n${more}`;
}
