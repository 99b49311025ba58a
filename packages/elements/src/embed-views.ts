// The summary and the dashboard of the embed file `law-report-elements.js`: the chunk it fetches as
// soon as it runs (see define-embed.ts).
import './law-report-summary/define.js';
import './law-report-dashboard/define.js';
