import {
  formatMessage,
  sameUnit,
  type Catalog,
  type DeadlineOverrides,
  type Report,
  type ValidationIssue,
} from '@law-report/core/model';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { fetchReport, listUnitReports, sendReport, type UnitReport } from '../internal/unit-client.js';
import { stringsOf } from '../internal/strings.js';
import { CountyInfo } from './county-info.js';
import { CountyNotes, returnedOf, type Returned } from './county-notes.js';
import { heldText, isFiled } from './held-text.js';
import { publicPageOf } from './public-page.js';
import { SendQuestions } from './send-questions.js';
import type { StepBack } from './step-back.js';
import { outcomeOf, type SubmissionHost, type SubmitOutcome } from './submission-host.js';

export type { Returned } from './county-notes.js';
export type { SubmissionHost, SubmitOutcome } from './submission-host.js';

/**
 * The unit's side of the collection server (`law-report serve`), for a form with `endpoint`
 * and a unit's token: sends a report and says what became of it (已报送到县里（第 2 版），状态：
 * 已提交，2025年1月20日 10:32, or why not), lists the unit's reports by year with their status
 * and the county's reason where it last sent one back (退回, 撤销公开), and, for the year the form
 * shows, the county's reason when it returned the report.
 */
export class SubmissionController implements ReactiveController {
  /** The unit's reports, newest year first; undefined until read. */
  reports: readonly UnitReport[] | undefined;
  /** Why the list could not be read. */
  listError: string | undefined;
  /** The report of the year shown, when the county returned it. */
  returned: Returned | undefined;
  /** What became of the last 提交. */
  outcome: SubmitOutcome | undefined;
  /** A request is under way. */
  busy = false;
  /** A report to open over a person's changes, once they agree. */
  opening: UnitReport | undefined;
  /** The report and version last loaded from the server, or last taken by it from this form. */
  loaded: { readonly id: string; readonly version: number } | undefined;

  readonly #host: ReactiveControllerHost;
  readonly #form: SubmissionHost;
  #asked = 0;
  // The year the form showed when the server was last asked.
  #year: number | undefined;
  // What 提交 asks or says before it sends: the county's version unchanged, a year it holds in another version.
  readonly #questions = new SendQuestions();
  // The returned report the clerk was last asked about, beside a draft offered back: asked once.
  #choiceOf: string | undefined;
  // What the server says of itself: the token's unit and the county's deadlines.
  readonly #county = new CountyInfo(() => this.#form.deadlinesFound());
  // What the county said of each report: its reasons for stepping back, its notes on a report in review.
  readonly #notes = new CountyNotes(() => this.#form.endpoint());

  /** The county's own indicators with the built-in ones, once its server has said them (see {@link CountyInfo.catalog}). */
  get countyCatalog(): Catalog | undefined {
    return this.#county.catalog;
  }

  /** The deadlines the county's server judges `report` by, once it has said them (see {@link CountyInfo.deadlinesFor}). */
  deadlinesFor(report: Pick<Report, 'year' | 'unit'>): DeadlineOverrides | undefined {
    return this.#county.deadlinesFor(report);
  }

  constructor(host: ReactiveControllerHost, form: SubmissionHost) {
    this.#host = host;
    this.#form = form;
    host.addController(this);
  }

  // Nothing to do on connect; a ReactiveController needs one of its hooks to be one.
  hostConnected(): void {}

  /**
   * The unit's report on `year` when the county holds one it has not returned and the form does
   * not hold its latest version: offered to open, so a clerk never starts that year's report again
   * by mistake, nor sends a new version of it without knowing (see {@link SubmissionController.send}).
   */
  heldOn(year: number): UnitReport | undefined {
    const record = this.reports?.find((report) => report.year === year && report.status !== 'returned');
    return record && !this.#holdsLatest(record) ? record : undefined;
  }

  /**
   * The unit's report on `year` when the county has filed or published it and the form holds its
   * latest version: opened to read, it cannot be sent again (see {@link heldText}).
   */
  filedOn(year: number): UnitReport | undefined {
    const record = this.reports?.find((report) => report.year === year);
    return record && isFiled(record) && this.#holdsLatest(record) ? record : undefined;
  }

  /**
   * Whether 提交 of `report` would send it now, as far as the form knows: not a year the county has filed
   * or published, nor the version the county took last from this form, unchanged (see {@link send}).
   */
  sends(report: Report): boolean {
    const held = this.reports?.find((record) => record.year === report.year);
    return this.#questions.sends(JSON.stringify(report), report.year, held, this.returned);
  }

  /** The county's report on the year 提交 would send a new version of, asked about before sending. */
  get asking(): UnitReport | undefined {
    return this.#questions.asking;
  }

  /** The year of a draft offered back, while it is (see {@link SubmissionHost.offered}). */
  get offered(): number | undefined {
    return this.#form.offered();
  }

  /** Nothing of a person's is in the form (see {@link SubmissionHost.pristine}). */
  get pristine(): boolean {
    return this.#form.pristine();
  }

