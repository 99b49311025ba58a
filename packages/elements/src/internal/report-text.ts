import { type Locale, templatePieces } from '@law-report/core/model';
import { html, type TemplateResult } from 'lit';

/** The language reports are written in: unit names, titles, paragraphs, measure words, quotes. */
export const REPORT_LANG = 'zh-CN';

/**
 * Text from a report, marked `lang="zh-CN"` when the element speaks another language, so a
 * screen reader reads 北留镇 in Chinese inside an English sentence (and not letter by letter).
 *
 * @example reportText('北留镇', 'en') // <span lang="zh-CN">北留镇</span>
 */
export function reportText(text: string, locale: Locale): TemplateResult | string {
  return locale === REPORT_LANG ? text : html`<span lang=${REPORT_LANG}>${text}</span>`;
}

/**
 * The `lang` to put on an element holding only report text (a row header, a list item), or
 * `undefined` when the element already speaks Chinese; for `ifDefined`.
 */
export function reportLang(locale: Locale): typeof REPORT_LANG | undefined {
  return locale === REPORT_LANG ? undefined : REPORT_LANG;
}

/** A filled template: one string when nothing in it is markup, else its pieces for Lit to render. */
export type Parts = string | (string | number | TemplateResult)[];

/**
 * A message template filled with parts that may be markup (report text marked with its
 * language, a visually hidden word), where core's `formatMessage` gives only a string; core's
 * `templatePieces` reads the template, so placeholders and plurals are read as formatMessage reads
 * them. Without markup it is one string: one text node for Lit, not one part per piece (a
 * dashboard's 1,200 cells).
 *
 * @example formatParts('{unit}（逾期 {days} 天）', { unit: reportText('北留镇', locale), days: 3 })
 */
export function formatParts(
  template: string,
  params: Readonly<Record<string, string | number | TemplateResult>>,
): Parts {
  const pieces = templatePieces(template, params);
  return pieces.every((piece) => typeof piece !== 'object') ? pieces.join('') : pieces;
}
