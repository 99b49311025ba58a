import { describe, expect, it } from 'vitest';
import { stringsReady } from '../internal/locale.js';
import { stepBackOf, stepBackText } from './step-back.js';

describe('stepBackOf', () => {
  it('finds the county’s step back where the report stands after it, and says it on the day in China', async () => {
    await stringsReady('en');
    const back = stepBackOf([
      { to: 'submitted', at: '2025-01-20T02:00:00Z', reason: null, action: 'submit' },
      { to: 'filed', at: '2025-02-01T02:00:00Z', reason: null, action: 'file' },
      { to: 'published', at: '2025-02-10T02:00:00Z', reason: null, action: 'publish' },
      // 17:30 in Greenwich is half past one on the next day in China.
      { to: 'filed', at: '2025-03-01T17:30:00Z', reason: '公开的版本有误。', action: 'unpublish' },
    ]);
    expect(back).toEqual({ action: 'unpublish', at: '2025-03-01T17:30:00Z', reason: '公开的版本有误。' });
    expect(back && stepBackText('zh-CN', back)).toBe('县里已撤销公开（2025年3月2日），原因：公开的版本有误。');
    // Beside a status that says that day already, the day is not said again.
    expect(back && stepBackText('zh-CN', back, '2025年3月2日')).toBe('县里撤销了公开，原因：公开的版本有误。');
    expect(back && stepBackText('zh-CN', back, '2025年3月5日')).toBe(
      '县里已撤销公开（2025年3月2日），原因：公开的版本有误。',
    );
    expect(back && stepBackText('en', back)).toBe('The county unpublished it on 2025-03-02. Reason: 公开的版本有误.');
  });

  it('reads an older server’s states, and finds nothing once the report moved on or where no reason was given', () => {
    const returned = [
      { to: 'submitted', at: '2025-01-20T02:00:00Z', reason: null },
      { to: 'returned', at: '2025-01-22T02:00:00Z', reason: '请补充数据来源' },
    ] as const;
    expect(stepBackOf(returned)?.action).toBe('return');
    expect(
      stepBackOf([
        { to: 'published', at: '2025-02-10T02:00:00Z', reason: null },
        { to: 'filed', at: '2025-03-01T02:00:00Z', reason: '有误' },
      ])?.action,
    ).toBe('unpublish');
    expect(stepBackOf([...returned, { to: 'submitted', at: '2025-01-25T02:00:00Z', reason: null }])).toBeUndefined();
    expect(stepBackOf([{ to: 'filed', at: '2025-03-01T02:00:00Z', reason: '备案', action: 'file' }])).toBeUndefined();
    expect(stepBackOf([{ to: 'returned', at: '2025-03-01T02:00:00Z', reason: ' ', action: 'return' }])).toBeUndefined();
  });
});
