import { dateAt } from '../../domain/dates.js';
import type { ReadingRule } from './reading-rule.js';

/** A line that opens with a date (2024年1月25日, 二〇二四年一月二十五日): the 落款's date among the last lines. */
export const dateLine: ReadingRule = {
  id: 'date-line',
  stage: 'blocks',
  summary:
    'A line that opens with a date, under the issuing body among the last lines, is the 落款 (issuer and issuedOn), and the body ends above it; under the title in brackets, the date of issue.',
  matches: (line) => dateAt(line) !== undefined,
  makesStructure: true,
  examples: {
    reads: ['2024年1月25日', '二〇二四年一月二十五日', '2024年1月25日召开会议'],
    ignores: ['2024年，我镇全面推进依法行政。', '截至2024年1月25日，累计受理12件。'],
  },
};
