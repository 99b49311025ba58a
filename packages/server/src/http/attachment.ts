/**
 * A download's `Content-Disposition`: RFC 6266 with the UTF-8 name as RFC 5987 says, and an
 * ASCII name for old clients. Characters a file system refuses are taken out of the name.
 *
 * @example attachment('青川县2020年汇总.csv', 'law-report-2020.csv')
 */
export function attachment(name: string, ascii: string): string {
  const safe = name.replace(/[\\/:*?"<>|\u0000-\u001f\u007f]/g, '');
  const encoded = encodeURIComponent(safe).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii.replace(/[^\x20-\x7e]|["\\]/g, '_')}"; filename*=UTF-8''${encoded}`;
}
