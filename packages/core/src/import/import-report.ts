import { defaultCatalog, type Catalog } from '../catalog/catalog.js';
import { localizedImport, type ImportIssueCode, type ImportLocaleMessages } from '../i18n/import-messages.js';
import type { Locale, MessageParams } from '../i18n/messages.js';
import type { SectionKind } from '../schema/enums.js';
import type { Metric } from '../schema/metric.js';
import { SCHEMA_VERSION } from '../schema/codes.js';
import type { Report } from '../schema/report.js';
import type { Section } from '../schema/section.js';
import type { Unit } from '../schema/unit.js';
import type { IssuePath, Severity, ValidationIssue } from '../validate/issue.js';
import { UNRECOGNIZED_MARK } from '../validate/placeholder-text.js';
import { createImportIssue } from './import-issue.js';
import { classifySection, namedContent } from './section-kinds.js';
import { labelledTree } from './labelled-sections.js';
import { node, type Node } from './heading-node.js';
import { splitCombinedSection } from './combined-sections.js';
import { splitRunOnEnds } from './run-on-ends.js';
import { readTables } from './text-tables.js';
import { extractFacts, type ExtractedFact } from './facts.js';
import { joinParagraphs, type Line, type Paragraph } from './join-paragraphs.js';
import { readLines } from './lines.js';
import { LITERAL_MARK, unescapeLiteral } from './literal-lines.js';
import { notAReport } from './not-a-report.js';
import { enumeratorAt, inlineHeadingAt, splitHeading, type Enumerator } from './headings.js';
import { htmlToText, looksLikeHtml } from './html-to-text.js';
import { MappedText } from './mapped-text.js';
import { dateAt } from '../domain/dates.js';
import { readReportYear } from './report-year.js';
import { frontMatter, htmlMetadata } from './document-fields.js';
import { guessTitle } from './title.js';
import { findSignature, renderedSignature } from './signature.js';
import { appendixLine } from './rules/index.js';
import { placeLevelOf } from '../domain/unit-names.js';
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
 * @param options - format, catalog, locale, now
 * @example
 * const { report, issues } = importReport(readFileSync('beiliu-2023.txt', 'utf8'));
 * report.metrics[0] // { indicator: 'normativeDocs.filed', value: 2, unit: '份', source: { start: 1234, end: 1237 }, … }
 */
export function importReport(input: string, options: ImportOptions = {}): ImportResult {
  const text = typeof input === 'string' ? input : String(input);
  const why = notAReport(text);
  if (why) {
    const locale = options.locale ?? 'zh-CN';
    return { report: undefined, issues: [createImportIssue('import_not_a_report', 'error', [], locale, localizedImport((m) => ({ reason: m.notAReport[why] })))] };
  }
  const html = options.format === 'html' || (options.format === undefined && looksLikeHtml(text));
  if (html) return new Importer(options).run(normalizeCharacters(htmlToText(text)), readDocumentMetadata(htmlMetadata(text)));
  const { pairs, end } = frontMatter(text);
  return new Importer(options).run(normalizeCharacters(MappedText.of(text).slice(end)), readDocumentMetadata(pairs));
}

// Facts to confirm named one by one; the rest are counted in one issue.
const MAX_FACT_NOTES = 500;

class Importer {
  readonly #catalog: Catalog;
  readonly #locale: Locale;
  readonly #now: Date;
  readonly #issues: ValidationIssue[] = [];

  constructor(options: ImportOptions) {
    this.#catalog = options.catalog ?? defaultCatalog;
    this.#locale = options.locale ?? 'zh-CN';
    this.#now = options.now ?? new Date();
  }

