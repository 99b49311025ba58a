// `@law-report/core/element-strings/en`: the English strings of the elements' own screens,
// loaded on use by an element shown in English, with the English field strings and form top.
export { elementStringsEn } from './i18n/elements.en.js';
export { fieldStringsEn } from './i18n/fields.en.js';
export { formTopStringsEn } from './i18n/form-top.en.js';
