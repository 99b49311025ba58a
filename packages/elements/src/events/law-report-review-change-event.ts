/** Where a report stands in the county's review. */
export type ReviewStatus = 'submitted' | 'returned' | 'filed' | 'published';

/**
 * Fired by `<law-report-review>` when the county moved a report to another status (退回, 备案,
 * 公开, 撤销公开): `id`, `unit` and the new `status`. A page showing the year's figures (a
 * `<law-report-dashboard>`) can refresh on it. Bubbles and crosses shadow roots.
 *
 * @example review.addEventListener('law-report-review-change', (e) => dashboard.refresh())
 */
export class LawReportReviewChangeEvent extends Event {
  static readonly eventName = 'law-report-review-change';
  readonly id: string;
  readonly unit: string;
  readonly status: ReviewStatus;

  constructor(id: string, unit: string, status: ReviewStatus) {
    super(LawReportReviewChangeEvent.eventName, { bubbles: true, composed: true });
    this.id = id;
    this.unit = unit;
    this.status = status;
  }
}

declare global {
  interface HTMLElementEventMap {
    'law-report-review-change': LawReportReviewChangeEvent;
  }
}
