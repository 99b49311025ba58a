import { describe, expect, it } from 'vitest';
import { run } from './run.js';
import { recordingIo } from './test-io.js';

describe('law-report', () => {
  it('lists its commands with --help', async () => {
    const io = recordingIo(process.cwd());
    expect(await run(['--help'], io)).toBe(0);
    expect(io.stdout).toMatch(/law-report validate <文件\|目录\|-\.\.\.>/);
    expect(io.stdout).toMatch(/law-report schema/);
    const en = recordingIo(process.cwd());
    expect(await run(['--help', '--lang', 'en'], en)).toBe(0);
    expect(en.stdout).toMatch(/law-report validate <file\|dir\|-\.\.\.>/);
  });

  it('exits 2 with a hint for no command or an unknown one', async () => {
    const none = recordingIo(process.cwd());
    expect(await run([], none)).toBe(2);
    const unknown = recordingIo(process.cwd());
    expect(await run(['frobnicate', '--lang', 'en'], unknown)).toBe(2);
    expect(unknown.stderr).toBe('law-report: Unknown command "frobnicate". Run `law-report --help` for usage.\n');
  });

  it('prints a command’s own help', async () => {
    const io = recordingIo(process.cwd());
    expect(await run(['validate', '--help'], io)).toBe(0);
    expect(io.stdout).toContain('退出码：0 全部通过');
    const en = recordingIo(process.cwd());
    expect(await run(['--lang', 'en', 'validate', '-h'], en)).toBe(0);
    expect(en.stdout).toContain('Exit status: 0 all good');
  });
});
