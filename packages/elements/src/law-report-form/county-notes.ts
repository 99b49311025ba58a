import type { Locale, ValidationIssue } from '@law-report/core/model';
import { fetchReport, type ReportWithHistory, type UnitReport } from '../internal/unit-client.js';
import { stepBackOf, type StepBack } from './step-back.js';

/** A report the county returned: its reason, and the version it returned. */
export interface Returned {
  readonly id: string;
  readonly year: number;
  readonly version: number;
  readonly reason: string;
}

// The county's last step back on each report the form has read, by server, report and state (the
// state's instant changes with every step): read once per page, whichever form asks.
const stepsBack = new Map<string, StepBack | undefined>();
// The server's warnings on each report in review the form has read (said beside 提交 when it came), keyed the same way.
const sentNotes = new Map<string, readonly ValidationIssue[]>();

// A report's state as the server last gave it, on this server: a step taken since is another key.
function stepKey(endpoint: string | undefined, record: UnitReport): string {
  return `${endpoint ?? ''}\n${record.id}\n${record.version}\n${record.status}\n${record.updatedAt}`;
}

/**
 * What the county said of each of a unit's reports, read from their histories once per state and
 * kept for the page (every form on it reads the same): the last step back (退回, 撤销公开) with its
 * reason, and the server's notes on a report in review. Part of the form's `SubmissionController`.
 */
export class CountyNotes {
  readonly #endpoint: () => string | undefined;

  constructor(endpoint: () => string | undefined) {
    this.#endpoint = endpoint;
  }

  /** The county's latest step back on `record` while it is where the report stands; undefined until read. */
  stepBack(record: UnitReport): StepBack | undefined {
    return stepsBack.get(stepKey(this.#endpoint(), record));
  }

  /** The server's notes on `record`'s latest version while the county reviews it; none until read, none in another state. */
  notes(record: UnitReport): readonly ValidationIssue[] {
    return record.status === 'submitted' ? (sentNotes.get(stepKey(this.#endpoint(), record)) ?? []) : [];
  }

  /** Keeps what `one`, the server's copy of `record` with its history, says of it. */
  remember(record: UnitReport, one: ReportWithHistory): void {
    const key = stepKey(this.#endpoint(), record);
    stepsBack.set(key, stepBackOf(one.history));
    sentNotes.set(key, one.warnings);
  }

  /**
   * Reads the histories of the reports in `list` with something unread to say (a returned or filed
   * report's reason, a report in review's notes) and of `also`, at once; gives back `also`'s.
   */
  async read(
    list: readonly UnitReport[],
    token: string | undefined,
    locale: Locale,
    also?: UnitReport,
  ): Promise<ReportWithHistory | undefined> {
    const endpoint = this.#endpoint();
    if (!endpoint) return undefined;
    const unread = list.filter((report) =>
      report.status === 'submitted'
        ? !sentNotes.has(stepKey(endpoint, report))
        : (report.status === 'returned' || report.status === 'filed') && !stepsBack.has(stepKey(endpoint, report)),
    );
    const wanted = also && !unread.includes(also) ? [...unread, also] : unread;
    const read = await Promise.all(wanted.map((report) => fetchReport(endpoint, token, locale, report.id)));
    wanted.forEach((report, i) => {
      const one = read[i];
      if (one) this.remember(report, one);
    });
    return also && read[wanted.indexOf(also)];
  }
}

/** The county's reason for returning `record`: the last return in its history. */
export function returnedOf(record: UnitReport, history: ReportWithHistory['history']): Returned {
  const reason = history.filter((step) => step.to === 'returned').at(-1)?.reason;
  return { id: record.id, year: record.year, version: record.version, reason: reason ?? '' };
}
