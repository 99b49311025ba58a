import { normaliseUnitName } from '@law-report/core';

// A unit's name as the server keeps and matches it: core's normaliseUnitName, the one rule the
// aggregator matches report units to a roster by, so 城关镇人民政府, 城关镇 and 城 关 镇 are one unit
// and a roster cannot list it twice.

/**
 * A unit's name as it is kept and shown: NFKC-normalised (so a look-alike written with Kangxi
 * radicals or full-width letters is the plain name), spaces removed and a signing body's ending (人民政府,
 * 办事处…) taken off a place's name; a department (青川县司法局, 东山县卫生健康委员会) stays whole.
 *
 * @example unitName('城关镇 人民政府') // '城关镇'
 */
export function unitName(name: string): string {
  return unitKey(name);
}

/**
 * A reviewer's name as it is kept and matched: NFKC-normalised (full-width letters, compatibility
 * ideographs and Kangxi radicals as their plain forms) and trimmed. Reviewers' names are a name
 * space of their own: a reviewer may share a unit's name and neither's tokens are the other's.
 *
 * @example reviewerName(' 县依法治县办\u3000') // '县依法治县办'
 */
export function reviewerName(name: string): string {
  return name.normalize('NFKC').trim();
}

/**
 * The key two names of one unit share, as rosters and reports are matched on: {@link unitName},
 * and the parent's name taken off the front (阳城县北留镇 and 北留镇 under 阳城县 are one unit).
 *
 * @example unitKey('青川县司法局', '青川县') // '司法局'
 */
export function unitKey(name: string, parent?: string): string {
  // NFKC first: ⾦⼭镇 (Kangxi radicals) or a compatibility ideograph is the 金山镇 it looks like.
  return normaliseUnitName(name.normalize('NFKC'), parent?.normalize('NFKC'));
}

/**
 * The first character a name must not hold, as `U+200B`: a control or format character (zero-width
 * spaces and joiners, right-to-left marks), which would make two names look alike and differ;
 * undefined for a name without one.
 *
 * @example hiddenCharacter('城关\u200B镇') // 'U+200B'
 */
export function hiddenCharacter(name: string): string | undefined {
  const found = /[\p{Cc}\p{Cf}]/u.exec(name)?.[0];
  return found === undefined
    ? undefined
    : `U+${(found.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}
