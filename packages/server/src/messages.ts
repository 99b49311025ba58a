import { formatMessage, messages, type Locale, type ValidationIssue } from '@law-report/core';
import type { ReportStatus } from './store/store.js';

/** The server's own strings; validation messages come from @law-report/core. */
const strings = {
  'zh-CN': {
    unauthorized:
      '需要有效的令牌：请用县里发给本单位（或审核人）的令牌。接口调用时放在请求头 Authorization: Bearer 令牌 中。',
    tokenExpired: '这个令牌的有效期到 {day}（北京时间）为止，已经不能再用。请向管理报送服务的县里同事要一个新令牌。',
    forbidden: '这个令牌无权做这件事：报送报告要用本单位的令牌，审核、备案、公开要用县里审核人的令牌。',
    otherUnit:
      '这份报告的单位是“{other}”，而您登录的单位是“{unit}”：每个单位只能报送、查看本单位的报告。请核对报告中的单位名称。',
    notFound: '没有找到。',
    badRequest: '请求有误。',
    badQuery: '查询参数有误：{detail}',
    badParams: '地址有误：{detail}',
    badBody: '请求内容有误：{detail}',
    badJson: '请求内容不是有效的 JSON。',
    emptyBody: '请求内容是空的：Content-Type 为 application/json 时须带 JSON 内容。',
    unsupportedMediaType: '不支持这种内容类型（{type}）：请用 application/json 发送。',
    unsupportedCharset: '不支持这种字符编码（{charset}）：请用 UTF-8 发送。',
    badEncoding: '请求内容不是有效的 UTF-8 文字。',
    forbiddenKey: '请求内容含有不允许的键名（__proto__ 或 constructor.prototype，有安全风险），已拒收。',
    badUrl: '地址中有无法识别的字符，请检查百分号编码。',
    badContentLength: '请求头 Content-Length 与实际内容长度不符。',
    headerTooLarge: '请求头太大（上限 {limit}）。',
    missingHost: '请求缺少 Host 请求头。',
    requestTimeout: '请求没有在规定时间内发送完，连接已关闭。',
    field: {
      unknown: '不认识的参数“{name}”',
      required: '缺少“{name}”',
      type: '“{name}”应为{type}',
      enum: '“{name}”只能是 {values}',
      minimum: '“{name}”不能小于 {limit}',
      maximum: '“{name}”不能大于 {limit}',
      maxLength: '“{name}”不能超过 {limit} 个字符',
      minLength: '“{name}”不能少于 {limit} 个字符',
      invalid: '“{name}”的值不对',
    },
    types: {
      integer: '整数',
      number: '数字',
      string: '文字',
      boolean: 'true 或 false',
      object: '对象',
      array: '列表',
      null: '空',
    },
    tooLarge: '请求内容太大（上限 {limit}）。',
    conflict: '这份报告现在是“{status}”，不能{action}。',
    conflictSubmit:
      '这份报告现在是“{status}”，不能再报送。如需修改，请联系县里退回这份报告（已公开的须先撤销公开），退回后改好再提交。',
    reasonRequired: '{action}须写明原因（reason）。',
    notReady: '还不能{action}：{missing}',
    internal: '服务器出错，请稍后再试。',
    tooMany:
      '报送太频繁，这次没有报送：这个令牌每 {window} 分钟最多报送 {limit} 次，请约 {minutes} 分钟后再试。已填写的内容不受影响。',
    tooManyRequests:
      '请求太频繁，这次没有处理：请等 {seconds} 秒再试。已保存、已报送的内容都不会丢失。（同一地址或同一令牌一次最多连续请求 {limit} 次，之后每秒 {perSecond} 次。）',
    extensionsTooLarge: '报告的扩展数据（extensions）太大（上限 {limit}）。',
    versionConflict: '这份报告已有第 {latest} 版，这一步针对的是第 {version} 版：请先看最新版本，再{action}。',
    storeFailed: '数据库暂时无法写入，这次请求没有保存，请稍后再试。',
    unitMismatch: '报告中的单位{field}“{claimed}”与您登录单位的{field}“{known}”不符，已拒收。',
    confidentialityUnconfirmed:
      '公开前须由审核人确认这份报告已完成保密审查（请求中写明 "confidentialityReviewed": true）；确认人和时间记入审核记录。报告中单位自填的“已完成保密审查”不能代替这一确认。',
    confirmHere:
      '报告中没有注明已完成保密审查：县里审核人可以在这里确认（请求中写明 "confidentialityReviewed": true，确认人和时间记入审核记录），不必退回单位。',
    confidentialityAtCounty:
      '报告中没有注明已完成保密审查：县里备案、公开前会核对，由县里审核人确认，不必为此重新报送；如已完成，以后报送时可勾选“已完成保密审查”。',
    unitFields: { name: '名称', parent: '上级单位', code: '代码' },
    actions: { submit: '再报送', return: '退回', file: '备案', publish: '公开', unpublish: '撤销公开' },
  },
  en: {
    unauthorized:
      'A valid token is needed: use the token the county gave your unit (or the reviewer). A program sends it in the header Authorization: Bearer <token>.',
    tokenExpired:
      'This token was valid until {day} (China time) and no longer works. Ask whoever runs the county’s server for a new one.',
    forbidden:
      "This token may not do that: a report is submitted with its unit's token; review, filing and publishing need the county reviewer's token.",
    otherUnit:
      'This report is from “{other}”, but you are signed in for “{unit}”: a unit submits and reads only its own reports. Please check the unit named in the report.',
    notFound: 'Not found.',
    badRequest: 'Bad request.',
    badQuery: 'Bad query: {detail}',
    badParams: 'Bad address: {detail}',
    badBody: 'Bad request body: {detail}',
    badJson: 'The request body is not valid JSON.',
    emptyBody: 'The request body is empty: with Content-Type application/json it must hold JSON.',
    unsupportedMediaType: 'This content type ({type}) is not supported: send application/json.',
    unsupportedCharset: 'This character encoding ({charset}) is not supported: send UTF-8.',
    badEncoding: 'The request body is not valid UTF-8 text.',
    forbiddenKey:
      'The request body has a forbidden key (__proto__ or constructor.prototype, a security risk) and was refused.',
    badUrl: 'The address has characters that cannot be read; check its percent-encoding.',
    badContentLength: 'The Content-Length header does not match the body.',
    headerTooLarge: 'The request headers are too large (limit {limit}).',
    missingHost: 'The request has no Host header.',
    requestTimeout: 'The request did not arrive in time; the connection is closed.',
    field: {
      unknown: 'unknown parameter “{name}”',
      required: '“{name}” is missing',
      type: '“{name}” must be {type}',
      enum: '“{name}” must be one of {values}',
      minimum: '“{name}” must be at least {limit}',
      maximum: '“{name}” must be at most {limit}',
      maxLength: '“{name}” must be at most {limit} {limit|character|characters}',
      minLength: '“{name}” must be at least {limit} {limit|character|characters}',
      invalid: '“{name}” has a wrong value',
    },
    types: {
      integer: 'a whole number',
      number: 'a number',
      string: 'text',
      boolean: 'true or false',
      object: 'an object',
      array: 'a list',
      null: 'null',
    },
    tooLarge: 'The request body is too large (limit {limit}).',
    conflict: 'This report is {status}: it cannot be {action} now.',
    conflictSubmit:
      'This report is {status}: it cannot be submitted again. To change it, ask the county to return it (a published one is unpublished first), then correct it and submit.',
    reasonRequired: 'To {action} a report, give a reason.',
    notReady: 'Cannot {action} yet: {missing}',
    internal: 'The server failed; please try again later.',
    tooMany:
      'Too many submissions: this one was not submitted. This token may submit {limit} {limit|time|times} every {window} minutes; please try again in about {minutes} {minutes|minute|minutes}. Nothing you filled in is affected.',
    tooManyRequests:
      'Too many requests: this one was not carried out. Please wait {seconds} {seconds|second|seconds} and try again; nothing saved or submitted is lost. (One address or token may make {limit} requests in a row, then {perSecond} a second.)',
    extensionsTooLarge: 'The report’s extension data (extensions) is too large (limit {limit}).',
    versionConflict:
      'This report has a version {latest} now; this step was for version {version}: read the latest version, then {action} it.',
    storeFailed: 'The database cannot be written just now: nothing of this request was saved. Please try again later.',
    unitMismatch:
      'The report’s unit {field} “{claimed}” is not the {field} “{known}” of the unit you are signed in for: refused.',
    confidentialityUnconfirmed:
      'Before publishing, the reviewer must confirm that the report passed the confidentiality review (保密审查): send "confidentialityReviewed": true; who confirmed it and when are kept in the history. The unit’s own “confidentiality review done” in the report does not stand for it.',
    confirmHere:
      'The report does not say the confidentiality review (保密审查) is done: the county reviewer can confirm it here (send "confidentialityReviewed": true; who confirmed it and when are kept in the history), without returning it to the unit.',
    confidentialityAtCounty:
      'The report does not say the confidentiality review (保密审查) is done: the county checks it before filing and publishing, and its reviewer confirms it; there is no need to submit again for this. If it is done, you may tick “Confidentiality review done” when you next submit.',
    unitFields: { name: 'name', parent: 'parent', code: 'code' },
    actions: {
      submit: 'submitted again',
      return: 'returned',
      file: 'filed',
      publish: 'published',
      unpublish: 'unpublished',
    },
  },
} as const;

