import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { readStartOptions } from '../examples/start-options.js';

// `npm start`'s options, as a clerk or a developer types them: the script npm runs
// (`tsx --conditions=@law-report/source examples/start.ts`), in a process of its own. Neither
// case opens a database or a port.
const root = fileURLToPath(new URL('..', import.meta.url));
const tsx = fileURLToPath(new URL('../node_modules/.bin/tsx', import.meta.url));
const exec = promisify(execFile);

async function start(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await exec(tsx, ['--conditions=@law-report/source', 'examples/start.ts', ...args], {
      cwd: root,
      env: { ...process.env, NO_COLOR: '1' },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('npm start -- …', () => {
  it('prints its options in Chinese, one line each, for --help and exits 0', async () => {
    const { code, stdout, stderr } = await start('--help');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('用法：npm start -- [选项]');
    for (const option of ['--port', '--host', '--strictPort', '--db', '--help']) {
      const lines = stdout
        .split('\n')
        .filter((line) => line.trimStart().startsWith(option) || line.trimStart().startsWith(`-h, ${option}`));
      expect(lines, option).toHaveLength(1);
      // Said in Chinese: the line explains the option in Han characters.
      expect(lines[0], option).toMatch(/\p{Script=Han}{2}/u);
    }
    expect(stdout).not.toMatch(/\n\s+at /);
  });

  it('takes -h as --help', async () => {
    const { code, stdout } = await start('-h');
    expect(code).toBe(0);
    expect(stdout).toContain('用法：npm start -- [选项]');
  });

  it('says which option it does not know in one Chinese line, shows the usage and exits 2, without a stack trace', async () => {
    const { code, stdout, stderr } = await start('--bogus');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    const [first, ...rest] = stderr.split('\n');
    expect(first).toBe('npm start: 未知选项“--bogus”。');
    expect(rest.join('\n')).toContain('用法：npm start -- [选项]');
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(stderr).not.toContain('ERR_PARSE_ARGS');
  });

  it('says an option lacks its value, and that a port is a number', async () => {
    const missing = await start('--port');
    expect(missing.code).toBe(2);
    expect(missing.stderr.split('\n')[0]).toBe('npm start: 选项“--port”缺少值。');
    const word = await start('--port', 'eighty');
    expect(word.code).toBe(2);
    expect(word.stderr.split('\n')[0]).toBe('npm start: 端口应为 0 到 65535 之间的整数，而不是“eighty”。');
  });
});

describe('readStartOptions', () => {
  it('reads the options start.ts passes to vite, a bare --host as every address', () => {
    expect(readStartOptions(['--port', '5199', '--strictPort', '--db', '/tmp/x.sqlite'])).toEqual({
      kind: 'run',
      options: { port: 5199, strictPort: true, db: '/tmp/x.sqlite' },
    });
    expect(readStartOptions(['--host'])).toEqual({ kind: 'run', options: { host: '0.0.0.0', strictPort: false } });
    expect(readStartOptions(['--host', '--strictPort'])).toEqual({
      kind: 'run',
      options: { host: '0.0.0.0', strictPort: true },
    });
    expect(readStartOptions(['--host', '127.0.0.1'])).toEqual({
      kind: 'run',
      options: { host: '127.0.0.1', strictPort: false },
    });
    expect(readStartOptions(['--strictPort=yes'])).toEqual({ kind: 'mistake', message: '选项“--strictPort”不带值。' });
    expect(readStartOptions(['portal'])).toEqual({
      kind: 'mistake',
      message: '不认识的参数“portal”：选项都以 -- 开头。',
    });
  });
});
