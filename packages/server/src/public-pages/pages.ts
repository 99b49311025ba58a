import { messages, renderReport } from '@law-report/core';
import type { PublishedReport } from '../published-reports.js';
import { ICON_LINK } from './icon.js';
import { chineseDay, escapeHtml } from './markup.js';
import { reportPath } from './paths.js';

// The public's pages: plain HTML the server writes, readable without script, by a screen reader and
// on paper. Every string from a report or the roster goes through escapeHtml; core's print HTML
// escapes the report's own text.

const zh = messages['zh-CN'];

// The pages' own chrome: a skip link visible when focused, a readable line length, a day never
// broken over two lines (2024年3月9 / 日), and nothing of it on paper (the print is the report alone, with page numbers).
const CHROME_STYLE = `.skip { position: absolute; left: -999em; top: 0; background: #fff; color: #00e; padding: 0.5em 1em; }
.skip:focus { left: 0.5em; top: 0.5em; z-index: 1; }
.public-chrome { font-family: system-ui, "PingFang SC", "Microsoft YaHei", sans-serif; max-width: 48rem; margin: 0 auto; padding: 1rem; line-height: 1.6; color: #1a1a1a; }
.public-chrome a { color: #0645ad; }
.public-chrome time { white-space: nowrap; }
@media print { .skip, .public-chrome { display: none; } }`;

// The list of reports: each report a block, its title a link on its own line(s), the unit, its level
// and the 公开 day on the line(s) below. One shape at every width: a table's four columns left the
// title two characters a line on a 375 px phone and pushed the dates off its edge. A unit's name,
// a level and 公开日期 with its day never break inside (spaced apart, so a line that wraps starts
// with the next of them, not a separator); a title breaks anywhere rather than overflow.
const LIST_STYLE = `.public-chrome .reports { list-style: none; margin: 0; padding: 0; }
.public-chrome .reports li { padding: 0.6em 0; border-bottom: 1px solid #ccc; overflow-wrap: anywhere; }
.public-chrome .reports li:first-child { border-top: 1px solid #ccc; }
.public-chrome .reports p { margin: 0.2em 0 0; color: #555; display: flex; flex-wrap: wrap; column-gap: 1.5em; }
.public-chrome .unit, .public-chrome .level, .public-chrome .day { white-space: nowrap; }`;

const PAGE_NUMBERS = `@page { @bottom-center { content: "— " counter(page) " —"; font-family: "SimSun", "宋体", serif; font-size: 14pt; } }`;

// On a screen the report keeps a margin (core's print page has none of its own beyond the paper's),
// so on a phone its text does not run to the glass's edges; on paper the page's margins do it.
const REPORT_SCREEN = `@media screen { .law-report { padding: 1rem; } }`;

/** The county's name before a page's title, when it is known. */
const titled = (county: string | null, title: string) => `${county ?? ''}${title}`;

/** What a page is made of, apart from its body. */
interface PageParts {
  readonly title: string;
  readonly head?: string;
  readonly body: string;
}

/** A whole page in the public's shape: lang, title, skip link to `#main`. */
function page({ title, head = '', body }: PageParts): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
${ICON_LINK}
${head}<style>
body { margin: 0; }
${CHROME_STYLE}
${LIST_STYLE}
</style>
</head>
<body>
<a class="skip" href="#main">跳到正文</a>
<main id="main" class="public-chrome">
${body}
</main>
</body>
</html>
`;
}

/** A unit's level as the public reads it (乡镇（街道）), or the code as stored when it is none of core's. */
const levelLabel = (level: string) => (zh.levels as Readonly<Record<string, string>>)[level] ?? level;

/**
 * `/reports/`: the published reports by year, newest year first, each its title (a link) with its
 * unit, level and the day the county published it below.
 *
 * @example indexPage([published], '青川县')
 */
export function indexPage(reports: readonly PublishedReport[], county: string | null): string {
  const title = titled(county, '法治政府建设年度报告公开');
  const years = [...new Set(reports.map((report) => report.year))].sort((a, b) => b - a);
  const sections = years.map((year) => {
    const rows = reports
      .filter((report) => report.year === year)
      .sort((a, b) => a.unit.localeCompare(b.unit, 'zh-CN'))
      .map(
        (report) => `<li>
