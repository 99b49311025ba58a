// The county portal’s form page: a town (柳林乡, in the demo) fills its report in
// <law-report-form> and submits it to the collection server `npm start` runs beside the portal.
import '@law-report/elements/define';
import type { Report } from '@law-report/core';
import { withToken } from './demo-tokens.js';
import { followLocale } from './locale.js';
import { reports } from './sample-county.js';

const form = document.querySelector('law-report-form');
const native = document.querySelector<HTMLFormElement>('#native');
const load = document.querySelector<HTMLButtonElement>('#load');
const result = document.querySelector<HTMLOutputElement>('#result');

if (form && native && load && result) {
  let unit = '柳林乡';
  form.endpoint = '/api';
  followLocale([form]);
  await withToken('unit', (token, unitName) => {
    form.token = token;
    unit = unitName ?? unit;
  });
  load.addEventListener('click', () => {
    form.report = reports.find((report) => (report as Report).unit.name === unit) as Report | undefined;
  });
  form.addEventListener('law-report-submit', (event) => {
    result.textContent = `${event.report.unit.name} ${event.report.year}：${event.issues.length} 条提示`;
  });
  native.addEventListener('submit', (event) => event.preventDefault());
}
