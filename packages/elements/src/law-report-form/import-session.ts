import {
  formatChinaDate,
  formatMessage,
  type Catalog,
  type Locale,
  type Metric,
  type Report,
  type Section,
  type ValidationIssue,
} from '@law-report/core/model';
import { stringsOf } from '../internal/strings.js';
import { blankUnread, fillBlanks, type NotTaken } from './fill-blanks.js';
import { getPath, idOf, type Path } from './form-model.js';
import { sentences, type ImportNote } from './import-note.js';
import { loadDocx, loadImporter } from './load-importer.js';

// What the form loads when a person imports (see import-controller.ts): reading pasted text or a
// chosen file with core's importer, and taking its result into the draft with what is to confirm.

/** What the importer made of a text or file. */
export interface Imported {
  readonly report: Report | undefined;
  readonly issues: readonly ValidationIssue[];
  /** The text the figures' sources point into. */
  readonly source: string;
}

/** What the importer is asked: the form's language and catalog, and the unit the form signs in for. */
export interface ReadOptions {
  readonly locale: Locale;
  readonly catalog: Catalog;
  readonly expectedUnit?: string;
}

/** Reads pasted text; undefined when the importer cannot be loaded. */
export async function readText(text: string, options: ReadOptions): Promise<Imported | undefined> {
  const importer = await loadImporter();
  return importer && { ...importer.importReport(text, options), source: text };
}

/**
 * Reads a chosen file: a Word file through core's Word reader, any other as text. Returns what
 * came of it and the text to show in the box (a person reads the Word file's text, not its page);
 * undefined when a reader cannot be loaded. What a file is, is told by its first bytes.
 */
export async function readFile(
  file: File,
  options: ReadOptions,
): Promise<{ readonly imported: Imported; readonly text: string } | undefined> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const docx = await loadDocx();
  if (!docx) return undefined;
  if (docx.wordSignature(bytes) === 'none') {
    const text = new TextDecoder().decode(bytes);
    const imported = await readText(text, options);
    return imported && { imported, text };
  }
  const result = await docx.importDocx(bytes, options);
  const source = result.converted ?? '';
  // The figures' words are taken from the converted page; the box shows its readable text.
  const importer = await loadImporter();
  return {
    imported: { report: result.report, issues: result.issues, source },
    text: importer ? importer.readableText(source) : source,
  };
}

/** An import taken into the draft, and what of it is to confirm. */
export interface Taken {
  readonly report: Report;
  /** The figures that came in (each the draft's copy), with their words in the text and the importer's note. */
  readonly figures: ReadonlyMap<Metric, { readonly words?: string; readonly note?: ImportNote }>;
  /** The fields the importer guessed or could not read, by field id, with its note. */
  readonly guesses: ReadonlyMap<string, ImportNote>;
  /** Whether what an earlier import left to confirm stays so (filling blanks), or starts again. */
  readonly keep: boolean;
  /** What the form says of it, in whatever language it speaks when it is shown. */
  readonly said: (locale: Locale) => string;
  /** The importer's word that the report is another unit's than the one the form signs in for, said apart. */
  readonly warning: ImportNote | undefined;
}

/**
 * Takes an import into the draft: replacing it, or filling its blanks only (`fillBlanks`); the
 * fields the importer could not read are left empty. `imported.report` must be a report.
 */
export function take(
  draft: Report,
  imported: Imported & { readonly report: Report },
  choice: 'replace' | 'blanks',
): Taken {
  const warning = otherUnit(imported);
  if (choice === 'replace') {
    const report = imported.report;
    const { sections, metrics } = report;
    const marks = marksOf(imported, new Map(metrics.map((metric) => [metric, metric])), undefined);
    blankUnread(report);
    return {
      report,
      ...marks,
      keep: false,
      said: (locale) =>
        formatMessage(stringsOf(locale).form.imported, { sections: sections.length, metrics: metrics.length }),
      warning,
    };
  }
  const { report, metrics, fields, sections, notTaken } = fillBlanks(draft, imported.report);
  const marks = marksOf(imported, metrics, new Set(fields));
  blankUnread(report);
  return {
    report,
    ...marks,
    keep: true,
    said: (locale) =>
      sentences(
        locale,
        formatMessage(stringsOf(locale).form.importedBlanks, {
          fields: fields.length,
          sections,
          metrics: metrics.size,
        }),
        ...notTakenText(locale, imported.report, notTaken),
      ),
    warning,
  };
}

