import { LITERAL_ANCHOR } from '../import/literal-lines.js';
import type { Report } from '../schema/report.js';
import { documentMetadata } from './document-metadata.js';
import { signatureDate } from './numbering.js';
import { type OutlineItem, outline } from './outline.js';

// GB/T 9704 (党政机关公文格式): A4, 标题 2号小标宋, 正文 3号仿宋, 一级标题 黑体, 二级标题 楷体,
// 28-point line pitch, first-line indent of two characters, 落款 right-aligned.
const STYLE = `@page { size: A4; margin: 37mm 26mm 35mm 28mm; }
body { margin: 0; }
.law-report { font-family: "FangSong_GB2312", "仿宋_GB2312", "FangSong", "仿宋", "STFangsong", serif; font-size: 16pt; line-height: 28pt; color: #000; max-width: 156mm; margin: 0 auto; }
.law-report h1 { font-family: "FZXiaoBiaoSong-B05S", "方正小标宋简体", "STZhongsong", "SimSun", serif; font-size: 22pt; line-height: 36pt; font-weight: normal; text-align: center; margin: 0 0 28pt; }
.law-report h2, .law-report h3, .law-report h4, .law-report h5 { font-size: 16pt; font-weight: normal; margin: 0; text-indent: 2em; }
.law-report h2 { font-family: "SimHei", "黑体", "STHeiti", sans-serif; }
.law-report h3 { font-family: "KaiTi_GB2312", "楷体_GB2312", "KaiTi", "楷体", "STKaiti", serif; }
.law-report h4, .law-report h5 { font-family: inherit; }
.law-report p { margin: 0; text-indent: 2em; text-align: justify; }
.law-report .signature { margin-top: 56pt; text-align: right; padding-right: 4em; }
.law-report .signature p { text-indent: 0; text-align: right; }`;

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Escapes text for HTML, in content and in a quoted attribute: report text is never markup.
 *
 * @param text Any text.
 * @returns The text with `& < > " '` written as entities.
 * @example escapeHtml('北留镇"<b>') // '北留镇&quot;&lt;b&gt;'
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

/**
 * A standalone, print-ready HTML page in the GB/T 9704 style. The text is shown as the report
 * holds it: where Markdown would escape a line with `\`, the page has an empty anchor
 * (LITERAL_ANCHOR) that only the importer reads.
 */
export function renderHtml(report: Report): string {
  let anchors = 0;
  // The item's text, escaped for HTML, after the anchor that marks a literal line.
  const text = (item: OutlineItem) => {
    const shown = escapeHtml(item.text);
    if (!item.literal) return shown;
    anchors += 1;
    return `<a id="${LITERAL_ANCHOR}${anchors}"></a>${shown}`;
  };
  const body = outline(report).map((item) => {
    switch (item.type) {
      case 'title':
        return `<h1>${text(item)}</h1>`;
      case 'heading': {
        const level = Math.min(5, item.depth + 1);
        return `<h${level}>${escapeHtml(item.number)}${text(item)}</h${level}>`;
      }
      case 'paragraph':
        return `<p>${text(item)}</p>`;
      case 'signature':
        return `<div class="signature"><p>${text(item)}</p><p>${escapeHtml(signatureDate(item.date))}</p></div>`;
    }
  });
  const meta = documentMetadata(report).map(
    ([key, value]) => `<meta name="law-report:${key}" content="${escapeHtml(value)}">`,
  );
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${escapeHtml(report.title)}</title>
${meta.join('\n')}
<style>
${STYLE}
</style>
</head>
<body>
<article class="law-report">
${body.join('\n')}
</article>
</body>
</html>
`;
}
