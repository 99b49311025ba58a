import { defaultCatalog, type Profile, type Report } from '@law-report/core/model';
import { makeReport } from '@law-report/core/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { describe, expect, it } from 'vitest';
import { ChecksController } from './checks-controller.js';

// A host with what the controller asks of it, counting what it is told.
function setUp(report: Report, profile: Profile = 'submit') {
  const told = { ready: 0, updates: 0 };
  const host: ReactiveControllerHost = {
    addController: (_controller: ReactiveController) => {},
    removeController: () => {},
    requestUpdate: () => void told.updates++,
    updateComplete: Promise.resolve(true),
  };
  const checks = new ChecksController(host, {
    draft: () => report,
    profile: () => profile,
    locale: () => 'zh-CN',
    catalog: () => defaultCatalog,
    deadlines: () => undefined,
    ready: () => void told.ready++,
  });
  return { checks, told };
}

describe('ChecksController', () => {
  it('answers nothing until the checks are loaded, then tells the form once', async () => {
    const { checks, told } = setUp(makeReport({ title: '' }));
    expect(checks.loaded).toBe(false);
    expect(checks.now()).toBeUndefined();
    // Asked again while loading: still one load, one word to the form.
    expect(checks.now()).toBeUndefined();
    const result = await checks.run();
    expect(told).toEqual({ ready: 1, updates: 1 });
    expect(checks.loaded).toBe(true);
    expect(result?.issues.some((issue) => issue.path.join('.') === 'title')).toBe(true);
    expect(checks.now()?.ok).toBe(false);
  });

  it('checks by the form’s profile: a draft may keep an empty section that a submission may not', async () => {
    const full = makeReport();
    const report = {
      ...full,
      sections: full.sections.map((section) => ({ ...section, paragraphs: [], sections: [] })),
    };
    const draft = await setUp(report, 'draft').checks.run();
    const submit = await setUp(report, 'submit').checks.run();
    expect(draft?.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
    expect(submit?.issues.some((issue) => issue.code === 'empty_section' && issue.severity === 'error')).toBe(true);
  });

  it('shows a field’s error once it was changed and left, and nothing of it for the next report in the form', async () => {
    const { checks } = setUp(makeReport({ title: '' }));
    await checks.run();
    checks.leave(['title']);
    expect(checks.errorAt(['title'])).toBeUndefined();
    checks.edited(['title']);
    checks.leave(['title']);
    expect(checks.errorAt(['title'])?.code).toBe('required');
    checks.reset();
    checks.recheck();
    expect(checks.errorAt(['title'])).toBeUndefined();
  });

  it('lists what the last 提交 found, a line mended since said mended in its place, one found since after them', async () => {
    const report: { -readonly [K in keyof Report]: Report[K] } = makeReport({ title: '', issuer: '' });
    const { checks } = setUp(report);
    const found = await checks.run();
    checks.show(found?.issues ?? []);
    const lines = () =>
      checks.listed('error').map(({ issue, fixed }) => `${issue.path.join('.')}${fixed ? ' fixed' : ''}`);
    expect(lines()).toEqual(['title', 'issuer']);
    report.title = '示例镇2023年法治政府建设工作情况的报告';
    report.issuedOn = '';
    checks.edited(['title']);
    checks.leave(['title']);
    checks.edited(['issuedOn']);
    checks.leave(['issuedOn']);
    expect(lines()).toEqual(['title fixed', 'issuer', 'issuedOn']);
    // The words are the checks' of now; the next 提交 lists only what is wrong then.
    checks.show(checks.issues);
    expect(lines()).toEqual(['issuer', 'issuedOn']);
    checks.reset();
    expect(checks.listed('error')).toEqual([]);
  });

  it('says nothing mended after the structure changed: a listed path may name another row now', async () => {
    const report: { -readonly [K in keyof Report]: Report[K] } = makeReport({ title: '', issuer: '' });
    const { checks } = setUp(report);
    const found = await checks.run();
    checks.show(found?.issues ?? []);
    report.title = '示例镇2023年法治政府建设工作情况的报告';
    checks.edited(['title']);
    checks.leave(['title']);
    const lines = () =>
      checks.listed('error').map(({ issue, fixed }) => `${issue.path.join('.')}${fixed ? ' fixed' : ''}`);
    expect(lines()).toEqual(['title fixed', 'issuer']);
    // A figure deleted or a section moved: what was listed by its path is not said mended, only what is found.
    checks.restructured();
    expect(lines()).toEqual(['issuer']);
  });
});
