/// <reference types="@vitest/browser-playwright" />
import { validateReport, type Report } from '@law-report/core/model';
import { makeReport } from '@law-report/core/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import './define.js';
import type { LawReportFormElement } from './law-report-form.js';

// A town clerk's trial: the county returned a report for a missing 其他需要报告的情况. The clerk had
// pressed 添加章节 and titled the section so, but it kept the new section's kind (举措和成效), and
// nothing said why it still counted as missing.

async function mount(report: Report): Promise<LawReportFormElement> {
  const element = document.createElement('law-report-form');
  element.report = report;
  document.body.append(element);
  await element.updateComplete;
  return element;
}

// A report with the four required contents and no 其他需要报告的情况.
function withoutOther(): Report {
  const report = makeReport();
  report.sections = report.sections.filter((section) => section.kind !== 'other');
  return report;
}

const control = <T extends HTMLElement>(element: LawReportFormElement, id: string) =>
  element.shadowRoot?.querySelector<T>(`#${id}`) as T;

// Adds a top-level section; its title and kind controls.
async function addSection(element: LawReportFormElement) {
  await userEvent.click(page.getByRole('button', { name: '添加章节', exact: true }));
  await element.updateComplete;
  const at = element.value.sections.length - 1;
  return {
    at,
    title: control<HTMLInputElement>(element, `f-sections-${at}-title`),
    kind: control<HTMLSelectElement>(element, `f-sections-${at}-kind`),
  };
}

const announced = (element: LawReportFormElement) => element.shadowRoot?.querySelector('#announce')?.textContent ?? '';

afterEach(() => {
  document.body.replaceChildren();
  localStorage.clear();
});

describe('<law-report-form>: a section added in the form takes its kind from its title', () => {
  it('makes a section titled 其他需要报告的情况 that content, shows and says so, and the checks find it', async () => {
    const element = await mount(withoutOther());
    const { at, title, kind } = await addSection(element);
    await userEvent.fill(title, '其他需要报告的情况');
    await userEvent.fill(control(element, `f-sections-${at}-paragraphs`), '无其他需要报告的情况。');
    // The reading of titles loads when the section is added: the kind follows once it is there.
    await expect.poll(() => element.value.sections[at]?.kind).toBe('other');
    await element.updateComplete;
    // The select shows it, and a line under it says why and how to change it, tied to the select: the kind
    // named as the select shows it, in the form's quotes (a trial read 「其他需要报告的情况」 over 其他情况).
    expect(kind.value).toBe('other');
    expect(kind.selectedOptions[0]?.text).toBe('其他情况');
    const said = '已按标题把章节类型选为“其他情况”；如不对，请在“章节类型”里改选。';
    const note = control(element, `h-f-sections-${at}-kind`);
    expect(note.textContent).toBe(said);
    expect(kind.getAttribute('aria-describedby')).toContain(note.id);
    expect(announced(element)).toBe(said);
    expect(validateReport(element.value).issues.filter((issue) => issue.code === 'missing_section')).toEqual([]);
  });

  it('follows the title while the kind is not chosen: only a title naming a content changes it', async () => {
    const element = await mount(withoutOther());
    const { at, title } = await addSection(element);
    const kindFor = async (text: string, kind: string) => {
      await userEvent.fill(title, text);
      await expect.poll(() => [text, element.value.sections[at]?.kind]).toEqual([text, kind]);
    };
    await kindFor('存在的不足和原因', 'shortcomings');
    await kindFor('下一年度推进法治政府建设的主要安排', 'plans');
    await kindFor('2026年工作安排', 'plans');
    await kindFor('党政主要负责人履行推进法治建设第一责任人职责情况', 'duties');
    // A thematic title is one more part of the measures, as the section was added.
    await kindFor('解决群众反映的突出问题', 'measures');
    await kindFor('其他需要报告的情况', 'other');
    await kindFor('', 'measures');
    // A sub-section starts as its section's kind and goes back to it.
    await userEvent.click(page.getByRole('button', { name: `在“（未命名章节）”下添加下级章节` }));
    await element.updateComplete;
    const sub = control<HTMLInputElement>(element, `f-sections-${at}-sections-0-title`);
    await userEvent.fill(sub, '其他需要报告的情况');
    await expect.poll(() => element.value.sections[at]?.sections[0]?.kind).toBe('other');
    await userEvent.fill(sub, '推进严格规范公正文明执法');
    await expect.poll(() => element.value.sections[at]?.sections[0]?.kind).toBe('measures');
  });

  it('never changes a kind chosen by hand, nor the kind of a section the form was given', async () => {
    const element = await mount(withoutOther());
    const { at, title, kind } = await addSection(element);
    // The title's reading is at work (its kind followed the title)…
    await userEvent.fill(title, '存在的不足和原因');
    await expect.poll(() => element.value.sections[at]?.kind).toBe('shortcomings');
    // …until the clerk chooses a kind.
    await userEvent.selectOptions(kind, 'plans');
    await userEvent.fill(title, '其他需要报告的情况');
    await element.updateComplete;
    expect(element.value.sections[at]?.kind).toBe('plans');
    expect(kind.value).toBe('plans');
    expect(control(element, `h-f-sections-${at}-kind`)).toBeNull();
    // The report's own sections keep the kinds they came with.
    await userEvent.fill(control(element, 'f-sections-1-title'), '其他需要报告的情况');
    expect(element.value.sections[1]?.kind).toBe('measures');
  });
});