type Key = Exclude<keyof (typeof strings)['zh-CN'], 'actions' | 'field' | 'types' | 'unitFields'>;

/** A part of a report's unit, named in the request's language (名称, 上级单位, 代码). */
export function sayUnitField(locale: Locale, field: keyof (typeof strings)['zh-CN']['unitFields']): string {
  return strings[locale].unitFields[field];
}

/** What a request's field (a query parameter, an address part, a body property) got wrong. */
export type FieldProblem = keyof (typeof strings)['zh-CN']['field'];

/** A field's problem in the request's language: 不认识的参数“foo”. */
export function sayField(
  locale: Locale,
  problem: FieldProblem,
  params: Readonly<Record<string, string | number>>,
): string {
  const types: Readonly<Record<string, string>> = strings[locale].types;
  const type = typeof params['type'] === 'string' ? (types[params['type']] ?? params['type']) : '';
  return formatMessage(strings[locale].field[problem], { ...params, type });
}

/** A server message in the request's language. */
export function say(locale: Locale, key: Key, params: Readonly<Record<string, string | number>> = {}): string {
  return formatMessage(strings[locale][key], params);
}

/** The 409 message: what the report is, and what cannot be done to it. */
export function conflict(
  locale: Locale,
  status: ReportStatus,
  action: keyof (typeof strings)['zh-CN']['actions'],
): string {
  // A unit that cannot submit is told what to do about it.
  if (action === 'submit')
    return formatMessage(strings[locale].conflictSubmit, { status: messages[locale].review[status] });
  return formatMessage(strings[locale].conflict, {
    status: messages[locale].review[status],
    action: strings[locale].actions[action],
  });
}

