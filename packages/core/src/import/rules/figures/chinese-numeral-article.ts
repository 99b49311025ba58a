import { hasMagnitude } from '../../../domain/numerals.js';
import { CLAUSE_END } from '../../../domain/punctuation.js';
import { commaClauseStart } from '../../clause-boundaries.js';
import { figureRule } from '../figure-rule.js';

// Measure words after which a Chinese numeral counts even without a counting verb.
const RUNNING_TEXT_MEASURES = new Set(['次', '场', '期', '场次', '起', '件', '名', '人次', '批次', '户次', '卷', '轮']);

// What ends a clause (the punctuation's one list, a closing bracket and a full stop typed as . too): a count
// written after its noun ends one (示范村一个、, 旁听庭审一次。, 仅两人；), an article runs on into its noun
// (一个中心, 一起事故).
const ENDS_CLAUSE = `${CLAUSE_END}.）)`;

// Words before an article that points (是一个, 这一次, 同一个): never a count's noun.
const POINTING = '是这那哪某其另同任每';

// Verbs that introduce a count written in Chinese numerals (开展两次, 召开三次).
const COUNTING_VERBS =
  /(?:共|累计|开展|举办|召开|组织|受理|办理|化解|调解|提供|发放|培训|审查|审核|出庭|查处|制定|公开|完成|听取|举行|接待|办结|有)了?$/;

/**
 * A Chinese numeral that is no count: a bare 一 (一个中心, 未发生一起事故), or 两个/三项 with no counting
 * verb before it (两个确立, 三项制度). Counts: magnitudes (十余次, 两万人次), numerals of 2 or more before
 * a word that counts events (研究法治工作三次), after a counting verb (召开两次), after a list closed
 * by 等 (农村建房、环境保护等六个重点领域), or written after what it counts, ending its clause (示范村一个、
 * 市级三个, 旁听庭审一次。, 仅两人；): an article is always followed by its noun.
 */
export const chineseNumeralArticle = figureRule({
  id: 'chinese-numeral-article',
  summary:
    'A Chinese numeral counts only with a magnitude (十余次), before a word that counts events (三次, 两场), after a counting verb (召开两次), after a list closed by 等 (…等六个重点领域) or after what it counts, ending its clause (示范村一个、, 旁听庭审一次。); otherwise (一个中心, 两个确立) it is no count.',
  rejects: ({ text, number, quantity, before }) => {
    if (!number.chinese) return false;
    const counted =
      hasMagnitude(number.numeral) || quantity.qualifier === 'over' || endsClause(text, quantity.end, number.start);
    const countsEvents = number.value >= 2 && RUNNING_TEXT_MEASURES.has(quantity.unit);
    const countsListed =
      number.value >= 2 &&
      (quantity.unit === '个' || quantity.unit === '项') &&
      before.endsWith('等') &&
      text.slice(commaClauseStart(text, number.start), number.start).includes('、');
    return (
      !counted &&
      !countsEvents &&
      !countsListed &&
      (number.value < 2 || !COUNTING_VERBS.test(text.slice(Math.max(0, number.start - 4), number.start)))
    );
  },
  examples: {
    reads: ['建设一个中心', '做到两个确立', '未发生一起事故。', '这是一个。', '同一次，'],
    ignores: [
      '研究法治工作三次',
      '开展普法活动十余次',
      '在农村建房、环境保护等六个重点领域开展检查',
      '召开两次专题会议',
      '累计创建省级民主法治示范村一个、市级三个',
      '带头旁听庭审一次。',
      '具有法律职业资格的仅两人；',
    ],
  },
});

// A count after its noun, closing the clause: 示范村一个、 but not 一个。 alone or after a punctuation mark.
function endsClause(text: string, end: number, start: number): boolean {
  const next = text.charAt(end);
  if (next !== '' && !ENDS_CLAUSE.includes(next)) return false;
  const previous = text.charAt(start - 1);
  return previous !== '' && /\p{Script=Han}/u.test(previous) && !POINTING.includes(previous);
}
