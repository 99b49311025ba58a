// `@law-report/elements/react`: the elements' tags in React 19 JSX, typed. Types only; load it
// once in an app with `import type {} from '@law-report/elements/react'`.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { LawReportElementEvents, LawReportElementProps, LawReportTag } from './internal/element-props.js';

/**
 * The event props of a tag as React 19 binds them: `onlaw-report-change` listens for
 * `law-report-change` and hands the listener the element's own event class.
 */
export type LawReportReactEvents<T extends LawReportTag> = {
  [N in keyof LawReportElementEvents[T] & string as `on${N}`]?: (event: LawReportElementEvents[T][N]) => void;
};

/**
 * The JSX props of a tag: React's own (`ref`, `key`, `className`, `style`…), the element's
 * properties and attributes with their types, and its events.
 *
 * @example const props: LawReportReactProps<'law-report-form'> = { report, 'onlaw-report-submit': (e) => post(e.report) };
 */
export type LawReportReactProps<T extends LawReportTag> = Omit<
  DetailedHTMLProps<HTMLAttributes<HTMLElementTagNameMap[T]>, HTMLElementTagNameMap[T]>,
  keyof LawReportElementProps[T]
> &
  LawReportElementProps[T] &
  LawReportReactEvents<T>;

declare module 'react' {
  // The JSX namespace React 19 reads intrinsic elements from (`react-jsx` and classic).
  namespace JSX {
    interface IntrinsicElements {
      'law-report-form': LawReportReactProps<'law-report-form'>;
      'law-report-summary': LawReportReactProps<'law-report-summary'>;
      'law-report-dashboard': LawReportReactProps<'law-report-dashboard'>;
      'law-report-review': LawReportReactProps<'law-report-review'>;
      'law-report-years': LawReportReactProps<'law-report-years'>;
    }
  }
}