/**
 * The 422 message of a step whose check failed: what is missing, each error's message; an error the
 * reviewer can answer in the step (`confirmable`, the code of 保密审查 not marked done) is said as that.
 */
export function notReady(
  locale: Locale,
  action: string,
  issues: readonly ValidationIssue[],
  confirmable?: string,
): string {
  const missing = issues
    .filter((issue) => issue.severity === 'error')
    .map((issue) => (issue.code === confirmable ? strings[locale].confirmHere : issue.message));
  return formatMessage(strings[locale].notReady, { action, missing: missing.join(locale === 'en' ? '; ' : '；') });
}

/**
 * The locale of a request: of the two the server speaks, the one `Accept-Language` weighs highest
 * (its `q`; the earlier of two weighed alike), English for any `en` tag, zh-CN for any `zh` tag and
 * when it names neither (a tag with `q=0` or a `q` that is no number is not asked for).
 *
 * @example localeOfRequest('fr, en;q=0.5') // 'en'
 */
export function localeOfRequest(acceptLanguage: string | undefined): Locale {
  let best: { locale: Locale; q: number } | undefined;
  for (const range of (acceptLanguage ?? '').split(',')) {
    const [tag = '', ...parameters] = range.split(';').map((part) => part.trim().toLowerCase());
    const primary = tag.split('-')[0];
    const locale: Locale | undefined = primary === 'en' ? 'en' : primary === 'zh' ? 'zh-CN' : undefined;
    const weight = parameters.find((parameter) => parameter.startsWith('q='))?.slice(2);
    const q = weight === undefined ? 1 : /^(?:0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/.test(weight) ? Number(weight) : 0;
    if (locale && q > 0 && (!best || q > best.q)) best = { locale, q };
  }
  return best?.locale ?? 'zh-CN';
}
