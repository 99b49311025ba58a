import { formatMessage, type Locale } from '@law-report/core';

/** The command's own strings; issue messages come from @law-report/core. */
const strings = {
  'zh-CN': {
    usageHint: '运行 `law-report --help` 查看用法。',
    unknownCommand: '未知命令“{command}”。',
    unknownOption: '未知选项“{option}”。',
    badOptionValue: '选项“{option}”缺少取值或取值不对。',
    badWholeNumber: '选项“{option}”应为 1 到 {max} 之间的整数。',
    badArguments: '命令行参数有误。',
    unexpectedArgument: '多余的参数“{argument}”。',
    missingFiles: '请指定至少一个报告文件或目录。',
    badProfile: '--profile 只能是 draft、submit 或 publish。',
    badLang: '--lang 只能是 zh-CN 或 en。',
    badDeadlines: '无法读取截止日期配置 {file}：{reason}',
    badCatalog: '无法使用扩展指标目录 {file}：{reason}',
    reportOk: '{source}：通过',
    summary: '共检查 {reports} 份报告：{passed} 份通过，{failed} 份有错误；{warnings} 条警告。',
    noSuchFile: '无法读取：文件或目录不存在',
    emptyDirectory: '目录中没有 .json 或 .jsonl 文件',
    permissionDenied: '无法读取：没有读取权限',
    isDirectory: '无法读取：这是一个目录',
    notRegularFile: '无法读取：不是普通文件（是设备、管道或套接字）',
    folderLink: '这是指向文件夹的链接，没有跟随（要读取其中的报告，请直接给出那个文件夹）',
    reportNotJson:
      '没有读取：这是 Word、文本或网页文件，这里只读报告 JSON（如果它是一份报告，请先用 law-report import 转成 JSON 并核对，或用 law-report serve --load 载入）',
    stdinName: '<标准输入>',
    stdinIsTerminal:
      '“-”表示从标准输入读取报告，但没有内容输入进来（标准输入是终端）。请用管道或重定向，如 cat 报告.json | law-report validate -，或 law-report validate - < 报告.json。',
    stdinTwice: '“-”（标准输入）只能给一次。',
    stdinAlone: 'import 从标准输入（“-”）读取时只能读这一份，不能再给其他文件或目录。',
    fileTooLarge: '无法读取：文件太大（许多报告请存为 JSON Lines，每行一份，逐行读取）',
    cannotRead: '无法读取（{reason}）',
    internal: '内部错误：{message}。请把这条信息报告给开发者。',
    missingFile: '请指定一个文件。',
    badFormat: '--format 只能是 {formats}。',
    imported: '已导入 {file}（{encoding}）：{sections} 个章节，{metrics} 项指标，{notes} 条需要核对。',
    written: '已写入 {file}。',
    reportTooLarge: '读出的报告太大（{metrics} 项指标），无法写出：请检查原文是否有大量重复的内容。',
    batchIsJsonLines: '导入多个文件或一个目录时输出 JSON Lines（每行一份报告），不能用 --format。',
    noReportFiles: '没有找到报告文件（.txt、.md、.html、.docx）。',
    alreadyReportJson: '这已经是报告 JSON，不用导入：检查用 law-report validate，输出为文档用 law-report render。',
    importing: '导入',
    tokensRevoked: '已注销“{name}”的 {count} 个令牌。',
    tokenCreated: '已为“{name}”生成令牌（只显示这一次，请妥善保存）：',
    serving: '报告收集服务已启动：{address}（数据库：{db}）。按 Ctrl+C 停止。',
    hiddenCharacter:
      '名称“{name}”含有看不见的字符 {code}（零宽字符、控制字符或文字方向标记），会与别的名称混淆，已拒绝。',
    plainHttp:
      '注意：服务在 {host} 上以明文 HTTP 提供，令牌和报告会不加密地经过网络。请在前面放一个 HTTPS 反向代理（如 nginx，服务只听 127.0.0.1），见 docs/server.md；已有代理时加 --behind-proxy。',
    backupPostgres:
      'PostgreSQL 数据库请用它自己的工具备份：pg_dump -Fc 数据库名 > 备份.dump（恢复用 pg_restore），见 docs/server.md。',
    backupFailed: '备份没有完成：{reason}',
    backupNoDatabase: '数据库 {db} 不存在。',
    backupExists: '{file} 已经存在，备份不会覆盖已有的文件，请换一个文件名。',
    backupNotFolder: '{folder} 不是文件夹，备份无法放在它下面。',
    backupNotWritable: '不能在文件夹 {folder} 中写入（没有写入权限，或是只读的），请换一个文件夹。',
    backupNotDatabase: '{db} 不是 SQLite 数据库。',
    backupCannotCreate: '在 {folder} 中不能新建文件夹或文件，无法写入 {file}，请换一个文件夹。',
    backupCannotWrite: '无法写入 {file}（{code}），请换一个可以写入的文件夹。',
    backedUp: '已备份到 {to}。恢复时停下服务，用 --db 指向这个文件启动即可。',
    copySourceMissing: '--copy-from 的数据库 {file} 不存在。',
    copied:
      '已把 {from} 复制到 {to}：{units} 个单位、{tokens} 个令牌、{settings} 项设置、{reports} 份报告（{versions} 个版本、{steps} 条审核记录）。令牌照常可用；以后用 --db 指向新数据库启动服务。',
    copyTargetNotEmpty:
      '没有复制：{to} 里已经有数据（{units} 个单位、{tokens} 个令牌、{settings} 项设置、{reports} 份报告）。复制只写入空的数据库，不会和已有的数据混在一起，也不会重复复制；请新建一个空数据库（如 createdb law_report）再复制。',
    serverMissing:
      'law-report serve 需要 @law-report/server 包，它没有随命令行一起安装（其中有数据库驱动，需要编译）。请在同一个项目里运行：npm install @law-report/server',
    passwordInUrl:
      '注意：--db 中写了数据库密码，同一台电脑上的其他用户能在进程列表里看到。请改用 PGPASSWORD 环境变量或 ~/.pgpass 文件。',
    portalHoldsDatabase:
      '--portal 的文件夹 {portal} 包含数据库 {db}：这样数据库可能被人下载，已拒绝启动。请把门户放在另一个文件夹（如 examples/county-portal/dist）。',
    unitExists: '“{given}”就是名册中的“{name}”，已经有了；要换发令牌请用 --reissue {name}。',
    noSuchUnit: '名册中没有“{name}”。用 --list-units 查看名册，用 --add-unit 或 --roster 添加。',
    tokenReissued:
      '已为“{name}”换发令牌，旧令牌 {count} 个已失效（单位和报告都保留）。新令牌只显示这一次，请妥善保存：',
    rosterApplied:
      '名册 {file}：新增 {added} 个单位，更新 {updated} 个，未变 {unchanged} 个；{tokens} 个新令牌见标准输出（只显示这一次，请妥善保存）。',
    rosterProblem: '{file} 第 {line} 行：{reason}',
    rosterRefused: '{file}：{reason}',
    rosterSameUnit: '“{name}”与“{other}”是同一个单位，已跳过。',
    rosterCodeTaken: '代码 {code} 已属于“{other}”，不能再给“{name}”。',
    loadReading: '读取',
    loadLoading: '历史导入',
    loadNotReportFile:
      '不是能读取的报告文件（能读取 Word .docx/.doc、文本 .txt、Markdown .md、网页 .html、JSON .json、JSON Lines .jsonl）',
    loadEmptyFolder: '文件夹中没有文件',
    loadNoUnit: '没有读出单位名称（标题和落款中都没有）',
    loadNoYear: '没有读出报告年度（标题、落款和正文中都没有年份，{year} 只是按今天推定的）',
    loadUnreadable: '{file}：未导入，{reason}。',
    loadUnknownUnit:
      '{file}：未导入，单位“{name}”（{year} 年）不在名册中。若是本县单位，用 --roster 或 --add-unit 加入名册后再导入一次。',
    loadAmbiguousUnit:
      '{file}：未导入，单位“{name}”（{year} 年）可能是名册中的几个单位之一，请在报告中写明上级或代码后再导入。',
    loadTwiceLater:
      '{unit} {year} 年有 {count} 份内容不同的报告：{files}。已按日期先后都存为版本，以最晚的 {latest} 为准，请核对。',
    loadTwiceSameDate:
      '{unit} {year} 年有 {count} 份内容不同的报告：{files}，最晚的日期相同。都已存为版本，按文件名（与汇总相同）以 {latest} 为准，请核对；若应以另一份为准，请在审核中处理。',
    loadNewVersion:
      '{file}：{unit} {year} 年已有第 {previous} 版（导入自 {from}），这份日期更晚（或是同一文件改过），存为第 {version} 版并以它为准，请核对。',
    loadRefusedSubmitted:
      '{file}：未导入，{unit} {year} 年的报告已由单位自己报送或正在审核（第 {version} 版，{status}），历史导入不放在它上面。',
    loadRefusedNotLater:
      '{file}：未导入，{unit} {year} 年已有日期不早于它、内容不同的报告（第 {version} 版，导入自 {from}）。',
    loadCopy: '{file}：与 {of} 内容相同，只存一份。',
    loadEmptyRoster:
      '名册是空的，报告无法对应到单位：请先用 --roster 名册.csv（或 --add-unit）登记本县的单位，再导入一次（可写在一起：--roster 名册.csv --load 文件夹）。',
    loadDone:
      '历史导入：{files} 个文件，读出 {reports} 份报告；新增 {added} 份，已经有了 {present} 份，重复只存一份 {copies} 份；{listed} 项需要处理（见上）。',
    unitsHeader: '名称,层级,代码,上级,截止日期,令牌数',
    tokenListHeader: '编号,角色,名称,标签,生成时间,最近使用,到期时间',
    tokenExpires: '这个令牌的有效期到 {day}（北京时间）为止。',
    badExpires: '--expires 须是今天以后的日期（如 2027-03-31，当天北京时间结束时失效）或天数（如 90，1 到 3650 天）。',
    badLabel: '--label 最多 200 个字符。',
    revokeAmbiguous:
      '“{name}”既是单位名称又是审核人名称：请用 --revoke-token 编号只注销其中一个（编号见 --list-tokens）。',
    tokenRevoked: '已注销编号为 {id} 的令牌。',
    noSuchToken: '没有编号为 {id} 的令牌（用 --list-tokens 查看）。',
    tokensHeader: '名称,层级,代码,令牌',
    deadlinesKept: '已把 {file} 中的截止日期保存到数据库；以后启动不必再给 --deadlines。',
    catalogKept:
      '已把 {file} 中的扩展指标目录（{namespaces}）保存到数据库：报送的校验、汇总和 --load 都认得其中的指标；以后启动不必再给 --catalog。',
    batchDone: '已导入 {imported} 份报告，{failed} 份失败，{notes} 条需要核对。',
    docxNeedsOut: '--format docx 写出的是 Word 文件，请用 --out 指定文件名，如 --out report.docx。',
    cannotWrite: '无法写入 {file}：{reason}',
    writeIsDirectory: '这是一个文件夹，不是文件',
    writeNoFolder: '它所在的文件夹不存在',
    writeNotFolder: '路径中有一段不是文件夹',
    writeDenied: '没有写入权限',
    writeNoSpace: '磁盘已满',
    writeReadOnly: '这个位置只能读、不能写',
    writeFailed: '系统没有写入成功',
    badYear: '--year 应为年份，如 2023。',
    noReports: '没有读到任何报告。',
    severalYears:
      '读到 {years} 年的报告；未指定 --year，汇总最新的 {year} 年，其余 {count} 份已跳过（用 --year 选择年度）。',
    summaryTitle: '{year}年法治政府建设年度报告汇总',
    coverage:
      '应报 {expected}，已报 {reported}（报送率 {reportedRate}），按时 {onTime}（按时报送率 {onTimeRate}），已公开 {published}（公开率 {publishedRate}）',
    missingList: '未报送：{names}',
    notYetDueList: '尚未报送（截止日期未到）：{names}',
    dueBy: '{unit}（{date}前报送即可）',
    // Which days 按时 and 逾期 were judged by: a county's own deadlines are not the defaults, and the table says so.
    judgedBy: '按时与否按截止日期判断：报送 {submit}；公开 {publish}（{source}）',
    deadlineUnits: '{date}（{count} 个单位）',
    sourceDefault: '全国默认的截止日期；县里另有规定的，请用 --deadlines 指定',
    sourceFile: '按 --deadlines 文件',
    sourceRoster: '按名册中各单位的截止日期，其余为全国默认',
    sourceBoth: '按 --deadlines 文件和名册中各单位的截止日期',
    lateList: '逾期报送：{names}',
    unpublishedList: '未公开：{names}',
    publishedLateList: '逾期公开：{names}',
    daysLate: '{unit}（逾期 {days} 天）',
    none: '无',
    indicatorHeader: '指标|合计|限定|报送单位|最小|最大|中位数',
    rateHeader: '比率|重算值|分子|分母|纳入单位|仅报比率|所报比率范围',
    sectionHeader: '法定内容|包含该内容的报告数',
    unitHeader: '单位|状态|报送日期|截止日期|逾期天数|完整度（%）',
    unlistedList: '不在名册中（未计入）：{names}',
    apartHeader: '指标|口径|合计|报送单位',
    notRecomputed: '无法重算',
    supersededList: '已被更新报告替代（未计入）：{names}',
    skippedCount: '跳过 {count} 项，见上方说明。',
  },
  en: {
    usageHint: 'Run `law-report --help` for usage.',
    unknownCommand: 'Unknown command "{command}".',
    unknownOption: 'Unknown option "{option}".',
    badOptionValue: 'The option "{option}" lacks its value or has a wrong one.',
    badWholeNumber: 'The option "{option}" takes a whole number from 1 to {max}.',
    badArguments: 'The command line is wrong.',
    unexpectedArgument: 'Unexpected argument "{argument}".',
    missingFiles: 'Give at least one report file or directory.',
    badProfile: '--profile must be draft, submit or publish.',
    badLang: '--lang must be zh-CN or en.',
    badDeadlines: 'Cannot read the deadline configuration {file}: {reason}',
    badCatalog: 'Cannot use the extension catalog {file}: {reason}',
    reportOk: '{source}: ok',
    summary:
      'Checked {reports} {reports|report|reports}: {passed} passed, {failed} with errors; {warnings} {warnings|warning|warnings}.',
    noSuchFile: 'cannot read: no such file or directory',
    emptyDirectory: 'the directory holds no .json or .jsonl files',
    permissionDenied: 'cannot read: permission denied',
    isDirectory: 'cannot read: it is a directory',
    notRegularFile: 'cannot read: not a regular file (a device, a pipe or a socket)',
    folderLink: 'a link to a folder, not followed (to read the reports in it, name that folder itself)',
    reportNotJson:
      'not read: a Word, text or web-page file; only report JSON is read here (if it is a report, convert it with law-report import and check it first, or load it with law-report serve --load)',
    stdinName: '<stdin>',
    stdinIsTerminal:
      '"-" reads the report from stdin, but nothing is piped in (stdin is a terminal). Pipe or redirect it: cat report.json | law-report validate -, or law-report validate - < report.json.',
    stdinTwice: '"-" (stdin) can be given once only.',
    stdinAlone: 'import reads stdin ("-") alone: give no other file or folder with it.',
    fileTooLarge: 'cannot read: the file is too large (keep many reports as JSON Lines, one a line, read line by line)',
    cannotRead: 'cannot read ({reason})',
    internal: 'Internal error: {message}. Please report this to the developers.',
    missingFile: 'Give one file.',
    badFormat: '--format must be {formats}.',
    imported:
      'Imported {file} ({encoding}): {sections} {sections|section|sections}, {metrics} {metrics|metric|metrics}, {notes} to check.',
    written: 'Wrote {file}.',
    reportTooLarge:
      'the report read is too large to write ({metrics} figures): check whether the text repeats itself a great many times.',
    batchIsJsonLines:
      'Importing several files or a folder writes JSON Lines (one report a line): --format does not apply.',
    noReportFiles: 'No report files found (.txt, .md, .html, .docx).',
    alreadyReportJson:
      'this is a Report JSON already, nothing to import: check it with law-report validate, write it as a document with law-report render.',
    importing: 'importing',
    tokensRevoked: 'Revoked {count} {count|token|tokens} of “{name}”.',
    tokenCreated: 'A token for “{name}” (shown this once only; keep it safe):',
    serving: 'The collection server is running at {address} (database: {db}). Ctrl+C stops it.',
    hiddenCharacter:
      'The name “{name}” holds the invisible character {code} (zero-width, control or text-direction), which would make it look like another name: refused.',
    plainHttp:
      'Note: the server answers on {host} in plain HTTP: tokens and reports cross the network unencrypted. Put an HTTPS reverse proxy in front (e.g. nginx, the server listening on 127.0.0.1), see docs/server.md; with one in front, add --behind-proxy.',
    backupPostgres:
      'Back up a PostgreSQL database with its own tools: pg_dump -Fc dbname > backup.dump (restore with pg_restore); see docs/server.md.',
    backupFailed: 'The backup was not made: {reason}',
    backupNoDatabase: 'there is no database {db}.',
    backupExists: '{file} exists already; a backup never writes over a file, choose another name.',
    backupNotFolder: '{folder} is not a folder, so the backup cannot go under it.',
    backupNotWritable: 'cannot write in the folder {folder} (no permission, or read-only); choose another folder.',
    backupNotDatabase: '{db} is not a SQLite database.',
    backupCannotCreate: 'nothing can be made in {folder}, so {file} cannot be written; choose another folder.',
    backupCannotWrite: 'cannot write {file} ({code}); choose a folder you can write in.',
    backedUp: 'Backed up to {to}. To restore, stop the server and start it with --db pointing at this file.',
    copySourceMissing: 'There is no database at {file} (--copy-from).',
    copied:
      'Copied {from} into {to}: {units} {units|unit|units}, {tokens} {tokens|token|tokens}, {settings} {settings|setting|settings}, {reports} {reports|report|reports} ({versions} {versions|version|versions}, {steps} {steps|step|steps} of review). The tokens work as before; start the server with --db naming the new database.',
    copyTargetNotEmpty:
      'Nothing copied: {to} holds data already ({units} {units|unit|units}, {tokens} {tokens|token|tokens}, {settings} {settings|setting|settings}, {reports} {reports|report|reports}). A copy goes into an empty database only, never mixed with what is there, and never twice; create an empty database (createdb law_report) and copy again.',
    serverMissing:
      'law-report serve needs the @law-report/server package, which is not installed with the command line (it holds the database drivers, which are compiled). In the same project, run: npm install @law-report/server',
    passwordInUrl:
      'Note: --db holds the database password, which other users of this machine can read in the process list. Use the PGPASSWORD environment variable or a ~/.pgpass file instead.',
    portalHoldsDatabase:
      'The --portal folder {portal} holds the database {db}: it could be downloaded, so the server did not start. Serve the portal from another folder (e.g. examples/county-portal/dist).',
    unitExists: '“{given}” is “{name}”, already on the roster; to give it a new token use --reissue {name}.',
    noSuchUnit: 'No unit “{name}” on the roster. --list-units shows the roster; --add-unit or --roster adds to it.',
    tokenReissued:
      'A new token for “{name}”; its {count} old tokens no longer work (the unit and its reports stay). The new token, shown this once only:',
    rosterApplied:
      'Roster {file}: {added} {added|unit|units} added, {updated} updated, {unchanged} unchanged; {tokens} new tokens on stdout (shown this once only; keep them safe).',
    rosterProblem: '{file} line {line}: {reason}',
    rosterRefused: '{file}: {reason}',
    rosterSameUnit: '“{name}” is the same unit as “{other}”: skipped.',
    rosterCodeTaken: 'The code {code} is already “{other}”’s, not “{name}”’s.',
    loadReading: 'reading',
    loadLoading: 'loading',
    loadNotReportFile:
      'not a report file law-report reads (Word .docx/.doc, text .txt, Markdown .md, web page .html, JSON .json, JSON Lines .jsonl)',
    loadEmptyFolder: 'the folder holds no files',
    loadNoUnit: 'no unit name found (neither the title nor the 落款 names one)',
    loadNoYear:
      'no reporting year found (no year in the title, the 落款 or the text; {year} is only a guess from today)',
    loadUnreadable: '{file}: not loaded, {reason}.',
    loadUnknownUnit:
      '{file}: not loaded, the unit “{name}” ({year}) is not on the roster. If it is one of the county’s, add it with --roster or --add-unit and load again.',
    loadAmbiguousUnit:
      '{file}: not loaded, the unit “{name}” ({year}) could be more than one unit on the roster; write its parent or code in the report and load again.',
    loadTwiceLater:
      '{unit} {year}: {count} {count|report|reports} with different contents: {files}. All kept as versions in the order of their dates, the latest, {latest}, counted; please check.',
    loadTwiceSameDate:
      '{unit} {year}: {count} {count|report|reports} with different contents: {files}, the latest sharing a date. All kept as versions; by file name (as the aggregate decides) {latest} counts; please check, and settle it in the review if the other should count.',
    loadNewVersion:
      '{file}: {unit} {year} already had version {previous} (loaded from {from}); this one is dated later (or is that file corrected), kept as version {version} and counted; please check.',
    loadRefusedSubmitted:
      '{file}: not loaded, {unit}’s report on {year} was submitted by the unit itself or is in review (version {version}, {status}); history is never put over it.',
    loadRefusedNotLater:
      '{file}: not loaded, {unit} {year} already has a report with other content dated no earlier (version {version}, loaded from {from}).',
    loadCopy: '{file}: the same content as {of}, kept once.',
    loadEmptyRoster:
      'The roster is empty, so no report can be matched to a unit: list the county’s units with --roster roster.csv (or --add-unit) first and load again (both at once: --roster roster.csv --load DIR).',
    loadDone:
      'Loaded history: {files} {files|file|files}, {reports} {reports|report|reports} read; {added} added, {present} already there, {copies} {copies|copy|copies} kept once; {listed} to deal with (above).',
    unitsHeader: 'name,level,code,parent,deadline,tokens',
    tokenListHeader: 'id,role,name,label,created,last used,expires',
    tokenExpires: 'This token works until {day} (China time).',
    badExpires:
      '--expires takes a date after today (e.g. 2027-03-31: the token stops as that day ends in China) or a number of days (e.g. 90, 1 to 3650).',
    badLabel: '--label takes at most 200 characters.',
    revokeAmbiguous:
      '“{name}” is both a unit’s and a reviewer’s name: revoke one with --revoke-token ID (ids from --list-tokens).',
    tokenRevoked: 'Revoked the token with id {id}.',
    noSuchToken: 'No token with id {id} (--list-tokens lists them).',
    tokensHeader: 'name,level,code,token',
    deadlinesKept: 'The deadlines of {file} are kept in the database; later starts need no --deadlines.',
    catalogKept:
      'The extension catalog of {file} ({namespaces}) is kept in the database: submissions, the aggregate and --load know its indicators; later starts need no --catalog.',
    batchDone: 'Imported {imported} {imported|report|reports}, {failed} failed, {notes} to check.',
    docxNeedsOut: '--format docx writes a Word file: name it with --out, e.g. --out report.docx.',
    cannotWrite: 'Cannot write {file}: {reason}',
    writeIsDirectory: 'it is a folder, not a file',
    writeNoFolder: 'the folder it would go in does not exist',
    writeNotFolder: 'a part of the path is not a folder',
    writeDenied: 'permission denied',
    writeNoSpace: 'the disk is full',
    writeReadOnly: 'the place is read-only',
    writeFailed: 'the system did not write it',
    badYear: '--year must be a year such as 2023.',
    noReports: 'No report was read.',
    severalYears:
      'Reports of {years} were read; without --year the latest, {year}, is aggregated and the other {count} are skipped (choose with --year).',
    summaryTitle: 'Rule-of-law government reports, {year}',
    coverage:
      'Expected {expected}, reported {reported} ({reportedRate}), on time {onTime} ({onTimeRate}), published {published} ({publishedRate})',
    missingList: 'Missing: {names}',
    notYetDueList: 'Not submitted yet (not due yet): {names}',
    dueBy: '{unit} (due by {date})',
    judgedBy: 'On time or late by these deadlines: submission {submit}; publication {publish} ({source})',
    deadlineUnits: '{date} ({count} {count|unit|units})',
    sourceDefault: 'the national defaults; give a county’s own with --deadlines',
    sourceFile: 'from the --deadlines file',
    sourceRoster: 'each unit’s own from the roster, the national defaults for the rest',
    sourceBoth: 'from the --deadlines file and each unit’s own in the roster',
    lateList: 'Late: {names}',
    unpublishedList: 'Not published: {names}',
    publishedLateList: 'Published late: {names}',
    daysLate: '{unit} ({days} {days|day|days} late)',
    none: 'none',
    indicatorHeader: 'Indicator|Total|Qualifier|Units|Min|Max|Median',
    rateHeader: 'Rate|Recomputed|Numerator|Denominator|Units|Rate only|Reported range',
    sectionHeader: 'Content|Reports with it',
    unitHeader: 'Unit|Status|Submitted|Deadline|Days late|Completeness (%)',
    unlistedList: 'Not on the roster (not counted): {names}',
    apartHeader: 'Indicator|Scope|Total|Units',
    notRecomputed: 'cannot recompute',
    supersededList: 'Replaced by a later report (not counted): {names}',
    skippedCount: 'Skipped {count}; see the lines above.',
  },
} as const;

/** Keys of the command's strings. */
export type CliMessage = keyof (typeof strings)['en'];

/**
 * One of the command's strings in `locale`, with `{name}` placeholders filled.
 *
 * @example t('en', 'reportOk', { source: 'a.json' }) // 'a.json: ok'
 */
export function t(locale: Locale, key: CliMessage, params: Readonly<Record<string, string | number>> = {}): string {
  return formatMessage(strings[locale][key], params);
}

/**
 * Names said as a list in the language of the line: 、 between them in Chinese, commas in English; `none`
 * (无 / none) for an empty list when asked.
 *
 * @example listOf('zh-CN', ['北镇', '南镇']) // '北镇、南镇'
 */
export function listOf(locale: Locale, names: readonly string[], none = false): string {
  return names.length === 0 && none ? t(locale, 'none') : names.join(locale === 'en' ? ', ' : '、');
}
