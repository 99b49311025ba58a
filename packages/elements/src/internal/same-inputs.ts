/**
 * Whether a controller's inputs are what it last made its result from, key by key (`===`): a sorted column
 * or an opened dialog then makes nothing again.
 *
 * @example sameInputs(undefined, { year: 2023 }) // false: nothing made yet
 */
export function sameInputs<T extends object>(before: T | undefined, now: T): boolean {
  return before !== undefined && (Object.keys(now) as (keyof T)[]).every((key) => now[key] === before[key]);
}
