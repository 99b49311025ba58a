import type { ValidationIssue } from '@law-report/core/model';

/**
 * Fired when an element is given a report that does not validate. `issues` are the
 * findings of `validateReport`, with zh-CN and en messages. Bubbles and crosses shadow roots.
 *
 * @example el.addEventListener('law-report-invalid', (e) => console.log(e.issues.length))
 */
export class LawReportInvalidEvent extends Event {
  static readonly eventName = 'law-report-invalid';
  readonly issues: readonly ValidationIssue[];

  constructor(issues: readonly ValidationIssue[]) {
    super(LawReportInvalidEvent.eventName, { bubbles: true, composed: true });
    this.issues = issues;
  }
}

declare global {
  interface HTMLElementEventMap {
    'law-report-invalid': LawReportInvalidEvent;
  }
}
