// `@law-report/core/element-strings`: the strings of the elements' own screens, in Chinese.
// The English ones are a file of their own, `@law-report/core/element-strings/en`, which an
// element imports only when it is shown in English. The field strings and the form's top are
// parts of those tables a form can draw its first screen with, before the rest of them comes.
export type { ElementStrings } from './i18n/element-strings.js';
export { elementStringsZhCN } from './i18n/elements.zh-CN.js';
export { fieldStringsZhCN, type FieldStrings } from './i18n/fields.zh-CN.js';
export { formTopStringsZhCN, type FormTopStrings } from './i18n/form-top.zh-CN.js';
