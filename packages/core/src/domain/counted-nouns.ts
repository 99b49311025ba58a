import { QUANTITIES } from '../catalog/measure-words.js';

// What a figure counts, told by its noun: bodies and places (人民调解委员会41个, 8个县市) are not
// the work they do (disputes mediated, decisions reviewed).

/**
 * Nouns that name bodies, places and units of administration: a figure whose counted noun is
 * one of them counts those (人民调解委员会41个, 调解小组52个, 工作室1,842个, 8个县市), never cases,
 * sessions or documents. Longest first, so 委员会 is tried before 会.
 */
export const BODY_NOUNS: readonly string[] = [
  '委员会',
  '调委会',
  '工作室',
  '调解室',
  '工作站',
  '服务站',
  '服务点',
  '服务中心',
  '联络点',
  '小组',
  '中心',
  '窗口',
  '平台',
  '机构',
  '县市',
  '县区',
  '市县',
  '乡镇',
  '镇街',
  '街道',
  '嘎查',
  '社区',
  '村居',
  // 9个村均建立人民调解委员会, 3个村未配齐调解员: villages counted, not what they do (示范村 are places too).
  '村',
  '部门',
  '单位',
  '企业',
  '基地',
  '阵地',
  '公园',
  '广场',
  '长廊',
].sort((a, b) => b.length - a.length);

/**
 * Whether a figure counts bodies or places: its label ends with a {@link BODY_NOUNS} noun
 * (人民调解委员会41个), the noun after its measure word starts with one (8个县市全部建立…), or, in a
 * word that counts places (个, 家, 所…), the noun after it ends in one within a few characters
 * (312个人民调解委员会全年调解…, 46个行政执法单位).
 *
 * @param label - the words before the figure that name it
 * @param after - the noun after the measure word, if the figure has one
 * @param unit - the figure's measure word, if known
 * @example countsBodies('全区共有人民调解委员会', undefined) // true
 * @example countsBodies('全县', '人民调解委员会全年', '个') // true
 */
export function countsBodies(label: string, after: string | undefined, unit?: string): boolean {
  const head = label.replace(/[（(][^（）()]{0,8}[）)]$/, '');
  if (BODY_NOUNS.some((noun) => head.endsWith(noun) || after?.startsWith(noun))) return true;
  return after !== undefined && unit !== undefined && PLACE_WORDS.includes(unit) && namesBodyFirst(after);
}

// The measure words of places and bodies (the catalog's quantity `places`).
const PLACE_WORDS: readonly string[] = QUANTITIES.places;

// How far into the noun after a measure word a body noun may end it: 人民调解委员会 (4 + 3), 行政执法单位.
const BODY_WITHIN = 8;

// A body noun that ends the first noun after the measure word, with nothing before it that makes it
// another thing's attribute (12个涉企业案件, 5个村的纠纷 count cases and disputes).
function namesBodyFirst(after: string): boolean {
  for (const noun of BODY_NOUNS) {
    const at = after.indexOf(noun);
    if (at > 0 && at <= BODY_WITHIN && !/[的涉对与和、]/.test(after.slice(0, at)))
      return !after.startsWith('的', at + noun.length);
  }
  return false;
}
