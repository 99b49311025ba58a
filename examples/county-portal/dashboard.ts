// The portal's front page: the county office's dashboard, live from the collection server that
// `npm start` runs beside the portal (/api), with last year's sample reports for the change.
import '@law-report/elements/define';
import { followLocale } from './locale.js';
import { demoTokens } from './demo-tokens.js';
import { previous } from './sample-county.js';

const dashboard = document.querySelector('law-report-dashboard');
if (dashboard) {
  const tokens = await demoTokens();
  dashboard.previous = previous;
  dashboard.token = tokens.reviewer;
  dashboard.endpoint = '/api';
  followLocale([dashboard]);
}
