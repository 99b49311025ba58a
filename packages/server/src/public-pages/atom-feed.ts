import type { PublishedReport } from '../published-reports.js';
import { chineseDay, escapeXml } from './markup.js';
import { reportPath } from './paths.js';

/** What {@link atomFeed} needs besides the reports. */
export interface FeedOptions {
  /** The server's origin as the request named it (`https://fz.example.gov.cn`): Atom wants absolute links. */
  readonly origin: string;
  readonly county: string | null;
  /** The feed's own `updated`: when the public list last changed. */
  readonly updated: string;
}

/**
 * `/reports/feed.xml`: an Atom feed (RFC 4287) announcing each publication, one entry per
 * published report, its `updated` the instant the county (last) published it; everything from a
 * report escaped as XML text.
 *
 * @example atomFeed(reports, { origin: 'http://127.0.0.1:8080', county: '青川县', updated: '2024-01-26T08:00:00.000Z' })
 */
export function atomFeed(reports: readonly PublishedReport[], { origin, county, updated }: FeedOptions): string {
  const entries = [...reports]
    .sort((a, b) => Date.parse(b.publishedAt ?? '') - Date.parse(a.publishedAt ?? ''))
    .map((report) => {
      const page = `${origin}${reportPath(report.year, report.unit, 'html')}`;
      const when = report.publishedAt ?? updated;
      const day = report.publishedOn ? `，${chineseDay(report.publishedOn)}公开` : '';
      return `<entry>
<id>${escapeXml(page)}</id>
<title>${escapeXml(report.report.title)}</title>
<updated>${escapeXml(when)}</updated>
<published>${escapeXml(when)}</published>
<author><name>${escapeXml(report.unit)}</name></author>
<link rel="alternate" type="text/html" href="${escapeXml(page)}"/>
<link rel="enclosure" type="application/vnd.openxmlformats-officedocument.wordprocessingml.document" href="${escapeXml(`${origin}${reportPath(report.year, report.unit, 'docx')}`)}"/>
<summary>${escapeXml(`${report.unit}${report.year}年度法治政府建设年度报告${day}。`)}</summary>
</entry>`;
    });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">
<id>${escapeXml(`${origin}/reports/`)}</id>
<title>${escapeXml(`${county ?? ''}法治政府建设年度报告公开`)}</title>
<updated>${escapeXml(updated)}</updated>
<author><name>${escapeXml(county ?? '法治政府建设年度报告')}</name></author>
<link rel="self" type="application/atom+xml" href="${escapeXml(`${origin}/reports/feed.xml`)}"/>
<link rel="alternate" type="text/html" href="${escapeXml(`${origin}/reports/`)}"/>
${entries.join('\n')}
</feed>
`;
}
