// What the form loads on use to read a new section's kind from its title: core's reading of section
// titles, apart from the form's first load (loaded when a section is added, before its title is typed).
export { classifySection } from '@law-report/core/model';
