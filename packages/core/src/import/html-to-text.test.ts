import { describe, expect, it } from 'vitest';
import { readableText } from './html-to-text.js';

describe('readableText', () => {
  it('gives a page’s text, one paragraph a block, no markup left', () => {
    expect(readableText('<p><strong>一、</strong>总体情况</p><p>全年办理 <span>12</span> 件。</p>')).toBe(
      '一、总体情况\n\n全年办理 12 件。',
    );
  });

  it('leaves text and Markdown as they are', () => {
    expect(readableText('一、总体情况\n**全年** <办理> 12 件')).toBe('一、总体情况\n**全年** <办理> 12 件');
  });
});
