// The county portal example: shows the 北留镇 2023 report with <law-report-summary>.
import '@law-report/elements/define';
import { beiliuReport } from '@law-report/core/testing';

const summary = document.querySelector('law-report-summary');
const locale = document.querySelector<HTMLSelectElement>('#locale');
const deadline = document.querySelector<HTMLInputElement>('#deadline');

if (summary && locale && deadline) {
  summary.report = beiliuReport();
  locale.addEventListener('change', () => {
    summary.locale = locale.value;
  });
  deadline.addEventListener('change', () => {
    if (/^\d\d-\d\d$/.test(deadline.value)) summary.deadlines = { submit: { town: deadline.value as `${number}-${number}` } };
  });
  summary.addEventListener('law-report-invalid', (event) => {
    console.warn(`${event.issues.length} issues`, event.issues);
  });
}
