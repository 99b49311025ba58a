// `tsx tests/bench/only-years.ts`: the years view's decade alone (after `npm run build -w @law-report/elements`).
import { benchYears } from './years.js';

console.log((await benchYears()).join('\n'));
