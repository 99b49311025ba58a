import { defineElement } from '../internal/define-element.js';
import { LawReportYearsElement } from './law-report-years.js';

defineElement('law-report-years', LawReportYearsElement);
