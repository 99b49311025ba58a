import { alternation, LAST_YEAR_WORDS } from '../../../domain/time-words.js';
import { figureRule } from '../figure-rule.js';

const LAST_YEAR = new RegExp(
  String.raw`^(?:${alternation(LAST_YEAR_WORDS)}|同期|\d{4}\s?年(?:度|同期)?)(?:为|是|同期|共)?`,
);

/** Last year's figure in brackets: 520人次（上年为480人次）, （2023年为480人次）. */
export const lastYearInBrackets = figureRule({
  id: 'last-year-in-brackets',
  summary:
    "A figure in brackets after 上年, 去年, 同期 or a year (（上年为480人次）) is last year's, no figure of this report.",
  rejects: ({ text, number }) => inBrackets(text, number.start),
  examples: { reads: ['（上年为480人次）', '（2022年为12件）'], ignores: ['（其中线上8场）'] },
});

function inBrackets(text: string, start: number): boolean {
  for (let i = start - 1; i >= Math.max(0, start - 12); i--) {
    const char = text[i];
    if (char === '）' || char === ')') return false;
    if (char === '（' || char === '(') return LAST_YEAR.test(text.slice(i + 1, start));
  }
  return false;
}
