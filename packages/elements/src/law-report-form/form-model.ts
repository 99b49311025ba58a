import {
  formatMessage,
  hasNoText,
  isUnrecognized,
  reportingYear,
  STATUTORY_CONTENTS,
  type Catalog,
  type Locale,
  type Metric,
  type Report,
  type Section,
} from '@law-report/core/model';
import { stringsOf } from '../internal/locale.js';

// The report as the form holds it while a person edits it: how a draft is made from any value,
// how a field is found by its path, and how two drafts are merged. No rendering here.

/** Where a value sits in the draft: `['sections', 0, 'title']`. */
export type Path = readonly (string | number)[];

/** A field's id, from its path (`f-sections-0-title`): an issue's path finds its field. */
export const idOf = (path: Path): string => `f-${path.join('-')}`;

/** A new report: the five statutory contents as sections, titled by their names. */
export function emptyReport(): Report {
  const m = stringsOf('zh-CN');
  return {
    schemaVersion: '1.0',
    title: '',
    year: reportingYear(),
    unit: { name: '', level: 'town' },
    issuer: '',
    issuedOn: '',
    sections: STATUTORY_CONTENTS.map(({ kind }, i) => ({
      id: `s${i + 1}`,
      kind,
      title: m.kinds[kind],
      paragraphs: [],
      sections: [],
    })),
    metrics: [],
  };
}

/**
 * A draft the form can show from any value: a copy of the report, with what a form needs to
 * stand on (the unit, the lists) filled in where the value lacks it. What is still wrong is
 * for validation to say; the form never breaks on it, and never changes the value it was given.
 */
export function draftFrom(value: unknown): Report {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return emptyReport();
  let copy: Record<string, unknown>;
  try {
    // A JSON copy, not structuredClone: frameworks hand over their reactive state as a Proxy
    // (Vue's `ref`, MobX), which structuredClone refuses; a report is JSON data anyway.
    copy = JSON.parse(JSON.stringify(value)) as Record<string, unknown>;
  } catch {
    return emptyReport();
  }
  const sections = (list: unknown, depth: number): Section[] =>
    (Array.isArray(list) ? list : [])
      .filter((item): item is Record<string, unknown> => typeof item === 'object' && item !== null)
      .map(
        (item, i) =>
          ({
            ...item,
            id: typeof item['id'] === 'string' ? item['id'] : `s${depth}-${i + 1}`,
            kind: typeof item['kind'] === 'string' ? item['kind'] : 'measures',
            title: typeof item['title'] === 'string' ? item['title'] : '',
            paragraphs: Array.isArray(item['paragraphs'])
              ? item['paragraphs'].filter((p): p is string => typeof p === 'string')
              : [],
            sections: depth < 8 ? sections(item['sections'], depth + 1) : [],
          }) as Section,
      );
  const unit = typeof copy['unit'] === 'object' && copy['unit'] !== null ? copy['unit'] : { name: '', level: 'town' };
  const metrics = (Array.isArray(copy['metrics']) ? copy['metrics'] : []).filter(
    (item): item is Metric => typeof item === 'object' && item !== null,
  );
  return { ...copy, unit, sections: sections(copy['sections'], 0), metrics } as Report;
}

/** Every section of a report, depth first, in document order. */
export function* allSections(sections: readonly Section[]): Generator<Section> {
  for (const section of sections) {
    yield section;
    yield* allSections(section.sections);
  }
}

const blank = (value: unknown) => typeof value !== 'string' || value.trim() === '';

/** Whether a person has put anything into the draft: a title, a name, a paragraph or a figure. */
export function hasContent(report: Report): boolean {
  // A draft may hold anything it was given: only text counts as written.
  if (!blank(report.title) || !blank(report.unit.name) || !blank(report.issuer) || report.metrics.length > 0)
    return true;
  for (const section of allSections(report.sections))
    if (section.paragraphs.some((paragraph) => paragraph.trim())) return true;
  return false;
}

