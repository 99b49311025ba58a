import { defaultCatalog, type Catalog } from '../catalog/catalog.js';
import { localizedImport, type ImportIssueCode, type ImportLocaleMessages } from '../i18n/import-messages.js';
import type { Locale, MessageParams } from '../i18n/messages.js';
import { SCHEMA_VERSION } from '../schema/codes.js';
import type { Report } from '../schema/report.js';
import type { Unit } from '../schema/unit.js';
import type { IssuePath, Severity, ValidationIssue } from '../validate/issue.js';
import { UNRECOGNIZED_MARK } from '../validate/placeholder-text.js';
import { createImportIssue } from './import-issue.js';
import { readBlocks } from './blocks.js';
import { joinParagraphs, type Paragraph } from './join-paragraphs.js';
import { readLines } from './lines.js';
import type { ExtractedFact } from './facts.js';
import type { Node } from './heading-node.js';
import { readOutline } from './outline.js';
import { MAX_FIGURES, readSections } from './sections.js';
import { notAReport } from './not-a-report.js';
import { htmlToText, looksLikeHtml } from './html-to-text.js';
import { MappedText } from './mapped-text.js';
import { readReportYear } from './report-year.js';
import { frontMatter, htmlMetadata } from './document-fields.js';
import { placeLevelOf } from '../domain/unit-names.js';
import { sameUnit } from '../aggregate/unit-key.js';
import { levelOf, splitParent, unitNameOf } from './metadata.js';
import { normalizeCharacters } from './normalize.js';
import { readDocumentMetadata, type DocumentFields } from '../render/document-metadata.js';

/** Options of {@link importReport}. */
export interface ImportOptions {
  /** The input's format; detected when left out (HTML if it looks like markup, else text/Markdown). */
  readonly format?: 'text' | 'markdown' | 'html';
  /** The catalog whose aliases classify facts, e.g. with a town's extensions. */
  readonly catalog?: Catalog;
  /** The locale of each issue's `message`. */
  readonly locale?: Locale;
  /** "Today" (its day in China), the last resort for the reporting year: the year before it. */
  readonly now?: Date;
  /**
   * The unit the report should be from (a unit's own form, signed in with its token): a report
   * naming another unit gets an `import_other_unit` warning on `unit.name` at once, not a refusal
   * at submission. Names are compared as the aggregator matches them (`normaliseUnitName`).
   */
  readonly expectedUnit?: string;
}

/**
 * What {@link importReport} gives: a schema-valid draft and what needs a person's check, or,
 * for input that is no report at all (empty, a PDF, binary data), no draft and one error.
 */
export type ImportResult =
  | { readonly report: Report; readonly issues: readonly ValidationIssue[] }
  | { readonly report: undefined; readonly issues: readonly ValidationIssue[] };

/**
 * Turns a free-text report (plain text, Markdown, or a saved HTML page) into a draft
 * Report: title, year, unit, 落款, the section tree from the Chinese enumerators, and every
 * quantitative fact with the `source` span it was read from. Never throws; what it had to
 * guess or could not classify comes back as issues, so a person can confirm it.
 *
 * @param input - the report's text (HTML pages: the whole page; navigation is dropped)
 * @param options - format, catalog, locale, now, expectedUnit
 * @example
 * const { report, issues } = importReport(readFileSync('beiliu-2023.txt', 'utf8'));
 * report.metrics[0] // { indicator: 'normativeDocs.filed', value: 2, unit: '份', source: { start: 1234, end: 1237 }, … }
 */
export function importReport(input: string, options: ImportOptions = {}): ImportResult {
  const text = typeof input === 'string' ? input : String(input);
  const why = notAReport(text);
  if (why) {
    const locale = options.locale ?? 'zh-CN';
    return {
      report: undefined,
      issues: [
        createImportIssue(
          'import_not_a_report',
          'error',
          [],
          locale,
          localizedImport((m) => ({ reason: m.notAReport[why] })),
        ),
      ],
    };
  }
  const html = options.format === 'html' || (options.format === undefined && looksLikeHtml(text));
  if (html)
    return new Importer(options).run(normalizeCharacters(htmlToText(text)), readDocumentMetadata(htmlMetadata(text)));
  const { pairs, end } = frontMatter(text);
  return new Importer(options).run(normalizeCharacters(MappedText.of(text).slice(end)), readDocumentMetadata(pairs));
}

// Facts to confirm named one by one; the rest are counted in one issue.
const MAX_FACT_NOTES = 500;

class Importer {
  readonly #catalog: Catalog;
  readonly #locale: Locale;
  readonly #now: Date;
  readonly #expectedUnit: string | undefined;
  readonly #issues: ValidationIssue[] = [];

  constructor(options: ImportOptions) {
    this.#catalog = options.catalog ?? defaultCatalog;
    this.#locale = options.locale ?? 'zh-CN';
    this.#now = options.now ?? new Date();
    this.#expectedUnit = options.expectedUnit;
  }

  run(mapped: MappedText, fields: DocumentFields): ImportResult {
    const { lines, publishedOn } = readLines(mapped);

    const blocks = readBlocks(lines, fields);
    let { title, issuedOn } = blocks;

    const paragraphs = joinParagraphs(blocks.body);
    const tree = readOutline(paragraphs);
    const year = fields.year ?? this.#year(title, tree, paragraphs, issuedOn);
    const { sections, facts, splits, figuresLeft } = readSections(tree, year, this.#catalog);
    if (figuresLeft) this.#note('import_too_many_figures', 'warning', ['metrics'], { max: MAX_FIGURES });
    for (const split of splits)
      this.#note('import_section_split', 'info', ['sections', split.at], {
        title: split.title,
        first: split.first,
        second: split.second,
      });
    const metrics = facts.map((fact) => fact.metric);
    this.#factNotes(facts);
    if (tree.children.length === 0) this.#note('import_no_headings', 'warning', ['sections']);

