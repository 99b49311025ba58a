// Writes the generated files committed with core: schema.json and catalog.json.
// Run with `npm run generate -w @law-report/core`; a test fails when they drift.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { catalogJson, reportJsonSchema } from '../src/index.js';

const here = (file: string) => fileURLToPath(new URL(`../${file}`, import.meta.url));

writeFileSync(here('schema.json'), `${JSON.stringify(reportJsonSchema(), null, 2)}\n`);
writeFileSync(here('catalog.json'), `${JSON.stringify(catalogJson(), null, 2)}\n`);
