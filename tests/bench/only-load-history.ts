// `tsx tests/bench/only-load-history.ts`: `serve --load` of a county's decade alone (after `npm run build -w @law-report/server -w @law-report/cli`).
import { benchLoadHistory } from './load-history.js';

console.log((await benchLoadHistory()).join('\n'));