// What 只填空白项 left out and why: figures already in the form or with no one section to go to,
// another year's report, another unit's, values the person wrote otherwise; naming each field with
// the imported value (the year itself is in its sentence).
function notTakenText(locale: Locale, imported: Report, notTaken: NotTaken): string[] {
  const m = stringsOf(locale);
  const list = new Intl.ListFormat(locale, { type: 'conjunction' });
  const named = (paths: readonly Path[], format = m.form.fieldValue) =>
    list.format(
      paths.map((path) => {
        const field = m.fields[path.join('.') as keyof typeof m.fields] ?? path.join('.');
        const value = getPath(imported, path);
        if (typeof value === 'number' && format !== m.form.fieldValue)
          return formatMessage(format, { field, value: String(value) });
        if (path[0] === 'year' || typeof value !== 'string') return field;
        const shown = /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatChinaDate(value, locale) : value;
        return formatMessage(format, { field, value: shown });
      }),
    );
  const { otherYear, otherUnit, typed, repeated, figures } = notTaken;
  const quoted = (sections: readonly Section[]) =>
    list.format(sections.map((section) => `“${section.title.trim() || m.kinds[section.kind]}”`));
  return [
    repeated && formatMessage(m.form.blanksRepeated, { count: repeated }),
    otherYear &&
      formatMessage(m.form.blanksOtherYear, {
        imported: otherYear.imported,
        own: otherYear.own,
        fields: named(otherYear.paths),
      }),
    otherUnit &&
      formatMessage(m.form.blanksOtherUnit, {
        imported: otherUnit.imported,
        own: otherUnit.own,
        fields: named(otherUnit.paths),
      }),
    figures &&
      formatMessage(figures.why === 'other' ? m.form.blanksFiguresOther : m.form.blanksFiguresLeft, {
        count: figures.count,
        sections: quoted(figures.sections),
      }),
    typed && formatMessage(m.form.blanksTyped, { fields: named(typed, m.form.importedValue) }),
  ].filter((text): text is string => typeof text === 'string');
}

/** The importer's word that the report is another unit's than the one the form signs in for. */
export function otherUnit(imported: Imported): ImportNote | undefined {
  return imported.issues.find((one) => one.code === 'import_other_unit')?.messages;
}

// What came in: each figure (the original → its copy in the draft) with its words and note, and each
// value the importer said it guessed, where it went into the draft (`filled`, or everywhere).
function marksOf(
  imported: Imported & { readonly report: Report },
  metrics: ReadonlyMap<Metric, Metric>,
  filled: ReadonlySet<string> | undefined,
): Pick<Taken, 'figures' | 'guesses'> {
  const figures = new Map<Metric, { words?: string; note?: ImportNote }>();
  for (const copy of metrics.values()) {
    const { source } = copy;
    figures.set(copy, source ? { words: imported.source.slice(source.start, source.end) } : {});
  }
  const guesses = new Map<string, ImportNote>();
  const originals = imported.report.metrics;
  for (const issue of imported.issues) {
    const [head, index] = issue.path as Path;
    if (head === 'metrics' && typeof index === 'number') {
      const copy = originals[index] && metrics.get(originals[index]);
      const figure = copy && figures.get(copy);
      if (copy && figure) figures.set(copy, { ...figure, note: issue.messages });
      continue;
    }
    if (head === 'metrics' || head === 'sections') continue;
    const id = idOf(issue.path as Path);
    if (filled === undefined || filled.has(id)) guesses.set(id, issue.messages);
  }
  return { figures, guesses };
}
