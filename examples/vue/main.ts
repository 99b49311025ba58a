// The Vue example page: the sample county's data in a Vue 3 app.
import { beiliuReport } from '@law-report/core/testing';
import { deadlines, reports, roster } from '../county-portal/sample-county.js';
import { mountPage } from './app.js';

const root = document.querySelector('#app');
if (root) mountPage(root, { report: beiliuReport(), reports, roster, deadlines });
