import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { beiliuReport, makeReport } from '../testing/index.js';
import { parseReport as parseInBrowser } from '../schema/report-parser.browser.js';
import { validateReport } from './validate-report.js';

const now = new Date('2026-01-01');

describe('validateReport', () => {
  it('passes the 北留镇 report under submit, warning only that 其他 is absent', () => {
    const result = validateReport(beiliuReport(), { profile: 'submit', now });
    expect(result.ok).toBe(true);
    expect(result.issues.map((i) => [i.code, i.severity])).toEqual([['missing_section', 'warning']]);
    expect(result.report?.unit.name).toBe('北留镇');
  });

  it('never throws, whatever JSON it is given', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = validateReport(value);
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 500 },
    );
  });

  it('refuses sections nested past any real report with one issue, even 100,000 deep, where recursion would overflow', () => {
    const nested = (depth: number) => {
      // Built as JSON text, as a hostile file would be: no recursion here either.
      let json = '[]';
      for (let i = depth; i >= 1; i--)
        json = `[{"id":"s${i}","kind":"measures","title":"第${i}层","paragraphs":[],"sections":${json}}]`;
      return { ...makeReport(), sections: JSON.parse(json) as unknown };
    };
    expect(validateReport(nested(32), { profile: 'draft' }).issues).toEqual([]);
    for (const depth of [33, 100_000]) {
      const result = validateReport(nested(depth), { locale: 'en' });
      expect(result.ok).toBe(false);
      expect(result.issues.map((issue) => [issue.code, issue.path.length, issue.message])).toEqual([
        [
          'sections_too_deep',
          65,
          'Sections are nested more than 32 levels deep: this is not a real report and was refused; check the file.',
        ],
      ]);
    }
    // The browser's parser refuses it the same way.
    expect(parseInBrowser(nested(100_000))).toMatchObject({
      success: false,
      error: { issues: [{ code: 'custom', params: { maxSectionDepth: 32 } }] },
    });
  });

  it('refuses extension data nested past 64 levels, which the schema leaves open but JSON.stringify cannot follow', () => {
    const nestedJson = (depth: number) => JSON.parse(`${'['.repeat(depth)}1${']'.repeat(depth)}`) as unknown;
    expect(validateReport({ ...makeReport(), extensions: { jincheng: nestedJson(64) } }, { profile: 'draft' }).ok).toBe(
      true,
    );
    for (const depth of [65, 200_000]) {
      const result = validateReport(
        { ...makeReport(), extensions: { jincheng: { a: nestedJson(depth) } } },
        { locale: 'en' },
      );
      expect(result.issues.map((issue) => [issue.code, issue.path.join('.'), issue.message])).toEqual([
        [
          'extension_too_deep',
          'extensions.jincheng',
          'The extension data “jincheng” is nested more than 64 levels deep; the report is refused. Check the file.',
        ],
      ]);
    }
    expect(parseInBrowser({ ...makeReport(), extensions: { jincheng: nestedJson(200_000) } })).toMatchObject({
      success: false,
      error: { issues: [{ params: { maxExtensionDepth: 64 } }] },
    });
  });

  it('never throws on reports with random field values', () => {
    const base = makeReport();
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...Object.keys(base)), fc.anything()), (patch) => {
        expect(() => validateReport({ ...base, ...patch })).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });

  it('names missing and mistyped fields in Chinese, or in English when asked', () => {
    const result = validateReport({ ...makeReport(), issuer: undefined, year: '2023' });
    expect(result.ok).toBe(false);
    expect(result.report).toBeUndefined();
    expect(result.issues.map((i) => [i.code, i.path.join('.'), i.message])).toEqual([
      ['invalid_type', 'year', '报告年度应为数字。'],
      ['required', 'issuer', '请填写落款单位。'],
    ]);
    const en = validateReport({ ...makeReport(), issuer: undefined }, { locale: 'en' });
    expect(en.issues[0]?.message).toBe('Please fill in the issuing body.');
    expect(en.issues[0]?.messages['zh-CN']).toBe('请填写落款单位。');
  });

  it('says every problem of the text at once, even when other fields fail their shape (not in rounds)', () => {
    const report = makeReport();
    const sections = report.sections.map((section) =>
      section.kind === 'duties' ? { ...section, paragraphs: [''] } : section,
    );
    const result = validateReport({ ...report, issuedOn: '', sections }, { now });
    expect(result.ok).toBe(false);
    expect(result.report).toBeUndefined();
    const codes = result.issues.map((issue) => [issue.code, issue.path.slice(0, 1).join('.')]);
    expect(codes).toContainEqual(['required', 'issuedOn']);
    expect(codes).toContainEqual(['empty_section', 'sections']);
    // Nothing is said of the fields stood in for the text's rules, and drafts stay type checks only.
    const stoodIn = validateReport({ ...report, title: 7, unit: { name: 'XX镇' }, sections }, { now });
    expect(stoodIn.issues.filter((issue) => issue.code === 'placeholder_text')).toEqual([]);
    expect(stoodIn.issues.some((issue) => issue.code === 'empty_section')).toBe(true);
    const draft = validateReport({ ...report, issuedOn: '', sections }, { now, profile: 'draft' });
    expect(draft.issues.map((issue) => issue.code)).toEqual(['required']);
    // Sections that fail their own shape are said alone: their text cannot be read.
    const broken = validateReport({ ...report, issuedOn: '', sections: [{ kind: 'plans' }] }, { now });
    expect(broken.issues.every((issue) => issue.path[0] === 'issuedOn' || issue.path[0] === 'sections')).toBe(true);
    expect(broken.issues.some((issue) => issue.code === 'empty_section' || issue.code === 'missing_section')).toBe(
      false,
    );
  });

  it('judges the figures while the 落款 is still blank, and no rule on a field stood in', () => {
    const report = makeReport();
    const metrics = [
      { indicator: 'training.offline', label: '线下集中培训', value: 380, unit: '人次', qualifier: 'exact' },
      { indicator: 'study.sessions', label: '集体学法', value: 2.5, unit: '次', qualifier: 'exact' },
    ];
    const blank = { ...report, title: '', issuer: '', issuedOn: '', metrics };
    const codes = validateReport(blank, { now }).issues.map((issue) => [issue.code, issue.path.join('.')]);
    expect(codes).toContainEqual(['unexpected_unit', 'metrics.0.unit']);
    expect(codes).toContainEqual(['fractional_count', 'metrics.1.value']);
    expect(codes).toContainEqual(['required', 'issuedOn']);
    // A figure without its value (or any figure failing its shape) leaves the others judged, and is
    // said only by its own shape's issues.
    const unfinished = { indicator: 'legalAid.cases', label: '法律援助', unit: '件', qualifier: 'exact' };
    const brokenFigure = validateReport({ ...blank, metrics: [...metrics, unfinished] }, { now });
    const said = brokenFigure.issues.map((issue) => [issue.code, issue.path.join('.')]);
    expect(said).toContainEqual(['unexpected_unit', 'metrics.0.unit']);
    expect(said).toContainEqual(['fractional_count', 'metrics.1.value']);
    expect(said.filter(([, path]) => path?.startsWith('metrics.2'))).toEqual([['required', 'metrics.2.value']]);
    // A heading without its title leaves the rest of the text judged too.
    const untitled = structuredClone(blank) as { sections: { title: string; paragraphs: string[] }[] };
    untitled.sections.forEach((section) => {
      section.paragraphs = [];
    });
    const first = untitled.sections[0];
    if (first) first.title = '';
    const headings = validateReport({ ...untitled, metrics }, { now }).issues.map((issue) => issue.code);
    expect(headings).toContain('empty_section');
    expect(headings).toContain('unexpected_unit');
    // A blank year stands in, and the rules reading it stay silent (it would contradict every heading).
    const noYear = validateReport({ ...report, year: '', title: '北留镇2023年法治政府建设工作报告' }, { now });
    expect(noYear.issues.map((issue) => issue.code)).not.toContain('title_year_mismatch');
    expect(noYear.issues.map((issue) => issue.code)).not.toContain('heading_year_mismatch');
  });

  it('labels fields inside nested sections and metrics', () => {
    const report = makeReport();
    const bad = {
      ...report,
      sections: [{ ...report.sections[0], sections: [{ ...report.sections[1], kind: 'summary' }] }],
    };
    const issue = validateReport(bad).issues[0];
    expect(issue?.path).toEqual(['sections', 0, 'sections', 0, 'kind']);
    expect(issue?.message).toContain('章节类型');
  });

  it('refuses a __proto__ key with a forbidden_key error, once, and pollutes nothing', () => {
    const result = validateReport(JSON.parse('{"__proto__": {"polluted": true}}'));
    expect(result.ok).toBe(false);
    expect(result.issues.filter((i) => i.path[0] === '__proto__').map((i) => i.code)).toEqual(['forbidden_key']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('refuses prototype keys anywhere, inside extensions too, and gives no report', () => {
    const input = JSON.parse(
      JSON.stringify(makeReport()).replace(
        '"metrics"',
        '"extensions":{"__proto__":{"a":1},"town":{"list":[{"constructor":{"b":2}}]}},"metrics"',
      ),
    );
    const result = validateReport(input, { now });
    expect(result.ok).toBe(false);
    expect(result.report).toBeUndefined();
    expect(result.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['forbidden_key', 'extensions.__proto__'],
      ['forbidden_key', 'extensions.town.list.0.constructor'],
    ]);
  });

  it('finishes on a page whose Object.prototype was polluted elsewhere, and blames the report for nothing inherited', () => {
    // An enumerable object on the prototype is inherited by every object the walk visits: walked as the report's
    // own, it was visited again in itself, forever.
    const prototype = Object.prototype as Record<string, unknown>;
    prototype['polluted'] = {};
    try {
      const result = validateReport(makeReport(), { now });
      expect(result.issues.filter((issue) => issue.code === 'forbidden_key')).toEqual([]);
    } finally {
      delete prototype['polluted'];
    }
  });

  it('runs only type checks in the draft profile', () => {
    const result = validateReport(makeReport({ sections: [], issuedOn: '2023-02-01' }), { profile: 'draft', now });
    expect(result).toMatchObject({ ok: true, issues: [] });
  });

  it('refuses an unknown profile or deadline as programmer misuse', () => {
    expect(() => validateReport(makeReport(), { profile: 'final' as never })).toThrow(/unknown profile "final"/);
    expect(() => validateReport(makeReport(), { deadlines: { publish: '02-30' } })).toThrow(/^deadlines: publish: /);
  });
});
