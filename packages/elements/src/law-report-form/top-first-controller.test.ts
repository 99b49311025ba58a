import { beiliuReport } from '@law-report/core/testing';
import { afterEach, describe, expect, it } from 'vitest';
import './define.js';
import type { LawReportFormElement } from './law-report-form.js';

afterEach(() => {
  document.body.replaceChildren();
});

// Microtasks only: Lit's first update runs in them, a frame and a task after it cannot.
async function firstRender(element: LawReportFormElement): Promise<void> {
  for (let turn = 0; turn < 20 && !element.hasUpdated; turn++) await Promise.resolve();
  for (let turn = 0; turn < 5; turn++) await Promise.resolve();
}

describe('<law-report-form> drawn top first', () => {
  it('draws the report’s own fields in its first render and the sections after the first paint, and updateComplete waits for them', async () => {
    const element = document.createElement('law-report-form');
    element.report = beiliuReport();
    document.body.append(element);
    await firstRender(element);
    const root = element.shadowRoot as ShadowRoot;
    expect(element.hasUpdated).toBe(true);
    expect(root.querySelector<HTMLInputElement>('#f-title')?.value).toBe(beiliuReport().title);
    expect(root.querySelectorAll('fieldset.section')).toHaveLength(0);
    expect(root.querySelector('button[type="submit"]')).toBeNull();
    await element.updateComplete;
    expect(root.querySelectorAll('fieldset.section').length).toBeGreaterThan(0);
    expect(root.querySelector('button[type="submit"]')).not.toBeNull();
  });

  it('keeps the fields of the first render when the rest comes: a clerk who started typing keeps the field, its text and focus', async () => {
    const element = document.createElement('law-report-form');
    document.body.append(element);
    await firstRender(element);
    const root = element.shadowRoot as ShadowRoot;
    const title = root.querySelector<HTMLInputElement>('#f-title') as HTMLInputElement;
    title.focus();
    title.value = '柳林乡2024年';
    title.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await element.updateComplete;
    expect(root.querySelector('button[type="submit"]')).not.toBeNull();
    expect(root.querySelector('#f-title')).toBe(title);
    expect(root.activeElement).toBe(title);
    expect(title.value).toBe('柳林乡2024年');
    expect(element.value.title).toBe('柳林乡2024年');
  });

  it('draws everything in one update once the first paint is past: a report set later shows its sections at once', async () => {
    const element = document.createElement('law-report-form');
    document.body.append(element);
    await element.updateComplete;
    element.report = beiliuReport();
    for (let turn = 0; turn < 10; turn++) await Promise.resolve();
    expect((element.shadowRoot as ShadowRoot).querySelectorAll('fieldset.section').length).toBeGreaterThan(0);
  });
});
