// `@law-report/elements/vue`: the elements' tags in Vue 3 templates, typed through Vue's
// `GlobalComponents` (read by vue-tsc and Volar). Types only; load it once in an app with
// `import type {} from '@law-report/elements/vue'`.
import type { EmitFn, HTMLAttributes, PublicProps } from 'vue';
import type { LawReportElementEvents, LawReportElementProps, LawReportTag } from './internal/element-props.js';

// law-report-change → LawReportChange, for the `onLawReportChange` prop a render function passes.
type Pascal<S extends string> = S extends `${infer Head}-${infer Tail}`
  ? `${Capitalize<Head>}${Pascal<Tail>}`
  : Capitalize<S>;

/**
 * The listener props of a tag as a render function passes them (`h('law-report-form', {
 * onLawReportSubmit })`), each given the element's own event class.
 */
export type LawReportVueListeners<T extends LawReportTag> = {
  [N in keyof LawReportElementEvents[T] & string as `on${Pascal<N>}`]?: (event: LawReportElementEvents[T][N]) => void;
};

/**
 * A tag as a Vue component type, after the pattern in Vue's guide to custom elements: its
 * instance is the element, `$props` what a template may bind (`:report.prop`, `locale`) and
 * `$emit` the events `@law-report-submit` listens for, typed.
 */
export type LawReportVueComponent<T extends LawReportTag> = new () => HTMLElementTagNameMap[T] & {
  /** @deprecated For template type checking only; not a property of the element. */
  $props: HTMLAttributes & LawReportElementProps[T] & LawReportVueListeners<T> & PublicProps;
  /** @deprecated For template type checking only; not a property of the element. */
  $emit: EmitFn<{ [N in keyof LawReportElementEvents[T]]: (event: LawReportElementEvents[T][N]) => void }>;
};

declare module 'vue' {
  interface GlobalComponents {
    'law-report-form': LawReportVueComponent<'law-report-form'>;
    'law-report-summary': LawReportVueComponent<'law-report-summary'>;
    'law-report-dashboard': LawReportVueComponent<'law-report-dashboard'>;
    'law-report-review': LawReportVueComponent<'law-report-review'>;
    'law-report-years': LawReportVueComponent<'law-report-years'>;
  }
}
