import type { Locale } from '@law-report/core/model';
import type { UnitReport } from '../internal/unit-client.js';
import type { Returned } from './county-notes.js';
import { isFiled } from './held-text.js';
import { unchangedOutcome, type SubmitOutcome } from './submission-host.js';

/**
 * What 提交 weighs before it sends a report to the county, and asks a clerk first: the county's version
 * unchanged is not sent again (the version it returned goes back once 提交 has said so), and a year the
 * county holds in a version the form did not hold is sent only once the person agrees (仍然提交). Part of
 * {@link SubmissionController}, which reads the server; this part only remembers and decides.
 */
export class SendQuestions {
  /** The county's report on the year 提交 would send a new version of, asked about before sending. */
  asking: UnitReport | undefined;
  // The report last sent and taken (or opened from the county), as the county has it: the same again is not sent again.
  #sent: { readonly json: string; readonly version: number } | undefined;
  // The county's report the person agreed (仍然提交) to send a new version of.
  #agreed: { readonly id: string; readonly version: number } | undefined;
  // The returned version, unchanged, that 提交 has said so of once: the next 提交 of it sends it.
  #warnedUnchanged: string | undefined;

  /** The county has `json` as its `version`: taken from this form, or opened from the county. */
  remember(json: string, version: number): void {
    this.#sent = { json, version };
  }

  /**
   * Whether 提交 of the report `json` of `year` would send it, as far as the form knows: not a year the county
   * has filed or published (`held`), nor the version the county took last, unchanged, unless it `returned` it.
   */
  sends(json: string, year: number, held: UnitReport | undefined, returned: Returned | undefined): boolean {
    if (held && isFiled(held)) return false;
    const same = this.#sameAsSent(json, year, returned);
    return !same || same.returned !== undefined;
  }

  /**
   * What 提交 says instead of sending the report `json` of `year`, when it is the county's version unchanged: one
   * more identical version is no use; the version the county `returned` is said once, and the next 提交 sends it.
   * Undefined: it goes.
   */
  unchanged(json: string, year: number, returned: Returned | undefined, locale: Locale): SubmitOutcome | undefined {
    const same = this.#sameAsSent(json, year, returned);
    if (!same) return undefined;
    const stop = unchangedOutcome(same.version, same.returned, this.#warnedUnchanged === json, locale);
    if (stop && same.returned) this.#warnedUnchanged = json;
    return stop;
  }

  /** 仍然提交: the person agrees to send a new version of the county's `record` with the next 提交. */
  agree(record: UnitReport): void {
    this.#agreed = { id: record.id, version: record.version };
  }

  /** No question stands, and no agreement: 取消, or 提交 under way (an agreement holds for one 提交). */
  settle(): void {
    this.asking = undefined;
    this.#agreed = undefined;
  }

  /**
   * Whether 提交 asks before sending a new version over the county's `held` report (none: it does not), and
   * the report asked about (`asking` holds it too). Not asked: the form holds its latest version; it is the
   * version the county `returned` as the form was told (its reason shown, a draft beside it offered: it waits
   * for a new version), whereas a version returned since (a colleague's) is asked about as any other; or the
   * person agreed to this very version. The agreement is used up either way.
   */
  ask(held: UnitReport | undefined, returned: Returned | undefined, holdsLatest: boolean): UnitReport | undefined {
    const agreed = this.#agreed;
    this.settle();
    if (!held || holdsLatest) return undefined;
    const waiting = held.status === 'returned' && returned?.id === held.id && returned.version === held.version;
    if (waiting || (agreed?.id === held.id && agreed.version === held.version)) return undefined;
    this.asking = held;
    return held;
  }

  // The version the county took last when `json` is it unchanged, with the county's return of that year if it
  // returned it since; undefined when `json` is another report.
  #sameAsSent(
    json: string,
    year: number,
    returned: Returned | undefined,
  ): { readonly version: number; readonly returned?: Returned } | undefined {
    const last = this.#sent;
    if (last?.json !== json) return undefined;
    return returned?.year === year ? { version: last.version, returned } : { version: last.version };
  }
}
