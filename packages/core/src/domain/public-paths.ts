/** The kinds of file a published report is given as on the public's pages. */
export type PublicFormat = 'html' | 'docx' | 'json';

/**
 * Where the public reads a published report on a collection server: `/reports/<year>/<unit>.<format>`,
 * the unit as written, percent-encoded (stable across restarts: a unit's name and the year never
 * change). The server serves it; a dashboard links to it.
 *
 * @example publicReportPath(2023, '北留镇', 'html') // '/reports/2023/%E5%8C%97%E7%95%99%E9%95%87.html'
 */
export function publicReportPath(year: number, unit: string, format: PublicFormat): string {
  return `/reports/${year}/${encodePathSegment(unit)}.${format}`;
}

/**
 * One segment of an address, percent-encoded as the public's pages encode a unit: `!'()*` too
 * (encodeURIComponent leaves them), so an address put in an attribute or a quote never closes it.
 *
 * @example encodePathSegment("北留镇(东)") // '%E5%8C%97%E7%95%99%E9%95%87%28%E4%B8%9C%29'
 */
export function encodePathSegment(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
