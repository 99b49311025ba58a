// The county portal's form page: a town fills its report in <law-report-form>.
import '@law-report/elements/define';
import { beiliuReport } from '@law-report/core/testing';
import { followLocale } from './locale.js';

const form = document.querySelector('law-report-form');
const native = document.querySelector<HTMLFormElement>('#native');
const load = document.querySelector<HTMLButtonElement>('#load');
const result = document.querySelector<HTMLOutputElement>('#result');

if (form && native && load && result) {
  followLocale([form]);
  load.addEventListener('click', () => {
    form.report = beiliuReport();
  });
  // A portal posts the report itself; the native form would send it as the `report` field.
  form.addEventListener('law-report-submit', (event) => {
    event.preventDefault();
    result.textContent = `${event.report.unit.name} ${event.report.year}：${event.issues.length} 条提示`;
  });
  native.addEventListener('submit', (event) => event.preventDefault());
}
