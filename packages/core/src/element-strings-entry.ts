// `@law-report/core/element-strings`: the strings of the elements' own screens, in Chinese.
// The English ones are a file of their own, `@law-report/core/element-strings/en`, which an
// element imports only when it is shown in English.
export type { ElementStrings } from './i18n/element-strings.js';
export { elementStringsZhCN } from './i18n/elements.zh-CN.js';
