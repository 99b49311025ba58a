import { afterEach, describe, expect, it } from 'vitest';
import formHtml from './form.html?raw';
import dashboardHtml from './index.html?raw';
import { onLocale } from './locale.js';
import { formHeading, isPortalStringKey, portalStrings, type PortalLocale } from './portal-strings.js';
import summaryHtml from './summary.html?raw';
import reviewHtml from './review.html?raw';
import yearsHtml from './years.html?raw';

const pages = {
  'index.html': dashboardHtml,
  'form.html': formHtml,
  'summary.html': summaryHtml,
  'review.html': reviewHtml,
  'years.html': yearsHtml,
};
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

// What a person reads of a page before its script runs: its title, its text, its labels. The
// picker's two language names are each written in their own language.
function readable(document: Document): string {
  const texts = [document.title];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.closest('script, option')) continue;
    texts.push(node.textContent ?? '');
  }
  for (const element of document.querySelectorAll('[aria-label]')) texts.push(element.getAttribute('aria-label') ?? '');
  return texts.join('\n');
}

afterEach(() => {
  document.body.replaceChildren();
  localStorage.clear();
});

describe('the portal pages', () => {
  for (const [name, html] of Object.entries(pages)) {
    it(`${name} is in Chinese as written, with no English mixed in`, () => {
      expect(readable(parse(html))).not.toMatch(/[A-Za-z]/);
    });

    it(`${name} marks its text with keys of the table, the markup saying what the table says in Chinese`, () => {
      const page = parse(html);
      const marked = [...page.querySelectorAll<HTMLElement>('[data-text], [data-label]')];
      expect(marked.length).toBeGreaterThan(5);
      for (const element of marked) {
        const textKey = element.dataset['text'];
        const labelKey = element.dataset['label'];
        if (textKey !== undefined) {
          expect(isPortalStringKey(textKey), textKey).toBe(true);
          if (isPortalStringKey(textKey)) expect(element.textContent).toBe(portalStrings['zh-CN'][textKey]);
        }
        if (labelKey !== undefined) {
          expect(isPortalStringKey(labelKey), labelKey).toBe(true);
          if (isPortalStringKey(labelKey))
            expect(element.getAttribute('aria-label')).toBe(portalStrings['zh-CN'][labelKey]);
        }
      }
    });
  }
});

describe('the pages that show the example’s own reports', () => {
  for (const [name, html, source] of [
    ['summary.html', summaryHtml, /北留镇不是青川县的单位/],
    ['years.html', yearsHtml, /报送日期和数字却和服务器上的不同/],
  ] as const) {
    it(`${name} says first, above its sample, that it is a sample, not the server’s, and links to where the county’s reports are`, () => {
      const page = parse(html);
      const main = page.querySelector('main');
      const notice = main?.querySelector('section.notice');
      // The notice comes right after the page's heading, before the sample and its controls.
      expect(main?.querySelector('h1')?.nextElementSibling).toBe(notice);
      expect(notice?.getAttribute('aria-labelledby')).toBe(notice?.querySelector('h2')?.id);
      expect(notice?.querySelector('h2')?.textContent).toBe('这一页显示的是示例报告，不是服务器收到的报告');
      expect(notice?.textContent).toMatch(source);
      expect(
        [...(notice?.querySelectorAll('a') ?? [])].map((link) => [link.getAttribute('href'), link.textContent]),
      ).toEqual([
        ['/review.html', '“审核”页：逐份查看各单位报送的报告'],
        ['/', '“报送情况”页：全县的报送情况和汇总数字'],
      ]);
    });
  }
});

describe('portalStrings', () => {
  it('says everything in Chinese with no Latin letter, and in English with no Han character', () => {
    // A placeholder ({unit}: the name the server gives) is filled in, never shown.
    for (const text of Object.values(portalStrings['zh-CN']))
      expect(text.replace(/\{\w+\}/g, '')).not.toMatch(/[A-Za-z]/);
    for (const text of Object.values(portalStrings.en)) expect(text).not.toMatch(/\p{Script=Han}/u);
  });

  it('names the unit and the year in the form page’s heading, in phrases a line breaks between', () => {
    expect(formHeading('zh-CN', '柳林乡', 2023)).toEqual(['填报柳林乡2023年', '法治政府建设年度报告']);
    expect(formHeading('zh-CN', undefined, undefined)).toEqual(['填报法治政府建设年度报告']);
    expect(formHeading('zh-CN', undefined, 2024)).toEqual(['填报2024年', '法治政府建设年度报告']);
    expect(formHeading('en', '柳林乡', 2023)).toEqual(['File 柳林乡’s 2023 rule-of-law government report']);
    expect(formHeading('en', undefined, undefined)).toEqual([portalStrings.en.formHeadingPlain]);
  });
});

describe('the language picker', () => {
  it('rewrites the page’s own text and tells the page, Chinese until English is picked', () => {
    document.body.innerHTML = parse(formHtml).body.innerHTML;
    const heard: PortalLocale[] = [];
    onLocale((locale) => heard.push(locale));
    expect(heard).toEqual(['zh-CN']);
    const picker = document.querySelector<HTMLSelectElement>('#locale');
    if (!picker) throw new Error('form.html has no #locale');
    picker.value = 'en';
    picker.dispatchEvent(new Event('change'));
    expect(heard).toEqual(['zh-CN', 'en']);
    expect(document.documentElement.lang).toBe('en');
    expect(document.querySelector('nav')?.getAttribute('aria-label')).toBe('Sections');
    expect([...document.querySelectorAll('.steps li')].map((item) => item.textContent)).toEqual([
      'Fill in or import the report',
      'Check it',
      'Submit',
      'See the county’s review',
    ]);
    // Every marked piece of text is English now, and comes back in Chinese.
    const marked = () =>
      [...document.querySelectorAll('[data-text]')].map((element) => element.textContent ?? '').join('\n');
    expect(marked()).not.toMatch(/\p{Script=Han}/u);
    expect(localStorage.getItem('law-report-portal-locale')).toBe('en');
    picker.value = 'zh-CN';
    picker.dispatchEvent(new Event('change'));
    expect(marked()).not.toMatch(/[A-Za-z]/);
    expect(document.documentElement.lang).toBe('zh-CN');
  });
});
