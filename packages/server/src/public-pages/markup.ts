// Escapes for what the public pages write: every string from a report or the roster is text, never
// markup. XML 1.0 also refuses most control characters, so the feed drops them rather than emit a
// document no parser reads.

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Text for HTML content or a quoted attribute.
 *
 * @example escapeHtml('<b>') // '&lt;b&gt;'
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

/**
 * Text for XML content or a quoted attribute: escaped as for HTML, and the characters XML 1.0
 * cannot carry (control characters, lone surrogates) removed.
 *
 * @example escapeXml('A & B\u0000') // 'A &amp; B'
 */
export function escapeXml(text: string): string {
  return escapeHtml(
    text.replace(
      /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
      '',
    ),
  );
}

/**
 * A day `YYYY-MM-DD` as people in China write it.
 *
 * @example chineseDay('2024-01-26') // '2024年1月26日'
 */
export function chineseDay(day: string): string {
  const [year, month, date] = day.split('-');
  return `${year}年${Number(month)}月${Number(date)}日`;
}
