// The portal's review page: the county office reviews the year's reports in <law-report-review>
// against the collection server (/api: `npm start` runs one beside the portal), 退回 with a reason,
// 备案, 公开 and 撤销公开.
import '@law-report/elements/define-review';
import { withToken } from './demo-tokens.js';
import { followLocale } from './locale.js';

const review = document.querySelector('law-report-review');
if (review) {
  followLocale([review]);
  await withToken('reviewer', (token) => {
    review.token = token;
    review.endpoint = '/api';
  });
}
