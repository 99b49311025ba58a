import {
  hasNoText,
  isUnrecognized,
  normaliseUnitName,
  sameUnit,
  reportingYear,
  yearsIn,
  type Metric,
  type Report,
  type Section,
} from '@law-report/core/model';
import { blankTitle, draftFrom, freshId, getPath, idOf, setPath, type Path } from './form-model.js';

// How an import comes into a draft a person has started: 只填空白项, and the fields the importer
// could not read left empty. Loaded with the import session, on use.

const blank = (value: unknown) => typeof value !== 'string' || value.trim() === '';

// A section nothing was written in: no text, no sub-section (even an untitled one a person added), no figure.
const emptySection = (section: Section, report: Report): boolean =>
  section.paragraphs.every((paragraph) => !paragraph.trim()) &&
  section.sections.length === 0 &&
  !report.metrics.some((metric) => metric.sectionId === section.id);

/**
 * Imported values 只填空白项 left out because they contradict what the person wrote: the imported
 * report is of another year than theirs, or of another unit than the form's. Each lists the fields
 * (paths) that stayed as they were.
 */
export interface NotTaken {
  /** The imported report's year, and the year the person gave (typed, or named in the title they typed). */
  readonly otherYear?: { readonly imported: number; readonly own: number; readonly paths: readonly Path[] };
  /** The imported report's unit, and the form's. */
  readonly otherUnit?: { readonly imported: string; readonly own: string; readonly paths: readonly Path[] };
  /** The fields the person wrote that the import has otherwise: what they wrote stays. */
  readonly typed?: readonly Path[];
  /** Imported figures the form already has (the same indicator, value and unit): not added twice. */
  readonly repeated?: number;
  /**
   * Imported figures of a section the person wrote themselves, not added beside their text (the
   * figures of the imported text, which a county would total against theirs), or of a report of
   * another year or unit than the person's. How many, of which imported sections, and why.
   */
  readonly figures?: {
    readonly count: number;
    readonly sections: readonly Section[];
    /** Why: the person wrote that section themselves (`written`), or a report of another year or unit (`other`). */
    readonly why: 'written' | 'other';
  };
}

// The fields of a report's year: its 落款 and the days it was sent and published.
const DATES: readonly Path[] = [['issuedOn'], ['submittedOn'], ['publishedOn']];
// What describes the unit a report is of, beside its name.
const UNIT_DETAILS: readonly Path[] = [
  ['unit', 'code'],
  ['unit', 'parent', 'name'],
];

// Whether `text` (a unit, a 落款, a title) names `unit`: 柳林乡人民政府, 中共柳林乡委员会 and 阳城县柳林乡 name 柳林乡.
function names(text: string, unit: string, parent?: string): boolean {
  const own = normaliseUnitName(unit, parent);
  return sameUnit(text, unit, parent) || (own !== '' && text.replace(/\s+/g, '').includes(own));
}

/**
 * 只填空白项: what `imported` adds to `draft` without changing anything a person wrote. Each
 * empty field takes the imported value, and so does the year while it is the new form's default
 * (nobody types the year a blank form starts with; the imported text says which year it is); a
 * section with no text takes the imported section of its kind (text, sub-sections and figures, and its
 * heading over the title the blank form gave);
 * an imported kind the draft lacks is added (a 导语 first), but no statutory content a person has
 * written comes in a second time; figures come with the sections they belong to.
 *
 * No empty field takes a value that contradicts what the person wrote: a report of another year
 * than theirs (the year they typed, or, while the year is the blank form's, the one the title they
 * typed names) brings neither its year nor its dates nor a title naming its year; a report of
 * another unit than the form's brings neither its 落款单位 (unless it names the form's unit), nor
 * its unit's code and parent, nor a title naming it. Those are listed in `notTaken`. Returns the
 * merged draft, what came in and what did not.
 *
 * No imported figure is left out unsaid: one of a section the person wrote themselves is not added
 * beside their text (it is the imported text's figure, and a county would total it against theirs)
 * and is listed with the imported sections it came from; a figure the form already has (the same
 * indicator, value and unit) is not added twice; each value the person wrote that the import has
 * otherwise (a 落款日期) is listed too.
 */
