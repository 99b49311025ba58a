import {
  formatMessage,
  reportFormFields,
  templatePieces,
  type Catalog,
  type Locale,
  type Report,
} from '@law-report/core/model';
import { html, type TemplateResult } from 'lit';
import { stringsOf } from '../internal/strings.js';
import { idOf, placeInSection } from './form-model.js';
import { metricName } from './metric-name.js';
import { confirmOf, type ImportController } from './import-controller.js';

// How many of what is still to confirm a refusal names; the rest it counts.
const NAMED = 3;

/** One imported value still to confirm: its name as the form shows it, and where checking it starts. */
export interface ToConfirm {
  /** A guessed field's label (落款单位), or a figure's name (召开专题会议（4次）). */
  readonly name: string;
  /** The field's id, for the link's `href` (which cannot reach into the shadow root: the link focuses from script). */
  readonly id: string;
  /** What the link focuses: the guessed field, or the figure's 确认. */
  readonly selector: string;
}

/**
 * What is still to confirm of an import, in the order of the page: the guessed values of the report's
 * own fields (a 落款单位 the importer made up), then the figures. A refusal says them, not only how
 * many (a clerk's trial: after 确认全部导入的数字, which confirms figures only, 提交 said 还有 1 项 and
 * not that it was the 落款单位).
 */
export function toConfirmList(draft: Report, catalog: Catalog, locale: Locale, imports: ImportController): ToConfirm[] {
  const m = stringsOf(locale);
  const guessed = new Set(imports.guessedFields);
  const items: ToConfirm[] = [];
  for (const field of reportFormFields.report) {
    const id = idOf(field.path);
    if (guessed.has(id)) items.push({ name: m.fields[field.key], id, selector: `#${CSS.escape(id)}` });
  }
  draft.metrics.forEach((metric, index) => {
    if (!imports.isUnconfirmed(metric)) return;
    items.push({
      name: metricName(metric, catalog, locale, placeInSection(draft.metrics, index)),
      id: idOf(['metrics', index, 'value']),
      selector: confirmOf(index),
    });
  });
  return items;
}

/**
 * 还有 3 项导入的内容待核对：落款单位、落款日期、召开专题会议（4次）。 — the first {@link NAMED} named, the rest
 * counted (…，另有 2 项。), each name given by `nameOf` (text, or a link to its field); `count` is how many
 * are to confirm in all.
 */
export function toConfirmPieces<T>(
  locale: Locale,
  count: number,
  items: readonly ToConfirm[],
  nameOf: (item: ToConfirm) => T,
): (T | string | number)[] {
  const m = stringsOf(locale).form;
  const shown = items.slice(0, NAMED);
  const names: (T | string)[] = [];
  shown.forEach((item, i) => {
    if (i > 0) names.push(m.itemSeparator);
    names.push(nameOf(item));
  });
  const more = count - shown.length;
  const list: (T | string | number)[] =
    more > 0 ? spread(templatePieces<unknown>(m.unconfirmedMore, { items: LIST, more }), names) : names;
  return shown.length === 0
    ? [formatMessage(m.unconfirmed, { count })]
    : spread(templatePieces<unknown>(m.unconfirmedNamed, { count, items: LIST }), list);
}

/** The same words as text: the form's validation message (`setValidity`). */
export function toConfirmText(locale: Locale, count: number, items: readonly ToConfirm[]): string {
  return toConfirmPieces(locale, count, items, (item) => item.name).join('');
}

/** The same words in the error summary, each name a link that focuses its field (`follow`). */
export function renderToConfirm(
  locale: Locale,
  count: number,
  items: readonly ToConfirm[],
  follow: (event: Event, selector: string) => void,
): TemplateResult {
  const pieces = toConfirmPieces(
    locale,
    count,
    items,
    (item) => html`<a href=${`#${item.id}`} @click=${(event: Event) => follow(event, item.selector)}>${item.name}</a>`,
  );
  return html`<li>${pieces}</li>`;
}

// Where a template's {items} goes: the pieces of the list, in its place.
const LIST = Symbol('items');

function spread<T>(pieces: readonly unknown[], list: readonly T[]): (T | string | number)[] {
  const spread: (T | string | number)[] = [];
  for (const piece of pieces) {
    if (piece !== LIST) spread.push(piece as string | number);
    else for (const item of list) spread.push(item);
  }
  return spread;
}