  run(mapped: MappedText, fields: DocumentFields): ImportResult {
    const { lines, publishedOn } = readLines(mapped);

    let title: string | undefined;
    let body: Line[];
    if (fields.title !== undefined) {
      // The renderer's metadata names the title exactly: take out its line, nothing else.
      title = fields.title;
      const read = readTables(lines);
      const at = read.slice(0, 15).findIndex((line) => line.text.text === title);
      body = at >= 0 ? [...read.slice(0, at), ...read.slice(at + 1)] : read;
    } else {
      ({ title, body } = guessTitle(splitRunOnEnds(readTables(lines))));
    }

    const signature = fields.issuer !== undefined && fields.issuedOn !== undefined ? renderedSignature(body, fields.issuer, fields.issuedOn) ?? findSignature(body) : findSignature(body);
    body = body.slice(0, signature.from);
    let issuedOn = fields.issuedOn ?? signature.issuedOn;
    if (!issuedOn && body[0]) {
      // Some reports put the date under the title: （2024年1月25日）.
      const under = /^[（(](.+)[）)]$/.exec(body[0].text.text);
      const date = under?.[1] ? dateAt(under[1]) : undefined;
      if (date) {
        issuedOn = date.date;
        body = body.slice(1);
      }
    }

    const paragraphs = joinParagraphs(body);
    const numbered = this.#tree(paragraphs);
    const tree = numbered.children.length === 0 ? labelledTree(paragraphs) ?? numbered : numbered;
    const year = fields.year ?? this.#year(title, tree, paragraphs, issuedOn);
    const { sections, metrics } = this.#sectionsAndFacts(tree, year);
    if (tree.children.length === 0) this.#note('import_no_headings', 'warning', ['sections']);

    const issuer = fields.issuer ?? signature.issuer ?? this.#fallbackIssuer(title);
    const unit = fields.unit ?? this.#unit(title ?? '', signature.issuer);
    if (!issuedOn) {
      issuedOn = `${year + 1}-01-01`;
      this.#note('import_issue_date_missing', 'warning', ['issuedOn'], { date: issuedOn });
    }
    if (!title) {
      title = `${unit.name}${year}年法治政府建设工作情况的报告`;
      this.#note('import_title_missing', 'warning', ['title'], { title });
    }
    const report: Report = {
      schemaVersion: SCHEMA_VERSION,
      title,
      year,
      unit,
      issuer,
      issuedOn,
      ...(fields.submittedOn ? { submittedOn: fields.submittedOn } : {}),
      ...(fields.publishedOn ? { publishedOn: fields.publishedOn } : publishedOn && publishedOn >= issuedOn ? { publishedOn } : {}),
      ...(fields.confidentialityReviewed === undefined ? {} : { confidentialityReviewed: fields.confidentialityReviewed }),
      sections,
      metrics,
    };
    return { report, issues: this.#issues };
  }

  #note(code: ImportIssueCode, severity: Severity, path: IssuePath, params: MessageParams | ((m: ImportLocaleMessages) => MessageParams) = {}): void {
    this.#issues.push(createImportIssue(code, severity, path, this.#locale, typeof params === 'function' ? localizedImport(params) : params));
  }

  #year(title: string | undefined, tree: Node, paragraphs: readonly Paragraph[], issuedOn: string | undefined): number {
    const headings = tree.children.flatMap((child) => (child.title ? [child.title.text] : []));
    const { year, from } = readReportYear({ title, headings, issuedOn, paragraphs: paragraphs.map((paragraph) => paragraph.text.text), now: this.#now });
    if (from !== 'title') this.#note('import_year_inferred', 'info', ['year'], (m) => ({ year, from: m.inference[from], basis: from }));
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

  #fallbackIssuer(title: string | undefined): string {
    const name = unitNameOf(title ?? '', undefined);
    // A place's government signs for it; a 街道 signs by its 办事处, which the title does not name.
    const issuer = name ? (placeLevelOf(name) && !name.endsWith('街道') ? `${name}人民政府` : name) : UNRECOGNIZED_MARK;
    this.#note('import_issuer_missing', 'warning', ['issuer'], { issuer });
    return issuer;
  }

  // Paragraphs into a tree by enumerator level, splitting inline headings in sequence.
  #tree(paragraphs: readonly Paragraph[]): Node {
    const root = node(-1, 0, undefined);
    const stack: Node[] = [root];
    const top = () => stack[stack.length - 1] ?? root;
    const open = (enumerator: Enumerator, block: MappedText) => {
      const { title, body } = headingOf(block, enumerator);
      // 四、2025年工作安排 then 一、加强学习 二、…: numbering that starts again under an open heading of
      // its own level lists that heading's items, one level down; the list goes on while its numbers
      // do, and a heading that names a statutory content (五、其他需要报告的情况) ends it.
      const list = [...stack].reverse().find((open) => open.list === enumerator.level);
      const same = stack.find((open) => open !== root && open.list === undefined && open.level === enumerator.level);
      const namesContent = title !== undefined && namedContent(title.text) !== undefined;
      if (list && enumerator.ordinal === list.ordinal + 1 && !(namesContent && same && enumerator.ordinal === same.ordinal + 1)) {
        while (stack.length > 1 && top() !== list) stack.pop();
        stack.pop();
        return push(node(list.level, enumerator.ordinal, title, enumerator.level), body);
      }
      // The same when the report's top headings are of a deeper kind ((四)2025年工作安排 / 一、…).
      const first = stack[1];
      const under = same ?? (first && first.list === undefined && first.level > enumerator.level ? first : undefined);
      if (!list && under && enumerator.ordinal === 1 && under.ordinal >= 2 && !namesContent) {
        return push(node(top().level + 0.5, 1, title, enumerator.level), body);
      }
      while (stack.length > 1 && top().level >= enumerator.level) stack.pop();
      return push(node(enumerator.level, enumerator.ordinal, title), body);
    };
    const push = (child: Node, body: MappedText | undefined) => {
      top().children.push(child);
      stack.push(child);
      return body;
    };
    // Inline, only the next number at an open level (or 1 one level deeper) starts a section.
    const accepts = (enumerator: Enumerator) => {
      for (let i = stack.length - 1; i > 0; i--) {
        const open = stack[i];
        if (open && open.level === enumerator.level) return open.ordinal + 1 === enumerator.ordinal;
        if (open && open.level < enumerator.level) return enumerator.ordinal === 1 && enumerator.level === open.level + 1;
      }
      return enumerator.ordinal === root.children.filter((c) => c.level === enumerator.level).length + 1;
    };
    for (const paragraph of paragraphs) {
      if (paragraph.literal) {
        top().paragraphs.push(paragraph.text);
        continue;
      }
      // 附表：主要指标完成情况 after the plans: figures achieved, no part of the last section.
      if (appendixLine.matches(paragraph.text.text) && root.children.length > 0) {
        stack.length = 1;
        const appendix = node(1, root.children.length + 1, paragraph.text);
        root.children.push(appendix);
        stack.push(appendix);
        continue;
      }
      let rest: MappedText | undefined = paragraph.text;
      while (rest && rest.length > 0) {
        const enumerator = enumeratorAt(rest.text);
        if (enumerator) {
          rest = open(enumerator, rest);
          continue;
        }
        const at = inlineHeadingAt(rest.text, accepts);
        if (at < 0) {
          top().paragraphs.push(rest);
          break;
        }
        const before = rest.slice(0, at).trim();
        if (before.length > 0) top().paragraphs.push(before);
        rest = rest.slice(at);
      }
    }
    return root;
  }

