// Every string of the portal's own frame and pages (the elements bring theirs from core), in
// Chinese, what a town or county clerk reads by default, and in English, for the language picker.
// The pages' markup carries the Chinese text too, so a page reads right before its script runs:
// an element marked data-text="key" (its text) or data-label="key" (its aria-label) is rewritten
// from here when the language changes, and a test holds the markup to this table.

/** The languages the portal's picker offers. */
export type PortalLocale = 'zh-CN' | 'en';

const zhCN = {
  skip: '跳到正文',
  site: '青川县人民政府',
  office: '依法治县办 · 法治政府建设年度报告',
  sections: '栏目',
  navDashboard: '报送情况',
  navForm: '填报',
  navSummary: '报告摘要',
  navReview: '审核',
  navYears: '历年',
  navPublic: '公开',
  language: '语言',
  footer: '示例门户：青川县及其 16 个单位和它们各年度的报告均为虚构。',
  dashboardTitle: '报送情况 · 青川县法治政府建设年度报告',
  dashboardHeading: '全县报送情况',
  formTitle: '填报 · 青川县法治政府建设年度报告',
  formHeadingPlain: '填报法治政府建设年度报告',
  formSteps: '填报步骤',
  step1: '填写或导入报告',
  step2: '检查',
  step3: '提交',
  step4: '查看县里的审核结果',
  summaryTitle: '报告摘要 · 青川县法治政府建设年度报告',
  summaryHeading: '报告摘要',
  reviewTitle: '审核 · 青川县法治政府建设年度报告',
  reviewHeading: '审核各单位的报告',
  reviewerToken: '审核人令牌',
  unitToken: '本单位令牌',
  useToken: '使用',
  // What 使用 did, said in the status line beside the token ({unit}: the unit the server names). In a clerk's words:
  // never the server's own text, which is written for whoever calls its API.
  tokenEmpty: '请先输入令牌。',
  tokenUsedUnit: '已使用本单位令牌：{unit}。',
  tokenUsedReviewer: '已使用审核人令牌。',
  tokenNotUnit: '这是审核人令牌，本页需要本单位令牌。',
  tokenNotReviewer: '这是{unit}的单位令牌，本页需要审核人令牌。',
  tokenRefused: '这个令牌不对或已失效，请核对后重新输入，或向县里要一个新的令牌。',
  tokenExpired: '这个令牌已过期，不能再用，请向县里要一个新的令牌。',
  tokenUnreachable: '连不上报送服务器，页面没有任何改动。请稍后再按“使用”。',
  tokenUnanswered: '报送服务器暂时没有核对这个令牌，页面没有任何改动。请稍后再按“使用”。',
  yearsTitle: '历年报告 · 青川县法治政府建设年度报告',
  yearsHeading: '全县历年报告',
  clearSample: '不看示例，只看我读取的文件',
  yearsIntro: '也可以选择本机装有历年报告的文件夹，文件不会上传。',
  // The notice of a page that shows the example's own reports, not the server's (the summary and
  // years pages): one heading and one pointer to the county's real reports, each page its source.
  sampleHeading: '这一页显示的是示例报告，不是服务器收到的报告',
  summarySampleSource:
    '下面是本示例自带的一份报告：北留镇 2023 年的报告，本项目的参考报告。北留镇不是青川县的单位，这份报告也不是县里报送服务器收到的，“按时报送”等标记只为示意。',
  yearsSampleSource:
    '下面的数字和日期来自本示例自带的虚构报告（青川县 2019—2023 年各单位的报告，由报告全文导入），不是县里报送服务器收到的报告：单位同名，报送日期和数字却和服务器上的不同。',
  sampleWhere: '县里报送服务器收到的报告在：',
  sampleReviewLink: '“审核”页：逐份查看各单位报送的报告',
  sampleServerLink: '“报送情况”页：全县的报送情况和汇总数字',
  // The years page's notice when it shows the county's collection server: what it shows and where from.
  yearsServerHeading: '这一页显示的是县里报送服务器上的报告',
  yearsServerSource:
    '下面是报送服务器上各单位历年的报告，包括历史导入的旧报告，和“报送情况”页的汇总出自同一台服务器。选择本机的文件时，文件里的报告和服务器上的报告一起显示；文件不会上传。',
  yearsTokenHeading: '请输入审核人令牌，查看报送服务器上的历年报告',
  yearsTokenSource:
    '这台服务器保存着县里收到的报告。输入审核人令牌后，下面显示各单位历年的报告；令牌只留在这个页面里，刷新后要重新输入。',
} as const;

type Key = keyof typeof zhCN;

