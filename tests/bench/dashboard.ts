// <law-report-dashboard> with 40 units × 30 indicators against the same tables drawn as plain
// DOM, side by side in one Chromium: from setting the data to the next paint.
import { aggregate, defaultCatalog, type AggregateResult, type Report } from '@law-report/core';
import { makeMetric, makeReport } from '@law-report/core/testing';
import { median, withDistPages } from './browser.js';
import { row } from './measure.js';

// 40 towns, each giving the same 30 counted indicators in their own measure word.
function countyReports(): Report[] {
  const counts = defaultCatalog.indicators.filter((definition) => definition.kind === 'count').slice(0, 30);
  return Array.from({ length: 40 }, (_, u) =>
    makeReport({
      unit: { name: `第${u + 1}镇`, level: 'town' },
      issuer: `第${u + 1}镇人民政府`,
      metrics: counts.map((definition, i) =>
        makeMetric(definition.key, ((u + 1) * (i + 3)) % 97, {
          unit: definition.units[0] ?? '件',
          qualifier: (u + i) % 7 === 0 ? 'over' : 'exact',
        }),
      ),
    }),
  );
}

// The same content the dashboard shows: rates, lists, the units table, the contents matrix,
// and the figures table with a bar per unit, built element by element.
const PLAIN = `<!doctype html><html><body><div id="root"></div><script>
window.renderPlain = (result) => {
  const root = document.getElementById('root');
  const el = (parent, tag, text) => { const e = document.createElement(tag); if (text !== undefined) e.textContent = text; parent.append(e); return e; };
  el(root, 'h2', result.year + '年法治政府建设年度报告报送情况');
  const tiles = el(root, 'dl');
  for (const label of ['报送率', '按时报送率', '公开率']) { const d = el(tiles, 'div'); el(d, 'dt', label); el(d, 'dd', '100%'); }
  for (const list of [result.units.missing, result.units.late, result.units.unpublished]) { const ul = el(root, 'ul'); for (const name of list) el(ul, 'li', name); }
  const table = (headers) => { const t = el(root, 'table'); const tr = el(el(t, 'thead'), 'tr'); for (const h of headers) el(el(tr, 'th'), 'button', h); return el(t, 'tbody'); };
  let body = table(['单位', '状态', '报送日期', '截止日期', '逾期天数', '完整度']);
  for (const unit of result.unitsDetail) { const tr = el(body, 'tr'); el(el(tr, 'th'), 'button', unit.name); for (const cell of [unit.status, unit.submittedOn, unit.deadline, unit.daysLate, unit.completeness]) el(tr, 'td', String(cell)); }
  body = table(['单位', '一', '二', '三', '四', '五']);
  for (const unit of result.unitsDetail) { const tr = el(body, 'tr'); el(tr, 'th', unit.name); for (let i = 0; i < 5; i++) el(tr, 'td', unit.contents.length > i ? '有' : '无'); }
  body = table(['指标', '合计', '报送单位', '最小', '中位数', '最大', '分布']);
  const ns = 'http://www.w3.org/2000/svg';
  for (const [key, figure] of Object.entries(result.indicators)) {
    const tr = el(body, 'tr'); el(tr, 'th', key);
    for (const cell of [figure.total + ' ' + figure.unit, figure.reporting, figure.min, figure.median, figure.max]) el(tr, 'td', String(cell));
    const svg = document.createElementNS(ns, 'svg'); svg.setAttribute('role', 'img'); svg.setAttribute('viewBox', '0 0 160 28'); el(tr, 'td').append(svg);
    result.unitsDetail.forEach((unit, i) => {
      const value = unit.values && unit.values[key]; if (!value) return;
      const rect = document.createElementNS(ns, 'rect'); const h = Math.max(1, value.value / (figure.max || 1) * 28);
      rect.setAttribute('x', String(i * 4)); rect.setAttribute('y', String(28 - h)); rect.setAttribute('width', '3'); rect.setAttribute('height', String(h));
      const title = document.createElementNS(ns, 'title'); title.textContent = unit.name + '：' + value.value; rect.append(title); svg.append(rect);
    });
  }
};
</script></body></html>`;

const DASHBOARD = `<!doctype html><html><head><script type="module" src="./law-report-elements.js"></script></head><body></body></html>`;

/** Render time of the dashboard (given reports, or an aggregate) and of plain DOM, side by side. */
export async function benchDashboard(): Promise<string[]> {
  const reports = countyReports();
  const result: AggregateResult = aggregate(reports, { year: 2023, unitValues: true });
  return withDistPages({ '/dashboard.html': DASHBOARD, '/plain.html': PLAIN }, async (browser, origin) => {
    const render = async (kind: 'reports' | 'aggregate' | 'plain') => {
      const page = await browser.newPage();
      await page.goto(`${origin}/${kind === 'plain' ? 'plain' : 'dashboard'}.html`);
      if (kind !== 'plain') await page.waitForFunction(() => customElements.get('law-report-dashboard') !== undefined);
      const ms = await page.evaluate(
        async ([which, data]) => {
          const start = performance.now();
          if (which === 'plain') {
            (window as unknown as { renderPlain: (r: unknown) => void }).renderPlain(data);
          } else {
            const dashboard = document.createElement('law-report-dashboard') as HTMLElement & {
              reports: unknown;
              aggregate: unknown;
              updateComplete: Promise<unknown>;
            };
            if (which === 'reports') dashboard.reports = data;
            else dashboard.aggregate = data;
            document.body.append(dashboard);
            await dashboard.updateComplete;
          }
          await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
          return performance.now() - start;
        },
        [kind, kind === 'reports' ? reports : result] as const,
      );
      await page.close();
      return ms;
    };
    const runs = { reports: [] as number[], aggregate: [] as number[], plain: [] as number[] };
    for (let round = 0; round < 5; round++)
      for (const kind of ['reports', 'aggregate', 'plain'] as const) runs[kind].push(await render(kind));
    const plain = median(runs.plain);
    const line = (name: string, ms: number) =>
      row(name, `${ms.toFixed(0)} ms`, `×${(ms / plain).toFixed(2)} plain DOM (${plain.toFixed(0)} ms); budget ≤ 2`);
    return [
      line('dashboard, 40 units × 30 indicators: render', median(runs.aggregate)),
      line('  the same, aggregating the 40 reports too', median(runs.reports)),
    ];
  });
}