<a href="${escapeHtml(reportPath(report.year, report.unit, 'html'))}">${escapeHtml(report.report.title)}</a>
<p><span class="unit">${escapeHtml(report.unit)}</span> <span class="level">${escapeHtml(levelLabel(report.report.unit.level))}</span> <span class="day">公开日期：${report.publishedOn ? `<time datetime="${escapeHtml(report.publishedOn)}">${escapeHtml(chineseDay(report.publishedOn))}</time>` : '—'}</span></p>
</li>`,
      );
    return `<section aria-labelledby="year-${year}">
<h2 id="year-${year}">${year}年度</h2>
<ul class="reports" aria-labelledby="year-${year}">
${rows.join('\n')}
</ul>
</section>`;
  });
  return page({
    title,
    head: '<link rel="alternate" type="application/atom+xml" title="公开报告订阅" href="/reports/feed.xml">\n',
    body: `<h1>${escapeHtml(title)}</h1>
<p>各单位法治政府建设年度报告，经县里备案后公开。日期为县里公开的日期（北京时间）。<a href="/reports/feed.xml">订阅（Atom）</a></p>
${sections.length > 0 ? sections.join('\n') : '<p>还没有公开的报告。</p>'}`,
  });
}

/**
 * `/reports/<year>/<unit>.html`: core's print HTML (the GB/T 9704 look) with the public's chrome
 * around it: a skip link, a line with the county's 公开 day and the Word and JSON beside it,
 * page numbers in print.
 *
 * @throws Error when core's page no longer has the shape this wraps (a test holds it)
 * @example reportPage(published)
 */
export function reportPage(published: PublishedReport): string {
  const html = renderReport(published.report, { format: 'html' });
  const day = published.publishedOn
    ? `<time datetime="${escapeHtml(published.publishedOn)}">${escapeHtml(chineseDay(published.publishedOn))}</time>`
    : '—';
  const chrome = `<a class="skip" href="#main">跳到正文</a>
<nav class="public-chrome" aria-label="公开报告">
<p><a href="/reports/">全部公开报告</a></p>
<p>${escapeHtml(published.unit)}${published.year}年度报告，公开日期：${day}。下载：<a href="${escapeHtml(reportPath(published.year, published.unit, 'docx'))}" type="application/vnd.openxmlformats-officedocument.wordprocessingml.document">Word 文档（.docx）</a>，<a href="${escapeHtml(reportPath(published.year, published.unit, 'json'))}" type="application/json">数据（JSON）</a></p>
</nav>
<main id="main">
`;
  const wrapped = html
    .replace(
      '</head>',
      `<meta name="viewport" content="width=device-width, initial-scale=1">\n${ICON_LINK}\n<style>\n${CHROME_STYLE}\n${REPORT_SCREEN}\n${PAGE_NUMBERS}\n</style>\n</head>`,
    )
    .replace('<body>\n', `<body>\n${chrome}`)
    .replace('</article>\n</body>', '</article>\n</main>\n</body>');
  if (!wrapped.includes('<main id="main">') || !wrapped.includes('</main>'))
    throw new Error('reportPage: core’s print HTML has no <body> or </article> where expected');
  return wrapped;
}

/**
 * The public's 404: a Chinese page saying the report is not (or no longer) public.
 *
 * @example notFoundPage()
 */
export function notFoundPage(): string {
  return page({
    title: '没有找到这份报告',
    body: `<h1>没有找到这份报告</h1>
<p>这个地址没有已公开的报告：报告可能尚未公开，或已撤销公开。</p>
<p><a href="/reports/">查看全部公开报告</a></p>`,
  });
}
