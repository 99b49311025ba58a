import { defineElement } from '../internal/define-element.js';
import { LawReportReviewElement } from './law-report-review.js';

defineElement('law-report-review', LawReportReviewElement);
