import { figureRule } from '../figure-rule.js';

/** A figure inside a short quotation names a slogan: “三个100%”. */
export const shortQuote = figureRule({
  id: 'short-quote',
  summary: 'A figure inside a short quotation (“三个100%”, “两个100%”) names a slogan, no rate.',
  rejects: ({ text, number, quantity }) => insideShortQuote(text, number.start, quantity.end),
  examples: { reads: ['实现“三个100%”目标'], ignores: ['群众满意率100%，实现“三个全覆盖”'] },
});

function insideShortQuote(text: string, start: number, end: number): boolean {
  let open = -1;
  for (let i = start - 1; i >= Math.max(0, start - 8); i--) {
    if (text[i] === '”' || text[i] === '“') {
      open = text[i] === '“' ? i : -1;
      break;
    }
  }
  if (open < 0) return false;
  for (let i = end; i < Math.min(text.length, end + 6); i++) {
    if (text[i] === '“') return false;
    if (text[i] === '”') return true;
  }
  return false;
}
