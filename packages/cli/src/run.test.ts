import { describe, expect, it } from 'vitest';
import { run } from './run.js';
import { recordingIo } from './test-io.js';

describe('law-report', () => {
  it('lists its commands with --help', async () => {
    const io = recordingIo(process.cwd());
    expect(await run(['--help'], io)).toBe(0);
    expect(io.stdout).toMatch(/law-report validate <file\|dir\.\.\.>/);
    expect(io.stdout).toMatch(/law-report schema/);
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
    expect(io.stdout).toContain('Exit status: 0 no errors, 1 errors found');
  });
});
