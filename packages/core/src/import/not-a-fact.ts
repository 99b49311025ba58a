// Numbers that are no facts: ordinals, ranks, slogans, frequencies, thresholds, ranges, last
// year's figures, formulas and the parts of an argument.
import { hasMagnitude } from '../domain/numerals.js';
import { CLAUSE_END } from '../domain/punctuation.js';
import { clauseStart, commaClauseStart } from './clause-boundaries.js';
import type { NumberToken, Quantity } from './read-number.js';
import { COUNT_NUMERALS } from '../domain/numerals.js';
import { alternation, LAST_YEAR_WORDS } from '../domain/time-words.js';

// Measure words after which a Chinese numeral counts even without a counting verb.
const RUNNING_TEXT_MEASURES = new Set(['次', '场', '期', '场次', '起', '件', '名', '人次', '批次', '户次', '卷', '轮']);

// Verbs that introduce a count written in Chinese numerals (开展两次, 召开三次).
const COUNTING_VERBS = /(?:共|累计|开展|举办|召开|组织|受理|办理|化解|调解|提供|发放|培训|审查|审核|出庭|查处|制定|公开|完成|听取|举行|接待|办结|有)了?$/;

// A number before 至, 到 or a dash: what follows is the top of a range.
const RANGE_TOP = new RegExp(String.raw`[\d${COUNT_NUMERALS}]\s?(?:至|到|~|～|-|－|—|–)\s?$`);

/** Whether a number with a measure word is still no fact of the report (第五轮, 每季度1次, 3至5名, 7×24小时…). */
export function isNotAFact(text: string, number: NumberToken, quantity: Quantity): boolean {
  const before = text.slice(Math.max(0, number.start - 4), number.start);
  // Ordinals and ranks: 第五轮, 全市第二, 前3名, 排名第1.
  if (/(?:第|前|排名|位列|位居|名列)$/.test(before)) return true;
  // Slogans: 1+1+N, 3+N, and anything quoted as a name (“两个维护”, “十个一”).
  if (text[number.start - 1] === '+' || text[number.end] === '+' || text[quantity.end] === '+') return true;
  if (/[“‘「『"]$/.test(before)) return true;
  // A figure inside a short quotation names a slogan: “三个100%”, “两个100%”.
  if (insideShortQuote(text, number.start, quantity.end)) return true;
  // Last year's figure in brackets: 520人次（上年为480人次）, （2023年为480人次）.
  if (lastYearInBrackets(text, number.start)) return true;
  // A formula (7×24小时) or the parts of an argument (3个方面, 5个环节): no count of work done.
  if (/[×xX*✕]\s?$/.test(before)) return true;
  // 十个重点领域 are areas the report worked in; 三个重点 are the parts of an argument.
  if (quantity.unit === '个' && /^(?:方面|环节|层面|维度|重点(?!领域|行业|区域|部位|场所|人群|单位|企业|村)|关键|突出|主要)/.test(text.slice(quantity.end, quantity.end + 4))) return true;
  // The top of a range (3至5名, 2-3次): a span per village or per month, no count.
  if (RANGE_TOP.test(before)) return true;
  // Frequencies: 每两月1次, 每季度开展1次.
  const clause = text.slice(clauseStart(text, number.start), number.start);
  if (clause.includes('每')) return true;
  // Thresholds: 百万元以上合同, 10万元以上的项目. A bound followed by punctuation is a fact.
  if (quantity.bound) {
    const next = text[quantity.end] ?? '';
    if (next !== '' && !CLAUSE_END.includes(next) && next !== '）' && next !== ')') return true;
  }
  if (number.chinese) {
    // A bare 一 is an article far more often than a count (一个中心, 未发生一起事故).
    const counted = hasMagnitude(number.numeral) || quantity.qualifier === 'over';
    // 研究法治工作三次, 普法活动两场: a numeral of 2 or more before a word that counts events
    // is a count wherever it stands; before 个/项 it is as often a slogan (两个确立).
    const countsEvents = number.value >= 2 && RUNNING_TEXT_MEASURES.has(quantity.unit);
    // 在农村建房、环境保护等六个重点领域: a numeral after a list closed by 等 counts its items.
    const countsListed = number.value >= 2 && (quantity.unit === '个' || quantity.unit === '项') && before.endsWith('等') && text.slice(commaClauseStart(text, number.start), number.start).includes('、');
    if (!counted && !countsEvents && !countsListed && (number.value < 2 || !COUNTING_VERBS.test(text.slice(Math.max(0, number.start - 4), number.start)))) return true;
  }
  return false;
}

const LAST_YEAR = new RegExp(String.raw`^(?:${alternation(LAST_YEAR_WORDS)}|同期|\d{4}\s?年(?:度|同期)?)(?:为|是|同期|共)?`);

function lastYearInBrackets(text: string, start: number): boolean {
  for (let i = start - 1; i >= Math.max(0, start - 12); i--) {
    const char = text[i];
    if (char === '）' || char === ')') return false;
    if (char === '（' || char === '(') return LAST_YEAR.test(text.slice(i + 1, start));
  }
  return false;
}

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
