/** The kinds of file a published report is given as. */
export type PublicFormat = 'html' | 'docx' | 'json';

/**
 * Where a published report is read: `/reports/<year>/<unit>.<format>`, the unit as written,
 * percent-encoded (stable across restarts: the unit's name and the year never change).
 *
 * @example reportPath(2023, '北留镇', 'html') // '/reports/2023/%E5%8C%97%E7%95%99%E9%95%87.html'
 */
export function reportPath(year: number, unit: string, format: PublicFormat): string {
  // encodeURIComponent leaves !'()* as they are; encoded too, an address never closes a quote.
  const encoded = encodeURIComponent(unit).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `/reports/${year}/${encoded}.${format}`;
}
