// The portal's front page: the county office's dashboard, live from the collection server
// (/api: `npm start` runs one beside the portal, `law-report serve --portal` serves the portal):
// the years the server holds, compared with the server's own year before when it has one.
import '@law-report/elements/define';
import { withToken } from './demo-tokens.js';
import { followLocale } from './locale.js';

const dashboard = document.querySelector('law-report-dashboard');
if (dashboard) {
  followLocale([dashboard]);
  await withToken('reviewer', (token) => {
    dashboard.token = token;
    dashboard.endpoint = '/api';
    // A new token: the same endpoint is asked again.
    dashboard.requestUpdate('endpoint', undefined);
  });
}
