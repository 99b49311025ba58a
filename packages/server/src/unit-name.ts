// A unit's name as the server keeps and matches it, the way core's aggregator matches report units
// to a roster (aggregate/unit-key.ts normaliseUnitName, with domain/unit-names unitOfBody), so
// 城关镇人民政府, 城关镇 and 城 关 镇 are one unit and a roster cannot list it twice. Core does not
// export that function; unit-name.test.ts holds this one to the aggregator's matching.

// Every kind of space, half- and full-width, that people type inside names.
const SPACES = /[\s\u3000\u00a0]+/g;
// The endings of a body that signs for its unit: 北留镇人民政府 signs for 北留镇.
const SIGNING_BODY = /(?:人民政府|政府|办事处|委员会)$/;
// The endings of a place a government signs for: 北留镇, 东湖街道, 阳城县, 乌兰旗.
const PLACE = /(?:镇|乡|街道|苏木|县|旗|区|市|州|盟|省|自治区)$/;

/**
 * A unit's name as it is kept and shown: spaces removed and a signing body's ending (人民政府,
 * 办事处…) taken off a place's name; a department (青川县司法局, 东山县卫生健康委员会) stays whole.
 *
 * @example unitName('城关镇 人民政府') // '城关镇'
 */
export function unitName(name: string): string {
  return unitKey(name);
}

/**
 * The key two names of one unit share, as rosters and reports are matched on: {@link unitName},
 * and the parent's name taken off the front (阳城县北留镇 and 北留镇 under 阳城县 are one unit).
 *
 * @example unitKey('青川县司法局', '青川县') // '司法局'
 */
export function unitKey(name: string, parent?: string): string {
  let normal = name.replace(SPACES, '');
  const prefix = parent?.replace(SPACES, '');
  if (prefix && normal.startsWith(prefix) && normal.length > prefix.length) normal = normal.slice(prefix.length);
  const bare = normal.replace(SIGNING_BODY, '').replace(/^中共/, '');
  if (!PLACE.test(bare) && !normal.startsWith('中共')) return normal;
  return bare.length >= 2 ? bare : normal;
}
