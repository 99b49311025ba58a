import type { Report } from '@law-report/core/model';
import { makeMetric, makeReport } from '@law-report/core/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DraftController } from './draft-controller.js';

// A host as Lit would be to the controller: it connects and disconnects it, and counts the
// updates it is asked for. The page is what the source hands over: the report, the field.
function setUp(key: string | undefined, report: Report = makeReport(), focus = 'f-title', pending?: unknown) {
  const controllers: ReactiveController[] = [];
  const told = { updates: 0 };
  const host: ReactiveControllerHost = {
    addController: (controller) => void controllers.push(controller),
    removeController: () => {},
    requestUpdate: () => void told.updates++,
    updateComplete: Promise.resolve(true),
  };
  const page = { report, focus, pending };
  const drafts = new DraftController(host, {
    key: () => key,
    snapshot: () => ({
      report: page.report,
      focus: page.focus,
      ...(page.pending === undefined ? {} : { pending: page.pending }),
    }),
  });
  return {
    drafts,
    page,
    told,
    connect: () => controllers.forEach((controller) => controller.hostConnected?.()),
    disconnect: () => controllers.forEach((controller) => controller.hostDisconnected?.()),
  };
}

const stored = (key: string): unknown => JSON.parse(localStorage.getItem(key) ?? 'null');

// A storage that refuses writes, as a full quota or a blocked site does.
const refuseWrites = () =>
  vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  });

const reportOf = (town: string) =>
  makeReport({
    title: `${town}2023年法治政府建设工作情况的报告`,
    unit: { name: town, level: 'town' },
    issuer: `${town}人民政府`,
    metrics: [makeMetric('disputes.handled', 36, { label: '排查矛盾纠纷', unit: '起' })],
  });

let disconnect: (() => void) | undefined;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  vi.setSystemTime(new Date('2024-01-15T02:30:00.000Z'));
});

afterEach(() => {
  disconnect?.();
  disconnect = undefined;
  vi.restoreAllMocks();
  vi.useRealTimers();
  localStorage.clear();
});

