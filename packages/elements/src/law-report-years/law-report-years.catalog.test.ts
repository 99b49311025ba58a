import type { Report } from '@law-report/core/model';
import { makeMetric } from '@law-report/core/testing';
import { afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { seriousViolations } from '../internal/axe.js';
import { townReport } from '../internal/town-report.js';
import './define.js';
import type { LawReportYearsElement } from './law-report-years.js';

// The years view names and totals a county's own indicators as its server keeps them (`serve --catalog`: the second
// county's server of tests/setup/collection-server.ts, 专职网格员, x-longquan.gridMembers), and says whatever a year's
// totals cannot take. 2013 is this file's year: no other test file sends a report of 2013 to that server.
const YEAR = 2013;
const county = inject('catalogServer');

const gridReport = (unit: string, year: number, members: number, extra: Report['metrics'] = []): Report => {
  const quote = `全镇专职网格员${members}名。`;
  return townReport(unit, year, {
    metrics: [
      makeMetric('x-longquan.gridMembers', members, {
        label: '全镇专职网格员',
        unit: '名',
        source: { start: 0, end: quote.length, quote },
      }),
      ...extra,
    ],
  });
};

async function mount(properties: Partial<LawReportYearsElement>): Promise<LawReportYearsElement> {
  const element = document.createElement('law-report-years');
  Object.assign(element, properties);
  document.body.append(element);
  await element.updateComplete;
  return element;
}

const rows = (element: LawReportYearsElement): string[][] =>
  [...(element.shadowRoot?.querySelectorAll('[part="indicators"] tr') ?? [])].map((row) =>
    [...row.querySelectorAll('th, td')].map((cell) => cell.textContent?.trim().replace(/\s+/g, ' ') ?? ''),
  );
const column = (element: LawReportYearsElement, year: number) => rows(element)[0]?.indexOf(`${year}年`) ?? -1;
// The notes under the totals, by the year they are under.
const apart = (element: LawReportYearsElement, year: number) =>
  [...(element.shadowRoot?.querySelectorAll(`ul[aria-labelledby="apart-${year}"] li`) ?? [])].map(
    (item) => item.textContent?.trim() ?? '',
  );

afterEach(() => {
  document.body.replaceChildren();
});

describe('<law-report-years> with a county’s own indicators', () => {
  beforeAll(async () => {
    const response = await fetch(`${county.endpoint}/reports`, {
      method: 'POST',
      headers: { authorization: `Bearer ${county.unit}`, 'content-type': 'application/json' },
      body: JSON.stringify(gridReport('龙泉镇', YEAR, 12)),
    });
    expect(response.status).toBe(201);
  });

  it('totals the county’s own indicator under the label its server keeps, with no catalog on the page', async () => {
    // This county's server has no reviewer token in the test setup: the unit's own token reads its reports and the
    // same `/info`, which says the county's catalog to anyone.
    const element = await mount({ endpoint: county.endpoint, token: county.unit });
    await expect.poll(() => column(element, YEAR), { timeout: 10_000 }).toBeGreaterThan(0);
    await expect
      .poll(() => rows(element).find((row) => row[0] === '专职网格员')?.[column(element, YEAR)])
      .toBe('12名 1 个单位');
    expect(apart(element, YEAR)).toEqual([]);
    expect(element.shadowRoot?.textContent).not.toContain('x-longquan');
    expect(await seriousViolations(element)).toEqual([]);
    // The page's own catalog wins over the county's.
    element.catalog = JSON.parse(
      '{"namespace":"longquan","indicators":[{"name":"gridMembers","label":{"zh-CN":"网格员（县网页）","en":"Grid staff (page)"},"units":["名"],"kind":"count"}]}',
    ) as LawReportYearsElement['catalog'];
    await expect.poll(() => rows(element).some((row) => row[0] === '网格员（县网页）')).toBe(true);
  });

  it('says under the totals each figure a year cannot total, never leaving it out unsaid', async () => {
    // No server, no catalog: another town's indicator is unknown; a figure given twice, one not counted; one
    // unclassified; 普法活动 counted in 人次, a word of another quantity than its 次.
    const element = await mount({
      reports: [
        gridReport('龙泉镇', 2014, 12, [
          makeMetric('disputes.handled', 30, { unit: '起', label: '排查矛盾纠纷' }),
          makeMetric('disputes.handled', 20, { unit: '起', label: '化解矛盾纠纷' }),
          makeMetric('unclassified', 3, { unit: '个', label: '调解室' }),
          makeMetric('publicity.events', 800, { unit: '人次', label: '普法活动参与群众' }),
        ]),
      ],
    });
    expect(rows(element).find((row) => row[0]?.includes('矛盾纠纷'))?.[1]).toBe('30起 1 个单位');
    expect(apart(element, 2014)).toEqual([
      '注：“x-longquan.gridMembers”不在所用的指标目录中，单独合计全年 12名（1 个单位报送），未列入上表。',
      expect.stringMatching(/^注：普法.*（全年）合计 800人次（1 个单位报送），单列，不计入上表的本年度合计。$/),
      expect.stringMatching(/^注：龙泉镇报告中的“化解矛盾纠纷”20起未计入.+（全年）合计/),
      '注：另有 1 个数字未归入任何指标（未归类），不计入任何合计：龙泉镇 1 个。如需计入，请在报告中为其选择指标。',
    ]);
    expect(element.shadowRoot?.querySelector('#apart-heading')?.textContent).toBe('未计入合计的数字（请核对）');
    expect(await seriousViolations(element)).toEqual([]);
  });
});
