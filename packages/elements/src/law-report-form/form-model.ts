import { reportingYear, STATUTORY_CONTENTS, type Metric, type Report, type Section } from '@law-report/core/model';
import { fieldStringsOf } from '../internal/locale.js';

// The report as the form holds it while a person edits it: how a draft is made from any value,
// how a field is found by its path, and how two drafts are merged. No rendering here.

/** Where a value sits in the draft: `['sections', 0, 'title']`. */
export type Path = readonly (string | number)[];

/** A field's id, from its path (`f-sections-0-title`): an issue's path finds its field. */
export const idOf = (path: Path): string => `f-${path.join('-')}`;

/**
 * The title a new report's section of `kind` starts with: the statutory content's name. Nobody's
 * wording: an import's heading replaces it (see `fillBlanks`).
 */
export function blankTitle(kind: Section['kind']): string {
  return fieldStringsOf('zh-CN').kinds[kind];
}

/** A new report: the five statutory contents as sections, titled by their names. */
export function emptyReport(): Report {
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
      title: blankTitle(kind),
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

/**
 * Whether a person has put anything into the draft: a title, a name, a paragraph or a figure. The
 * unit's own name (`ownUnit`, which a form signed in for its unit starts with) is nobody's writing.
 */
export function hasContent(report: Report, ownUnit?: string): boolean {
  // A draft may hold anything it was given: only text counts as written.
  const unit = report.unit.name;
  const named = !blank(unit) && (ownUnit === undefined || (unit as string).trim() !== ownUnit);
  if (!blank(report.title) || named || !blank(report.issuer) || report.metrics.length > 0) return true;
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
 * A figure's place in its section's table (第 2 项 of its section, as the table numbers it), from its
 * index in the report's figures: the same number wherever a figure without a name is named.
 */
export function placeInSection(metrics: readonly Metric[], index: number): number {
  const sectionId = metrics[index]?.sectionId;
  let place = 1;
  for (let at = 0; at < index; at++) if (metrics[at]?.sectionId === sectionId) place++;
  return place;
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

/**
 * Whether `report` is the draft as the form holds it: the draft itself, or a copy (a framework's
 * state, a Proxy) with the same JSON.
 */
export function isDraft(report: unknown, draft: Report): boolean {
  if (report === draft) return true;
  if (typeof report !== 'object' || report === null) return false;
  try {
    return JSON.stringify(report) === JSON.stringify(draft);
  } catch {
    return false;
  }
}
