import { localized, type SharedIssueCode, type Locale, type LocaleMessages, type MessageParams } from '../i18n/messages.js';
import type { ShapeIssue } from '../schema/shape/shape-node.js';
import { createIssue, type IssuePath, type ValidationIssue } from './issue.js';

type FieldKey = keyof LocaleMessages['fields'];
type TypeKey = keyof LocaleMessages['types'];

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

function typeName(m: LocaleMessages, type: string): string {
  return Object.hasOwn(m.types, type) ? m.types[type as TypeKey] : type;
}

function issue(
  code: SharedIssueCode,
  path: IssuePath,
  locale: Locale,
  params: (m: LocaleMessages) => MessageParams,
): ValidationIssue {
  return createIssue(code, 'error', path, locale, localized(params));
}

// A refinement's issue, told apart by its params: the nesting guards' limits, the deadline
// file's month-day format, or any other check.
function customIssue(
  params: Readonly<Record<string, unknown>>,
  path: IssuePath,
  locale: Locale,
  field: (m: LocaleMessages) => MessageParams,
): ValidationIssue {
  if (params['maxSectionDepth'] !== undefined) return issue('sections_too_deep', path, locale, () => ({ limit: String(params['maxSectionDepth']) }));
  if (params['maxExtensionDepth'] !== undefined) {
    return issue('extension_too_deep', path, locale, () => ({ key: String(path.at(-1) ?? ''), limit: String(params['maxExtensionDepth']) }));
  }
  if (params['format'] === 'monthDay') return issue('invalid_format', path, locale, (m) => ({ ...field(m), format: m.formats.monthDay }));
  return issue('invalid_input', path, locale, field);
}

/**
 * Turns zod's issues (or the same issues from a generated shape) into validation issues with
 * zh-CN and en messages naming the field.
 *
 * @param issues - `error.issues` of a failed `safeParse` or `checkShape`
 * @param locale - the locale of `message`
 */
export function fromZodIssues(issues: readonly ShapeIssue[], locale: Locale): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  for (const raw of issues) {
    const path: IssuePath = raw.path.map((segment) => (typeof segment === 'symbol' ? String(segment) : segment));
    const field = (m: LocaleMessages) => ({ field: labelOf(m, path) });
    switch (raw.code) {
      case 'invalid_type':
        out.push(
          raw.input === undefined
            ? issue('required', path, locale, field)
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
        out.push(issue('invalid_value', path, locale, (m) => ({ ...field(m), options: (raw.values ?? []).map(String).join(' | ') })));
        break;
      case 'invalid_format':
        out.push(
          issue('invalid_format', path, locale, (m) => ({
            ...field(m),
            format: raw.format === 'date' ? m.formats.date : m.formats.regex,
          })),
        );
        break;
      case 'too_small':
        out.push(issue('too_small', path, locale, (m) => ({ ...field(m), minimum: String(raw.minimum) })));
        break;
      case 'too_big':
        out.push(issue('too_big', path, locale, (m) => ({ ...field(m), maximum: String(raw.maximum) })));
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
