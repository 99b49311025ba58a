import { makeReport } from '@law-report/core/testing';
import { render } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import type { ReviewedReport } from '../internal/review-client.js';
import { renderSteps, type StepsView } from './review-steps.js';

// The desk's steps for a report, as the county's reviewer sees them, drawn alone.
function drawn(report: unknown, actions: ReviewedReport['actions']): HTMLElement {
  const open: ReviewedReport = {
    id: 'r1',
    unit: '东城镇',
    year: 2025,
    status: 'submitted',
    version: 1,
    submittedOn: '2026-01-20',
    report,
    previous: undefined,
    compared: undefined,
    warnings: [],
    history: [],
    actions,
  };
  const view: StepsView = {
    locale: 'zh-CN',
    open,
    reasonMissing: undefined,
    confirmMissing: false,
    refused: undefined,
    busy: false,
    act: () => undefined,
    confirmed: () => undefined,
  };
  const host = document.createElement('div');
  document.body.append(host);
  render(renderSteps(view), host);
  return host;
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('renderSteps', () => {
  it('asks the reviewer to confirm 保密审查 at 备案 only where the unit did not mark it done, and always at 公开', () => {
    const box = (host: HTMLElement) => host.querySelector('input#confidentiality');
    expect(box(drawn(makeReport({ confidentialityReviewed: false }), ['return', 'file']))).not.toBeNull();
    expect(box(drawn(makeReport({ confidentialityReviewed: true }), ['return', 'file']))).toBeNull();
    expect(box(drawn(makeReport({ confidentialityReviewed: true }), ['return', 'publish']))).not.toBeNull();
  });
});
