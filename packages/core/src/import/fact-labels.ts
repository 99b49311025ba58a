// The words that name a figure: the label before it, the noun after it, the items of a list.
import { endsClauseAt } from '../domain/punctuation.js';
import { enumeratorAt } from './headings.js';

// Measure words a noun usually follows (2份规范性文件, 10余项执法制度).
const NOUN_MEASURES = new Set([
  '个',
  '项',
  '份',
  '套',
  '名',
  '家',
  '所',
  '条',
  '支',
  '篇',
  '本',
  '册',
  '张',
  '处',
  '座',
  '类',
  '部',
  '户',
  '件',
  '起',
  '卷',
  '幅',
]);

// The levels of China's administrative divisions a list of awards goes through, those of the autonomous
// regions too (盟市级 and 州级 are a city's, 旗级 a county's, 苏木 and 嘎查 a town's and a village's).
const LEVELS = '国家|自治区|省|盟市|地市|市|州|盟|县|旗|区|镇|乡|苏木|村|嘎查';

/** A level alone (省级, 自治区级, 盟市级): an item of an elliptical list. */
export const LEVEL = new RegExp(`^(?:${LEVELS})级$`);
// 全国 is the national level too (全国民主法治示范村1个、省级9个).
const LEVEL_WORD = new RegExp(`(?:${LEVELS})级|全国`, 'g');

// 辖区内已有国家级民主法治示范社区 → 民主法治示范社区: the noun the next items of the list share.
export function nounOfLevelled(label: string): string {
  let after = -1;
  for (const match of label.matchAll(LEVEL_WORD)) after = match.index + match[0].length;
  return after >= 0 ? label.slice(after) : label.replace(COUNTING_PREFIX, '');
}
const COUNTING_PREFIX = /^(?:新创建|新建成|新增|建成|创建|创成|获评|获得|被评为|评为|共有|拥有|有)/;

// The noun after a measure word: 2份规范性文件 → 规范性文件.
// 开展百余场活动: after 次/场/期 the noun names the events only when nothing before the
// number does (召开会议3次研究部署 counts meetings, not 研究部署).
const SESSION_MEASURES = new Set(['次', '场', '期', '场次']);

/** The noun after a measure word (2份规范性文件 → 规范性文件), when it names the thing counted. */
export function nounAfter(text: string, at: number, unit: string, shortLead = false): string | undefined {
  let end = at;
  while (end < text.length && end - at < 12 && !endsClauseAt(text, end) && text[end] !== '（' && text[end] !== '(')
    end++;
  // 对12件重大事项决策进行合法性审查: a long noun phrase is read up to 12 characters.
  const noun = text.slice(at, end).trim();
  if (noun.length === 0 || !(NOUN_MEASURES.has(unit) || (SESSION_MEASURES.has(unit) && shortLead))) return undefined;
  if (/^(?:的|是|为|左右|以上|，)/.test(noun)) return undefined;
  return noun;
}

const LEADS_TO_NUMBER =
  /(?:达到|分别为|分别是|均为|合计|共计|总计|累计|为|达|是|计|等|了|有|约|近|逾|超过|将近|接近|不足|不到|仅有|仅|只有|只)+$/;

const FILLERS = [
  '截至目前',
  '截止目前',
  '累计',
  '全年',
  '共计',
  '今年',
  '年内',
  '其中',
  '目前',
  '已经',
  '一年来',
  '以来',
];

// A label is at most 24 characters; what stands further back than this names nothing.
const LABEL_WINDOW = 64;

/** The words before a figure that name it, without scope words, fillers and 《titles》: at most 24 characters. */
export function cleanLabel(clause: string): string {
  // Words that only lead up to the number go first (罚款金额共计3.5万元 names 罚款金额), then
  // keep what follows the last scope or filler word: 镇调委会累计排查… → 排查….
  // A table row's sequence number (1	法律咨询	520人次) names nothing, nor does a list item's
  // enumerator ((二)力争调解成功率达到95%: a numbered sentence read as a paragraph).
  let label = withoutEnumerator(
    stripTitles(clause.length > LABEL_WINDOW ? clause.slice(-LABEL_WINDOW) : clause)
      .trim()
      .replace(/^\d{1,3}\s+/, ''),
  ).replace(LEADS_TO_NUMBER, '');
  let cut = 0;
  for (const word of FILLERS) {
    const at = label.lastIndexOf(word);
    if (at >= 0 && at + word.length > cut) cut = at + word.length;
  }
  const together = label.lastIndexOf('共');
  if (together >= 0 && together + 1 > cut && !/[公总中]/.test(label[together - 1] ?? '')) cut = together + 1;
  label = label.slice(cut);
  label = label.replace(/^[有了，,、\s]+/, '').replace(LEADS_TO_NUMBER, '');
  if (label.length <= 24) return label;
  // Too long: from an item of its list where one starts in the last 24 characters, never inside a word.
  const item = label.indexOf('、', label.length - 25);
  return item >= 0 ? label.slice(item + 1) : label.slice(-24);
}

function withoutEnumerator(text: string): string {
  const enumerator = enumeratorAt(text);
  return enumerator ? text.slice(enumerator.length).trim() : text;
}

// 《…》 names a document, not the thing counted. A scan, not a regex, so unbalanced
// brackets cost nothing.
function stripTitles(text: string): string {
  let out = '';
  let depth = 0;
  let justClosed = false;
  for (const char of text) {
    if (char === '《') depth++;
    else if (char === '》') {
      depth = Math.max(0, depth - 1);
      justClosed = depth === 0;
      continue;
    } else if (depth === 0 && !(justClosed && (char === '等' || char === '、'))) out += char;
    if (depth === 0 && char !== '《') justClosed = justClosed && (char === '、' || char === '等');
  }
  return out;
}

// 报备率、及时率和规范率: 及 joins a list, but not inside 及时 or 及格.
export const LIST_SEPARATOR = /、|以及|和|与|及(?![时格])/;
/** The joints of a list, commas too. */
export const LIST_SEPARATOR_OR_COMMA = /、|，|,|以及|和|与|及(?![时格])/;

const SHARED_MARK = /(?:均为|均达到?|均是|都是|都达到?|均)$/;

// 办结率、满意率均为100% → ['办结率', '满意率'].
export function sharedLabels(clause: string): string[] | undefined {
  const mark = SHARED_MARK.exec(clause);
  if (!mark) return undefined;
  const items = clause
    .slice(0, mark.index)
    .split(LIST_SEPARATOR)
    .map((item) => cleanLabel(item))
    .filter(Boolean);
  return items.length >= 2 ? items : undefined;
}
