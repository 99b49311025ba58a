// `tsx tests/bench/only-dashboard.ts`: the dashboard's render alone (after `npm run build -w @law-report/elements`).
import { benchDashboard } from './dashboard.js';

console.log((await benchDashboard()).join('\n'));
