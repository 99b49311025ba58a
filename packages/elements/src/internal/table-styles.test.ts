import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { baseStyles } from './base-styles.js';
import { tableStyles } from './table-styles.js';

// A county view's table wider than a 375 px phone's column, in a shadow root with the views'
// styles, as the dashboard and the years view draw it: the scroll box focusable and named.
function wideTable(): { host: HTMLElement; scroll: HTMLElement; blank: HTMLElement } {
  const host = document.createElement('div');
  host.style.width = '343px';
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [baseStyles, tableStyles].flatMap((styles) =>
    styles.styleSheet ? [styles.styleSheet] : [],
  );
  const columns = ['指标', '合计', '报告单位数', '最小', '中位数', '最大', '上年合计', '同比'];
  root.innerHTML = `<div class="scroll" tabindex="0" role="region" aria-label="各项指标合计">
<table>
<thead><tr>${columns.map((column) => `<th scope="col">${column}</th>`).join('')}</tr></thead>
<tbody><tr class="blank">${columns.map(() => '<td style="height: 48px"></td>').join('')}</tr></tbody>
</table>
</div>`;
  document.body.append(host);
  const scroll = root.querySelector<HTMLElement>('.scroll');
  const blank = root.querySelector<HTMLElement>('.blank');
  if (!scroll || !blank) throw new Error('the test table has no .scroll or .blank row');
  return { host, scroll, blank };
}

/** How dark the screen is at each edge of the scroll box, halfway down the blank row (0 white, 255 black). */
async function edges(
  host: HTMLElement,
  scroll: HTMLElement,
  blank: HTMLElement,
): Promise<{ left: number; right: number }> {
  const png = await page.screenshot({ element: host, save: false });
  const image = new Image();
  image.src = `data:image/png;base64,${png}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = image.naturalWidth;
  canvas.height = image.naturalHeight;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2d canvas');
  context.drawImage(image, 0, 0);
  const frame = host.getBoundingClientRect();
  const box = scroll.getBoundingClientRect();
  const row = blank.getBoundingClientRect();
  const scale = image.naturalWidth / frame.width;
  const y = Math.round((row.top + row.height / 2 - frame.top) * scale);
  const darkness = (x: number) => {
    const [red = 0, green = 0, blue = 0] = context.getImageData(Math.round(x * scale), y, 1, 1).data;
    return 255 - Math.round((red + green + blue) / 3);
  };
  return { left: darkness(box.left - frame.left + 3), right: darkness(box.right - frame.left - 4) };
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('the county views’ tables in a narrow column', () => {
  it('shows a shadow at the edge beyond which the table goes on, and none where it ends', async () => {
    const { host, scroll, blank } = wideTable();
    expect(scroll.scrollWidth).toBeGreaterThan(scroll.clientWidth + 40);
    // At the start: more to the right.
    const start = await edges(host, scroll, blank);
    expect(start.left).toBeLessThan(5);
    expect(start.right).toBeGreaterThan(15);
    // Scrolled to the end: more to the left, nothing to the right.
    scroll.scrollLeft = scroll.scrollWidth;
    const end = await edges(host, scroll, blank);
    expect(end.left).toBeGreaterThan(15);
    expect(end.right).toBeLessThan(5);
  });

  it('draws no shadow round a table that fits', async () => {
    const { host, scroll, blank } = wideTable();
    host.style.width = '60rem';
    expect(scroll.scrollWidth).toBeLessThanOrEqual(scroll.clientWidth);
    const fits = await edges(host, scroll, blank);
    expect(fits.left).toBeLessThan(5);
    expect(fits.right).toBeLessThan(5);
  });
});
