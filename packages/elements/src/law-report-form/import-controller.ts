import { formatMessage, type Catalog, type Locale, type Metric, type Report } from '@law-report/core/model';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { stringsOf } from '../internal/strings.js';
import { hasContent } from './form-model.js';
import { inLocale, sentences, type ImportNote } from './import-note.js';
import type { Imported, ReadOptions, Taken } from './import-session.js';
import { pendingStateOf, restorePendingState, type PendingState } from './pending-state.js';

type Session = typeof import('./import-session.js');

// The first guessed value still to look at, in the order of the page: its field, which its note
// (待核对 and why, or 待填写 where the importer could not read it) describes, its 确认 button next.
const GUESSED = '.field.guessed > :is(input, select, textarea)';
/** The 确认 of the figure at `index`, as metric-rows.ts draws it: a selector in the form's shadow root. */
export const confirmOf = (index: number): string => `tbody[data-metric="${index}"] button.confirm`;

/** What an import that would meet typed content does: everything, the empty fields only, or nothing. */
export type ImportChoice = 'replace' | 'blanks' | 'cancel';

/** What the import session asks its element. */
export interface ImportHost {
  readonly draft: () => Report;
  /** Puts a new draft in the form (after 替换全部 or 只填空白项). */
  readonly adopt: (report: Report) => void;
  readonly locale: () => Locale;
  readonly catalog: () => Catalog;
  /** Focus what `selector` finds once the change is on screen, and say `said`. */
  readonly focusAfter: (selector: string, said?: string) => Promise<void>;
  /** What is to confirm changed: the draft is saved with it. */
  readonly changed: () => void;
  /** A person confirmed these figures (by their place in the draft): what is wrong with them shows now. */
  readonly vouched: (metrics: readonly number[]) => void;
  /** The unit the form signs in for at a collection server, when the server names it. */
  readonly ownUnit: () => Promise<string | undefined>;
}

// What the import says, made in whatever language the form speaks when it is shown.
interface Said {
  readonly text: (locale: Locale) => string;
  readonly error: boolean;
  /** The importer's word that the report is another unit's: said apart, as a warning, and kept in view. */
  readonly warning?: ImportNote | undefined;
}

/**
 * 从文本导入 as a session: the pasted or chosen text, the importer's result, and what a person
 * still has to confirm of it. Into a form that is not empty it asks first (`pending`: 替换全部 /
 * 只填空白项 / 取消). Every figure it brings is 待核对 until confirmed, with the sentence it
 * came from; so is every value the importer guessed (a 落款 date it could not find, a unit it
 * could not read), with the importer's note beside its field. Nothing is submitted while any is.
 * Notes are kept in both languages, so they follow the form's `locale`. A form signed in to a
 * collection server for its unit says at once when the report imported is another unit's.
 */
export class ImportController implements ReactiveController {
  /** The text in the 报告全文 box. */
  text = '';
  /** An import waiting for the person's choice, because the form is not empty. */
  pending: Imported | undefined;

  readonly #host: ReactiveControllerHost;
  readonly #form: ImportHost;
  #said: Said | undefined;
  // Everything imported has been confirmed since the import was said: said after it, on screen.
  #allConfirmed = false;
  #unconfirmed = new WeakSet<Metric>();
  // Field ids of guessed values, with the importer's note on each.
  readonly #guesses = new Map<string, ImportNote>();
  // The importer's notes on single figures, and each figure's own words in its sentence.
  #notes = new WeakMap<Metric, ImportNote>();
  #words = new WeakMap<Metric, string>();
  // Reading and taking an import in, loaded with the first import (import-session.ts).
  #session: Session | undefined;

  constructor(host: ReactiveControllerHost, form: ImportHost) {
    this.#host = host;
    this.#form = form;
    host.addController(this);
  }

  // Nothing to do on connect; a ReactiveController needs one of its hooks to be one.
  hostConnected(): void {}

