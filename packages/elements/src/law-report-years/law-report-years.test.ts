import { renderDocx } from '@law-report/core/docx';
import { renderReport } from '@law-report/core';
import { chinaToday, type Report, type RosterEntry } from '@law-report/core/model';
import { makeMetric, makeReport, makeSection } from '@law-report/core/testing';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { seriousViolations } from '../internal/axe.js';
import './define.js';
import type { LawReportYearsElement } from './law-report-years.js';

// An invented county of two towns over three years; each figure carries the sentence it was read from.
const town = (name: string, year: number, handled: number | undefined, extra: Partial<Report> = {}): Report =>
  makeReport({
    title: `${name}${year}年法治政府建设工作报告`,
    year,
    unit: { name, level: 'town' },
    issuer: `${name}人民政府`,
    issuedOn: `${year + 1}-01-15`,
    submittedOn: `${year + 1}-01-20`,
    sections: [
      makeSection('measures', {
        id: 's-1',
        title: `${year}年推进法治政府建设的主要举措和成效`,
        paragraphs:
          handled === undefined
            ? ['深入推进依法行政。']
            : [`坚持发展新时代“枫桥经验”。全年共排查化解矛盾纠纷${handled}起，调解成功率100%。`],
      }),
    ],
    metrics:
      handled === undefined
        ? []
        : [
            makeMetric('disputes.handled', handled, {
              unit: '起',
              label: '排查化解矛盾纠纷',
              sectionId: 's-1',
              source: { start: 0, end: 10, quote: `全年共排查化解矛盾纠纷${handled}起，调解成功率100%。` },
            }),
          ],
    ...extra,
  });

const decade = [
  town('东岭镇', 2021, 10),
  town('西河乡', 2021, 4),
  town('东岭镇', 2022, 14),
  town('西河乡', 2022, undefined),
  town('东岭镇', 2023, 20),
  town('西河乡', 2023, 6),
];

async function mount(
  properties: Partial<LawReportYearsElement> = {},
  attributes: Record<string, string> = {},
): Promise<LawReportYearsElement> {
  const element = document.createElement('law-report-years');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  Object.assign(element, { reports: decade, ...properties });
  document.body.append(element);
  await element.updateComplete;
  return element;
}

const table = (element: LawReportYearsElement, part: string): string[][] =>
  [...(element.shadowRoot?.querySelectorAll(`[part="${part}"] tr`) ?? [])].map((row) =>
    [...row.querySelectorAll('th, td')].map((cell) => cell.textContent?.trim().replace(/\s+/g, ' ') ?? ''),
  );

const activeIn = (element: LawReportYearsElement) => element.shadowRoot?.activeElement;

afterEach(() => {
  document.body.replaceChildren();
  vi.unstubAllGlobals();
});

