import { describe, expect, it } from 'vitest';
import { classifySection } from './section-kinds.js';

describe('classifySection', () => {
  it('reads a top-level title that opens with any word of what comes next as the plans: 接下来 too', () => {
    expect(['下一步重点工作', '今后重点工作', '接下来的重点工作'].map((title) => classifySection(title))).toEqual(['plans', 'plans', 'plans']);
  });
});
