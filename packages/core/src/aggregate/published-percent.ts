/**
 * A percentage as a county publishes one: one decimal at most (86.4, 100). The county's sheet and
 * the dashboard's rates round by it, so the sheet and the screen never differ by 0.1.
 *
 * @param value - a percentage (87.13768 for 87.13768 %)
 * @returns the percentage to one decimal at most
 * @example publishedPercent(87.13768) // 87.1
 */
export function publishedPercent(value: number): number {
  return Number(value.toFixed(1));
}
