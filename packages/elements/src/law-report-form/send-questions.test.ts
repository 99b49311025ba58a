import { formatMessage } from '@law-report/core/model';
import { describe, expect, it } from 'vitest';
import type { UnitReport } from '../internal/unit-client.js';
import { stringsOf } from '../internal/strings.js';
import type { Returned } from './county-notes.js';
import { SendQuestions } from './send-questions.js';

// What 提交 weighs before sending, without a server: the records are what the county's list would say.
const m = stringsOf('zh-CN').form;
const record = (status: UnitReport['status'], version: number, id = 'r1'): UnitReport => ({
  id,
  year: 2024,
  status,
  version,
  updatedAt: '2025-01-20T02:32:00.000Z',
  publishedOn: null,
});
const returnedAs = (version: number, id = 'r1'): Returned => ({ id, year: 2024, version, reason: '数据有误。' });

describe('SendQuestions', () => {
  it('does not send the county’s version unchanged again, and says which version the county has', () => {
    const questions = new SendQuestions();
    questions.remember('{"a":1}', 3);
    expect(questions.unchanged('{"a":1}', 2024, undefined, 'zh-CN')).toEqual({
      ok: false,
      text: formatMessage(m.unchanged, { version: 3 }),
    });
    expect(questions.sends('{"a":1}', 2024, record('submitted', 3), undefined)).toBe(false);
    // Changed, it goes.
    expect(questions.unchanged('{"a":2}', 2024, undefined, 'zh-CN')).toBeUndefined();
    expect(questions.sends('{"a":2}', 2024, record('submitted', 3), undefined)).toBe(true);
  });

  it('says once that the returned version goes back as it came, then lets the next 提交 send it', () => {
    const questions = new SendQuestions();
    questions.remember('{"a":1}', 2);
    const first = questions.unchanged('{"a":1}', 2024, returnedAs(2), 'zh-CN');
    expect(first).toEqual({
      ok: false,
      text: formatMessage(m.returnedUnchanged, { version: 2, reason: '数据有误' }),
    });
    expect(questions.unchanged('{"a":1}', 2024, returnedAs(2), 'zh-CN')).toBeUndefined();
    expect(questions.sends('{"a":1}', 2024, record('returned', 2), returnedAs(2))).toBe(true);
    // A return of another year is not this year's.
    expect(new SendQuestions().unchanged('{"a":1}', 2023, returnedAs(2), 'zh-CN')).toBeUndefined();
  });

  it('never sends a year the county has filed or published', () => {
    const questions = new SendQuestions();
    expect(questions.sends('{"a":1}', 2024, record('filed', 1), undefined)).toBe(false);
    expect(questions.sends('{"a":1}', 2024, record('published', 4), undefined)).toBe(false);
  });

  it('asks before a new version over a version the form did not hold, once per agreement', () => {
    const questions = new SendQuestions();
    const held = record('submitted', 2);
    expect(questions.ask(held, undefined, false)).toBe(held);
    expect(questions.asking).toBe(held);
    questions.agree(held);
    expect(questions.ask(held, undefined, false)).toBeUndefined();
    expect(questions.asking).toBeUndefined();
    // The agreement was for one 提交.
    expect(questions.ask(held, undefined, false)).toBe(held);
    // Agreed to version 2, a colleague's version 3 since is asked about again.
    questions.agree(held);
    expect(questions.ask(record('submitted', 3), undefined, false)).toMatchObject({ version: 3 });
  });

  it('does not ask when the form holds the latest version, nor when nothing is held', () => {
    const questions = new SendQuestions();
    expect(questions.ask(record('submitted', 2), undefined, true)).toBeUndefined();
    expect(questions.ask(undefined, undefined, false)).toBeUndefined();
  });

  it('sends a correction over the version returned as the form was told, and asks over one returned since', () => {
    const questions = new SendQuestions();
    expect(questions.ask(record('returned', 2), returnedAs(2), false)).toBeUndefined();
    expect(questions.ask(record('returned', 3), returnedAs(2), false)).toMatchObject({ version: 3 });
    expect(questions.ask(record('returned', 2, 'r2'), returnedAs(2), false)).toMatchObject({ id: 'r2' });
  });

  it('forgets the question and the agreement on 取消', () => {
    const questions = new SendQuestions();
    const held = record('submitted', 2);
    questions.ask(held, undefined, false);
    questions.agree(held);
    questions.settle();
    expect(questions.asking).toBeUndefined();
    expect(questions.ask(held, undefined, false)).toBe(held);
  });
});
