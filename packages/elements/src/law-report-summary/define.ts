import { defineElement } from '../internal/define-element.js';
import { LawReportSummaryElement } from './law-report-summary.js';

defineElement('law-report-summary', LawReportSummaryElement);
