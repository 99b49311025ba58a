import * as z from 'zod/mini';
import { pick, type LocaleMessages, type Messages } from '../i18n/messages.js';
import { zhCN } from '../i18n/zh-CN.js';

/** The key of a field's label and help in the message catalogs (`unit.name`, `metric.value`…). */
export type FieldKey = keyof LocaleMessages['fields'];
type HelpKey = keyof LocaleMessages['help'];

/** Labels and help attached to one schema field, in every locale. */
export interface FieldMeta {
  /** Dotted field key in the i18n dictionaries, e.g. `unit.name`. */
  readonly key: FieldKey;
  readonly label: Messages;
  readonly help?: Messages;
}

/**
 * Metadata of every labelled field of the report schema. Forms, docs and JSON Schema
 * read labels from here, so no UI ever copies them.
 */
export const fieldMeta = z.registry<FieldMeta>();

/**
 * Attaches label and help (looked up by `key` in the i18n dictionaries) to a copy of `schema`.
 *
 * The copy matters: registering a shared constant (say, one ISO date schema) would relabel
 * every field that uses it.
 *
 * @example const title = field('title', z.string())
 */
export function field<T extends z.ZodMiniType>(key: FieldKey, schema: T): T {
  const copy = schema.clone() as T;
  const help = hasHelp(key) ? pick((m) => m.help[key]) : undefined;
  const label = pick((m) => m.fields[key]);
  fieldMeta.add(copy, help ? { key, label, help } : { key, label });
  return copy;
}

function hasHelp(key: FieldKey): key is FieldKey & HelpKey {
  return Object.hasOwn(zhCN.help, key);
}
