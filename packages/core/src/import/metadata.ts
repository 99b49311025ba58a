import type { UnitLevel } from '../schema/enums.js';
import { isoDate } from '../domain/dates.js';
import { PLACE_ENDINGS, placeEndings, placeLevelOf, unitOfBody } from '../domain/unit-names.js';
import { ENUMERATOR_NUMERALS, YEAR_NUMERALS } from '../domain/numerals.js';
import { charClass, FULL_STOPS, SEMICOLONS } from '../domain/punctuation.js';

// Web-page furniture around a published report: breadcrumbs, 索引号 blocks, "今天是…".
const CHROME =
  /^(?:当前位置|您当前的位置|您的位置|现在的位置|首页\s?[>》/]|索引号|发布机构|发文机关|发布日期|发布时间|发文日期|成文日期|生效日期|主题分类|主题词|信息来源|来源[:：]|作者[:：]|字号|打印|关闭|分享到|今天是|浏览次数|点击数|阅读次数|访问量|责任编辑|编辑[:：]|扫一扫|文号[:：]|公开方式|公开范围|信息分类|上一篇|下一篇|相关链接|相关文件|网站地图|版权所有|主办单位|承办单位|网站标识码|ICP|技术支持|联系我们|政务公开\s?>|>)/;

// A page number left on its own line by a copy out of Word or a PDF: — 1 —, - 2 -, 第3页 共8页, 4/8.
const PAGE_NUMBER =
  /^(?:[—–\-－─]{1,2}\s?\d{1,4}\s?[—–\-－─]{1,2}|第\s?\d{1,4}\s?页(?:\s?[，,/／]?\s?共\s?\d{1,4}\s?页)?|\d{1,4}\s?[/／]\s?\d{1,4})$/;

// A page's buttons in brackets (【字体：大 中 小】, [打印本页], 【关闭窗口】); a label in brackets
// (【普法宣传】全年开展…) is report text.
const BRACKETED_CHROME = /^[【[]\s?(?:字体|字号|打印|关闭|分享|收藏|返回|顶部|大\s?中\s?小)/;

/** Whether a line is page chrome rather than report text: web-page furniture, or a page number. */
export function isChrome(line: string): boolean {
  return (
    CHROME.test(line) ||
    BRACKETED_CHROME.test(line) ||
    isPageNumber(line) ||
    (line.includes('>') && /^(?:首页|主页|网站首页)/.test(line))
  );
}

/** Whether a line is a page number alone (— 1 —, - 2 -, 第3页 共8页, 4/8). */
export function isPageNumber(line: string): boolean {
  return PAGE_NUMBER.test(line);
}

// 发布日期：2024-02-01, 发布时间 2024年2月1日: wherever the chrome line has it (索引号：… 发布时间：… 来源：… on one line).
const PUBLISHED_ON = /(?:发布日期|发布时间)\s?[:：]?\s?(\d{4})\s?[-年/.]\s?(\d{1,2})\s?[-月/.]\s?(\d{1,2})/;

/** The ISO date a line of page chrome gives after 发布日期 or 发布时间, if it has one. */
export function publishedDateOf(line: string): string | undefined {
  const match = PUBLISHED_ON.exec(line);
  return match ? isoDate(Number(match[1]), Number(match[2]), Number(match[3])) : undefined;
}

// A sentence, not a title: it ends with a stop or a semicolon.
const SENTENCE_CLOSE = new RegExp(`${charClass(`${FULL_STOPS}${SEMICOLONS}`)}$`);
// A heading, not a title: 一、…
const HEADING_START = new RegExp(`^[${ENUMERATOR_NUMERALS}]+、`);
// Where a title's subject starts after the unit's name: its year (2023年, 二〇二三年) or its subject words.
const SUBJECT_START = new RegExp(
  String.raw`\d{4}\s?年|[一二][${YEAR_NUMERALS}]{3}\s?年|法治政府|法治建设|依法行政|关于|年度`,
);

/** Whether a line is the report's title: it names 法治 and a report, and is not a sentence. */
export function looksLikeTitle(line: string): boolean {
  return (
    line.length <= 80 &&
    /法治|依法行政|法治政府/.test(line) &&
    /报告|情况|总结/.test(line) &&
    !SENTENCE_CLOSE.test(line) &&
    !HEADING_START.test(line)
  );
}

/**
 * The reporting unit named by a title (北留镇2023年…的报告, 2023年度北留镇…, 关于阳城县司法局…),
 * or by the issuer when the title names none.
 */
export function unitNameOf(title: string, issuer: string | undefined): string | undefined {
  const fromTitle =
    nameBeforeSubject(title.replace(/^关于/, '')) ??
    nameBeforeSubject(
      title
        .replace(/^关于/, '')
        .replace(/^\d{4}\s?年度?/, '')
        .replace(/^关于/, ''),
    );
  const name = fromTitle ?? (issuer ? issuer.trim() : undefined);
  if (!name) return undefined;
  // 中共北留镇委员会 北留镇人民政府 → the government; 北留镇人民政府 → 北留镇.
  return unitOfBody(name.split(/\s+/).at(-1) ?? name);
}

function nameBeforeSubject(title: string): string | undefined {
  const cut = title.search(SUBJECT_START);
  const name = (cut < 0 ? '' : title.slice(0, cut)).trim();
  return name.length >= 2 ? name : undefined;
}

/** The administrative level a unit's name implies, for a first guess a person confirms. */
export function levelOf(name: string): UnitLevel {
  if (/(?:局|委|委员会|办|办公室|厅|中心|院|所|队|站|部)$/.test(name)) return 'department';
  return placeLevelOf(name) ?? 'town';
}

// A town under its county or city: 阳城县北留镇, 乌兰旗巴彦苏木. The parent's ending is one
// character (县 区 旗 市 州 盟), so the nearest parent is found by a bounded run without it.
const PARENT_ENDING = `[${[...PLACE_ENDINGS.county, ...PLACE_ENDINGS.city].join('')}]`;
const TOWN_UNDER_PARENT = new RegExp(`^(.{2,16}${PARENT_ENDING})(.{2,10}?(?:${placeEndings('town')}))$`);
const NEAREST_PARENT = new RegExp(`[^${PARENT_ENDING.slice(1, -1)}]{2,8}${PARENT_ENDING}$`);

/** 阳城县北留镇 → parent 阳城县, name 北留镇; 临江市江北区滨江街道 → parent 江北区, name 滨江街道. */
export function splitParent(name: string): { name: string; parent?: string } {
  const match = TOWN_UNDER_PARENT.exec(name);
  if (!match?.[1] || !match[2]) return { name };
  // 临江市江北区滨江街道: the parent is the nearest, 江北区.
  const parent = NEAREST_PARENT.exec(match[1])?.[0] ?? match[1];
  return { name: match[2], parent };
}
