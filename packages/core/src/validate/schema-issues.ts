import {
  formatMessage,
  localized,
  messages,
  type ReadingIssueCode,
  type Locale,
  type LocaleMessages,
  type MessageParams,
} from '../i18n/messages.js';
import type { ShapeIssue } from '../schema/shape/shape-node.js';
import { createReadingIssue, type IssuePath, type ValidationIssue } from './issue.js';

type FieldKey = keyof LocaleMessages['fields'];
type TypeKey = keyof LocaleMessages['types'];
type FormatKey = keyof LocaleMessages['formats'];

/**
 * The i18n field key of a path: list indices are dropped and the element of `sections`
 * or `metrics` is named `section` / `metric`, at any depth.
 *
 * @example fieldKeyOf(['sections', 0, 'sections', 2, 'title']) // 'section.title'
 */
export function fieldKeyOf(path: IssuePath): string {
  let key = '';
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    if (segment === undefined || typeof segment === 'number') continue;
    const element = segment === 'sections' ? 'section' : segment === 'metrics' ? 'metric' : undefined;
    if (element && typeof path[i + 1] === 'number' && i + 2 < path.length) {
      key = element;
      continue;
    }
    key = key ? `${key}.${segment}` : segment;
  }
  return key;
}

function labelOf(m: LocaleMessages, path: IssuePath): string {
  const key = fieldKeyOf(path);
  return Object.hasOwn(m.fields, key) ? m.fields[key as FieldKey] : key || '—';
}

// A pattern's format in words: the field's own where the catalogs describe it (a division code's
// digits), else a general one.
function formatName(m: LocaleMessages, raw: ShapeIssue, path: IssuePath): string {
  if (raw.format === 'date') return m.formats.date;
  const key = fieldKeyOf(path);
  return Object.hasOwn(m.formats, key) ? m.formats[key as FormatKey] : m.formats.regex;
}

function typeName(m: LocaleMessages, type: string): string {
  return Object.hasOwn(m.types, type) ? m.types[type as TypeKey] : type;
}

// The bound of a length check counts characters; of any other, the value itself.
function bound(m: LocaleMessages, raw: ShapeIssue, value: number | bigint | undefined): string {
  return raw.origin === 'string' ? formatMessage(m.formats.length, { n: String(value) }) : String(value);
}

/**
 * Whether a raw issue is about a value left empty: a blank text under a minimum length of one,
 * or a blank where a date or month-day belongs. Such a value is missing to the person filling
 * the form, whatever check caught it, and is named as missing.
 */
function isEmpty(raw: ShapeIssue): boolean {
  if (raw.code === 'too_small') return (raw.origin === 'string' || raw.origin === 'array') && Number(raw.minimum) === 1;
  if (raw.code === 'invalid_format' || raw.code === 'custom')
    return typeof raw.input === 'string' && raw.input.trim() === '';
  return false;
}

// 请填写报告标题。/ Please fill in the report title.: English labels start with a capital, as
// labels do; in the middle of a sentence they do not.
function required(path: IssuePath, locale: Locale): ValidationIssue {
  const zh = labelOf(messages['zh-CN'], path);
  const en = labelOf(messages.en, path);
  return createReadingIssue('required', 'error', path, locale, {
    'zh-CN': { field: zh },
    en: { field: en.charAt(0).toLowerCase() + en.slice(1) },
  });
}

function issue(
  code: ReadingIssueCode,
  path: IssuePath,
  locale: Locale,
  params: (m: LocaleMessages) => MessageParams,
): ValidationIssue {
  return createReadingIssue(code, 'error', path, locale, localized(params));
}

// A refinement's issue, told apart by its params: the nesting guards' limits, the deadline
// file's month-day format, or any other check.
function customIssue(
  params: Readonly<Record<string, unknown>>,
  path: IssuePath,
  locale: Locale,
  field: (m: LocaleMessages) => MessageParams,
): ValidationIssue {
  if (params['maxSectionDepth'] !== undefined)
    return issue('sections_too_deep', path, locale, () => ({ limit: String(params['maxSectionDepth']) }));
  if (params['maxExtensionDepth'] !== undefined) {
    return issue('extension_too_deep', path, locale, () => ({
      key: String(path.at(-1) ?? ''),
      limit: String(params['maxExtensionDepth']),
    }));
  }
  if (params['format'] === 'monthDay')
    return issue('invalid_format', path, locale, (m) => ({ ...field(m), format: m.formats.monthDay }));
  return issue('invalid_input', path, locale, field);
}

/**
 * Turns zod's issues (or the same issues from a generated shape) into validation issues with
 * zh-CN and en messages naming the field. A value left empty (a blank title, a cleared date)
 * is `required`, as a missing one is: 请填写报告标题。, not a length or a format.
 *
 * @param issues - `error.issues` of a failed `safeParse` or `checkShape`
 * @param locale - the locale of `message`
 */
export function fromZodIssues(issues: readonly ShapeIssue[], locale: Locale): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  for (const raw of issues) {
    const path: IssuePath = raw.path.map((segment) => (typeof segment === 'symbol' ? String(segment) : segment));
    const field = (m: LocaleMessages) => ({ field: labelOf(m, path) });
    if (isEmpty(raw)) {
      out.push(required(path, locale));
      continue;
    }
    switch (raw.code) {
      case 'invalid_type':
        out.push(
          raw.input === undefined
            ? required(path, locale)
            : issue('invalid_type', path, locale, (m) => ({ ...field(m), expected: typeName(m, raw.expected ?? '') })),
        );
        break;
      case 'unrecognized_keys':
        for (const key of raw.keys ?? []) out.push(issue('unknown_field', [...path, key], locale, () => ({ key })));
        break;
      case 'invalid_key':
        out.push(issue('invalid_key', path, locale, () => ({ key: String(path.at(-1) ?? '') })));
        break;
      case 'invalid_value':
        out.push(
          issue('invalid_value', path, locale, (m) => ({
            ...field(m),
            options: (raw.values ?? []).map(String).join(' | '),
          })),
        );
        break;
      case 'invalid_format':
        out.push(issue('invalid_format', path, locale, (m) => ({ ...field(m), format: formatName(m, raw, path) })));
        break;
      case 'too_small':
        out.push(issue('too_small', path, locale, (m) => ({ ...field(m), minimum: bound(m, raw, raw.minimum) })));
        break;
      case 'too_big':
        out.push(issue('too_big', path, locale, (m) => ({ ...field(m), maximum: bound(m, raw, raw.maximum) })));
        break;
      case 'custom':
        out.push(customIssue(raw.params ?? {}, path, locale, field));
        break;
      default:
        out.push(issue('invalid_input', path, locale, field));
    }
  }
  return out;
}
