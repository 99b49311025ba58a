// `@law-report/core/element-strings/en`: the English strings of the elements' own screens,
// loaded on use by an element shown in English.
export { elementStringsEn } from './i18n/elements.en.js';
