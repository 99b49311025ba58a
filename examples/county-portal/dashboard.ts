// The portal's front page: the county office's dashboard, live from the collection server
// (/api: `npm start` runs one beside the portal, `law-report serve --portal` serves the portal),
// with last year's sample reports for the change.
import '@law-report/elements/define';
import { withToken } from './demo-tokens.js';
import { followLocale } from './locale.js';
import { previous } from './sample-county.js';

const dashboard = document.querySelector('law-report-dashboard');
if (dashboard) {
  dashboard.previous = previous;
  followLocale([dashboard]);
  await withToken('reviewer', (token) => {
    dashboard.token = token;
    dashboard.endpoint = '/api';
    // A new token: the same endpoint is asked again.
    dashboard.requestUpdate('endpoint', undefined);
  });
}
