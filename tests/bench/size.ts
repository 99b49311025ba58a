import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { row } from './measure.js';

const dist = new URL('../../packages/elements/dist/', import.meta.url);
const gzip = (file: string) => gzipSync(readFileSync(new URL(file, dist)), { level: 9 }).length;

// The files a page loads before anyone interacts: the embed file and every chunk it imports
// statically, followed through; chunks behind dynamic import() are loaded on demand.
function staticClosure(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(new URL(file, dist), 'utf8');
    for (const match of source.matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)) if (match[1]) visit(match[1]);
  };
  visit(entry);
  return [...seen];
}

/** Gzip size of what the embed file loads up front, and of what it loads on demand. */
export function benchSize(): string[] {
  if (!existsSync(new URL('law-report-elements.js', dist))) return [row('law-report-elements.js', 'not built')];
  const initial = staticClosure('law-report-elements.js');
  // Each chunk once, however many places import it.
  const lazy = [...new Set([...readFileSync(new URL('law-report-elements.js', dist), 'utf8').matchAll(/import\("\.\/([^"]+\.js)"\)/g)].map((match) => match[1] ?? ''))];
  const total = initial.reduce((sum, file) => sum + gzip(file), 0);
  return [
    row('embed, first load (gzip)', `${(total / 1024).toFixed(1)} kB`, `≤ 40 kB; ${initial.join(' + ')}`),
    ...lazy.map((file) => row(`  on demand: ${file.replace(/-[A-Z0-9]+\.js$/, '')}`, `${(gzip(file) / 1024).toFixed(1)} kB`)),
  ];
}