  #sectionsAndFacts(root: Node, year: number): { sections: Section[]; metrics: Metric[] } {
    const facts: ExtractedFact[] = [];
    const sections: Section[] = [];
    if (root.paragraphs.length > 0) {
      const preamble: Section = { id: 's0', kind: 'preamble', title: '', paragraphs: [], sections: [] };
      this.#fill(preamble, undefined, root.paragraphs, year, facts);
      sections.push(preamble);
    }
    const walk = (nodes: readonly Node[], prefix: string, parentKind: SectionKind | undefined, first = 1): Section[] =>
      nodes.map((child, index) => {
        const id = `${prefix}${index + first}`;
        const title = child.title?.text ?? '';
        const kind = classifySection(title, parentKind, year);
        const section: Section = { id, kind, title, paragraphs: [], sections: [] };
        this.#fill(section, child.title, child.paragraphs, year, facts);
        section.sections = walk(child.children, `${id}.`, kind);
        return section;
      });
    // A top-level 存在的问题及下一步打算 with no sub-sections becomes the two contents it holds.
    let top = 0;
    for (const child of root.children) {
      const split = child.title && child.children.length === 0 ? splitCombinedSection(child.title, child.paragraphs, year) : undefined;
      if (!split) {
        for (const section of walk([child], 's', undefined, ++top)) sections.push(section);
        continue;
      }
      for (const part of [split.first, split.second]) {
        const section: Section = { id: `s${++top}`, kind: part.kind, title: part.title.text, paragraphs: [], sections: [] };
        this.#fill(section, part.title, part.paragraphs, year, facts);
        sections.push(section);
      }
      this.#note('import_section_split', 'info', ['sections', sections.length - 2], { title: child.title?.text ?? '', first: split.first.title.text, second: split.second.title.text });
    }
    const metrics = facts.map((fact) => fact.metric);
    let notes = 0;
    facts.forEach((fact, index) => {
      const { label, value, unit } = fact.metric;
      const toConfirm = fact.derived !== undefined || fact.metric.indicator === 'unclassified' || fact.weak !== undefined;
      if (toConfirm && ++notes > MAX_FACT_NOTES) return;
      if (fact.derived) {
        const how = fact.derived;
        this.#note('import_fact_derived', 'info', ['metrics', index], (m) => ({ label, value, unit, how: m.derivations[how] }));
      } else if (fact.metric.indicator === 'unclassified') {
        this.#note('import_fact_unclassified', 'info', ['metrics', index], { label, value, unit });
      } else if (fact.weak) {
        this.#note('import_fact_uncertain', 'info', ['metrics', index], { label, value, unit, word: fact.weak });
      }
    });
    // No real report has this many; past it, one line says how many more a person must check.
    if (notes > MAX_FACT_NOTES) this.#note('import_more_to_confirm', 'info', ['metrics'], { count: notes - MAX_FACT_NOTES });
    return { sections, metrics };
  }

  #fill(section: Section, title: MappedText | undefined, paragraphs: readonly MappedText[], year: number, facts: ExtractedFact[]): void {
    const context = { year, catalog: this.#catalog, sectionId: section.id, plans: section.kind === 'plans' };
    if (title) for (const fact of extractFacts(title, context)) facts.push(fact);
    for (const paragraph of paragraphs) {
      section.paragraphs.push(paragraph.text);
      for (const fact of extractFacts(paragraph, context)) facts.push(fact);
    }
  }
}


// A heading's title and run-on text; a title written escaped (一、\title) is the whole rest.
function headingOf(block: MappedText, enumerator: Enumerator): { title: MappedText; body?: MappedText } {
  let at = enumerator.length;
  while (block.text.charCodeAt(at) === 32) at++;
  if (block.text.startsWith(LITERAL_MARK, at)) return { title: unescapeLiteral(block.slice(at + 1)) };
  return splitHeading(block, enumerator);
}