export function fillBlanks(
  draft: Report,
  imported: Report,
): {
  readonly report: Report;
  readonly metrics: ReadonlyMap<Metric, Metric>;
  readonly fields: readonly string[];
  readonly sections: number;
  readonly notTaken: NotTaken;
} {
  const report = draftFrom(draft);
  const fields: string[] = [];
  const kept = { year: [] as Path[], unit: [] as Path[] };
  // The year the person gave: typed, or named by the title they typed while the year is the blank form's.
  const typedYear = report.year !== reportingYear();
  const titleYears = blank(report.title) ? [] : yearsIn(report.title);
  const ownYear = typedYear ? report.year : titleYears[0];
  const otherYear = ownYear !== undefined && !(typedYear ? [report.year] : titleYears).includes(imported.year);
  // The form's unit, typed (or filled in for the unit a collection server signs in for).
  const ownUnit = report.unit.name.trim();
  const theirs = imported.unit.name;
  const otherUnit =
    ownUnit !== '' &&
    !blank(theirs) &&
    !names(theirs, ownUnit, report.unit.parent?.name) &&
    !names(ownUnit, theirs, imported.unit.parent?.name);
  // Why an imported value is not the person's to take: its year or its unit is not theirs.
  const contradicts = (path: Path, value: string): keyof typeof kept | undefined => {
    const [head] = path;
    const ofAnotherYear = head === 'title' && yearsIn(value).some((year) => year !== ownYear);
    if (otherYear && (DATES.some((date) => date[0] === head) || ofAnotherYear)) return 'year';
    if (!otherUnit) return undefined;
    if (UNIT_DETAILS.some((detail) => idOf(detail) === idOf(path))) return 'unit';
    if ((head === 'issuer' || head === 'title') && !names(value, ownUnit, report.unit.parent?.name)) return 'unit';
    return undefined;
  };
  const take = (path: Path, from: unknown) => {
    if (!blank(getPath(report, path)) || blank(from)) return;
    const why = contradicts(path, from as string);
    if (why) return void kept[why].push(path);
    setPath(report, path, from);
    fields.push(idOf(path));
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
  // What the person wrote that the import has otherwise stays, and is said (a unit named either way
  // is one; a title is the person's wording, not a fact to tell apart).
  const typed: Path[] = [];
  for (const path of [['unit', 'name'], ['issuer'], ['issuedOn'], ['submittedOn'], ['publishedOn']] as const) {
    const own = getPath(draft, path);
    const theirs = getPath(imported, path);
    if (blank(own) || blank(theirs) || squeeze(own as string) === squeeze(theirs as string)) continue;
    if (
      path[0] === 'unit' &&
      (otherUnit || names(own as string, theirs as string) || names(theirs as string, own as string))
    )
      continue;
    typed.push(path);
  }
  if (otherYear) {
    // The person's year stands; the imported one is said, not taken.
    if (!typedYear) kept.year.unshift(['year']);
    else if (kept.year.length === 0) typed.unshift(['year']);
  } else if (!typedYear && imported.year !== report.year) {
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
    // A title the blank form gave (the content's name) is nobody's wording: the town's own heading comes in
    // with its text, so a year it names wrongly is said (2024年工作安排 for the plans of a 2024 report).
    if (!blank(section.title) && (blank(target.title) || target.title === blankTitle(target.kind)))
      target.title = section.title;
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
  // Figures of a section that did not come in (the person wrote its kind themselves) are not added:
  // they belong to the imported text, not to the person's, and a county would total the imported
  // 326件 beside a typed 120件 that the published text says. They are listed instead.
  const importedAt = new Map<string, Section>();
  const visit = (section: Section, top: Section): void => {
    importedAt.set(section.id, top);
    for (const sub of section.sections) visit(sub, top);
  };
  for (const section of imported.sections) visit(section, section);
  const owned = draft.metrics;
  const metrics = new Map<Metric, Metric>();
  const left: Metric[] = [];
  let repeated = 0;
  for (const metric of imported.metrics) {
    if (owned.some((own) => sameFigure(own, metric))) {
      repeated++;
      continue;
    }
    const sectionId = metric.sectionId === undefined ? undefined : moved.get(metric.sectionId);
    // (A figure of a section the imported report does not have is the report's, as it would be replacing.)
    if (metric.sectionId !== undefined && sectionId === undefined && importedAt.has(metric.sectionId)) {
      left.push(metric);
      continue;
    }
    const copy: Metric = { ...metric, ...(sectionId === undefined ? {} : { sectionId }) };
    report.metrics.push(copy);
    metrics.set(metric, copy);
  }
  const leftIn = [
    ...new Set(left.map((metric) => importedAt.get(metric.sectionId ?? '')).filter((top) => top !== undefined)),
  ];
  const notTaken: NotTaken = {
    ...(kept.year.length > 0 && ownYear !== undefined
      ? { otherYear: { imported: imported.year, own: ownYear, paths: kept.year } }
      : {}),
    ...(kept.unit.length > 0 ? { otherUnit: { imported: theirs, own: ownUnit, paths: kept.unit } } : {}),
    ...(typed.length > 0 ? { typed } : {}),
    ...(repeated > 0 ? { repeated } : {}),
    ...(left.length > 0
      ? { figures: { count: left.length, sections: leftIn, why: otherYear || otherUnit ? 'other' : 'written' } }
      : {}),
  };
  return { report, metrics, fields, sections, notTaken };
}

// A value as compared: without its spaces.
const squeeze = (text: string): string => text.replace(/\s+/g, '');

// The same figure: the same indicator (and, unclassified, the same words), value and unit.
const sameFigure = (a: Metric, b: Metric): boolean =>
  a.indicator === b.indicator &&
  a.value === b.value &&
  squeeze(a.unit) === squeeze(b.unit) &&
  (a.indicator !== 'unclassified' || squeeze(a.label) === squeeze(b.label));

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
