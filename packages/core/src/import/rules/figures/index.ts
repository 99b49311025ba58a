// The facts stage's rules that set a figure aside as no fact of the report.
import type { FigureRule } from '../figure-rule.js';
import { argumentParts } from './argument-parts.js';
import { average } from './average.js';
import { chineseNumeralArticle } from './chinese-numeral-article.js';
import { formula } from './formula.js';
import { frequency } from './frequency.js';
import { lastYearInBrackets } from './last-year-in-brackets.js';
import { lastYearInText } from './last-year-in-text.js';
import { ordinalOrRank } from './ordinal-or-rank.js';
import { plusSlogan } from './plus-slogan.js';
import { quotedName } from './quoted-name.js';
import { rangeTop } from './range-top.js';
import { shortQuote } from './short-quote.js';
import { standardLine } from './standard-line.js';
import { threshold } from './threshold.js';

/** Every rule that sets a figure aside (第五轮, 每季度1次, 3至5名, 7×24小时…), in the order they are asked. */
export const NOT_A_FACT_RULES: readonly FigureRule[] = [
  ordinalOrRank,
  plusSlogan,
  quotedName,
  shortQuote,
  lastYearInBrackets,
  lastYearInText,
  formula,
  argumentParts,
  rangeTop,
  average,
  frequency,
  threshold,
  standardLine,
  chineseNumeralArticle,
];