/** A section id not used in the report. */
export function freshId(report: Report, taken: ReadonlySet<string> = new Set()): string {
  const used = new Set(taken);
  for (const section of allSections(report.sections)) used.add(section.id);
  let n = used.size + 1;
  while (used.has(`s${n}`)) n++;
  return `s${n}`;
}

// A section nothing was written in: no text, no sub-section (even an untitled one a person added), no figure.
const emptySection = (section: Section, report: Report): boolean =>
  section.paragraphs.every((paragraph) => !paragraph.trim()) &&
  section.sections.length === 0 &&
  !report.metrics.some((metric) => metric.sectionId === section.id);

/**
 * 只填空白项: what `imported` adds to `draft` without changing anything a person wrote. Each
 * empty field takes the imported value, and so does the year while it is the new form's default
 * (nobody types the year a blank form starts with; the imported text says which year it is); a
 * section with no text takes the imported section of its kind (text, sub-sections and figures);
 * an imported kind the draft lacks is added (a 导语 first), but no statutory content a person has
 * written comes in a second time; figures come with the sections they belong to. Returns the
 * merged draft and what came in.
 */
export function fillBlanks(
  draft: Report,
  imported: Report,
): {
  readonly report: Report;
  readonly metrics: ReadonlyMap<Metric, Metric>;
  readonly fields: readonly string[];
  readonly sections: number;
} {
  const report = draftFrom(draft);
  const fields: string[] = [];
  const take = (path: Path, from: unknown) => {
    if (blank(getPath(report, path)) && !blank(from)) {
      setPath(report, path, from);
      fields.push(idOf(path));
    }
  };
  for (const path of [
    ['title'],
    ['unit', 'name'],
    ['unit', 'code'],
    ['unit', 'parent', 'name'],
    ['issuer'],
    ['issuedOn'],
    ['submittedOn'],
    ['publishedOn'],
  ] as const)
    take(path, getPath(imported, path));
  if (report.year === reportingYear() && imported.year !== report.year) {
    report.year = imported.year;
    fields.push(idOf(['year']));
  }
  // The statutory contents a person has written: none of them comes in again.
  const written = new Set(
    report.sections.filter((section) => !emptySection(section, report)).map((section) => section.kind),
  );
  // Sections: ids are made fresh, so figures move with their section and never collide.
  const moved = new Map<string, string>();
  const taken = new Set<string>();
  const adopt = (section: Section): Section => {
    const id = freshId(report, taken);
    taken.add(id);
    moved.set(section.id, id);
    return { ...section, id, sections: section.sections.map(adopt) };
  };
  const used = new Set<Section>();
  let sections = 0;
  // First the empty sections of the draft take the text of their kind…
  const placed = new Map<Section, Section>();
  for (const section of imported.sections) {
    const target = report.sections.find(
      (own) => own.kind === section.kind && !used.has(own) && emptySection(own, report),
    );
    if (!target) continue;
    sections++;
    used.add(target);
    placed.set(section, target);
    target.paragraphs = [...section.paragraphs];
    target.sections = section.sections.map(adopt);
    moved.set(section.id, target.id);
  }
  // …then what the draft lacks comes in where the imported report has it: before the section that
  // follows it there (a 导语 before the 举措, a second 举措 after the first), else at the end.
  imported.sections.forEach((section, at) => {
    if (placed.has(section)) return;
    // A statutory content a person wrote stays as written; a thematic section of measures after
    // one that filled an empty 举措 is one more section.
    if (written.has(section.kind)) return;
    if (report.sections.some((own) => own.kind === section.kind) && section.kind !== 'measures') return;
    const copy = adopt(section);
    const next = imported.sections
      .slice(at + 1)
      .map((later) => placed.get(later))
      .find((target) => target !== undefined);
    // A 导语 opens the report, whatever the draft's first section is.
    const index = section.kind === 'preamble' ? 0 : next ? report.sections.indexOf(next) : -1;
    if (index < 0) report.sections.push(copy);
    else report.sections.splice(index, 0, copy);
    placed.set(section, copy);
    used.add(copy);
    sections++;
  });
  const metrics = new Map<Metric, Metric>();
  for (const metric of imported.metrics) {
    const sectionId = metric.sectionId === undefined ? undefined : moved.get(metric.sectionId);
    if (metric.sectionId !== undefined && sectionId === undefined) continue;
    const copy: Metric = { ...metric, ...(sectionId === undefined ? {} : { sectionId }) };
    report.metrics.push(copy);
    metrics.set(metric, copy);
  }
  return { report, metrics, fields, sections };
}

