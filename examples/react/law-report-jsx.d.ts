// Types for the law-report elements in JSX. React 19 sets a prop as a DOM property when the
// element has it (report, reports, roster…) and listens for `on<event-name>` as the event.
import type { DeadlineOverrides, Report, RosterEntry, AggregateResult, Catalog } from '@law-report/core';
import type { LawReportChangeEvent, LawReportInvalidEvent, LawReportSubmitEvent } from '@law-report/elements';
import type { DetailedHTMLProps, HTMLAttributes } from 'react';

type Element<E extends HTMLElement, P> = DetailedHTMLProps<HTMLAttributes<E>, E> & P;

interface Common {
  locale?: 'zh-CN' | 'en';
  catalog?: Catalog;
  deadlines?: DeadlineOverrides;
}

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'law-report-form': Element<HTMLElementTagNameMap['law-report-form'], Common & {
        report?: Report;
        profile?: 'draft' | 'submit' | 'publish';
        'draft-key'?: string;
        name?: string;
        'onlaw-report-submit'?: (event: LawReportSubmitEvent) => void;
        'onlaw-report-change'?: (event: LawReportChangeEvent) => void;
        'onlaw-report-invalid'?: (event: LawReportInvalidEvent) => void;
      }>;
      'law-report-summary': Element<HTMLElementTagNameMap['law-report-summary'], Common & {
        report?: unknown;
        'onlaw-report-invalid'?: (event: LawReportInvalidEvent) => void;
      }>;
      'law-report-dashboard': Element<HTMLElementTagNameMap['law-report-dashboard'], Common & {
        reports?: readonly unknown[];
        aggregate?: AggregateResult;
        roster?: readonly RosterEntry[];
        previous?: readonly unknown[] | AggregateResult;
      }>;
    }
  }
}
