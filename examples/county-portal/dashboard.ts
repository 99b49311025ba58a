// The portal's front page: the county office's dashboard over the sample county's reports.
import '@law-report/elements/define';
import { deadlines, previous, reports, roster } from './sample-county.js';
import { followLocale } from './locale.js';

const dashboard = document.querySelector('law-report-dashboard');
if (dashboard) {
  dashboard.roster = roster;
  dashboard.deadlines = deadlines;
  dashboard.previous = previous;
  dashboard.reports = reports;
  followLocale([dashboard]);
}
