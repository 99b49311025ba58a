// How issuing bodies and units are named, the one place it is written down: the importer
// reads a unit from its 落款, the aggregator matches report units to a roster.

/** Endings of a body that signs for its unit: 北留镇人民政府 signs for 北留镇. */
const SIGNING_BODY = /(?:人民政府|政府|办事处|委员会)$/;

/** Endings of a line that names an issuing organ in a 落款 (…人民政府, …司法局, …办公室). */
export const ISSUING_ORGAN = /(?:委员会|人民政府|政府|办事处|局|办公室|委|厅|中心)$/;

/**
 * The unit a signing body stands for: 北留镇人民政府 → 北留镇, 东湖街道办事处 → 东湖街道,
 * 中共北留镇委员会 → 北留镇. A name that would shrink to less than two characters, or to no place
 * (东山县卫生健康委员会 is a department), stays whole.
 *
 * @example unitOfBody('北留镇人民政府') // '北留镇'
 */
export function unitOfBody(body: string): string {
  const bare = body.replace(SIGNING_BODY, '').replace(/^中共/, '');
  // 东山县卫生健康委员会 is a department of its own name, not a body signing for 东山县卫生健康.
  if (!PLACE.test(bare) && !body.startsWith('中共')) return body;
  return bare.length >= 2 ? bare : body;
}

// The endings of a place a government signs for: 北留镇, 东湖街道, 阳城县, 乌兰旗.
const PLACE = /(?:镇|乡|街道|苏木|县|旗|区|市|州|盟|省|自治区)$/;
