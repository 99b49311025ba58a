import {
  hasNoText,
  isUnrecognized,
  reportingYear,
  type Metric,
  type Report,
  type Section,
} from '@law-report/core/model';
import { draftFrom, freshId, getPath, idOf, setPath, type Path } from './form-model.js';

// How an import comes into a draft a person has started: 只填空白项, and the fields the importer
// could not read left empty. Loaded with the import session, on use.

const blank = (value: unknown) => typeof value !== 'string' || value.trim() === '';

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
