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
 * (人民调解委员会41个), or the noun after its measure word starts with one (8个县市全部建立…).
 *
 * @param label - the words before the figure that name it
 * @param after - the noun after the measure word, if the figure has one
 * @example countsBodies('全区共有人民调解委员会', undefined) // true
 */
export function countsBodies(label: string, after: string | undefined): boolean {
  const head = label.replace(/[（(][^（）()]{0,8}[）)]$/, '');
  return BODY_NOUNS.some((noun) => head.endsWith(noun) || after?.startsWith(noun));
}
