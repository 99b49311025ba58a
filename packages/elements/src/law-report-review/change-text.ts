import { formatChinaDate, formatMessage, type Catalog, type Locale, type Section } from '@law-report/core/model';
import { deskMessages, type TextChange } from '@law-report/core/review';
import { stringsOf } from '../internal/strings.js';
import type { DeskChange, FigureMoved, Scope } from './figure-moves.js';

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

// What changed in a section's text, briefly: its first change, then the counts when there are more.
function textText(text: TextChange, locale: Locale): string {
  const d = deskMessages[locale];
  const first =
    text.before && text.after
      ? formatMessage(d.textReplaced, { before: text.before, after: text.after })
      : text.after
        ? formatMessage(d.textAdded, { after: text.after })
        : formatMessage(d.textRemoved, { before: text.before });
  const shown = (text.before ? 1 : 0) + (text.after ? 1 : 0);
  return text.added + text.removed > shown
    ? `${first}${formatMessage(d.textMore, { added: text.added, removed: text.removed })}`
    : first;
}

// An indicator by the name the form's picker gives it, from the desk's catalog (the county's own indicators too);
// one the catalog does not know, by its key.
function indicatorName(key: string, locale: Locale, catalog: Catalog): string {
  if (key === 'unclassified') return stringsOf(locale).form.unclassified;
  return catalog.get(key)?.label[locale] ?? key;
}

// A scope by its name; 截至 by its date as the page writes dates (截至2025年12月31日), which is what tells two
// of them apart.
function scopeName(scope: Scope, locale: Locale): string {
  return scope.asOf
    ? formatMessage(deskMessages[locale].scopeAsOf, { date: formatChinaDate(scope.asOf, locale) })
    : stringsOf(locale).scopes[scope.scope];
}

// A figure matched again across versions: what changed in it, one clause a part, in one sentence.
function movedText(
  change: FigureMoved,
  locale: Locale,
  before: readonly Section[],
  after: readonly Section[],
  catalog: Catalog,
): string {
  const d = deskMessages[locale];
  const clauses = [
    change.indicator &&
      formatMessage(d.movedIndicator, {
        before: indicatorName(change.indicator.before, locale, catalog),
        after: indicatorName(change.indicator.after, locale, catalog),
      }),
    change.wording && formatMessage(d.movedWording, { ...change.wording }),
    change.written && formatMessage(d.movedValue, { ...change.written }),
    change.scope &&
      formatMessage(d.movedScope, {
        before: scopeName(change.scope.before, locale),
        after: scopeName(change.scope.after, locale),
      }),
    change.section &&
      formatMessage(d.movedSection, {
        before: sectionName(change.section.before, before, locale).name,
        after: sectionName(change.section.after, after, locale).name,
      }),
  ].filter((clause): clause is string => typeof clause === 'string');
  return formatMessage(d.movedMetric, { label: change.label, value: change.value, what: clauses.join(d.movedJoin) });
}

/**
 * One change as a sentence (the report's own words inside); `before` and `after` are the versions' sections,
 * `catalog` the one indicators are named by (the desk's: the county's own indicators with the built-in ones).
 *
 * @example changeText({ kind: 'metric-removed', label: '普法活动', value: '12场' }, 'zh-CN', [], [], defaultCatalog) // 删去数据“普法活动”：12场
 */
export function changeText(
  change: DeskChange,
  locale: Locale,
  before: readonly Section[],
  after: readonly Section[],
  catalog: Catalog,
): string {
  const m = stringsOf(locale);
  const d = deskMessages[locale];
  switch (change.kind) {
    case 'field': {
      // A yes/no field reads 是/否, not true/false; a day as the page writes days (2026年12月5日, not 2026-12-05).
      const days = change.field === 'issuedOn' || change.field === 'submittedOn' || change.field === 'publishedOn';
      const word = (value: string) =>
        change.field === 'confidentialityReviewed'
          ? value === 'true'
            ? d.yes
            : d.no
          : days && value
            ? formatChinaDate(value, locale)
            : value;
      return formatMessage(d.changedField, {
        field: m.fields[change.field],
        before: word(change.before),
        after: word(change.after),
      });
    }
    case 'section-added':
    case 'section-removed': {
      const { titled, name } = sectionName(change.title, change.kind === 'section-removed' ? before : after, locale);
      const key = {
        'section-added': titled ? 'addedSection' : 'addedUntitledSection',
        'section-removed': titled ? 'removedSection' : 'removedUntitledSection',
      } as const;
      return formatMessage(d[key[change.kind]], { title: name });
    }
    case 'section-retitled': {
      const was = sectionName(change.before, before, locale);
      const is = sectionName(change.after, after, locale);
      const key = !was.titled ? 'retitledUntitledBefore' : !is.titled ? 'retitledUntitledAfter' : 'retitledSection';
      return formatMessage(d[key], { before: was.name, after: is.name });
    }
    case 'section-changed': {
      const { titled, name } = sectionName(change.title, after, locale);
      return formatMessage(d[titled ? 'changedSection' : 'changedUntitledSection'], {
        title: name,
        what: textText(change.text, locale),
      });
    }
    case 'metric-added':
    case 'metric-removed': {
      // A figure not of the year says its scope: its namesake removed or added may differ only in that.
      const added = change.kind === 'metric-added';
      const { label, value, scope } = change;
      return scope
        ? formatMessage(d[added ? 'addedMetricScoped' : 'removedMetricScoped'], {
            label,
            value,
            scope: scopeName(scope, locale),
          })
        : formatMessage(d[added ? 'addedMetric' : 'removedMetric'], { label, value });
    }
    case 'metric-changed': {
      // A running total, a day's stock or a target says so: 12个 改为 13个 alone reads as the year's figure.
      const { label, before: was, after: is, scope } = change;
      return scope
        ? formatMessage(d.changedMetricScoped, {
            label,
            before: was,
            after: is,
            scope: scopeName({ scope, asOf: change.asOf }, locale),
          })
        : formatMessage(d.changedMetric, { label, before: was, after: is });
    }
    case 'metric-moved':
      return movedText(change, locale, before, after, catalog);
  }
}