describe('<law-report-years>', () => {
  it('says why nothing is totalled when the page gives a roster listing one unit twice, and totals nothing', async () => {
    const roster: RosterEntry[] = [
      { name: '东岭镇', level: 'town' },
      { name: '东岭镇人民政府', level: 'town' },
      { name: '西河乡', level: 'town' },
    ];
    const element = await mount({ roster });
    const alert = element.shadowRoot?.querySelector('[role="alert"]');
    expect(alert?.textContent).toBe(
      '无法汇总：页面给出的名册或截止日期有误（名册把同一单位列了两次：“东岭镇”和“东岭镇人民政府”，请删去一个）。没有给出任何合计。',
    );
    expect(element.shadowRoot?.querySelector('[part="indicators"]')).toBeNull();
    // Mended, the years are totalled.
    element.roster = roster.slice(1);
    await element.updateComplete;
    expect(element.shadowRoot?.querySelector('[role="alert"]')).toBeNull();
    expect(table(element, 'indicators').length).toBeGreaterThan(1);
  });

  it('shows each indicator’s total per year with how many units gave it, and none where none did', async () => {
    const element = await mount();
    const rows = table(element, 'indicators');
    expect(rows[0]).toEqual(['指标', '2021年', '2022年', '2023年', '走势', '2021—2023年变化']);
    const handled = rows.find((row) => row[0] === '矛盾纠纷排查化解' || row[0]?.includes('矛盾纠纷'));
    expect(handled?.slice(1, 4)).toEqual(['14起 2 个单位', '14起 1 个单位', '26起 2 个单位']);
    expect(element.shadowRoot?.querySelector('h2')?.textContent).toBe('历年法治政府建设年度报告（2021—2023年）');
  });

  it('compares the first year with the last like for like, and says so', async () => {
    const element = await mount();
    const handled = table(element, 'indicators').find((row) => row[0]?.includes('矛盾纠纷'));
    // 14 → 26 for the county, but like for like (both towns gave it both years): 14 → 26 = +12.
    expect(handled?.at(-1)).toBe('合计 14起→26起；两年都有此项的 2 个单位：增加12（85.7%）');
    const onlyOne = await mount({
      reports: [town('东岭镇', 2021, 10), town('东岭镇', 2023, 20), town('西河乡', 2023, 100)],
    });
    // The county's total rises by 110, the one comparable unit by 10: the cell says both.
    expect(
      table(onlyOne, 'indicators')
        .find((row) => row[0]?.includes('矛盾纠纷'))
        ?.at(-1),
    ).toBe('合计 10起→120起；两年都有此项的 1 个单位：增加10（100%）');
    const fewer = await mount({ reports: [town('东岭镇', 2021, 20), town('东岭镇', 2023, 10)] });
    expect(
      table(fewer, 'indicators')
        .find((row) => row[0]?.includes('矛盾纠纷'))
        ?.at(-1),
    ).toBe('合计 20起→10起；两年都有此项的 1 个单位：减少10（50%）');
    // The county's total rose while the one unit in both years fell: said, so the fall is not copied as the county's.
    const opposite = await mount({
      reports: [town('东岭镇', 2021, 20), town('东岭镇', 2023, 10), town('西河乡', 2023, 30)],
    });
    expect(
      table(opposite, 'indicators')
        .find((row) => row[0]?.includes('矛盾纠纷'))
        ?.at(-1),
    ).toBe(
      '合计 20起→40起；两年都有此项的 1 个单位：减少10（50%）；注意：两年报送此项的单位不同，合计的增减与同比方向相反',
    );
  });

  it('keeps the change column readable on a phone: figures whole, the table scrolling in its own region', async () => {
    await page.viewport(375, 800);
    try {
      const element = await mount();
      const cell = element.shadowRoot?.querySelector<HTMLElement>('td.change');
      // 16em: 合计 1057起→807起 is not broken after 807 (a 147 px column broke 13 figures at 375 px).
      expect(cell?.getBoundingClientRect().width ?? 0).toBeGreaterThanOrEqual(250);
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(375);
    } finally {
      await page.viewport(1280, 800);
    }
  });

  it('says over each table that it scrolls sideways at 375 px, its box focusable and named, and not once it fits at 1280 px', async () => {
    await page.viewport(375, 800);
    try {
      const element = await mount();
      for (const name of ['各项指标历年合计', '各单位历年报送情况']) {
        const box = page.getByRole('region', { name });
        const scroll = box.element() as HTMLElement;
        expect(scroll.scrollWidth).toBeGreaterThan(scroll.clientWidth);
        expect(scroll.tabIndex).toBe(0);
        // The hint is the line just over the box it speaks of, inside the column.
        const hint = scroll.previousElementSibling as HTMLElement;
        await expect.element(hint).toBeVisible();
        expect(hint.textContent).toBe('左右滑动查看全部列');
        expect(hint.getBoundingClientRect().bottom).toBeLessThanOrEqual(scroll.getBoundingClientRect().top + 1);
        expect(hint.getBoundingClientRect().right).toBeLessThanOrEqual(375);
      }
      // The boxes keep their parts.
      expect(element.shadowRoot?.querySelector('[part="indicators"]')?.getAttribute('role')).toBe('region');
      expect(element.shadowRoot?.querySelector('[part="units"]')?.getAttribute('role')).toBe('region');
      // Wide enough for the tables: no hint, and it comes back when the column narrows again.
      await page.viewport(1280, 800);
      await expect.poll(() => element.shadowRoot?.querySelectorAll('.scroll-hint:not([hidden])').length).toBe(0);
      await page.viewport(375, 800);
      await expect.poll(() => element.shadowRoot?.querySelectorAll('.scroll-hint:not([hidden])').length).toBe(2);
    } finally {
      await page.viewport(1280, 800);
    }
  });

  it('says a change of bounds as what is known of it: 800余 after 1179 fell by at most 379', async () => {
    // Years 2011–2012: 东岭镇 wrote 1179起, then 800余起.
    const fell = await mount({
      reports: [
        town('东岭镇', 2011, 1179),
        town('东岭镇', 2012, undefined, {
          metrics: [
            makeMetric('disputes.handled', 800, {
              unit: '起',
              qualifier: 'over',
              label: '排查化解矛盾纠纷',
              source: { start: 0, end: 10, quote: '全年共排查化解矛盾纠纷800余起。' },
            }),
          ],
        }),
      ],
    });
    const row = () => table(fell, 'indicators')[1];
    expect(row()?.at(-1)).toBe('合计 1179起→800起以上；两年都有此项的 1 个单位：最多减少379（32.2%）');
    fell.locale = 'en';
    await fell.updateComplete;
    expect(row()?.at(-1)).toMatch(/the 1 unit that gave it both years: down at most 379 \(32\.2%\)$/);
  });

  it('writes a bound as the summary does: the total 40起以上 and 近62起, each unit’s figure in its report’s own word', async () => {
    // Years 2009–2010: figures written with 不少于, 近 and 约, as a report writes them.
    const said = (value: number, qualifier: 'exact' | 'over' | 'nearly' | 'about', quote: string) =>
      makeMetric('disputes.handled', value, {
        unit: '起',
        qualifier,
        label: '排查化解矛盾纠纷',
        sectionId: 's-1',
        source: { start: 0, end: 10, quote },
      });
    const bounds = [
      town('东岭镇', 2009, undefined, {
        metrics: [said(30, 'over', '全年排查化解矛盾纠纷不少于30起。')],
      }),
      town('西河乡', 2009, 10),
      town('东岭镇', 2010, undefined, {
        metrics: [said(50, 'nearly', '全年排查化解矛盾纠纷近50起。')],
      }),
      town('西河乡', 2010, undefined, {
        metrics: [said(12, 'exact', '全年排查化解矛盾纠纷12起。'), said(10, 'about', '其中化解矛盾纠纷约10起。')],
      }),
    ];
    const element = await mount({ reports: bounds });
    const handled = table(element, 'indicators').find((row) => row[0]?.includes('矛盾纠纷'));
    expect(handled?.slice(1, 3)).toEqual(['40起以上 2 个单位', '近62起 2 个单位']);
    // 40起以上 then 近62起: the rise is at most 62 − 40 = 22, maybe less, maybe a fall.
    expect(handled?.at(-1)).toBe('合计 40起以上→近62起；两年都有此项的 2 个单位：最多增加22（55%）');
    expect(element.shadowRoot?.querySelector('[part="indicators"]')?.textContent).not.toMatch(/\d余/);
    const titles = [...(element.shadowRoot?.querySelectorAll('svg.trend title') ?? [])].map(
      (title) => title.textContent,
    );
    expect(titles).toEqual(['2009：40起以上', '2010：近62起']);
    const buttons = [...(element.shadowRoot?.querySelectorAll<HTMLButtonElement>('button.total') ?? [])];
    expect(buttons.map((button) => button.getAttribute('aria-label')?.replace(/^.*?(\d{4}年)/, '$1'))).toEqual([
      '2009年合计40起以上，2 个单位报送：查看出处',
      '2010年合计近62起，2 个单位报送：查看出处',
    ]);
    buttons[1]?.click();
    await element.updateComplete;
    const dialog = element.shadowRoot?.querySelector('dialog');
    expect(dialog?.querySelector('h3')?.textContent).toMatch(/2010年合计 近62起，由以下数字相加$/);
    const figures = [...(dialog?.querySelectorAll('ol.sources > li > p:first-child') ?? [])].map((line) =>
      line.textContent?.trim().replace(/\s+/g, ''),
    );
    expect(figures).toEqual(['东岭镇：近50起', '西河乡：12起']);
    expect(dialog?.querySelector('ol.sources .hint:last-child')?.textContent).toContain('同一报告中还写到：约10起');
    buttons[0]?.click();
    await element.updateComplete;
    expect(
      [...(dialog?.querySelectorAll('ol.sources > li > p:first-child') ?? [])].map((line) =>
        line.textContent?.trim().replace(/\s+/g, ''),
      ),
    ).toEqual(['东岭镇：不少于30起', '西河乡：10起']);

    const english = await mount({ reports: bounds }, { locale: 'en' });
    const cells = english.shadowRoot?.querySelectorAll('[part="indicators"] button.total');
    expect([...(cells ?? [])].map((cell) => cell.textContent?.trim().replace(/\s+/g, ' '))).toEqual([
      'over 40 起',
      'nearly 62 起',
    ]);
    expect(cells?.[0]?.querySelector('span')?.getAttribute('lang')).toBe('zh-CN');
    expect(cells?.[0]?.getAttribute('aria-label')).toMatch(
      /2009: total over 40 起 from 2 units: show where it comes from$/,
    );
  });

  it('gives each unit a row of years with what it did and when', async () => {
    const roster: RosterEntry[] = [
      { name: '东岭镇', level: 'town' },
      { name: '西河乡', level: 'town' },
      { name: '南山镇', level: 'town' },
    ];
    const element = await mount({ roster });
    const rows = table(element, 'units');
    expect(rows[0]).toEqual(['单位', '2021年', '2022年', '2023年']);
    expect(rows.find((row) => row[0] === '南山镇')).toEqual(['南山镇', '未报送', '未报送', '未报送']);
    expect(rows.find((row) => row[0] === '东岭镇')?.[1]).toBe('未公开，2022年1月20日');
  });

  it('says a unit that has not reported on the year under way is not yet due, not missing, as the dashboard does', async () => {
    // This year in China: its reports are due next year, so its deadline is always still to come.
    const due = Number(chinaToday().slice(0, 4));
    const roster: RosterEntry[] = [
      { name: '东岭镇', level: 'town' },
      { name: '南山镇', level: 'town' },
    ];
    const element = await mount({
      roster,
      reports: [town('东岭镇', due, 5, { issuedOn: chinaToday(), submittedOn: chinaToday() })],
    });
    const rows = table(element, 'units');
    expect(rows.find((row) => row[0] === '南山镇')?.[1]).toBe('未报送（未到截止日期）');
    // Not in the red of 未报送 and 逾期.
    expect(element.shadowRoot?.querySelectorAll('[part~="units"] td.pending')).toHaveLength(1);
    expect(element.shadowRoot?.querySelectorAll('[part~="units"] td.missing')).toHaveLength(0);
  });

  it('says the last year has no figure of an indicator yet, with what to do, rather than that no unit has both years', async () => {
    const element = await mount({
      reports: [town('东岭镇', 2022, 5), town('西河乡', 2022, 7), town('东岭镇', 2023, undefined)],
    });
    const row = table(element, 'indicators').find((cells) => cells[0]?.includes('矛盾纠纷'));
    expect(row?.at(-1)).toBe('2023年还没有单位报此项，无法比较；可把“到”选为更早的年份');
  });

  it('opens the sentences a total adds up, the figure marked, and gives focus back when closed', async () => {
    const element = await mount();
    const button = [...(element.shadowRoot?.querySelectorAll<HTMLButtonElement>('button.total') ?? [])].find((one) =>
      one.getAttribute('aria-label')?.includes('2023年合计26'),
    );
    expect(button?.getAttribute('aria-label')).toMatch(/^.*矛盾纠纷2023年合计26起，2 个单位报送：查看出处$/);
    button?.focus();
    await userEvent.keyboard('{Enter}');
    const dialog = element.shadowRoot?.querySelector('dialog');
    expect(dialog?.open).toBe(true);
    expect(activeIn(element)?.id).toBe('sources-heading');
    // 2022 had 东岭镇 only (14); like for like, 东岭镇 went 14 → 20.
    expect(dialog?.querySelector('.dialog-bar + p')?.textContent).toBe(
      '比2022年：增加6（42.9%）（1 个单位两年都有此项，只比较这些单位）',
    );
    const quotes = [...(dialog?.querySelectorAll('blockquote') ?? [])].map((quote) => quote.textContent);
    expect(quotes).toEqual([
      '全年共排查化解矛盾纠纷20起，调解成功率100%。',
      '全年共排查化解矛盾纠纷6起，调解成功率100%。',
    ]);
    expect([...(dialog?.querySelectorAll('blockquote mark') ?? [])].map((mark) => mark.textContent)).toEqual([
      '20起',
      '6起',
    ]);
    // The paragraph around the sentence, behind a disclosure named by its unit.
    const around = [...(dialog?.querySelectorAll('details.paragraph') ?? [])];
    expect(around.map((one) => one.querySelector('summary')?.getAttribute('aria-label'))).toEqual([
      '东岭镇的数字所在段落',
      '西河乡的数字所在段落',
    ]);
    expect(around[0]?.querySelector('p')?.textContent).toBe(
      '坚持发展新时代“枫桥经验”。全年共排查化解矛盾纠纷20起，调解成功率100%。',
    );
    expect(await seriousViolations(element)).toEqual([]);
    await userEvent.keyboard('{Escape}');
    await element.updateComplete;
    expect(dialog?.open).toBe(false);
    expect(activeIn(element)).toBe(button);
  });

  it('keeps the figures of units not on the roster out of the totals, and says so in the list and the sources', async () => {
    const roster: RosterEntry[] = [{ name: '东岭镇', level: 'town' }];
    const element = await mount({ roster });
    const handled = table(element, 'indicators').find((row) => row[0]?.includes('矛盾纠纷'));
    expect(handled?.slice(1, 4)).toEqual(['10起 1 个单位', '14起 1 个单位', '20起 1 个单位']);
    const setAside = [...(element.shadowRoot?.querySelectorAll('.set-aside li') ?? [])].map((item) => item.textContent);
    expect(setAside).toEqual([
      '西河乡（2021年）：不在名册，数字未计入合计',
      '西河乡（2022年）：不在名册，数字未计入合计',
      '西河乡（2023年）：不在名册，数字未计入合计',
    ]);
    const button = [...(element.shadowRoot?.querySelectorAll<HTMLButtonElement>('button.total') ?? [])].find((one) =>
      one.getAttribute('aria-label')?.includes('2023年合计20'),
    );
    button?.click();
    await element.updateComplete;
    const dialog = element.shadowRoot?.querySelector('dialog');
    const lists = [...(dialog?.querySelectorAll('ol.sources') ?? [])].map((list) =>
      [...list.querySelectorAll('strong')].map((unit) => unit.textContent),
    );
    expect(lists).toEqual([['东岭镇'], ['西河乡']]);
    expect(dialog?.querySelector('h4')?.textContent).toBe('不在名册、未计入合计的单位');
  });

  it('shows the years chosen, and lists the reports outside them', async () => {
    const element = await mount();
    const [from] = element.shadowRoot?.querySelectorAll('select') ?? [];
    expect(from).toBeDefined();
    (from as HTMLSelectElement).value = '2022';
    from?.dispatchEvent(new Event('change'));
    await element.updateComplete;
    expect(table(element, 'indicators')[0]?.slice(1, 3)).toEqual(['2022年', '2023年']);
    // Reports outside the years chosen are counted up by year, not listed one by one as problems.
    expect(element.shadowRoot?.querySelectorAll('.set-aside li')).toHaveLength(0);
    expect(element.shadowRoot?.textContent).toContain('2021年的 2 份报告不在所选年份之内，未显示');
    // A report with no year in the range is named by its unit and year, and the range by both its years.
    const one = await mount(
      { reports: [town('东岭镇', 2022, 1), { ...town('西河乡', 2022, 2), year: 2022.5 }] },
      { from: '2022' },
    );
    expect([...(one.shadowRoot?.querySelectorAll('.set-aside li') ?? [])].map((item) => item.textContent)).toEqual([
      '第 2 份报告：不是有效的报告：year: 报告年度应为整数。',
    ]);
  });

  it('reads a folder of Word, text and JSON Lines files, lists what it could not read, and counts what it could', async () => {
    const element = await mount({ reports: [] });
    const word = new File(
      [(await renderDocx(town('东岭镇', 2022, 14))) as Uint8Array<ArrayBuffer>],
      '2022/东岭镇.docx',
    );
    const text = new File([renderReport(town('西河乡', 2022, 5), { format: 'text' })], '2022/西河乡.txt');
    const lines = new File([`${JSON.stringify(town('东岭镇', 2023, 20))}\n{broken\n`], 'later.jsonl');
    const broken = new File([new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3])], '2021/坏文件.docx');
    const picture = new File([new Uint8Array([1, 2, 3])], 'logo.png');
    await element.readFiles([word, text, lines, broken, picture]);
    const gap = await mount({ reports: [town('东岭镇', 2019, 1), town('东岭镇', 2022, 2)] });
    expect(gap.shadowRoot?.textContent).toContain('2020、2021年没有报告。');
    await element.updateComplete;
    const status = element.shadowRoot?.querySelector('#read-status');
    expect(status?.textContent?.trim()).toBe('已读取 4 个文件，得到 3 份报告。');
    expect(activeIn(element)).toBe(status);
    const handled = table(element, 'indicators').find((row) => row[0]?.includes('矛盾纠纷'));
    expect(handled?.slice(1, 3)).toEqual(['19起 2 个单位', '20起 1 个单位']);
    const setAside = [...(element.shadowRoot?.querySelectorAll('.set-aside li') ?? [])].map(
      (item) => item.textContent ?? '',
    );
    expect(setAside).toHaveLength(3);
    expect(setAside[0]).toBe(
      'logo.png：不是报告文件（只读取 Word、文本、Markdown、网页（HTML）文件和本工具的数据文件（.json、.jsonl））',
    );
    expect(setAside[1]).toMatch(/^2021\/坏文件\.docx：没有读出报告：/);
    expect(setAside[2]).toMatch(/^later\.jsonl:2：无法读取：/);
  });

  it('reads on the page, one file at a time, where no worker may start', async () => {
    vi.stubGlobal(
      'Worker',
      class {
        constructor() {
          throw new DOMException('blocked by the page’s policy', 'SecurityError');
        }
      },
    );
    const element = await mount({ reports: [] });
    const progress: string[] = [];
    const watch = new MutationObserver(() => {
      const status = element.shadowRoot?.querySelector('[role="status"]')?.textContent?.trim();
      if (status && progress.at(-1) !== status) progress.push(status);
    });
    watch.observe(element.shadowRoot as ShadowRoot, { subtree: true, childList: true, characterData: true });
    await element.readFiles([
      new File([renderReport(town('西河乡', 2022, 5), { format: 'text' })], '西河乡.txt'),
      new File([renderReport(town('东岭镇', 2022, 7), { format: 'markdown' })], '东岭镇.md'),
    ]);
    watch.disconnect();
    expect(progress).toContain('正在读取：已读 1 / 2 个文件');
    expect(progress.at(-1)).toBe('已读取 2 个文件，得到 2 份报告。');
    expect(table(element, 'indicators').find((row) => row[0]?.includes('矛盾纠纷'))?.[1]).toBe('12起 2 个单位');
  });

  it('reads report files dropped on it, moved to another place on the page too', async () => {
    const element = await mount({ reports: [] });
    // Moved (disconnected, connected again), it still takes a drop.
    element.remove();
    document.body.append(element);
    const files = new DataTransfer();
    files.items.add(new File([renderReport(town('西河乡', 2022, 5), { format: 'text' })], '西河乡.txt'));
    const over = new DragEvent('dragover', { dataTransfer: files, bubbles: true, cancelable: true });
    element.dispatchEvent(over);
    // Not prevented, the browser would open the file instead of handing it over.
    expect(over.defaultPrevented).toBe(true);
    element.dispatchEvent(new DragEvent('drop', { dataTransfer: files, bubbles: true, cancelable: true }));
    // The worker and the importer load on this first use: a busy machine takes more than poll's second.
    await expect
      .poll(() => element.shadowRoot?.querySelector('#read-status')?.textContent, { timeout: 20_000 })
      .toBe('已读取 1 个文件，得到 1 份报告。');
    expect(table(element, 'indicators').find((row) => row[0]?.includes('矛盾纠纷'))?.[1]).toBe('5起 1 个单位');
  });

  it('speaks English, with the reports’ own words marked Chinese, and has no serious accessibility violations', async () => {
    const element = await mount({}, { locale: 'en' });
    expect(element.shadowRoot?.querySelector('h2')?.textContent).toBe('Rule-of-law government reports, 2021–2023');
    expect(element.shadowRoot?.querySelector('[part="units"] tbody th')?.getAttribute('lang')).toBe('zh-CN');
    // An English colon in English: a chart's name and each bar's year and total.
    const chart = element.shadowRoot?.querySelector('svg.trend');
    expect(chart?.getAttribute('aria-label')).toMatch(/^Trend of .+: 2021 to 2023: lowest /);
    expect([...(chart?.querySelectorAll('title') ?? [])].map((title) => title.textContent)).toEqual([
      '2021: 14 起',
      '2022: 14 起',
      '2023: 26 起',
    ]);
    expect(await seriousViolations(element)).toEqual([]);
  });
});
