import { expect, it } from 'vitest';
import { readingRulesMarkdown } from './rules-doc.js';

it('docs/import-rules.md lists the registered reading rules as the registry holds them', async () => {
  await expect(readingRulesMarkdown()).toMatchFileSnapshot('../../../../../docs/import-rules.md');
});