/** The value at a path of the draft, undefined where the path leads nowhere. */
export function getPath(root: unknown, path: Path): unknown {
  let at: unknown = root;
  for (const key of path)
    at = typeof at === 'object' && at !== null ? (at as Record<string | number, unknown>)[key] : undefined;
  return at;
}

/** Sets a value at a path of the draft, making objects on the way (unit.parent); undefined deletes. */
export function setPath(root: unknown, path: Path, value: unknown): void {
  let at = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') return;
    const next = at[key];
    if (typeof next !== 'object' || next === null) at[key] = {};
    at = at[key] as Record<string | number, unknown>;
  }
  const last = path.at(-1);
  if (last === undefined || last === '__proto__' || last === 'constructor' || last === 'prototype') return;
  if (value !== undefined) {
    at[last] = value;
    return;
  }
  delete at[last];
  // An optional object left empty (unit.parent without a name) goes with its last field.
  const parentPath = path.slice(0, -1);
  if (
    parentPath.length > 1 &&
    typeof parentPath.at(-1) === 'string' &&
    !Array.isArray(at) &&
    Object.keys(at).length === 0
  )
    setPath(root, parentPath, undefined);
}

/**
 * What a figure is called where a person must tell it from the others: its words as written
 * with its value (召开党委会…（2次）), else its indicator's label, else its place in the section.
 */
export function metricName(metric: Metric, catalog: Catalog, locale: Locale, place: number): string {
  const m = stringsOf(locale);
  // A label that only repeats the indicator's key (data written by a program) names nothing.
  const written = metric.label?.trim() === metric.indicator ? '' : metric.label?.trim();
  const label = written || catalog.get(metric.indicator)?.label[locale] || '';
  const short = label.length > 16 ? `${label.slice(0, 15)}…` : label;
  const value =
    typeof metric.value === 'number' && Number.isFinite(metric.value) ? `（${metric.value}${metric.unit ?? ''}）` : '';
  return short ? `${short}${value}` : formatMessage(m.form.row, { n: place });
}

/**
 * A stable key per section or figure object, for Lit's `repeat`: a move re-renders nothing but
 * the rows that moved.
 */
export class RowKeys {
  readonly #keys = new WeakMap<object, number>();
  #next = 0;

  /** The key of `item`, given on first ask. */
  of(item: object): number {
    let key = this.#keys.get(item);
    if (key === undefined) {
      key = this.#next++;
      this.#keys.set(item, key);
    }
    return key;
  }
}

// The report's own text fields an importer may leave as its mark for a value it could not read.
const READ_FIELDS: readonly Path[] = [['title'], ['unit', 'name'], ['unit', 'parent', 'name'], ['issuer']];

/**
 * Empties the fields an import left as （未识别）, its mark for a value it could not read: a person
 * types the value into an empty field instead of deleting the mark first, and an empty required
 * field says 请填写 where a mark would pass for a value. Changes `report`.
 */
export function blankUnread(report: Report): void {
  for (const path of READ_FIELDS) {
    const value = getPath(report, path);
    if (typeof value === 'string' && isUnrecognized(value) && hasNoText(value)) setPath(report, path, '');
  }
}
