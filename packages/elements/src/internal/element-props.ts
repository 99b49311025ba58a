// What each element takes and fires, as types for framework templates (React's JSX, Vue's
// GlobalComponents), read off the element classes so a property's type has one home: the class.
import type { Locale } from '@law-report/core/model';
import type { LawReportChangeEvent } from '../events/law-report-change-event.js';
import type { LawReportInvalidEvent } from '../events/law-report-invalid-event.js';
import type { LawReportReviewChangeEvent } from '../events/law-report-review-change-event.js';
import type { LawReportSubmitEvent } from '../events/law-report-submit-event.js';
import type { LawReportDashboardElement } from '../law-report-dashboard/law-report-dashboard.js';
import type { LawReportFormElement } from '../law-report-form/law-report-form.js';
import type { LawReportReviewElement } from '../law-report-review/law-report-review.js';
import type { LawReportSummaryElement } from '../law-report-summary/law-report-summary.js';
import type { LawReportYearsElement } from '../law-report-years/law-report-years.js';

// `locale` is a string on the classes (anything else falls back to zh-CN); a template says one of ours.
type Props<E, K extends keyof E> = Partial<Pick<E, K>> & { locale?: Locale };

/**
 * The properties and attributes of each tag, as a template sets them. React 19 and Vue (with
 * `.prop`) set a name the element has as a property, so the camelCase names are the properties
 * (`report`, `catalog`, `draftKey`); the kebab-case ones are the attributes of the same name.
 */
export interface LawReportElementProps {
  'law-report-form': Props<
    LawReportFormElement,
    | 'report'
    | 'catalog'
    | 'deadlines'
    | 'profile'
    | 'draftKey'
    | 'name'
    | 'readonly'
    | 'disabled'
    | 'required'
    | 'endpoint'
    | 'token'
  > & {
    'draft-key'?: string;
  };
  'law-report-summary': Props<
    LawReportSummaryElement,
    'report' | 'catalog' | 'deadlines' | 'profile' | 'headingLevel'
  > & {
    'heading-level'?: number | `${number}`;
  };
  'law-report-dashboard': Props<
    LawReportDashboardElement,
    | 'reports'
    | 'aggregate'
    | 'roster'
    | 'deadlines'
    | 'previous'
    | 'catalog'
    | 'year'
    | 'endpoint'
    | 'token'
    | 'countFrom'
  > & {
    'count-from'?: LawReportDashboardElement['countFrom'];
  };
  'law-report-review': Props<LawReportReviewElement, 'endpoint' | 'token' | 'year'>;
  'law-report-years': Props<LawReportYearsElement, 'reports' | 'roster' | 'catalog' | 'deadlines' | 'from' | 'to'>;
}

/** The events each tag fires, by name, with their event classes. */
export interface LawReportElementEvents {
  'law-report-form': {
    'law-report-change': LawReportChangeEvent;
    'law-report-submit': LawReportSubmitEvent;
    'law-report-invalid': LawReportInvalidEvent;
  };
  'law-report-summary': { 'law-report-invalid': LawReportInvalidEvent };
  'law-report-dashboard': Record<never, never>;
  'law-report-review': { 'law-report-review-change': LawReportReviewChangeEvent };
  'law-report-years': Record<never, never>;
}

/** The tags, `law-report-form` … `law-report-review`. */
export type LawReportTag = keyof LawReportElementProps;
