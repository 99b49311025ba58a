// What the form loads on use to check a report: core's validation, apart from what the form needs
// to show one (a page with the form alone does not download the rules before anyone types).
export { validateReport } from '@law-report/core/model';