describe('DraftController', () => {
  it('saves the report and the field the person was in under the key, half a second after a change', () => {
    const report = reportOf('青石镇');
    const { drafts } = setUp('qingshi-2023', report, 'f-issuer');
    drafts.changed();
    vi.advanceTimersByTime(499);
    expect(localStorage.getItem('qingshi-2023')).toBeNull();
    vi.advanceTimersByTime(1);
    expect(stored('qingshi-2023')).toEqual({ report, focus: 'f-issuer', at: '2024-01-15T02:30:00.500Z', scroll: 0 });
  });

  it('saves once for a burst of changes, with the report as it is at the last one', () => {
    const { drafts, page } = setUp('burst');
    const setItem = vi.spyOn(Storage.prototype, 'setItem');
    drafts.changed();
    vi.advanceTimersByTime(300);
    page.report = reportOf('东坡镇');
    drafts.changed();
    vi.advanceTimersByTime(300);
    expect(setItem).not.toHaveBeenCalled();
    vi.advanceTimersByTime(200);
    expect(setItem).toHaveBeenCalledTimes(1);
    expect(stored('burst')).toMatchObject({ report: page.report });
  });

  it('saves nothing in a form without a draft key', () => {
    const { drafts } = setUp(undefined);
    const setItem = vi.spyOn(Storage.prototype, 'setItem');
    drafts.changed();
    vi.advanceTimersByTime(1000);
    drafts.saveNow();
    expect(setItem).not.toHaveBeenCalled();
    expect(localStorage.length).toBe(0);
  });

  it('offers the draft back after a reload: a new controller on the same key finds the report, the time and the field', () => {
    const report = reportOf('北留镇');
    const before = setUp('beiliu-draft', report, 'f-sections-1-paragraphs-0', { figures: [{ index: 0 }], guesses: {} });
    before.drafts.changed();
    vi.advanceTimersByTime(500);

    vi.setSystemTime(new Date('2024-01-16T08:00:00.000Z'));
    const after = setUp('beiliu-draft');
    expect(after.drafts.saved).toBeUndefined();
    after.drafts.load();
    expect(after.told.updates).toBe(1);
    expect(after.drafts.saved).toEqual({
      report,
      at: '2024-01-15T02:30:00.500Z',
      focus: 'f-sections-1-paragraphs-0',
      scroll: 0,
      pending: { figures: [{ index: 0 }], guesses: {} },
    });
    // Taken back once: the offer is gone.
    expect(after.drafts.take()?.report.unit.name).toBe('北留镇');
    expect(after.drafts.saved).toBeUndefined();
  });

  it('offers nothing that was saved under another key', () => {
    const other = setUp('unit-a');
    other.drafts.changed();
    vi.advanceTimersByTime(500);
    const mine = setUp('unit-b');
    mine.drafts.load();
    expect(mine.drafts.saved).toBeUndefined();
  });

  it('saves what changed when the page is hidden, without waiting, and nothing when nothing changed', () => {
    const { drafts, page, connect, disconnect: leave } = setUp('leaving', reportOf('南关镇'));
    connect();
    disconnect = leave;
    const setItem = vi.spyOn(Storage.prototype, 'setItem');
    dispatchEvent(new Event('pagehide'));
    expect(setItem).not.toHaveBeenCalled();
    drafts.changed();
    dispatchEvent(new Event('pagehide'));
    expect(stored('leaving')).toMatchObject({ report: page.report });
    // The half-second save that was coming does not write it again.
    vi.advanceTimersByTime(500);
    expect(setItem).toHaveBeenCalledTimes(1);
  });

  it('saves what changed when the form leaves the page', () => {
    const { drafts, page, connect, disconnect: leave } = setUp('removed', reportOf('西街镇'));
    connect();
    drafts.changed();
    leave();
    expect(stored('removed')).toMatchObject({ report: page.report });
  });

  it('sets failed and keeps what was typed when storage refuses (full or blocked), and saves it once storage takes it again', () => {
    const old = reportOf('旧城镇');
    const typed = reportOf('新城镇');
    const { drafts, page, told } = setUp('full', old);
    drafts.changed();
    vi.advanceTimersByTime(500);
    page.report = typed;
    const refused = refuseWrites();
    drafts.changed();
    vi.advanceTimersByTime(500);
    expect(drafts.failed).toBe(true);
    expect(told.updates).toBe(1);
    // The earlier draft is still there, and the page still holds what was typed.
    expect(stored('full')).toMatchObject({ report: old });
    expect(page.report).toBe(typed);

    refused.mockRestore();
    // No new change: leaving the page still saves what the refused save held.
    drafts.saveNow();
    expect(drafts.failed).toBe(false);
    expect(told.updates).toBe(2);
    expect(stored('full')).toMatchObject({ report: typed });
  });

  it('offers nothing, and does not throw, where storage cannot be read', () => {
    localStorage.setItem(
      'blocked',
      JSON.stringify({ report: makeReport(), at: '2024-01-01T00:00:00.000Z', focus: '', scroll: 0 }),
    );
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('Access is denied for this document.', 'SecurityError');
    });
    const { drafts } = setUp('blocked');
    expect(() => drafts.load()).not.toThrow();
    expect(drafts.saved).toBeUndefined();
  });

  it('notices another tab saving a draft under the same key, and nothing else', () => {
    const { drafts, told, connect, disconnect: leave } = setUp('shared');
    connect();
    disconnect = leave;
    dispatchEvent(new StorageEvent('storage', { key: 'other-unit', newValue: '{}' }));
    // Another tab clearing the draft (sent, or discarded) is no conflict.
    dispatchEvent(new StorageEvent('storage', { key: 'shared', newValue: null }));
    expect(drafts.otherWindow).toBe(false);
    expect(told.updates).toBe(0);
    dispatchEvent(
      new StorageEvent('storage', {
        key: 'shared',
        newValue: JSON.stringify({ report: makeReport(), at: new Date().toISOString() }),
      }),
    );
    expect(drafts.otherWindow).toBe(true);
    expect(told.updates).toBe(1);
  });

  it('stops listening to other tabs once the form has left the page', () => {
    const { drafts, connect, disconnect: leave } = setUp('gone');
    connect();
    leave();
    dispatchEvent(new StorageEvent('storage', { key: 'gone', newValue: '{}' }));
    expect(drafts.otherWindow).toBe(false);
  });

  it('forgets the draft after a submission: nothing is offered after a reload, and a save that was coming never happens', () => {
    const { drafts, connect, disconnect: leave } = setUp('sent', reportOf('北留镇'));
    connect();
    disconnect = leave;
    drafts.changed();
    vi.advanceTimersByTime(500);
    drafts.load();
    expect(drafts.saved).toBeDefined();
    drafts.changed();
    drafts.clear();
    expect(drafts.saved).toBeUndefined();
    vi.advanceTimersByTime(1000);
    dispatchEvent(new Event('pagehide'));
    expect(localStorage.getItem('sent')).toBeNull();
    const reloaded = setUp('sent');
    reloaded.drafts.load();
    expect(reloaded.drafts.saved).toBeUndefined();
    // The next change is a draft again.
    drafts.changed();
    vi.advanceTimersByTime(500);
    expect(localStorage.getItem('sent')).not.toBeNull();
  });

  it('keeps after a submission a draft it offered that is not what was sent, and offers it after a reload', () => {
    localStorage.setItem('other', JSON.stringify({ report: reportOf('东城镇'), at: '2024-01-10T01:00:00.000Z' }));
    const { drafts, connect, disconnect: leave } = setUp('other', reportOf('北留镇'));
    connect();
    disconnect = leave;
    drafts.load();
    drafts.changed();
    vi.advanceTimersByTime(500);
    // Saved with what the form holds, the offered draft beside it.
    expect(stored('other')).toMatchObject({
      report: { issuer: '北留镇人民政府' },
      kept: [{ report: { issuer: '东城镇人民政府' } }],
    });
    drafts.clear();
    const reloaded = setUp('other');
    reloaded.drafts.load();
    expect(reloaded.drafts.offered.map((draft) => draft.report.issuer)).toEqual(['东城镇人民政府']);
  });

  it('ignores what is under the key when it is not a saved draft', () => {
    const { drafts } = setUp('odd');
    for (const raw of [
      '{"report":',
      'null',
      '"草稿"',
      '[]',
      JSON.stringify({ report: makeReport() }),
      JSON.stringify({ report: null, at: '2024-01-15T02:30:00.000Z' }),
      JSON.stringify({ report: '报告', at: '2024-01-15T02:30:00.000Z' }),
    ]) {
      localStorage.setItem('odd', raw);
      drafts.load();
      expect(drafts.saved, raw).toBeUndefined();
    }
  });

  it('offers a half-written saved report as a draft the form can show', () => {
    localStorage.setItem(
      'partial',
      JSON.stringify({ report: { title: '半成品' }, at: '2024-01-15T02:30:00.000Z', focus: 7 }),
    );
    const { drafts } = setUp('partial');
    drafts.load();
    expect(drafts.saved?.report).toMatchObject({
      title: '半成品',
      unit: { name: '', level: 'town' },
      sections: [],
      metrics: [],
    });
    expect(drafts.saved?.focus).toBe('');
    expect(drafts.saved?.scroll).toBe(0);
    expect(drafts.saved).not.toHaveProperty('pending');
  });
});
