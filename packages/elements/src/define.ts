// Registers every element: the entry of the embed file `law-report-elements.js`.
import './law-report-form/define.js';
import './law-report-summary/define.js';
import './law-report-dashboard/define.js';

export * from './index.js';
