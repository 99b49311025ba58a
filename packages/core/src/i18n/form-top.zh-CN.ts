import type { Widen } from './messages.js';

/**
 * The words of the form's top in Simplified Chinese (the report's own fields, the import's heading, the
 * marks of a guessed value): what a form draws before the rest of its strings come. Part of the form's
 * strings, `elementStringsZhCN.form`.
 */
export const formTopStringsZhCN = {
  reportFields: '报告信息',
  paragraphsHelp: '每段之间空一行。',
  required: '（必填）',
  // The empty choice of an optional list (统计口径 not stated), named so it is not read as blank.
  notStated: '（未注明）',
  // A figure's 数值限定 as the form offers it: the words a report writes for each, so 余 is found.
  qualifierChoices: {
    exact: '确数',
    over: '余、多、逾、以上（下限）',
    nearly: '近、将近、接近',
    about: '约、左右',
    under: '不足、不到、以下（上限）',
  },
  importTitle: '从文本导入',
  // 从文本导入 opened before the form's code has come (a page that drew the form in its HTML).
  importLoading: '导入功能正在载入，请稍候。',
  toConfirm: '待核对',
  confirmAll: '确认全部导入的数字',
  unconfirmed: '还有 {count} 项导入的内容待核对。',
  restFailed:
    '表单的其余部分没有加载成功（网络中断或文件缺失），填写的内容还不能保存。请检查网络后刷新页面；刷新前可先把已填写的内容复制下来。',
  guessed: '导入提示：{note}',
  toFill: '待填写',
  confirmField: '确认{field}',
  checking: '正在载入报告的检查规则，请稍候再提交。',
  skipToSubmit: '跳到报告末尾',
  // A part of the page whose file did not load (the summary and dashboard of the embed file, a dashboard's part).
  featureFailed: '这项功能没有加载成功（网络中断或文件缺失），请检查网络后刷新页面再试。',
} as const;

/** The shape of the form top's words in one locale (zh-CN is the reference). */
export type FormTopStrings = Widen<typeof formTopStringsZhCN>;