    // A 落款 of a seal note and a date (（盖章） over 2026年1月19日) names no issuer: the title's is guessed, to confirm.
    const issuer = named(fields.issuer) ?? named(blocks.issuer) ?? this.#fallbackIssuer(title);
    const unit = fields.unit ?? this.#unit(title ?? '', blocks.issuer);
    if (!issuedOn) {
      issuedOn = `${year + 1}-01-01`;
      this.#note('import_issue_date_missing', 'warning', ['issuedOn'], { date: issuedOn });
    }
    if (!title && unit.name === UNRECOGNIZED_MARK) {
      // A title made of a unit it could not read would be no title: the field is left to fill in.
      title = UNRECOGNIZED_MARK;
      this.#note('import_title_unread', 'warning', ['title']);
    } else if (!title) {
      title = `${unit.name}${year}年法治政府建设工作情况的报告`;
      this.#note('import_title_missing', 'warning', ['title'], { title });
    }
    this.#otherUnit(unit);
    const report: Report = {
      schemaVersion: SCHEMA_VERSION,
      title,
      year,
      unit,
      issuer,
      issuedOn,
      ...(fields.submittedOn ? { submittedOn: fields.submittedOn } : {}),
      ...(fields.publishedOn
        ? { publishedOn: fields.publishedOn }
        : publishedOn && publishedOn >= issuedOn
          ? { publishedOn }
          : {}),
      ...(fields.confidentialityReviewed === undefined
        ? {}
        : { confidentialityReviewed: fields.confidentialityReviewed }),
      sections,
      metrics,
    };
    return { report, issues: this.#issues };
  }

  #note(
    code: ImportIssueCode,
    severity: Severity,
    path: IssuePath,
    params: MessageParams | ((m: ImportLocaleMessages) => MessageParams) = {},
  ): void {
    this.#issues.push(
      createImportIssue(
        code,
        severity,
        path,
        this.#locale,
        typeof params === 'function' ? localizedImport(params) : params,
      ),
    );
  }

  #year(title: string | undefined, tree: Node, paragraphs: readonly Paragraph[], issuedOn: string | undefined): number {
    const headings = tree.children.flatMap((child) => (child.title ? [child.title.text] : []));
    const { year, from } = readReportYear({
      title,
      headings,
      issuedOn,
      paragraphs: paragraphs.map((paragraph) => paragraph.text.text),
      now: this.#now,
    });
    if (from !== 'title')
      this.#note('import_year_inferred', 'info', ['year'], (m) => ({ year, from: m.inference[from], basis: from }));
    return year;
  }

  #unit(title: string, issuer: string | undefined): Unit {
    const named = unitNameOf(title, issuer);
    if (!named) {
      this.#note('import_unit_missing', 'warning', ['unit', 'name']);
      return { name: UNRECOGNIZED_MARK, level: 'town' };
    }
    const { name, parent } = splitParent(named);
    const level = levelOf(name);
    return parent ? { name, level, parent: { name: parent } } : { name, level };
  }

  // Another unit's report, imported where a unit signed in for itself: said now, not at 提交.
  #otherUnit(unit: Unit): void {
    const expected = this.#expectedUnit;
    if (!expected || unit.name === UNRECOGNIZED_MARK) return;
    // Both under the report's parent: 阳城县司法局 signed in is the 司法局 a report places under 阳城县.
    if (sameUnit(unit.name, expected, unit.parent?.name)) return;
    this.#note('import_other_unit', 'warning', ['unit', 'name'], { unit: unit.name, expected });
  }

  #fallbackIssuer(title: string | undefined): string {
    const name = unitNameOf(title ?? '', undefined);
    // A place's government signs for it; a 街道 signs by its 办事处, which the title does not name.
    if (!name) {
      this.#note('import_issuer_unread', 'warning', ['issuer']);
      return UNRECOGNIZED_MARK;
    }
    const issuer = placeLevelOf(name) && !name.endsWith('街道') ? `${name}人民政府` : name;
    this.#note('import_issuer_missing', 'warning', ['issuer'], { issuer });
    return issuer;
  }

  // The facts a person should confirm, one note each (derived, unclassified, resting on a short alias).
  #factNotes(facts: readonly ExtractedFact[]): void {
    let notes = 0;
    facts.forEach((fact, index) => {
      const { label, value, unit } = fact.metric;
      const toConfirm =
        fact.derived !== undefined || fact.metric.indicator === 'unclassified' || fact.weak !== undefined;
      if (toConfirm && ++notes > MAX_FACT_NOTES) return;
      if (fact.derived) {
        const how = fact.derived;
        this.#note('import_fact_derived', 'info', ['metrics', index], (m) => ({
          label,
          value,
          unit,
          how: m.derivations[how],
        }));
      } else if (fact.metric.indicator === 'unclassified') {
        this.#note('import_fact_unclassified', 'info', ['metrics', index], { label, value, unit });
      } else if (fact.weak) {
        this.#note('import_fact_uncertain', 'info', ['metrics', index], { label, value, unit, word: fact.weak });
      }
    });
    // No real report has this many; past it, one line says how many more a person must check.
    if (notes > MAX_FACT_NOTES)
      this.#note('import_more_to_confirm', 'info', ['metrics'], { count: notes - MAX_FACT_NOTES });
  }
}

// A name that says something, or undefined: an empty one is none.
const named = (name: string | undefined): string | undefined => (name?.trim() ? name : undefined);
