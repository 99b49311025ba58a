// Writes the generated files committed with the repository: core's schema.json and
// catalog.json, the shapes the browser checks input with (src/schema/shape/report-shapes.ts),
// docs/rules.md and docs/catalog.md. Run `npm run generate`; a test fails when they drift.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { catalogJson, reportJsonSchema } from '../src/index.js';
import { catalogTable } from './catalog-table.js';
import { ruleTable } from './rule-table.js';
import { reportShapesSource } from './shape-source.js';

const here = (file: string) => fileURLToPath(new URL(`../${file}`, import.meta.url));
const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

writeFileSync(here('schema.json'), json(reportJsonSchema()));
writeFileSync(here('src/schema/shape/report-shapes.ts'), await reportShapesSource());
writeFileSync(here('catalog.json'), json(catalogJson()));
writeFileSync(here('../../docs/rules.md'), ruleTable());
writeFileSync(here('../../docs/catalog.md'), catalogTable());
