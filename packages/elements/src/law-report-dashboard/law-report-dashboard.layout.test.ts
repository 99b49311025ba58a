import { parseRosterCsv } from '@law-report/core/model';
import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import reports2023 from '../../../../examples/data/reports-2023.jsonl?raw';
import rosterCsv from '../../../../examples/data/roster.csv?raw';
import './define.js';

// A unit's dialog on a laptop and on a phone: a margin to the viewport's edges all round, the
// report scrolling inside it, its bar (the unit's name and 关闭) always in view.

const MARGIN = 16;

// The example county's dashboard of 2023: its reports and roster.
async function mountCounty(): Promise<HTMLElement> {
  const element = document.createElement('law-report-dashboard');
  element.reports = reports2023
    .split('\n')
    .filter((line) => line.trim())
    .map((line): unknown => JSON.parse(line));
  element.roster = parseRosterCsv(rosterCsv).entries;
  document.body.append(element);
  await element.updateComplete;
  return element;
}

async function openDialog(): Promise<HTMLDialogElement> {
  const element = await mountCounty();
  await page.getByRole('button', { name: '城关镇', exact: true }).click();
  const dialog = element.shadowRoot?.querySelector('dialog');
  await expect.poll(() => dialog?.open && dialog.querySelector('law-report-summary') !== null).toBe(true);
  return dialog as HTMLDialogElement;
}

// Whether the element is in the viewport and inside the dialog's visible box, and is what a click at its middle hits.
function inView(dialog: HTMLDialogElement, element: Element | null | undefined): boolean {
  if (!element) return false;
  const box = element.getBoundingClientRect();
  const frame = dialog.getBoundingClientRect();
  const x = box.left + box.width / 2;
  const y = box.top + box.height / 2;
  const hit = (dialog.getRootNode() as ShadowRoot).elementFromPoint(x, y);
  return (
    box.top >= frame.top && box.bottom <= frame.bottom && box.top >= 0 && box.bottom <= innerHeight && hit === element
  );
}

afterEach(async () => {
  document.body.replaceChildren();
  await page.viewport(414, 896);
});

describe('<law-report-dashboard> unit dialog in the viewport', () => {
  for (const [width, height] of [
    [1280, 720],
    [375, 667],
  ] as const) {
    it(`keeps a margin to every edge at ${width}×${height}, the report scrolling inside under the unit’s name and 关闭`, async () => {
      await page.viewport(width, height);
      const dialog = await openDialog();
      const box = dialog.getBoundingClientRect();
      expect(box.top).toBeGreaterThanOrEqual(MARGIN);
      expect(box.bottom).toBeLessThanOrEqual(height - MARGIN);
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(width);
      // The report is longer than the dialog: it scrolls inside, and the bar stays.
      expect(dialog.scrollHeight).toBeGreaterThan(dialog.clientHeight);
      const heading = dialog.querySelector('#dialog-heading');
      const close = dialog.querySelector('.dialog-bar button');
      expect(inView(dialog, close)).toBe(true);
      dialog.scrollTop = dialog.scrollHeight;
      await expect.poll(() => dialog.scrollTop).toBeGreaterThan(0);
      expect(inView(dialog, close)).toBe(true);
      expect(inView(dialog, heading)).toBe(true);
    });
  }
});

describe('<law-report-dashboard> tables wider than the column', () => {
  it('says over a table that it scrolls sideways at 375 px, its box focusable and named, and not once it fits at 1280 px', async () => {
    await page.viewport(375, 667);
    const element = await mountCounty();
    const units = page.getByRole('region', { name: '各单位报送情况' });
    const box = units.getByRole('group', { name: '各单位报送情况（点单位名称查看报告，点列标题排序）' });
    const scroll = box.element() as HTMLElement;
    expect(scroll.scrollWidth).toBeGreaterThan(scroll.clientWidth);
    expect(scroll.tabIndex).toBe(0);
    await expect.element(units.getByText('左右滑动查看全部列')).toBeVisible();
    // The hint is over the box it speaks of, inside the column.
    const hint = units.getByText('左右滑动查看全部列').element().getBoundingClientRect();
    expect(hint.bottom).toBeLessThanOrEqual(scroll.getBoundingClientRect().top + 1);
    expect(hint.right).toBeLessThanOrEqual(375);
    // Wide enough for the table: no hint, and it comes back when the column narrows again.
    await page.viewport(1280, 720);
    await expect.element(units.getByText('左右滑动查看全部列')).not.toBeVisible();
    await page.viewport(375, 667);
    await expect.element(units.getByText('左右滑动查看全部列')).toBeVisible();
    expect(element.shadowRoot?.querySelectorAll('.scroll-hint').length).toBeGreaterThan(1);
  });
});
