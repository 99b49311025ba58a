import { defineElement } from '../internal/define-element.js';
import { LawReportSummaryElement } from '../law-report-summary/law-report-summary.js';
import { LawReportDashboardElement } from './law-report-dashboard.js';

// The dashboard opens a unit's report in <law-report-summary>, so it registers that too.
defineElement('law-report-summary', LawReportSummaryElement);
defineElement('law-report-dashboard', LawReportDashboardElement);
