import { formatMessage, messages, type Locale, type ValidationIssue } from '@law-report/core';
import type { ReportStatus } from './store/store.js';

/** The server's own strings; validation messages come from @law-report/core. */
const strings = {
  'zh-CN': {
    unauthorized: '需要有效的令牌（请求头 Authorization: Bearer 令牌）。',
    forbidden: '这个令牌无权做这件事。',
    otherUnit: '这个令牌属于“{unit}”，不能报送或查看“{other}”的报告。',
    notFound: '没有找到。',
    badRequest: '请求有误：{detail}',
    badJson: '请求内容不是有效的 JSON。',
    tooLarge: '请求内容太大（上限 {limit}）。',
    conflict: '这份报告现在是“{status}”，不能{action}。',
    reasonRequired: '{action}须写明原因（reason）。',
    notReady: '还不能{action}：{missing}',
    internal: '服务器出错，请稍后再试。',
    csvWorkflow: '审核状态',
    csvStatus: '报送情况',
    csvQualifier: '{label}（限定）',
    csvTotal: '合计',
    csvFileName: '{county}{year}年法治政府建设年度报告汇总.csv',
    actions: { submit: '再报送', return: '退回', file: '备案', publish: '公开', unpublish: '撤销公开' },
  },
  en: {
    unauthorized: 'A valid token is needed (header Authorization: Bearer <token>).',
    forbidden: 'This token may not do that.',
    otherUnit: 'This token belongs to “{unit}”: it cannot submit or read reports of “{other}”.',
    notFound: 'Not found.',
    badRequest: 'Bad request: {detail}',
    badJson: 'The request body is not valid JSON.',
    tooLarge: 'The request body is too large (limit {limit}).',
    conflict: 'This report is {status}: it cannot be {action} now.',
    reasonRequired: 'To {action} a report, give a reason.',
    notReady: 'Cannot {action} yet: {missing}',
    internal: 'The server failed; please try again later.',
    csvWorkflow: 'Review',
    csvStatus: 'Reporting',
    csvQualifier: '{label} (qualifier)',
    csvTotal: 'Total',
    csvFileName: '{county}{year}年法治政府建设年度报告汇总.csv',
    actions: { submit: 'submitted again', return: 'returned', file: 'filed', publish: 'published', unpublish: 'unpublished' },
  },
} as const;

type Key = Exclude<keyof (typeof strings)['zh-CN'], 'actions'>;

/** A server message in the request's language. */
export function say(locale: Locale, key: Key, params: Readonly<Record<string, string | number>> = {}): string {
  return formatMessage(strings[locale][key], params);
}

/** The 409 message: what the report is, and what cannot be done to it. */
export function conflict(locale: Locale, status: ReportStatus, action: keyof (typeof strings)['zh-CN']['actions']): string {
  return formatMessage(strings[locale].conflict, { status: messages[locale].review[status], action: strings[locale].actions[action] });
}

/** The 422 message of a step whose check failed: what is missing, each error's message. */
export function notReady(locale: Locale, action: string, issues: readonly ValidationIssue[]): string {
  const missing = issues.filter((issue) => issue.severity === 'error').map((issue) => issue.message);
  return formatMessage(strings[locale].notReady, { action, missing: missing.join(locale === 'en' ? '; ' : '；') });
}

/** The locale of a request: English when Accept-Language prefers it, zh-CN otherwise. */
export function localeOfRequest(acceptLanguage: string | undefined): Locale {
  const first = (acceptLanguage ?? '').split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'zh-CN';
}
