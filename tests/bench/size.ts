import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { row } from './measure.js';

const embed = new URL('../../packages/elements/dist/law-report-elements.js', import.meta.url);

/** Gzip size of the embed file (built by `npm run build`, which `npm run bench` runs first). */
export function benchSize(): string[] {
  if (!existsSync(embed)) return [row('law-report-elements.js', 'not built')];
  const bytes = gzipSync(readFileSync(embed), { level: 9 }).length;
  return [row('law-report-elements.js (gzip)', `${(bytes / 1024).toFixed(1)} kB`, '≤ 40 kB')];
}
