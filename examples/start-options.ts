// `npm start`'s options: read from the command line into a typed value, the help text, and what
// is wrong with a command line that cannot be read. Said in Chinese, as the portal is; a mistake
// is a result, not a throw, so start.ts prints one line and the usage, never a stack trace.
import { parseArgs } from 'node:util';

/** How `npm start` was asked to run. */
export interface StartOptions {
  readonly port?: number;
  readonly host?: string;
  readonly strictPort: boolean;
  readonly db?: string;
}

/** What a command line asks for: to run, the help, or a mistake (one line, in Chinese). */
export type StartRequest =
  | { readonly kind: 'run'; readonly options: StartOptions }
  | { readonly kind: 'help' }
  | { readonly kind: 'mistake'; readonly message: string };

/** The usage `npm start -- --help` prints, one line per option. */
export const START_USAGE = `用法：npm start -- [选项]

启动示例县级门户（青川县，虚构）和报告收集服务，两者在同一端口；不会打开浏览器，打印的地址就是门户。
  --port 端口         门户的端口（默认 5173，被占用时改用下一个）
  --host [地址]       监听的地址（默认只在本机；只写 --host 则监听所有网卡）
  --strictPort        端口被占用时退出，不改用其他端口
  --db 文件.sqlite    数据库文件（默认 .data/law-report.sqlite，首次启动时写入示例数据）
  -h, --help          查看本帮助

退出码：0 正常停止（Ctrl+C）或查看帮助；2 选项有误。
`;

const OPTIONS = {
  port: { type: 'string' },
  host: { type: 'string' },
  strictPort: { type: 'boolean' },
  db: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/**
 * Reads `npm start`'s arguments strictly: an unknown option, a missing value or a port that is
 * not one is a mistake named in one Chinese line.
 *
 * @param args - the arguments after `npm start --` (`process.argv.slice(2)`)
 * @returns what the command line asks for
 * @example
 * readStartOptions(['--port', '5199', '--strictPort']); // { kind: 'run', options: { port: 5199, strictPort: true } }
 */
export function readStartOptions(args: readonly string[]): StartRequest {
  // A bare --host (vite's own spelling, in the README) is every address.
  const spelled = args.map((arg, i) =>
    arg === '--host' && (i === args.length - 1 || args[i + 1]?.startsWith('-')) ? '--host=0.0.0.0' : arg,
  );
  let values: { port?: string; host?: string; strictPort?: boolean; db?: string; help?: boolean };
  try {
    ({ values } = parseArgs({ args: spelled, options: OPTIONS, strict: true, allowPositionals: false }));
  } catch (error) {
    return { kind: 'mistake', message: mistakeOf(error, args) };
  }
  if (values.help) return { kind: 'help' };
  let port: number | undefined;
  if (values.port !== undefined) {
    port = Number(values.port);
    if (!/^\d+$/.test(values.port) || port > 65535)
      return { kind: 'mistake', message: `端口应为 0 到 65535 之间的整数，而不是“${values.port}”。` };
  }
  return {
    kind: 'run',
    options: {
      strictPort: values.strictPort ?? false,
      ...(port === undefined ? {} : { port }),
      ...(values.host === undefined ? {} : { host: values.host }),
      ...(values.db === undefined ? {} : { db: values.db }),
    },
  };
}

// node:util's parseArgs says what is wrong in English, in an error with a code: the option is
// found again in the arguments, so the Chinese line can name it.
function mistakeOf(error: unknown, args: readonly string[]): string {
  const code = (error as { code?: unknown }).code;
  const named = /'([^']+)'/.exec(error instanceof Error ? error.message : '')?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
    return `未知选项“${named ?? args.find((arg) => arg.startsWith('-')) ?? ''}”。`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const option = /--(\w+)/.exec(named ?? '')?.[1];
    if (option === undefined || !Object.hasOwn(OPTIONS, option)) return '选项的值有误。';
    return OPTIONS[option as keyof typeof OPTIONS].type === 'boolean'
      ? `选项“--${option}”不带值。`
      : `选项“--${option}”缺少值。`;
  }
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return `不认识的参数“${named ?? ''}”：选项都以 -- 开头。`;
  return '无法读取命令行参数。';
}
