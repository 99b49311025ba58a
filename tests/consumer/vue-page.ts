// A portal's Vue 3 code with the elements' GlobalComponents types from the package. Templates are
// checked by vue-tsc, which reads the same `GlobalComponents`; here a render function and the
// component types stand in for it.
import type { Report } from '@law-report/core';
import type {} from '@law-report/elements/vue';
import { h, type GlobalComponents } from 'vue';

type FormProps = InstanceType<GlobalComponents['law-report-form']>['$props'];

export function townPage(report: Report | undefined) {
  const props: FormProps = {
    report,
    locale: 'zh-CN',
    'draft-key': 'beiliu-2023',
    onLawReportSubmit: (event) => {
      event.preventDefault();
      return event.report.unit.name;
    },
  };
  return h('law-report-form', props);
}

// The instance is the element: a template ref to the tag is typed.
export const year = (dashboard: InstanceType<GlobalComponents['law-report-dashboard']>): number | undefined =>
  dashboard.year;

export const wrong: FormProps[] = [
  // @ts-expect-error a report is an object, not a number
  { report: 5 },
  // @ts-expect-error the submit event carries no path: it is a LawReportSubmitEvent
  { onLawReportSubmit: (event) => event.path },
];