  // The form holds the county's latest version of `record`: opened from it, or sent from here.
  #holdsLatest(record: UnitReport): boolean {
    return this.loaded?.id === record.id && this.loaded.version >= record.version;
  }

  /** Whether there is a server to talk to. */
  get connected(): boolean {
    return Boolean(this.#form.endpoint() && this.#form.token());
  }

  /**
   * The county's latest step back on `record` (退回, or 撤销公开, which leaves it 已备案) with its
   * reason, while that step is where the report stands; undefined otherwise, or until it is read.
   */
  stepBack(record: UnitReport): StepBack | undefined {
    return this.#notes.stepBack(record);
  }

  /**
   * What the server asked the unit to look at when `record`'s latest version came (the notes said beside
   * 提交 then), while the county reviews it; none until they are read, and none for a report in another state.
   */
  notes(record: UnitReport): readonly ValidationIssue[] {
    return this.#notes.notes(record);
  }

  /** Where the public reads `record`, published; undefined when it is not, or the form cannot know (see {@link publicPageOf}). */
  publicPage(record: UnitReport): string | undefined {
    return publicPageOf(record, this.#form.endpoint(), this.#form.publicHref());
  }

  /**
   * Reads the unit's reports again, and the county's reason if it returned the year shown (in a
   * form with nothing in it yet, the newest year it returned, whose latest version comes in).
   */
  async refresh(year: number): Promise<void> {
    const anyYear = this.#form.pristine();
    this.#year = year;
    // A question about another year's report no longer applies.
    if (this.asking && this.asking.year !== year) this.#questions.asking = undefined;
    const endpoint = this.#form.endpoint();
    if (!endpoint || !this.#form.token()) return;
    const asked = ++this.#asked;
    const list = await listUnitReports(endpoint, this.#form.token(), this.#form.locale());
    if (asked !== this.#asked) return;
    if (!Array.isArray(list)) {
      this.listError =
        (list as { error: string | undefined }).error ?? stringsOf(this.#form.locale()).form.noConnection;
      this.#host.requestUpdate();
      return;
    }
    this.reports = list;
    this.listError = undefined;
    // The list shows at once; the county's reasons come in with the histories read after it.
    this.#host.requestUpdate();
    // While a draft an earlier visit left is offered back, the year in question is the draft's.
    const offered = this.#form.offered();
    const record = list.find(
      (report) =>
        report.status === 'returned' &&
        (offered !== undefined ? report.year === offered : anyYear || report.year === year),
    );
    // A report the county returned, or filed (perhaps after 撤销公开), has a reason to read in its history, and one in
    // review the server's notes on it: once per state.
    const one = await this.#notes.read(list, this.#form.token(), this.#form.locale(), record);
    if (asked !== this.#asked) return;
    this.returned = record ? returnedOf(record, one?.history ?? []) : undefined;
    this.#host.requestUpdate();
    if (!record || this.loaded?.id === record.id) return;
    // Nothing comes in behind the question about the draft: the clerk chooses between their draft and
    // the county's returned version (see {@link SubmissionController.choosing}), asked once: focused,
    // or said where the clerk is already typing elsewhere.
    if (this.choosing) {
      // Asked once per returned version: a report returned again later is asked about again.
      const choice = `${record.id}\n${record.version}`;
      if (this.#choiceOf === choice) return;
      this.#choiceOf = choice;
      return void this.#form.offer('#restore', 'button', '#restore-returned');
    }
    if (this.#form.pristine() && this.#form.offered() === undefined) await this.open(record, true, true);
  }

  /**
   * The county returned the report of the year of a draft offered back (恢复草稿 / 放弃), and the form
   * does not hold the returned version: which of the two the clerk goes on with is theirs to say,
   * and the other stays (the draft offered until it is discarded, the returned version to load).
   */
  get choosing(): UnitReport | undefined {
    const returned = this.returned;
    if (!returned || this.#form.offered() !== returned.year || this.loaded?.id === returned.id) return undefined;
    return this.reports?.find((report) => report.id === returned.id);
  }

  /** Opens one of the unit's reports in the form; over a person's changes only once they agree. */
  // `auto`: opened by the form itself (a returned report into an empty form), never over typing.
  async open(record: UnitReport | undefined, agreed = false, auto = false): Promise<void> {
    if (!record) return;
    const m = stringsOf(this.#form.locale()).form;
    if (!agreed && this.#form.edited()) {
      this.opening = record;
      this.#host.requestUpdate();
      return void this.#form.focusAfter('#open-choice');
    }
    this.opening = undefined;
    const endpoint = this.#form.endpoint();
    const one = endpoint ? await fetchReport(endpoint, this.#form.token(), this.#form.locale(), record.id) : undefined;
    const report = one?.report;
    if (one === undefined || report === undefined) {
      this.listError = m.openFailed;
      this.#host.requestUpdate();
      return;
    }
    this.#notes.remember(record, one);
    // A person who started typing while the report was on its way keeps what they typed.
    if (auto && !this.#form.pristine()) return;
    this.#form.load(report);
    this.loaded = { id: record.id, version: record.version };
    // What was said of the last 提交 is of what the form held before: not said beside this report.
    this.outcome = undefined;
    // The county has this version: sent again unchanged, it would be one more identical version.
    this.#questions.remember(JSON.stringify(this.#form.current()), record.version);
    // Focus starts on what the county says of it, so it is heard first: why it came back (a
    // returned report, its reason shown above the form whatever year the form showed before), or
    // that it cannot be sent again (filed or published); else on the report's first field.
    if (record.status === 'returned') this.returned = returnedOf(record, one.history);
    void this.#form.focusAfter(
      record.status === 'returned' ? '#returned' : isFiled(record) ? '#held' : '#f-title',
      formatMessage(m.opened, { year: record.year, version: record.version }),
    );
  }

  /** The unit the token signs in for, as the server names it; undefined when it does not say. */
  ownUnit(): Promise<string | undefined> {
    const endpoint = this.#form.endpoint();
    const token = this.#form.token();
    if (!endpoint || !token) return Promise.resolve(undefined);
    return this.#county.unit(endpoint, token, this.#form.locale());
  }

  /** The form holds something else now (a restored draft): what was loaded from the server is not on screen. */
  forgetLoaded(): void {
    this.loaded = undefined;
    this.returned = undefined;
    this.#host.requestUpdate();
  }

  /** 仍然提交: the person agrees to send a new version of the county's `record` with the next 提交. */
  agree(record: UnitReport): void {
    this.#questions.agree(record);
  }

  /** 取消: nothing is sent, and the person is back at 提交. */
  decline(): void {
    this.#questions.settle();
    this.#host.requestUpdate();
    void this.#form.focusAfter('button[part~="submit"]');
  }

  /** The person does not want the report opened after all. */
  keep(): void {
    this.opening = undefined;
    this.#host.requestUpdate();
  }

  /**
   * Sends the report and says what happened (also kept as `outcome`). The report the county took
   * last, unchanged, is not sent again (each 提交 is a version in the county's history), unless
   * the county has returned it since. A year the county holds is sent as a new version only once
   * the person knows: a year it has filed is not sent at all (the server would refuse it), and over
   * another version of the year than the county's latest (a text typed or imported anew, a colleague's
   * version since) the form asks first, in `asking`, focused; 仍然提交 submits again, agreed. A year the
   * county returned waits for a new version: it is sent without asking.
   */
  async send(report: Report): Promise<SubmitOutcome> {
    const json = JSON.stringify(report);
    // The version the county returned, sent back as it came, is said once (a clerk's trial sent it back unchanged
    // without knowing); 提交 again sends it, for a county that wants it as it is.
    const stop = this.#questions.unchanged(json, report.year, this.returned, this.#form.locale());
    if (stop) {
      this.outcome = stop;
      this.#host.requestUpdate();
      return this.outcome;
    }
    this.busy = true;
    this.outcome = undefined;
    this.#host.requestUpdate();
    const endpoint = this.#form.endpoint() ?? '';
    // What the county holds now: a colleague may have sent the year since the list was read.
    const [list, own] = await Promise.all([
      listUnitReports(endpoint, this.#form.token(), this.#form.locale()),
      this.ownUnit(),
    ]);
    if (Array.isArray(list)) this.reports = list;
    // Another unit's report is not a version of this unit's year: the server refuses it and says why. Nor is a
    // list that could not be read now (another server's, or the network down) what the county holds: the
    // server decides, and says 第 N 版 if it takes it.
    const theirs = own !== undefined && !sameUnit(report.unit.name, own, report.unit.parent?.name);
    const held =
      theirs || !Array.isArray(list) ? undefined : this.reports?.find((record) => record.year === report.year);
    if (held && isFiled(held)) {
      this.#questions.settle();
      this.busy = false;
      this.outcome = { ok: false, text: heldText(this.#form.locale(), held, this.stepBack(held)) };
      this.#host.requestUpdate();
      return this.outcome;
    }
    // A year the county holds in a version the form did not hold is asked about first (see {@link SendQuestions.ask}).
    const asked = this.#questions.ask(held, this.returned, held !== undefined && this.#holdsLatest(held));
    if (asked) {
      this.busy = false;
      this.outcome = { ok: false, asked };
      this.#host.requestUpdate();
      void this.#form.focusAfter('#held-ask');
      return this.outcome;
    }
    const sent = await sendReport(endpoint, this.#form.token(), this.#form.locale(), report);
    this.busy = false;
    this.outcome = outcomeOf(sent, this.#form.locale());
    if (sent.kind === 'submitted') {
      this.loaded = { id: sent.id, version: sent.version };
      this.returned = undefined;
      this.#questions.remember(json, sent.version);
      void this.refresh(report.year);
    }
    this.#host.requestUpdate();
    return this.outcome;
  }
}
