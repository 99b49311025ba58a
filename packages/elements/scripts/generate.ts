// `npm run generate -w @law-report/elements`: the manifest in a stable order, and the element
// API reference from it.
import { readFileSync, writeFileSync } from 'node:fs';
import { elementDocs, inPathOrder } from './element-docs.js';

const file = new URL('../custom-elements.json', import.meta.url);
const manifest = inPathOrder(JSON.parse(readFileSync(file, 'utf8')));
writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
writeFileSync(new URL('../../../docs/element-api.md', import.meta.url), elementDocs(manifest));
