import { daysLate, formatChinaDate, type Report } from '@law-report/core/model';
import { makeMetric, makeReport, makeSection } from '@law-report/core/testing';
import { afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { seriousViolations } from '../internal/axe.js';
import './define.js';
import type { LawReportYearsElement } from './law-report-years.js';

// The years view against a real collection server (tests/setup/collection-server.ts), whose roster
// is 北留镇 and 东城镇. Other test files send reports to the same server at the same time, so these
// tests send theirs on 2007 and 2008, years no other element test uses, and look at those only.
const server = inject('collectionServer');
const reviewer = { authorization: `Bearer ${server.reviewer}` };

const town = (name: '北留镇' | '东城镇', year: number, handled: number): Report => {
  const sentence = `全年共排查化解矛盾纠纷${handled}起。`;
  return makeReport({
    year,
    title: `${name}${year}年法治政府建设工作情况的报告`,
    unit: { name, level: 'town' },
    issuer: `${name}人民政府`,
    issuedOn: `${year + 1}-01-20`,
    sections: [
      makeSection('duties'),
      makeSection('measures', { id: 'measures-served', paragraphs: [`坚持发展新时代“枫桥经验”。${sentence}`] }),
      makeSection('shortcomings'),
      makeSection('plans'),
      makeSection('other'),
    ],
    metrics: [
      makeMetric('disputes.handled', handled, {
        unit: '起',
        label: '排查化解矛盾纠纷',
        sectionId: 'measures-served',
        source: { start: 0, end: sentence.length, quote: sentence },
      }),
    ],
  });
};

const submit = async (token: string, report: Report): Promise<{ id: string; submittedOn: string }> => {
  const response = await fetch(`${server.endpoint}/reports`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(report),
  });
  expect(response.status).toBe(201);
  return (await response.json()) as { id: string; submittedOn: string };
};

async function mount(
  token: string,
  endpoint = server.endpoint,
  reports: unknown[] = [],
): Promise<LawReportYearsElement> {
  const element = document.createElement('law-report-years');
  element.setAttribute('endpoint', endpoint);
  element.token = token;
  element.reports = reports;
  document.body.append(element);
  await element.updateComplete;
  return element;
}

const statusOf = (element: LawReportYearsElement) =>
  element.shadowRoot?.querySelector('[part="server"] [role="status"]')?.textContent?.trim() ?? '';
const rows = (element: LawReportYearsElement, part: string): string[][] =>
  [...(element.shadowRoot?.querySelectorAll(`[part="${part}"] tr`) ?? [])].map((row) =>
    [...row.querySelectorAll('th, td')].map((cell) => cell.textContent?.trim().replace(/\s+/g, ' ') ?? ''),
  );
const column = (element: LawReportYearsElement, part: string, year: number) =>
  rows(element, part)[0]?.indexOf(`${year}年`) ?? -1;
const setAside = (element: LawReportYearsElement) =>
  [...(element.shadowRoot?.querySelectorAll('.set-aside li') ?? [])].map((item) => item.textContent ?? '');

afterEach(() => {
  document.body.replaceChildren();
});

