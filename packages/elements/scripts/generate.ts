// `npm run generate -w @law-report/elements`: the element API reference from the manifest.
import { readFileSync, writeFileSync } from 'node:fs';
import { elementDocs } from './element-docs.js';

const manifest = JSON.parse(readFileSync(new URL('../custom-elements.json', import.meta.url), 'utf8'));
writeFileSync(new URL('../../../docs/element-api.md', import.meta.url), elementDocs(manifest));
