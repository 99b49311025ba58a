import type { Report, ValidationIssue } from '@law-report/core/model';

/**
 * Fired by `<law-report-form>` when a report passes validation and is submitted: `report` is a
 * copy to send, `issues` the warnings it still has. Cancelable: `preventDefault()` keeps a
 * surrounding native `<form>` from submitting.
 *
 * @example form.addEventListener('law-report-submit', (e) => { e.preventDefault(); post(e.report); })
 */
export class LawReportSubmitEvent extends Event {
  static readonly eventName = 'law-report-submit';
  readonly report: Report;
  readonly issues: readonly ValidationIssue[];

  constructor(report: Report, issues: readonly ValidationIssue[]) {
    super(LawReportSubmitEvent.eventName, { bubbles: true, composed: true, cancelable: true });
    this.report = report;
    this.issues = issues;
  }
}

declare global {
  interface HTMLElementEventMap {
    'law-report-submit': LawReportSubmitEvent;
  }
}
