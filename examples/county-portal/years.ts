// The county's years page: <law-report-years> with the sample county's reports for 2019–2023,
// each written out as a report's text (its figures in sentences) and read back by the importer,
// so every total opens the sentences it adds up, as it does for a county's own Word files.
import '@law-report/elements/define-years';
import { parseRosterCsv, writtenFigure, type Report } from '@law-report/core/model';
import { importReport } from '@law-report/core/import';
import { renderReport } from '@law-report/core';
import rosterCsv from '../data/roster.csv?raw';
import deadlines from '../data/deadlines.json';
import { random, sampleReport, units } from '../data/sample-data.js';
import { followLocale } from './locale.js';

const YEARS = [2019, 2020, 2021, 2022, 2023];

// A sample report as a town would write it: each figure in a sentence of its section.
function asWritten(report: Report): Report {
  const sentences = (id: string) =>
    report.metrics
      .filter((metric) => metric.sectionId === id)
      .map((metric) => {
        const { number, unit } = writtenFigure(metric);
        return `${metric.label}${number}${unit}。`;
      })
      .join('');
  return {
    ...report,
    sections: report.sections.map((section) => ({
      ...section,
      paragraphs: [sentences(section.id) || '按计划推进各项工作。'],
    })),
    metrics: [],
  };
}

const reports = YEARS.flatMap((year) => {
  const next = random(year);
  return units.map((unit) => {
    const written = sampleReport(unit, year, next);
    const { report } = importReport(renderReport(asWritten(written), { format: 'text' }));
    // What the text does not say (when it reached the county, when it was published) comes from the sample.
    return {
      ...report,
      ...(written.submittedOn ? { submittedOn: written.submittedOn } : {}),
      ...(written.publishedOn ? { publishedOn: written.publishedOn } : {}),
    };
  });
});

const years = document.querySelector('law-report-years');
if (years) {
  followLocale([years]);
  years.roster = parseRosterCsv(rosterCsv).entries;
  years.deadlines = deadlines as typeof years.deadlines;
  years.reports = reports;
  const clear = document.querySelector<HTMLButtonElement>('#clear-sample');
  const notice = document.querySelector<HTMLElement>('#sample-notice');
  // Without the sample the page shows only the files read on this computer, so the notice about the
  // sample goes. The button stays where it is (focus with it); pressing it again changes nothing.
  clear?.addEventListener('click', () => {
    years.reports = [];
    if (notice) notice.hidden = true;
  });
}
