// The portal's summary page: one town's report, 北留镇 2023, in <law-report-summary>.
import '@law-report/elements/define';
import { beiliuReport } from '@law-report/core/testing';
import { followLocale } from './locale.js';

const summary = document.querySelector('law-report-summary');
const deadline = document.querySelector<HTMLInputElement>('#deadline');

if (summary && deadline) {
  summary.report = beiliuReport();
  followLocale([summary]);
  deadline.addEventListener('change', () => {
    if (/^\d\d-\d\d$/.test(deadline.value)) summary.deadlines = { submit: { town: deadline.value as `${number}-${number}` } };
  });
  summary.addEventListener('law-report-invalid', (event) => {
    console.warn(`${event.issues.length} issues`, event.issues);
  });
}
