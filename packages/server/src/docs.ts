import { transitionTable } from './workflow.js';

// The parts of docs/server.md written from the code, so the page cannot drift from it.

/** Each generated part of docs/server.md by name. */
export function generatedBlocks(): Record<string, string> {
  return { transitions: transitionTable() };
}

/**
 * `page` with each `<!-- generated:NAME -->…<!-- /generated:NAME -->` part replaced by `blocks[NAME]`.
 *
 * @throws TypeError when a part's markers are missing (the page lost them)
 * @example withBlocks('<!-- generated:a -->\nold\n<!-- /generated:a -->', { a: 'new' })
 */
export function withBlocks(page: string, blocks: Readonly<Record<string, string>>): string {
  let out = page;
  for (const [name, content] of Object.entries(blocks)) {
    const open = `<!-- generated:${name} (npm run generate -w @law-report/server) -->`;
    const close = `<!-- /generated:${name} -->`;
    const start = out.indexOf(open);
    const end = out.indexOf(close);
    if (start < 0 || end < start) throw new TypeError(`withBlocks: docs/server.md has no ${open} … ${close}`);
    out = `${out.slice(0, start + open.length)}\n${content}\n${out.slice(end)}`;
  }
  return out;
}
