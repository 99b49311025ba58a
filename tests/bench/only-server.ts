// `tsx --conditions=@law-report/source tests/bench/only-server.ts`: the collection server's rows alone, on SQLite and
// PostgreSQL (LAW_REPORT_TEST_POSTGRES's, else an embedded one), after `npm run build -w @law-report/server -w @law-report/cli`.
import { benchServer } from './server.js';

console.log((await benchServer()).join('\n'));
