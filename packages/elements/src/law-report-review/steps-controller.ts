import type { ReactiveElement } from 'lit';
import { localeOf } from '../internal/locale.js';
import {
  act,
  fetchForReview,
  type ReviewAction,
  type ReviewedReport,
  type ReviewStatus,
} from '../internal/review-client.js';
import type { DeskSaid } from './desk-said.js';
import type { QueueController } from './queue-controller.js';
import { CONFIRMING, REASONED, type Refused } from './review-steps.js';

/** The desk's properties a report is read and acted on with. */
export interface StepsTarget {
  readonly endpoint: string | undefined;
  readonly token: string | undefined;
  readonly locale: string;
  /** The year the desk shows: a report of another year is never left open under it. */
  readonly year: number;
}

/** The report open for review and where its steps stand. */
export interface StepsState {
  /** The report from the server, or its message why it could not be read; undefined until one is opened. */
  readonly open: ReviewedReport | { readonly error: string } | undefined;
  /** Kept as a key and its parts, so a change of `locale` says it again in the new language. */
  readonly said: DeskSaid | undefined;
  /** The step pressed without the reason it needs. */
  readonly reasonMissing: ReviewAction | undefined;
  readonly confirmMissing: boolean;
  /** A step the server refused for what the report lacks (备案, 公开), with the problems it named. */
  readonly refused: Refused | undefined;
  /** A step is on its way to the server. */
  readonly busy: boolean;
}

/**
 * The report opened for review and its steps: each names the version read, so one the unit replaced
 * since is refused, not acted on. Each step's result is said where focus is (emptied first, so the
 * status region says a sentence twice); a 备案 or 公开 the server refuses for what the report lacks is
 * a message of its own that takes focus; the queue follows the report to its new status, and the
 * desk is told (it fires `law-report-review-change`). It needs none of the host's lifecycle, so it is not added to
 * the host's controllers.
 */
