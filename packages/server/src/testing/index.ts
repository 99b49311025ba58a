// `@law-report/server/testing`: what tests of the server's users need (the CLI's serve tests, the
// benches): each real database driver, PostgreSQL in a schema of the caller's own.
export { drivers, freshPostgres } from './drivers.js';
export { countyState, fillCounty, type CountyState, type CountyTokens } from './county.js';
