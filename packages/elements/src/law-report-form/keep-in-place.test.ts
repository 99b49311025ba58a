import { afterEach, describe, expect, it } from 'vitest';
import { stringsOf } from '../internal/strings.js';
import './define.js';
import type { LawReportFormElement } from './law-report-form.js';

// The form at the top of a page longer than the screen, with a draft key another window can write to:
// its notice (另一个窗口…) is drawn above the fields, as the county's list and a draft's question are.
async function formAtTop(key: string): Promise<{ form: LawReportFormElement; root: ShadowRoot }> {
  localStorage.removeItem(key);
  const form = document.createElement('law-report-form');
  form.draftKey = key;
  const below = document.createElement('div');
  below.style.height = '3000px';
  document.body.append(form, below);
  await form.updateComplete;
  window.scrollTo(0, 0);
  return { form, root: form.shadowRoot as ShadowRoot };
}

async function anotherWindowWrites(form: LawReportFormElement, key: string): Promise<void> {
  dispatchEvent(new StorageEvent('storage', { key, newValue: '{}' }));
  await form.updateComplete;
}

afterEach(() => {
  document.body.replaceChildren();
  window.scrollTo(0, 0);
});

describe('<law-report-form> keeps the field a person is in where it is', () => {
  it('holds the focused title in place on the screen when a notice comes in above it at the top of the page', async () => {
    const { form, root } = await formAtTop('keep-in-place-focused');
    const title = root.querySelector<HTMLInputElement>('#f-title') as HTMLInputElement;
    title.focus();
    const before = title.getBoundingClientRect().top;
    await anotherWindowWrites(form, 'keep-in-place-focused');
    // The notice is above the field (so the field moved down the page)…
    expect(root.querySelector('.live .warning')?.textContent).toBe(stringsOf('zh-CN').form.otherTab);
    expect(window.scrollY).toBeGreaterThan(0);
    // …and the page moved with it: the field is where the person was typing.
    expect(Math.abs(title.getBoundingClientRect().top - before)).toBeLessThan(1);
    expect(root.activeElement).toBe(title);
  });

  it('leaves the page where it is when nothing in the form is focused: new content above shows', async () => {
    const { form } = await formAtTop('keep-in-place-unfocused');
    (document.activeElement as HTMLElement | null)?.blur();
    await anotherWindowWrites(form, 'keep-in-place-unfocused');
    expect(form.shadowRoot?.querySelector('.live .warning')?.textContent).toBe(stringsOf('zh-CN').form.otherTab);
    expect(window.scrollY).toBe(0);
  });
});
