import { defineElement } from '../internal/define-element.js';
import { LawReportFormElement } from './law-report-form.js';

defineElement('law-report-form', LawReportFormElement);
