import type { UnitLevel } from '../schema/enums.js';
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

/**
 * The endings of a place's name by its administrative level, the one list of them: towns
 * (镇, 乡, 街道, and 苏木 in Inner Mongolia), counties (县, 旗, 区), cities (市, 州, 盟), provinces
 * (省, 自治区). Import, validation and aggregation read levels and places from here.
 */
export const PLACE_ENDINGS = {
  town: ['街道', '苏木', '镇', '乡'],
  county: ['县', '旗', '区'],
  city: ['市', '州', '盟'],
  province: ['自治区', '省'],
} as const satisfies Partial<Record<UnitLevel, readonly string[]>>;

/** A level a place's name can show: every level but `department`. */
export type PlaceLevel = keyof typeof PLACE_ENDINGS;

const PLACE_LEVELS = Object.keys(PLACE_ENDINGS) as PlaceLevel[];

/** Every place ending, longest first (自治区 before 区), for alternations. */
export const ALL_PLACE_ENDINGS: readonly string[] = PLACE_LEVELS.flatMap((level) => PLACE_ENDINGS[level]).sort(
  (a, b) => b.length - a.length,
);

/**
 * A regular-expression alternation of the place endings of the given levels, longest first, to
 * build a pattern from (`(?:${placeEndings('county', 'city')})$`). Fixed words only: linear.
 *
 * @example placeEndings('town') // '街道|苏木|镇|乡'
 */
export function placeEndings(...levels: readonly PlaceLevel[]): string {
  return (levels.length === 0 ? PLACE_LEVELS : levels)
    .flatMap((level) => PLACE_ENDINGS[level])
    .sort((a, b) => b.length - a.length)
    .join('|');
}

/**
 * The level a place's name shows by its ending, `undefined` for a name that ends in none.
 *
 * @example placeLevelOf('巴彦苏木') // 'town'; placeLevelOf('湘江土家族苗族自治州') // 'city'
 */
export function placeLevelOf(name: string): PlaceLevel | undefined {
  // 自治区 is a province though it ends in 区: the longest ending decides.
  let best: { level: PlaceLevel; length: number } | undefined;
  for (const level of PLACE_LEVELS) {
    for (const ending of PLACE_ENDINGS[level]) {
      if (name.endsWith(ending) && (!best || ending.length > best.length)) best = { level, length: ending.length };
    }
  }
  return best?.level;
}

/**
 * The words a person writes for a unit's level in a list of units (a roster's 层级 column): each
 * place ending (镇, 苏木, 旗, 盟…) and its …级 (县级, 市级), 乡镇 and 乡镇街道 for towns, 部门 and
 * 政府部门 for departments.
 *
 * @example LEVEL_WORDS['苏木'] // 'town'; LEVEL_WORDS['县级'] // 'county'
 */
export const LEVEL_WORDS: Readonly<Record<string, UnitLevel>> = Object.fromEntries([
  ...PLACE_LEVELS.flatMap((level) =>
    PLACE_ENDINGS[level].flatMap(
      (ending) =>
        [
          [ending, level],
          [`${ending}级`, level],
        ] as const,
    ),
  ),
  ['乡镇', 'town'],
  ['乡镇街道', 'town'],
  ['部门', 'department'],
  ['政府部门', 'department'],
]);

// The endings of a place a government signs for: 北留镇, 东湖街道, 阳城县, 乌兰旗.
const PLACE = new RegExp(`(?:${placeEndings()})$`);
