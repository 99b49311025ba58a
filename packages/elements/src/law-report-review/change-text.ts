import { formatMessage, type Locale, type Section } from '@law-report/core/model';
import { deskMessages, type ReportChange } from '@law-report/core/review';
import { stringsOf } from '../internal/locale.js';

// What changed since the version before, one sentence a change, the report's own words inside.

// A section as a change names it: its title, or, untitled (a 导语 has none), its kind, as the form
// names it; never an empty “”.
function sectionName(
  title: string,
  sections: readonly Section[],
  locale: Locale,
): { readonly titled: boolean; readonly name: string } {
  if (title.trim()) return { titled: true, name: title };
  const m = stringsOf(locale);
  const kinds = new Set<Section['kind']>();
  const walk = (list: readonly Section[]): void => {
    for (const section of list) {
      if (!section.title.trim()) kinds.add(section.kind);
      walk(section.sections);
    }
  };
  walk(sections);
  const [kind] = kinds;
  return { titled: false, name: kinds.size === 1 && kind ? m.kinds[kind] : m.form.untitled };
}

/**
 * One change as a sentence (the report's own words inside); `before` and `after` are the versions' sections.
 *
 * @example changeText({ kind: 'metric-removed', label: '普法活动', value: '12场' }, 'zh-CN', [], []) // 删去数据“普法活动”：12场
 */
export function changeText(
  change: ReportChange,
  locale: Locale,
  before: readonly Section[],
  after: readonly Section[],
): string {
  const m = stringsOf(locale);
  const d = deskMessages[locale];
  switch (change.kind) {
    case 'field': {
      // A yes/no field reads 是/否, not true/false.
      const word = (value: string) =>
        change.field === 'confidentialityReviewed' ? (value === 'true' ? d.yes : d.no) : value;
      return formatMessage(d.changedField, {
        field: m.fields[change.field],
        before: word(change.before),
        after: word(change.after),
      });
    }
    case 'section-added':
    case 'section-removed':
    case 'section-changed': {
      const { titled, name } = sectionName(change.title, change.kind === 'section-removed' ? before : after, locale);
      const key = {
        'section-added': titled ? 'addedSection' : 'addedUntitledSection',
        'section-removed': titled ? 'removedSection' : 'removedUntitledSection',
        'section-changed': titled ? 'changedSection' : 'changedUntitledSection',
      } as const;
      return formatMessage(d[key[change.kind]], { title: name });
    }
    case 'metric-added':
      return formatMessage(d.addedMetric, { label: change.label, value: change.value });
    case 'metric-removed':
      return formatMessage(d.removedMetric, { label: change.label, value: change.value });
    case 'metric-changed':
      return formatMessage(d.changedMetric, { label: change.label, before: change.before, after: change.after });
  }
}
