import { describe, expect, it } from 'vitest';
import { comparedVersion } from './compared-version.js';
import type { TransitionRecord } from './store/store.js';
import type { Action } from './workflow.js';

const TO = {
  submit: 'submitted',
  return: 'returned',
  file: 'filed',
  publish: 'published',
  unpublish: 'filed',
  load: 'filed',
} as const;

// A history of steps, each a minute after the one before.
const history = (...actions: (Action | 'load')[]): TransitionRecord[] =>
  actions.map((action, at) => ({
    action,
    from: null,
    to: TO[action],
    at: new Date(Date.UTC(2025, 0, 10, 2, at)).toISOString(),
    day: '2025-01-10',
    by: action === 'submit' ? '柳林乡' : '县依法治县办',
    reason: action === 'return' ? '缺少不足和原因' : null,
    confidentialityReviewed: false,
  }));

describe('comparedVersion', () => {
  it('has nothing to compare a first version with', () => {
    expect(comparedVersion(1, history('submit'))).toBeUndefined();
    expect(comparedVersion(1, history('submit', 'return'))).toBeUndefined();
  });

  it('compares with the version before when the county returned nothing', () => {
    expect(comparedVersion(3, history('submit', 'submit', 'submit'))).toEqual({ version: 2, kind: 'before' });
  });

  it('compares versions sent after a return with the version the county returned', () => {
    expect(comparedVersion(2, history('submit', 'return', 'submit'))).toEqual({ version: 1, kind: 'returned' });
    expect(comparedVersion(3, history('submit', 'return', 'submit', 'submit'))).toEqual({
      version: 1,
      kind: 'returned',
    });
  });

  it('takes the last return when a report was returned twice', () => {
    const steps = history('submit', 'return', 'submit', 'file', 'return', 'submit', 'submit');
    expect(comparedVersion(4, steps)).toEqual({ version: 2, kind: 'returned' });
  });

  it('counts 历史导入 versions among the versions', () => {
    expect(comparedVersion(3, history('load', 'submit', 'return', 'submit'))).toEqual({ version: 2, kind: 'returned' });
  });

  it('compares a returned report nobody sent again with the version before it', () => {
    expect(comparedVersion(2, history('submit', 'submit', 'return'))).toEqual({ version: 1, kind: 'before' });
  });
});
