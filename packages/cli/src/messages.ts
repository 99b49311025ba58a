import { formatMessage, type Locale } from '@law-report/core';

/** The command's own strings; issue messages come from @law-report/core. */
const strings = {
  'zh-CN': {
    usageHint: '运行 `law-report --help` 查看用法。',
    unknownCommand: '未知命令“{command}”。',
    missingFiles: '请指定至少一个报告文件或目录。',
    badProfile: '--profile 只能是 draft、submit 或 publish。',
    badLang: '--lang 只能是 zh-CN 或 en。',
    badDeadlines: '无法读取截止日期配置 {file}：{reason}',
    reportOk: '{source}：通过',
    summary: '共检查 {reports} 份报告：{passed} 份通过，{failed} 份有错误；{warnings} 条警告。',
    noSuchFile: '无法读取：文件或目录不存在',
    emptyDirectory: '目录中没有 .json 或 .jsonl 文件',
    permissionDenied: '无法读取：没有读取权限',
    cannotRead: '无法读取：{reason}',
    internal: '内部错误：{message}。请把这条信息报告给开发者。',
    missingFile: '请指定一个文件。',
    badFormat: '--format 只能是 {formats}。',
    docxNotYet: '暂不支持 .docx：请在 Word 中另存为 .txt 或 .html 后再导入。',
    imported: '已导入 {file}（{encoding}）：{sections} 个章节，{metrics} 项指标，{notes} 条需要核对。',
    written: '已写入 {file}。',
    cannotWrite: '无法写入 {file}：{reason}',
    badYear: '--year 应为年份，如 2023。',
    noReports: '没有读到任何报告。',
    summaryTitle: '{year}年法治政府建设年度报告汇总',
    coverage: '应报 {expected}，已报 {reported}（报送率 {reportedRate}），按时 {onTime}（按时报送率 {onTimeRate}），已公开 {published}（公开率 {publishedRate}）',
    missingList: '未报送：{names}',
    lateList: '逾期报送：{names}',
    unpublishedList: '未公开：{names}',
    none: '无',
    indicatorHeader: '指标|合计|限定|报送单位|最小|最大|中位数',
    rateHeader: '比率|重算值|分子|分母|纳入单位|仅报比率',
    sectionHeader: '法定内容|包含该内容的报告数',
    unitHeader: '单位|状态|完整度',
    skippedCount: '跳过 {count} 项，见上方说明。',
  },
  en: {
    usageHint: 'Run `law-report --help` for usage.',
    unknownCommand: 'Unknown command "{command}".',
    missingFiles: 'Give at least one report file or directory.',
    badProfile: '--profile must be draft, submit or publish.',
    badLang: '--lang must be zh-CN or en.',
    badDeadlines: 'Cannot read the deadline configuration {file}: {reason}',
    reportOk: '{source}: ok',
    summary: 'Checked {reports} reports: {passed} passed, {failed} with errors; {warnings} warnings.',
    noSuchFile: 'cannot read: no such file or directory',
    emptyDirectory: 'the directory holds no .json or .jsonl files',
    permissionDenied: 'cannot read: permission denied',
    cannotRead: 'cannot read: {reason}',
    internal: 'Internal error: {message}. Please report this to the developers.',
    missingFile: 'Give one file.',
    badFormat: '--format must be {formats}.',
    docxNotYet: '.docx is not supported yet: save it from Word as .txt or .html and import that.',
    imported: 'Imported {file} ({encoding}): {sections} sections, {metrics} metrics, {notes} to check.',
    written: 'Wrote {file}.',
    cannotWrite: 'Cannot write {file}: {reason}',
    badYear: '--year must be a year such as 2023.',
    noReports: 'No report was read.',
    summaryTitle: 'Rule-of-law government reports, {year}',
    coverage: 'Expected {expected}, reported {reported} ({reportedRate}), on time {onTime} ({onTimeRate}), published {published} ({publishedRate})',
    missingList: 'Missing: {names}',
    lateList: 'Late: {names}',
    unpublishedList: 'Not published: {names}',
    none: 'none',
    indicatorHeader: 'Indicator|Total|Qualifier|Units|Min|Max|Median',
    rateHeader: 'Rate|Recomputed|Numerator|Denominator|Units|Rate only',
    sectionHeader: 'Content|Reports with it',
    unitHeader: 'Unit|Status|Completeness',
    skippedCount: 'Skipped {count}; see the lines above.',
  },
} as const;

/** Keys of the command's strings. */
export type CliMessage = keyof (typeof strings)['en'];

/**
 * One of the command's strings in `locale`, with `{name}` placeholders filled.
 *
 * @example t('en', 'reportOk', { source: 'a.json' }) // 'a.json: ok'
 */
export function t(locale: Locale, key: CliMessage, params: Readonly<Record<string, string | number>> = {}): string {
  return formatMessage(strings[locale][key], params);
}
