import { formatChinaDateTime, formatMessage, type Locale, type Report, type ValidationIssue } from '@law-report/core/model';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { fetchReport, listUnitReports, sendReport, type UnitReport } from '../internal/collection-client.js';
import { stringsOf } from '../internal/locale.js';

/** What the submission asks its element. */
export interface SubmissionHost {
  readonly endpoint: () => string | undefined;
  readonly token: () => string | undefined;
  readonly locale: () => Locale;
}

/** What became of the last 提交: said in words, next to the button. */
export type SubmitOutcome =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly text: string }
  | { readonly ok: false; readonly issues: readonly ValidationIssue[] };

/** A report the county returned: its reason, and the version it returned. */
export interface Returned {
  readonly id: string;
  readonly year: number;
  readonly version: number;
  readonly reason: string;
}

/**
 * The unit's side of the collection server (`law-report serve`), for a form with `endpoint`
 * and a unit's token: sends a report and says what became of it (已报送到县里（第 2 版），状态：
 * 已提交，2025年1月20日 10:32, or why not), lists the unit's reports by year with their status,
 * and, for the year the form shows, the county's reason when it returned the report.
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

  readonly #host: ReactiveControllerHost;
  readonly #form: SubmissionHost;
  #asked = 0;

  constructor(host: ReactiveControllerHost, form: SubmissionHost) {
    this.#host = host;
    this.#form = form;
    host.addController(this);
  }

  hostConnected(): void {}

  /** Whether there is a server to talk to. */
  get connected(): boolean {
    return Boolean(this.#form.endpoint() && this.#form.token());
  }

  /**
   * Reads the unit's reports again, and the county's reason if it returned the year shown; with
   * `anyYear` (a form with nothing in it yet), the newest year it returned.
   */
  async refresh(year: number, anyYear = false): Promise<void> {
    const endpoint = this.#form.endpoint();
    if (!endpoint || !this.#form.token()) return;
    const asked = ++this.#asked;
    const list = await listUnitReports(endpoint, this.#form.token(), this.#form.locale());
    if (asked !== this.#asked) return;
    if (!Array.isArray(list)) {
      this.listError = (list as { error: string | undefined }).error ?? stringsOf(this.#form.locale()).form.sendOffline;
      this.#host.requestUpdate();
      return;
    }
    this.reports = list;
    this.listError = undefined;
    const record = list.find((report) => report.status === 'returned' && (anyYear || report.year === year));
    const one = record ? await fetchReport(endpoint, this.#form.token(), this.#form.locale(), record.id) : undefined;
    if (asked !== this.#asked) return;
    const reason = one?.history.filter((step) => step.to === 'returned').at(-1)?.reason;
    this.returned = record ? { id: record.id, year: record.year, version: record.version, reason: reason ?? '' } : undefined;
    this.#host.requestUpdate();
  }

  /** The latest version of one of the unit's reports, to load into the form. */
  async latest(id: string): Promise<unknown> {
    const endpoint = this.#form.endpoint();
    if (!endpoint) return undefined;
    return (await fetchReport(endpoint, this.#form.token(), this.#form.locale(), id))?.report;
  }

  /** Sends the report and says what happened (also kept as `outcome`). */
  async send(report: Report): Promise<SubmitOutcome> {
    const m = stringsOf(this.#form.locale());
    this.busy = true;
    this.outcome = undefined;
    this.#host.requestUpdate();
    const sent = await sendReport(this.#form.endpoint() ?? '', this.#form.token(), this.#form.locale(), report);
    this.busy = false;
    if (sent.kind === 'submitted') {
      const when = formatChinaDateTime(sent.at, this.#form.locale());
      this.outcome = { ok: true, text: formatMessage(m.form.sent, { version: sent.version, status: m.review[sent.status], when }) };
      this.returned = undefined;
      void this.refresh(report.year);
    } else if (sent.kind === 'invalid') {
      this.outcome = { ok: false, issues: sent.issues };
    } else {
      this.outcome = { ok: false, text: sent.kind === 'offline' ? m.form.sendOffline : formatMessage(m.form.sendRefused, { message: sent.message }) };
    }
    this.#host.requestUpdate();
    return this.outcome;
  }
}
