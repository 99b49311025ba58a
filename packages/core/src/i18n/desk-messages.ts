import type { Locale } from './messages.js';

/**
 * The strings of the county's review desk (`<law-report-review>`), in a table of their own: the
 * pages of towns and the public, which never review, do not load them with the shared messages.
 */
const zhCN = {
  heading: '{year}年报告审核',
  year: '年度',
  yes: '是',
  no: '否',
  yearOption: '{year}年',
  byStatus: '按审核状态',
  tab: '{status}（{count}）',
  queue: '{status}的报告',
  none: '没有{status}的报告。',
  unit: '单位',
  version: '版本',
  updated: '最近更新',
  open: '审核{unit}的报告',
  view: '查看{unit}的报告',
  opened: '{unit}{year}年的报告，第 {version} 版，{status}',
  checks: '按公开要求检查',
  checksOk: '按公开要求检查没有发现问题。',
  warnings: '需要留意的数据',
  changes: '与上一版相比',
  noPrevious: '这是第一版。',
  noChanges: '内容与上一版相同。',
  changedField: '{field}：“{before}”改为“{after}”',
  changedSection: '章节“{title}”的正文有改动',
  addedSection: '新增章节“{title}”',
  removedSection: '删去章节“{title}”',
  // An untitled section, named by its kind (导语) or as the form names it (（未命名章节）).
  changedUntitledSection: '{title}的正文有改动',
  addedUntitledSection: '新增{title}',
  removedUntitledSection: '删去{title}',
  changedMetric: '“{label}”：{before} 改为 {after}',
  addedMetric: '新增数据“{label}”：{value}',
  removedMetric: '删去数据“{label}”：{value}',
  actions: '审核操作',
  reason: '退回或撤销公开的原因',
  reasonHelp: '退回、撤销公开时必填，会告知报送单位。',
  reasonMissing: '请写明{action}的原因。',
  reasonNeeded: '还没有{action}：请先填写{action}原因。',
  confirmNeeded: '还没有{action}：请先勾选保密审查的确认。',
  done: '已{action}{unit}的报告。',
  failed: '没能{action}：{message}',
  close: '关闭',
  reviewer: '审核人',
  confirmConfidentiality: '我已确认这份报告完成了保密审查，可以公开',
  confirmConfidentialityHelp:
    '公开前须由审核人确认；确认人和时间记入审核记录。单位在报告中自填的“已完成保密审查”不能代替这一确认。',
  confirmConfidentialityMissing: '公开前请先勾选“我已确认这份报告完成了保密审查”。',
  historyConfirmed: '（确认已完成保密审查）',
  // 备案 takes the same confirmation as 公开, where the unit did not mark 保密审查 done: the county confirms it, the unit need not send the report again.
  confirmConfidentialityFile: '我已确认这份报告完成了保密审查，可以备案',
  confirmConfidentialityFileHelp:
    '报告中没有注明已完成保密审查的，可由审核人在这里确认后备案，不必退回单位；确认人和时间记入审核记录。公开时仍须再次确认。',
  confirmConfidentialityFileMissing:
    '报告中没有注明已完成保密审查：请先勾选“我已确认这份报告完成了保密审查，可以备案”，不必退回单位。',
  refusedConfirmable: '另外，报告中没有注明已完成保密审查：这一点可由你勾选上方的确认，不必由单位补全。',
  // In the check for publication: 保密审查 not marked done is the reviewer's to confirm, not the unit's to mend.
  checksConfirmable: '报告中没有注明已完成保密审查：由你在备案、公开时勾选确认即可，不必退回单位。',
  // The 报送日期 a report is judged by (core's judgedSubmission). Its names are the summary's (`ui.receivedOn`,
  // `ui.loadedOn`, `ui.submittedOn`, `ui.issuedOn` of the shared messages), so the desk and the report it shows agree.
  loadedNote: '（历史导入，报告所载日期）',
  judgedLine: '{label}：{date}（是否逾期按这个日期判断）。',
  typedBesides: '单位在报告中填写的报送日期是{date}。',
  typedNone: '单位在报告中没有填写报送日期。',
  lateAs: '{label} {date} 晚于截止日期 {deadline}（逾期 {days} 天）。',
  // Not yet published: what 公开 today would mean, said as a condition, never as the report's date.
  publishTodayLate: '尚未公开。如今天公开，将晚于公开截止日期 {deadline}，逾期 {days} 天。',
  publishTodayOnTime: '尚未公开。如今天公开，在公开截止日期 {deadline} 之前，不逾期。',
  refusedHeading: '还不能{action}：这份报告有以下 {count} 个问题，须由单位补全后重新报送。',
  // The report's own text in the desk, to read before 退回 or 备案, with links between it and the steps.
  fullText: '报告全文',
  toFullText: '阅读报告全文',
  backToActions: '回到审核操作',
  noText: '报告中还没有正文。',
} as const;