  /** What the last import did, or why it did not, in the form's language now. */
  get note(): { readonly text: string; readonly error: boolean; readonly warning?: string } | undefined {
    const said = this.#said;
    const locale = this.#form.locale();
    const warning = said?.warning && inLocale(said.warning, locale);
    const text = this.#allConfirmed
      ? sentences(locale, said?.text(locale), stringsOf(locale).form.allConfirmed)
      : said?.text(locale);
    if (text === undefined) return undefined;
    return { text, error: !this.#allConfirmed && (said?.error ?? false), ...(warning ? { warning } : {}) };
  }

  /**
   * Why the import waiting for the person's choice may not be theirs to import (another unit's
   * report, where the form signs in for its own), in the form's language now.
   */
  get pendingWarning(): string | undefined {
    const other = this.pending && this.#session?.otherUnit(this.pending);
    return other && inLocale(other, this.#form.locale());
  }

  /** How many imported figures and guessed values are still to confirm. */
  get toConfirm(): number {
    // Counted from the draft's figures, so a figure gone with its section, a reset or a new draft never leaves a count behind.
    let figures = 0;
    for (const metric of this.#form.draft().metrics) if (this.#unconfirmed.has(metric)) figures++;
    return figures + this.#guesses.size;
  }

  /** Whether a figure is still to confirm. */
  isUnconfirmed(metric: Metric): boolean {
    return this.#unconfirmed.has(metric);
  }

  /** The importer's note on a figure, if it made one. */
  noteOf(metric: Metric): string | undefined {
    const note = this.#notes.get(metric);
    return note && inLocale(note, this.#form.locale());
  }

  /** The figure's own words, to mark in its sentence. */
  wordsOf(metric: Metric): string | undefined {
    return this.#words.get(metric);
  }

  /** The note on a guessed field, by field id, while it is unconfirmed. */
  guessAt(id: string): string | undefined {
    const note = this.#guesses.get(id);
    return note && inLocale(note, this.#form.locale());
  }

  /** Field ids of guessed values still to confirm, in the order of the form. */
  get guessedFields(): readonly string[] {
    return [...this.#guesses.keys()];
  }

  /**
   * What is still to confirm, as plain data to save with a draft: the figures by their place in
   * the draft, the guessed fields with their notes. A restored draft is as unconfirmed as it was.
   */
  pendingState(metrics: readonly Metric[]): PendingState | undefined {
    if (this.toConfirm === 0) return undefined;
    return pendingStateOf(metrics, this.#unconfirmed, this.#notes, this.#words, this.#guesses);
  }

  /** Takes back what a saved draft still had to confirm (anything malformed is ignored). */
  restorePending(state: unknown, metrics: readonly Metric[]): void {
    this.#forgetAll();
    restorePendingState(state, metrics, this.#unconfirmed, this.#notes, this.#words, this.#guesses);
    this.#host.requestUpdate();
  }

  /** The importer's result for the text in the box. */
  async fromText(): Promise<void> {
    const text = this.text;
    const [session, options] = await Promise.all([this.#load(), this.#options()]);
    const imported = await session?.readText(text, options);
    if (!imported) return this.#fail(loadFailed);
    this.#offer(imported, options.expectedUnit);
  }

  /** The importer's result for a chosen file: a Word file through core's Word reader, any other as text. */
  async fromFile(file: File): Promise<void> {
    const [session, options] = await Promise.all([this.#load(), this.#options()]);
    const read = await session?.readFile(file, options);
    if (!read) return this.#fail(loadFailed);
    this.text = read.text;
    this.#offer(read.imported, options.expectedUnit);
  }

  /** The person's answer to `pending`. */
  choose(choice: ImportChoice): void {
    const imported = this.pending;
    this.pending = undefined;
    const report = imported?.report;
    if (!imported || !report || !this.#session || choice === 'cancel') {
      this.#say({ text: (locale) => stringsOf(locale).form.importCancelled, error: false });
      this.#host.requestUpdate();
      return;
    }
    this.#take(this.#session.take(this.#form.draft(), { ...imported, report }, choice));
  }

  /**
   * A person confirms a figure (focus moves to the next one to confirm, in the order of the
   * page), or, without one, everything imported (focus to the import's result).
   */
  confirm(metric?: Metric): void {
    const m = stringsOf(this.#form.locale()).form;
    if (metric === undefined) {
      // 全部确认 is for the figures; a value the importer guessed (a 落款 date it made up) is confirmed one by one.
      const metrics = this.#form.draft().metrics;
      const confirmed = metrics.flatMap((one, index) => (this.#unconfirmed.has(one) ? [index] : []));
      this.#unconfirmed = new WeakSet();
      this.#form.changed();
      this.#form.vouched(confirmed);
      this.#host.requestUpdate();
      const left = this.#guesses.size;
      this.#allConfirmed = this.toConfirm === 0;
      return void this.#form.focusAfter(
        left > 0 ? GUESSED : '#import-result',
        left > 0 ? formatMessage(m.figuresConfirmed, { count: left }) : m.allConfirmed,
      );
    }
    if (!this.#unconfirmed.delete(metric)) return;
    this.#form.changed();
    this.#host.requestUpdate();
    const metrics = this.#form.draft().metrics;
    const at = metrics.indexOf(metric);
    this.#form.vouched([at]);
    const order = [...metrics.slice(at + 1), ...metrics.slice(0, Math.max(at, 0))];
    const next = order.find((other) => this.#unconfirmed.has(other));
    this.#allConfirmed = this.toConfirm === 0;
    const selector = next ? confirmOf(metrics.indexOf(next)) : this.#guesses.size > 0 ? GUESSED : '#import-result';
    void this.#form.focusAfter(selector, m.confirmed);
  }

  /**
   * Where checking what was imported starts: the first figure still to confirm (its 确认), else the first
   * guessed value, else 确认全部 (the error summary's link goes here, not to the button that confirms all).
   */
  firstToCheck(): string {
    const metrics = this.#form.draft().metrics;
    const first = metrics.findIndex((metric) => this.#unconfirmed.has(metric));
    if (first >= 0) return confirmOf(first);
    return this.#guesses.size > 0 ? GUESSED : '#f-confirm-all';
  }

  /** A person confirms a guessed value: focus stays on its field. */
  confirmField(id: string): void {
    if (!this.#guesses.delete(id)) return;
    this.#allConfirmed = this.toConfirm === 0;
    this.#form.changed();
    this.#host.requestUpdate();
    void this.#form.focusAfter(`#${CSS.escape(id)}`, stringsOf(this.#form.locale()).form.confirmed);
  }

  /** A person changed a guessed value: it is looked at, nothing moves. */
  edited(id: string): void {
    if (this.#guesses.delete(id)) this.#host.requestUpdate();
  }

  /**
   * A person chose another indicator for a figure: the importer's note on how it classified it
   * (不在指标目录中，请确认或归类; 仅凭“培训”一词归入指标) no longer holds, and goes. The figure stays to
   * confirm, its sentence with it.
   */
  reclassified(metric: Metric): void {
    if (this.#notes.delete(metric)) this.#host.requestUpdate();
  }

  /** A figure deleted while unconfirmed no longer counts. */
  forget(metric: Metric): void {
    this.#unconfirmed.delete(metric);
    this.#host.requestUpdate();
  }

  /** Nothing to confirm any more (a report loaded from the server, a reset). */
  reset(): void {
    this.pending = undefined;
    this.#forgetAll();
  }

  #forgetAll(): void {
    this.#allConfirmed = false;
    this.#unconfirmed = new WeakSet();
    this.#guesses.clear();
    this.#host.requestUpdate();
  }

  // The session's code, loaded with the first import; undefined when it cannot be loaded.
  async #load(): Promise<Session | undefined> {
    this.#session ??= await import('./import-session.js').catch(() => undefined);
    return this.#session;
  }

  // What the importer is asked: the form's language and catalog, and the unit the form signs in for.
  async #options(): Promise<ReadOptions> {
    const options = { locale: this.#form.locale(), catalog: this.#form.catalog() };
    const expectedUnit = await this.#form.ownUnit();
    return expectedUnit === undefined ? options : { ...options, expectedUnit };
  }

  // Into a form with something of a person's in it (its unit's own name is not), asked first.
  #offer(imported: Imported, ownUnit: string | undefined): void {
    const report = imported.report;
    if (report === undefined || !this.#session) {
      const [issue] = imported.issues;
      return this.#fail((locale) => (issue ? issue.messages[locale] : ''));
    }
    if (hasContent(this.#form.draft(), ownUnit)) {
      this.pending = imported;
      this.#say(undefined);
      this.#host.requestUpdate();
      return;
    }
    this.#take(this.#session.take(this.#form.draft(), { ...imported, report }, 'replace'));
  }

  // What came in is marked to confirm (filling blanks keeps what an earlier import left to
  // confirm; replacing starts again), the draft adopted, and what happened said.
  #take(taken: Taken): void {
    if (!taken.keep) {
      this.#unconfirmed = new WeakSet();
      this.#notes = new WeakMap();
      this.#words = new WeakMap();
      this.#guesses.clear();
    }
    for (const [metric, { words, note }] of taken.figures) {
      this.#unconfirmed.add(metric);
      if (words !== undefined) this.#words.set(metric, words);
      if (note !== undefined) this.#notes.set(metric, note);
    }
    for (const [id, note] of taken.guesses) this.#guesses.set(id, note);
    this.#form.adopt(taken.report);
    this.#say({ text: taken.said, error: false, warning: taken.warning });
    this.#host.requestUpdate();
  }

  // What the import says now; whatever was confirmed before is no longer what is said.
  #say(said: Said | undefined): void {
    this.#said = said;
    this.#allConfirmed = false;
  }

  #fail(text: (locale: Locale) => string): void {
    this.#say({ text, error: true });
    this.#host.requestUpdate();
  }
}

const loadFailed = (locale: Locale): string => stringsOf(locale).form.loadFailed;