describe('<law-report-years> from a collection server', () => {
  let submittedOn = '';
  let publishedOn = '';

  beforeAll(async () => {
    // 2007: 北留镇's report. 2008: 东城镇's, returned by the county.
    // The unit types a publication date of its own; the county files and publishes the report today.
    const beiliu = await submit(server.unit, { ...town('北留镇', 2007, 4321), publishedOn: '2008-03-01' });
    submittedOn = beiliu.submittedOn;
    for (const step of ['file', 'publish']) {
      const done = await fetch(`${server.endpoint}/reports/${beiliu.id}/${step}`, {
        method: 'POST',
        headers: { ...reviewer, 'content-type': 'application/json' },
        body: JSON.stringify({ confidentialityReviewed: true }),
      });
      expect(done.status).toBe(200);
      if (step === 'publish') ({ publishedOn } = (await done.json()) as { publishedOn: string });
    }
    const { id } = await submit(server.otherUnit, town('东城镇', 2008, 55));
    const answer = await fetch(`${server.endpoint}/reports/${id}/return`, {
      method: 'POST',
      headers: { ...reviewer, 'content-type': 'application/json' },
      body: JSON.stringify({ reason: '请补充矛盾纠纷数据的来源' }),
    });
    expect(answer.status).toBe(200);
  });

  it('says it is reading the server, then shows the year the server holds with its figure and 报送日期', async () => {
    const element = await mount(server.reviewer);
    expect(statusOf(element)).toBe('正在读取报送服务器上的历年报告……');
    await expect
      .poll(() => statusOf(element), { timeout: 10_000 })
      .toMatch(/^已读取报送服务器上(\d{4}—)?\d{4}年的 \d+ 份报告。/);
    const at = column(element, 'indicators', 2007);
    expect(at).toBeGreaterThan(0);
    const handled = rows(element, 'indicators').find((row) => row[0]?.includes('矛盾纠纷'));
    expect(handled?.[at]).toBe('4321起 1 个单位');
    // The unit's row says what it did that year and when the county first had it: today, long after 2008's deadline.
    const beiliu = rows(element, 'units').find((row) => row[0] === '北留镇');
    // …and, in words, that the county published it, on its day (a clerk's trial never saw 已公开 written), long after
    // 2007's publication deadline (the first quarter of 2008), with its days, as the dashboard says it.
    expect(beiliu?.[column(element, 'units', 2007)]).toBe(
      `逾期，${formatChinaDate(submittedOn, 'zh-CN')}；${formatChinaDate(publishedOn, 'zh-CN')}公开，逾期公开 ${daysLate(publishedOn, '2008-03-31')} 天`,
    );
    // Published on the day the county published it, not on the day the unit typed.
    expect(element.result?.byYear[2007]?.unitsDetail.find((unit) => unit.name === '北留镇')?.publishedOn).toBe(
      publishedOn,
    );
    // The returned 2008 report is no column: nothing else on 2008 is counted.
    expect(column(element, 'indicators', 2008)).toBe(-1);
    expect(await seriousViolations(element)).toEqual([]);
  });

  it('opens the server’s figure with its sentence, saying it came from the server', async () => {
    const element = await mount(server.reviewer);
    const total = () =>
      [...(element.shadowRoot?.querySelectorAll<HTMLButtonElement>('button.total') ?? [])].find((button) =>
        button.getAttribute('aria-label')?.includes('2007年合计4321起'),
      );
    await expect.poll(total, { timeout: 10_000 }).toBeTruthy();
    await userEvent.click(total() as HTMLButtonElement);
    const dialog = element.shadowRoot?.querySelector('dialog');
    await expect.poll(() => dialog?.open).toBe(true);
    expect(dialog?.querySelector('li strong')?.textContent).toBe('北留镇');
    expect(dialog?.querySelector('blockquote mark')?.textContent).toBe('4321起');
    expect(dialog?.textContent).toContain('来自报送服务器');
    expect(dialog?.textContent).not.toContain('文件：');
  });

  it('names a returned report by its unit and year, not counted until it is submitted again', async () => {
    const element = await mount(server.reviewer);
    await expect.poll(() => statusOf(element), { timeout: 10_000 }).toMatch(/份已退回，单位重新报送前不计入。$/);
    expect(setAside(element)).toContain('服务器上东城镇2008年的报告：已退回，单位重新报送前不计入');
    expect(element.shadowRoot?.querySelector('[part="server"] .hint')?.textContent).toContain(
      '已退回的报告在单位重新报送前不计入',
    );
  });

  it('says a year between two counted ones whose only report was returned is returned, not without a report', async () => {
    // 2007 from the server and 2009 from a file on this computer: 2008 lies between them.
    const element = await mount(server.reviewer, server.endpoint, [town('北留镇', 2009, 12)]);
    await expect.poll(() => column(element, 'indicators', 2009), { timeout: 10_000 }).toBeGreaterThan(0);
    await expect.poll(() => column(element, 'indicators', 2007), { timeout: 10_000 }).toBeGreaterThan(0);
    const hints = [...(element.shadowRoot?.querySelectorAll('p.hint') ?? [])].map((hint) => hint.textContent ?? '');
    // Other tests' years may be listed beside 2008: 2008、2012年的报告已退回….
    expect(hints.join('\n')).toMatch(/(^|。|、)2008(、\d{4})*年的报告已退回，单位重新报送前不计入。/m);
    expect(hints.join('\n')).not.toMatch(/(^|、)2008(、\d{4})*年没有报告/m);
  });

  it('says a unit’s returned report in its row as returned, not as no report, in a year others counted', async () => {
    // 2008 counted from a file on this computer (北留镇's); 东城镇's row from its 2007 file, its 2008 returned on the server.
    const element = await mount(server.reviewer, server.endpoint, [town('北留镇', 2008, 12), town('东城镇', 2007, 3)]);
    await expect.poll(() => column(element, 'units', 2008), { timeout: 10_000 }).toBeGreaterThan(0);
    await expect
      .poll(() => rows(element, 'units').find((row) => row[0] === '东城镇')?.[column(element, 'units', 2008)])
      .toBe('已退回（未计入）');
  });

  it('shows a unit’s token that unit’s reports only', async () => {
    const element = await mount(server.otherUnit);
    await expect.poll(() => statusOf(element), { timeout: 10_000 }).toMatch(/^(已读取|报送服务器上还没有报告)/);
    expect(rows(element, 'units').some((row) => row[0] === '北留镇')).toBe(false);
    expect(column(element, 'indicators', 2007)).toBe(-1);
  });

  it('says when the server cannot be reached, and still shows the reports it was given', async () => {
    // Nothing listens on port 9 of this machine (the discard service is never on): the connection is refused.
    const element = await mount(server.reviewer, 'http://127.0.0.1:9/api', [town('北留镇', 2006, 12)]);
    await expect
      .poll(() => statusOf(element), { timeout: 10_000 })
      .toBe('无法连接报送服务器，下面只有本机读取的文件。');
    expect(rows(element, 'indicators')[0]).toEqual(['指标', '2006年', '走势']);
    expect(rows(element, 'indicators').find((row) => row[0]?.includes('矛盾纠纷'))?.[1]).toBe('12起 1 个单位');
  });

  it('says what the server answered when it refuses the token', async () => {
    const element = await mount('not-a-token');
    await expect.poll(() => statusOf(element), { timeout: 10_000 }).toMatch(/^报送服务器没有给出报告：.*令牌/);
  });

  it('has no server line without an endpoint', async () => {
    const element = document.createElement('law-report-years');
    element.reports = [town('北留镇', 2006, 12)];
    document.body.append(element);
    await element.updateComplete;
    expect(element.shadowRoot?.querySelector('[part="server"]')).toBeNull();
  });
});
