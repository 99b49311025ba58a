import type { Report } from '@law-report/core/model';

/**
 * Fired by `<law-report-form>` whenever a field changes. `report` is the form's live draft (read
 * it, do not change it); `path` names the field that changed, as issue paths do.
 *
 * @example form.addEventListener('law-report-change', (e) => save(e.report))
 */
export class LawReportChangeEvent extends Event {
  static readonly eventName = 'law-report-change';
  readonly report: Readonly<Report>;
  readonly path: readonly (string | number)[];

  constructor(report: Readonly<Report>, path: readonly (string | number)[]) {
    super(LawReportChangeEvent.eventName, { bubbles: true, composed: true });
    this.report = report;
    this.path = path;
  }
}

declare global {
  interface HTMLElementEventMap {
    'law-report-change': LawReportChangeEvent;
  }
}
