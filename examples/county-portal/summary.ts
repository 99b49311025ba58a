// The portal's summary page: one town's report, 北留镇 2023 (the reference report), in
// <law-report-summary>, judged against the county's own deadline for towns (1月31日).
import '@law-report/elements/define';
import { beiliuReport } from '@law-report/core/testing';
import { followLocale } from './locale.js';
import { deadlines } from './sample-county.js';

const summary = document.querySelector('law-report-summary');

if (summary) {
  summary.report = beiliuReport();
  summary.deadlines = deadlines;
  followLocale([summary]);
}
