// The React example page: the sample county's data in a React 19 app.
import { beiliuReport } from '@law-report/core/testing';
import { deadlines, reports, roster } from '../county-portal/sample-county.js';
import { mountPage } from './app.js';

const element = document.querySelector('#app');
if (element) mountPage(element, { report: beiliuReport(), reports, roster, deadlines });
