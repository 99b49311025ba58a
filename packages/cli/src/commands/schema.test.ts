import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run } from '../run.js';
import { recordingIo } from '../test-io.js';

describe('law-report schema', () => {
  it('prints the committed JSON Schema', async () => {
    const io = recordingIo(process.cwd());
    expect(await run(['schema'], io)).toBe(0);
    const committed: unknown = JSON.parse(readFileSync(new URL('../../../core/schema.json', import.meta.url), 'utf8'));
    expect(JSON.parse(io.stdout)).toEqual(committed);
  });
});
