// The summary and the dashboard of the embed file `law-report-elements.js`: the chunk it preloads as
// soon as it runs and runs once the form has been painted (see define-embed.ts).
import './law-report-summary/define.js';
import './law-report-dashboard/define.js';
