import { beiliuReport } from '@law-report/core/testing';
import { describe, expect, it } from 'vitest';
import '../define.js';
import type { LawReportFormElement } from '../law-report-form/law-report-form.js';
import { stringsOf } from './strings.js';

// This file's module graph is its own (each test file runs in a fresh page), so the English
// strings of the screens are not loaded yet when it starts: the first test sees the wait.
describe('the strings of the elements’ screens', () => {
  it('renders an element shown in English in English from its first update, the strings fetched on the way', async () => {
    // Before any element asks, the screens stand in Chinese (never blank).
    expect(stringsOf('en').form.addSection).toBe(stringsOf('zh-CN').form.addSection);
    const form = document.createElement('law-report-form') as LawReportFormElement;
    form.setAttribute('locale', 'en');
    form.report = beiliuReport();
    document.body.append(form);
    await form.updateComplete;
    const buttons = [...(form.shadowRoot?.querySelectorAll('button') ?? [])].map((button) =>
      button.textContent?.trim(),
    );
    expect(buttons).toContain('Add a section');
    expect(buttons).not.toContain('添加章节');
    expect(stringsOf('en').form.addSection).toBe('Add a section');
    form.remove();
  });

  it('keeps core’s strings (labels, issue wording) in both locales at once', () => {
    expect(stringsOf('en').fields.title).toBe('Report title');
    expect(stringsOf('zh-CN').fields.title).toBe('报告标题');
    expect(stringsOf('zh-CN').dashboard.offline).toContain('服务器');
  });
});