const en: Readonly<Record<Key, string>> = {
  skip: 'Skip to content',
  site: 'Qingchuan County People’s Government',
  office: 'Office for Law-Based Governance · Annual rule-of-law government reports',
  sections: 'Sections',
  navDashboard: 'Submissions',
  navForm: 'File a report',
  navSummary: 'Report summary',
  navReview: 'Review',
  navYears: 'Years',
  navPublic: 'Published',
  language: 'Language',
  footer: 'A sample portal: Qingchuan County, its 16 units and their reports of every year are invented.',
  dashboardTitle: 'Submissions · Qingchuan County annual rule-of-law government reports',
  dashboardHeading: 'Submissions across the county',
  formTitle: 'File a report · Qingchuan County annual rule-of-law government reports',
  formHeadingPlain: 'File the annual rule-of-law government report',
  formSteps: 'Steps',
  step1: 'Fill in or import the report',
  step2: 'Check it',
  step3: 'Submit',
  step4: 'See the county’s review',
  summaryTitle: 'Report summary · Qingchuan County annual rule-of-law government reports',
  summaryHeading: 'Report summary',
  reviewTitle: 'Review · Qingchuan County annual rule-of-law government reports',
  reviewHeading: 'Review the units’ reports',
  reviewerToken: 'Reviewer token',
  unitToken: 'Your unit’s token',
  useToken: 'Use',
  tokenEmpty: 'Enter a token first.',
  tokenUsedUnit: 'Using your unit’s token: {unit}.',
  tokenUsedReviewer: 'Using the reviewer token.',
  tokenNotUnit: 'This is a reviewer token; this page needs your unit’s token.',
  tokenNotReviewer: 'This is {unit}’s unit token; this page needs a reviewer token.',
  tokenRefused:
    'This token is wrong or no longer valid. Check it and enter it again, or ask the county for a new token.',
  tokenExpired: 'This token has expired and cannot be used. Ask the county for a new token.',
  tokenUnreachable:
    'The collection server could not be reached; nothing on this page was changed. Press Use again later.',
  tokenUnanswered:
    'The collection server did not check this token just now; nothing on this page was changed. Press Use again later.',
  yearsTitle: 'Years · Qingchuan County annual rule-of-law government reports',
  yearsHeading: 'The county’s reports over the years',
  clearSample: 'Hide the sample, show only the files I read',
  yearsIntro: 'You can also choose a folder of past years’ reports on this computer; nothing is uploaded.',
  sampleHeading: 'This page shows sample reports, not the reports the server has received',
  summarySampleSource:
    'Below is a report built into this example: Beiliu Town’s report for 2023, the project’s reference report. Beiliu Town is not one of Qingchuan County’s units and the county’s collection server has not received this report; badges such as “on time” are for illustration only.',
  yearsSampleSource:
    'The figures and dates below come from invented reports built into this example (the reports of Qingchuan County’s units for 2019–2023, imported from their full text), not from the reports the county’s collection server has received: the units have the same names, but their submission dates and figures differ from the server’s.',
  sampleWhere: 'The reports the county’s collection server has received are on:',
  sampleReviewLink: 'the Review page: each unit’s report, one by one',
  sampleServerLink: 'the Submissions page: the county’s submissions and totals',
  yearsServerHeading: 'This page shows the reports on the county’s collection server',
  yearsServerSource:
    'Below are the units’ reports of every year on the collection server, old reports loaded into it included: the same server as the totals on the Submissions page. Files you choose on this computer are shown together with the server’s reports; nothing is uploaded.',
  yearsTokenHeading: 'Enter a reviewer token to see the reports of every year on the collection server',
  yearsTokenSource:
    'This server keeps the reports the county has received. Once a reviewer token is entered, the units’ reports of every year are shown below; the token stays in this page only and is asked for again after a reload.',
};

/** The portal's strings by language. */
export const portalStrings: Readonly<Record<PortalLocale, Readonly<Record<Key, string>>>> = { 'zh-CN': zhCN, en };

/** A key of {@link portalStrings}. */
export type PortalStringKey = Key;

/** Whether `key` (from a page's data-text or data-label) names one of the portal's strings. */
export function isPortalStringKey(key: string): key is PortalStringKey {
  return Object.hasOwn(zhCN, key);
}

/**
 * The form page's heading, naming the unit and the report's year (each left out when not known
 * yet), in phrases a line may break between (the page puts a <wbr> there): a Chinese line
 * otherwise breaks anywhere, even inside 法治.
 *
 * @example formHeading('zh-CN', '柳林乡', 2023); // ['填报柳林乡2023年', '法治政府建设年度报告']
 */
export function formHeading(
  locale: PortalLocale,
  unit: string | undefined,
  year: number | undefined,
): readonly string[] {
  if (locale === 'en') {
    if (!unit) return [year ? `File the ${year} rule-of-law government report` : en.formHeadingPlain];
    return [`File ${unit}’s ${year ? `${year} ` : ''}rule-of-law government report`];
  }
  if (!unit && !year) return [zhCN.formHeadingPlain];
  return [`填报${unit ?? ''}${year ? `${year}年` : ''}`, '法治政府建设年度报告'];
}