export class StepsController {
  readonly #host: ReactiveElement & StepsTarget;
  readonly #queue: QueueController;
  readonly #moved: (report: ReviewedReport, status: ReviewStatus) => void;
  #state: StepsState = {
    open: undefined,
    said: undefined,
    reasonMissing: undefined,
    confirmMissing: false,
    refused: undefined,
    busy: false,
  };

  /** `moved` is told when a step moved a report to another status. */
  constructor(
    host: ReactiveElement & StepsTarget,
    queue: QueueController,
    moved: (report: ReviewedReport, status: ReviewStatus) => void,
  ) {
    this.#host = host;
    this.#queue = queue;
    this.#moved = moved;
  }

  /** The report open and where its steps stand. */
  get state(): StepsState {
    return this.#state;
  }

  #set(state: Partial<StepsState>): void {
    this.#state = { ...this.#state, ...state };
    this.#host.requestUpdate();
  }

  #find(selector: string): HTMLElement | null {
    return this.#host.renderRoot.querySelector<HTMLElement>(selector);
  }

  /** Opens a report of the queue, focus on it once read. */
  readonly openReport = async (id: string): Promise<void> => {
    const { endpoint, token, locale } = this.#host;
    if (!endpoint) return;
    this.#set({ said: undefined, reasonMissing: undefined, confirmMissing: false, refused: undefined });
    if (!this.#show(await fetchForReview(endpoint, token, localeOf(locale), id))) return;
    await this.#host.updateComplete;
    this.#find('#opened')?.focus();
  };

  /**
   * The desk shows `year` now: a report of another year open for review is closed with its steps. Left open
   * under 2022年报告审核 with 退回 and 公开 live, 柳林乡's 2024 report could be acted on by mistake (a county
   * clerk's trial).
   */
  closeOtherYear(year: number): void {
    const { open } = this.#state;
    if (!open || (!('error' in open) && open.year === year)) return;
    this.#set({
      open: undefined,
      said: undefined,
      reasonMissing: undefined,
      confirmMissing: false,
      refused: undefined,
    });
  }

  // Shows a report read for review, unless the desk moved to another year while it was read (see closeOtherYear).
  #show(open: NonNullable<StepsState['open']>): boolean {
    if (!('error' in open) && open.year !== this.#host.year) return false;
    this.#set({ open });
    return true;
  }

  /** The confirmation of 保密审查 was ticked. */
  readonly confirmed = (): void => {
    this.#set({ confirmMissing: false });
  };

  /** Takes a step on the report open (the version read), with the reason and confirmation given. */
  readonly act = async (open: ReviewedReport, action: ReviewAction): Promise<void> => {
    const host = this.#host;
    const box = host.renderRoot.querySelector<HTMLTextAreaElement>('#reason');
    const reason = box?.value.trim() ?? '';
    // One step at a time: a second press while the first is on its way does nothing.
    if (this.#state.busy) return;
    // A refusal said for an earlier press is not left standing beside what this one says.
    this.#set({ refused: undefined });
    if (REASONED.includes(action) && !reason) {
      // Said in the status as well as by the box, so a screen reader hears why nothing happened.
      this.#set({ reasonMissing: action });
      await this.#say({ key: 'reasonNeeded', action });
      box?.focus();
      return;
    }
    // 公开 is the county's confirmation of 保密审查: asked for here, kept by the server with who and when.
    const confirmation = host.renderRoot.querySelector<HTMLInputElement>('#confidentiality');
    if (action === 'publish' && !confirmation?.checked) {
      this.#set({ reasonMissing: undefined, confirmMissing: true });
      await this.#say({ key: 'confirmNeeded', action });
      confirmation?.focus();
      return;
    }
    this.#set({ reasonMissing: undefined, confirmMissing: false, busy: true });
    const locale = localeOf(host.locale);
    // The version read: a newer one sent since is refused by the server (409), never acted on unread.
    const confirmed = CONFIRMING.includes(action) && confirmation?.checked === true;
    const details = { version: open.version, ...(confirmed ? { confidentialityReviewed: true } : {}) };
    const told = REASONED.includes(action) ? reason : '';
    const done = await act(host.endpoint ?? '', host.token, locale, open.id, action, told, details).finally(() =>
      this.#set({ busy: false }),
    );
    if (!done.ok) {
      const errors = done.issues.filter((issue) => issue.severity === 'error');
      // 保密审查 not marked done is the reviewer's to confirm in this step, never the unit's to mend.
      const answers = (issue: { readonly code: string }) =>
        CONFIRMING.includes(action) && issue.code === 'confidentiality_review_missing';
      const issues = errors.filter((issue) => !answers(issue));
      const confirmable = errors.some(answers);
      if (confirmable) this.#set({ confirmMissing: true });
      if (confirmable && issues.length === 0) {
        await this.#say({ key: 'confirmNeeded', action });
        confirmation?.focus();
        return;
      }
      if (issues.length > 0) {
        // Refused for what the report lacks: said in a message of its own by the buttons, focus moved to it;
        // nothing of it is said by the reason box, whose own error is only for a step without its reason.
        this.#set({ said: undefined, refused: { action, issues, confirmable } });
        await host.updateComplete;
        this.#find('#refused')?.focus();
        return;
      }
      await this.#say({ key: 'failed', action, message: done.message });
      this.#focusSaid();
      return;
    }
    // The queue follows the report to its new status, where it stays marked as the one open.
    this.#queue.status = done.status;
    await this.#say({ key: 'done', action, unit: open.unit, status: done.status, ...(told ? { reason: told } : {}) });
    // Focus moves to what was said before the steps of the old status are replaced.
    this.#focusSaid();
    this.#moved(open, done.status);
    await this.#queue.refresh();
    this.#show(await fetchForReview(host.endpoint ?? '', host.token, localeOf(host.locale), open.id));
    await host.updateComplete;
    // Read again, the report may not load: focus goes to the sentence saying so, never to the page's <body>.
    if (!this.#find('#said')) this.#focusSaid();
  };

  // A sentence said again is emptied first, so the status region announces it a second time.
  async #say(said: DeskSaid): Promise<void> {
    if (this.#state.said) {
      this.#set({ said: undefined });
      await this.#host.updateComplete;
    }
    this.#set({ said });
    await this.#host.updateComplete;
  }

  #focusSaid(): void {
    (this.#find('#said') ?? this.#find('#opened'))?.focus();
  }
}