const en: { readonly [K in keyof typeof zhCN]: string } = {
  heading: 'Review of the {year} reports',
  year: 'Year',
  yes: 'yes',
  no: 'no',
  yearOption: '{year}',
  byStatus: 'By review status',
  tab: '{status} ({count})',
  queue: 'Reports {status}',
  none: 'No reports {status}.',
  unit: 'Unit',
  version: 'Version',
  updated: 'Last change',
  open: 'Review the report of {unit}',
  view: 'Read the report of {unit}',
  opened: '{unit}, {year} report, version {version}, {status}',
  checks: 'Checked for publication',
  checksOk: 'The check for publication found no problem.',
  warnings: 'Figures to look at',
  changes: 'Since the previous version',
  noPrevious: 'This is the first version.',
  noChanges: 'Nothing changed since the previous version.',
  changedField: '{field}: “{before}” became “{after}”',
  changedSection: 'The text of section “{title}” changed',
  addedSection: 'Section “{title}” added',
  removedSection: 'Section “{title}” removed',
  changedUntitledSection: '{title}: its text changed',
  addedUntitledSection: '{title} added',
  removedUntitledSection: '{title} removed',
  changedMetric: '“{label}”: {before} became {after}',
  addedMetric: 'Figure “{label}” added: {value}',
  removedMetric: 'Figure “{label}” removed: {value}',
  actions: 'Review actions',
  reason: 'Reason for returning or unpublishing',
  reasonHelp: 'Required to return or unpublish; the unit is told.',
  reasonMissing: '“{action}” needs a reason: please give it.',
  reasonNeeded: '“{action}” was not done: please give a reason first.',
  confirmNeeded: '“{action}” was not done: please confirm the confidentiality review first.',
  done: 'The report of {unit} is now: {status}.',
  failed: '“{action}” did not go through: {message}',
  close: 'Close',
  reviewer: 'Reviewer',
  confirmConfidentiality: 'I confirm this report has passed the confidentiality review and may be published',
  confirmConfidentialityHelp:
    'Required to publish; who confirmed it and when are kept in the review history. The unit’s own “confidentiality review done” in the report does not stand for it.',
  confirmConfidentialityMissing:
    'To publish, first tick “I confirm this report has passed the confidentiality review”.',
  historyConfirmed: ' (confidentiality review confirmed)',
  confirmConfidentialityFile: 'I confirm this report has passed the confidentiality review and may be filed',
  confirmConfidentialityFileHelp:
    'Where the report does not say the confidentiality review is done, the reviewer confirms it here and files it, without returning it to the unit; who confirmed it and when are kept in the review history. Publishing asks for it again.',
  confirmConfidentialityFileMissing:
    'The report does not say the confidentiality review is done: first tick “I confirm this report has passed the confidentiality review and may be filed”; there is no need to return it.',
  refusedConfirmable:
    'Besides, the report does not say the confidentiality review is done: you can confirm that above; the unit need not mend it.',
  checksConfirmable:
    'The report does not say the confidentiality review is done: you confirm it when you file and publish it; there is no need to return it.',
  loadedNote: ' (loaded history: the date the report gives)',
  judgedLine: '{label}: {date} (lateness is judged by this date).',
  // After the sentence before it, in the same paragraph.
  typedBesides: ' The unit wrote {date} as its submission date in the report.',
  typedNone: ' The unit wrote no submission date in the report.',
  lateAs: '{label} {date}, after the deadline {deadline} ({days} days late).',
  publishTodayLate: 'Not yet published. Published today, it would be {days} days after the deadline {deadline}.',
  publishTodayOnTime: 'Not yet published. Published today, it would be within the deadline {deadline}.',
  refusedHeading: '“{action}” is not possible yet. Problems for the unit to mend and send again ({count}):',
  fullText: 'The report’s text',
  toFullText: 'Read the report’s text',
  backToActions: 'Back to the review actions',
  noText: 'The report has no text yet.',
};

/** The review desk's strings by locale. */
export const deskMessages: Readonly<Record<Locale, { readonly [K in keyof typeof zhCN]: string }>> = {
  'zh-CN': zhCN,
  en,
};
