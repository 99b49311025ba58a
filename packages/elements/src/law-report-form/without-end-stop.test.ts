import { describe, expect, it } from 'vitest';
import { withoutEndStop } from './without-end-stop.js';

describe('withoutEndStop', () => {
  it('drops the closing stop a reason was typed with, so a sentence that closes it is never …。。', () => {
    expect(withoutEndStop('请补充数据来源。')).toBe('请补充数据来源');
    expect(withoutEndStop('请核对第二部分！ ')).toBe('请核对第二部分');
    expect(withoutEndStop('请补充数据来源？！。\u3000\n')).toBe('请补充数据来源');
    expect(withoutEndStop('请补充数据来源')).toBe('请补充数据来源');
    expect(withoutEndStop('。。')).toBe('');
  });

  it('keeps stops inside the reason, and a long run of them followed by text whole', () => {
    expect(withoutEndStop('第一处。第二处')).toBe('第一处。第二处');
    const hostile = `${'。 '.repeat(50_000)}x`;
    expect(withoutEndStop(hostile)).toBe(hostile);
  });
});
