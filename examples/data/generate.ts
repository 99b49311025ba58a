// Writes the sample data of examples/data/ (`npm run generate`); a test checks it is current.
import { writeFileSync } from 'node:fs';
import { sampleData } from './sample-data.js';

for (const [name, content] of Object.entries(sampleData())) writeFileSync(new URL(name, import.meta.url), content);
