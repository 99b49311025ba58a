// Writes the parts of docs/server.md that come from the code (between `<!-- generated:NAME -->`
// and `<!-- /generated:NAME -->`): the table of transitions. Run `npm run generate -w
// @law-report/server`; a test fails when the page drifts from the code.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generatedBlocks, withBlocks } from '../src/docs.js';

const page = fileURLToPath(new URL('../../../docs/server.md', import.meta.url));
writeFileSync(page, withBlocks(readFileSync(page, 'utf8'), generatedBlocks()));
