/**
 * The order of `<`, as a sort's comparator: strings by code unit (never a locale's collation,
 * so every machine sorts alike), numbers by value.
 *
 * @example ['b', 'a'].sort(compare) // ['a', 'b']
 */
export const compare = (a: string | number, b: string | number): number => (a < b ? -1 : a > b ? 1 : 0);
