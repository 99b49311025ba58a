// The county's years page: <law-report-years> with the reports of every year on the county's
// collection server (/api: under `npm start` with the demo's reviewer token, under `law-report serve
// --portal` with the one the person types), the roster and deadlines the server judges by. Only when
// no server answers, the sample county's reports for 2019–2023, each written out as a report's text
// (its figures in sentences) and read back by the importer, so every total opens the sentences it
// adds up, as it does for a county's own Word files. The notice at the top says which it shows.
import '@law-report/elements/define-years';
import {
  isUnitLevel,
  parseDeadlines,
  parseRosterCsv,
  writtenFigure,
  type Report,
  type RosterEntry,
} from '@law-report/core/model';
import { importReport } from '@law-report/core/import';
import { renderReport } from '@law-report/core';
import rosterCsv from '../data/roster.csv?raw';
import deadlines from '../data/deadlines.json';
import { random, sampleReport, units } from '../data/sample-data.js';
import { withToken } from './demo-tokens.js';
import { followLocale, portalLocale } from './locale.js';
import { portalStrings, type PortalStringKey } from './portal-strings.js';

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

// The sample's reports, written and read back: built only when the page shows the sample.
const sampleReports = () =>
  YEARS.flatMap((year) => {
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

// Whether a collection server answers beside the portal: its public description needs no token.
async function serverAnswers(): Promise<boolean> {
  try {
    const response = await fetch('/api/info', { headers: { accept: 'application/json' } });
    const body = (await response.json().catch(() => ({}))) as { years?: unknown };
    return response.ok && Array.isArray(body.years);
  } catch {
    return false;
  }
}

// The roster and deadlines the server judges by (reviewer), so units that never reported show too.
async function serverRoster(token: string): Promise<{ roster: RosterEntry[]; deadlines: unknown } | undefined> {
  try {
    const response = await fetch('/api/units', { headers: { authorization: `Bearer ${token}` } });
    if (!response.ok) return undefined;
    const body = (await response.json()) as {
      units?: { name: string; level: string; code: string | null; parent: string | null }[];
      deadlines?: { overrides?: unknown };
    };
    return {
      roster: (body.units ?? []).map((unit) => ({
        name: unit.name,
        level: isUnitLevel(unit.level) ? unit.level : 'town',
        ...(unit.code ? { code: unit.code } : {}),
        ...(unit.parent ? { parent: unit.parent } : {}),
      })),
      deadlines: body.deadlines?.overrides ?? undefined,
    };
  } catch {
    return undefined;
  }
}

const years = document.querySelector('law-report-years');
const notice = document.querySelector<HTMLElement>('#source-notice');
const heading = document.querySelector<HTMLElement>('#source-heading');
const source = document.querySelector<HTMLElement>('#source-text');
const where = document.querySelector<HTMLElement>('#sample-where');
const clearLine = document.querySelector<HTMLElement>('#clear-sample-line');

// The notice says what the page shows, in the page's language; data-text names its string, so the
// language picker rewrites it as it rewrites the rest of the page.
function say(headingKey: PortalStringKey, sourceKey: PortalStringKey, sample: boolean): void {
  const strings = portalStrings[portalLocale()];
  if (heading) {
    heading.dataset['text'] = headingKey;
    heading.textContent = strings[headingKey];
  }
  if (source) {
    source.dataset['text'] = sourceKey;
    source.textContent = strings[sourceKey];
  }
  if (where) where.hidden = !sample;
  if (clearLine) clearLine.hidden = !sample;
  if (notice) {
    notice.hidden = false;
    notice.classList.toggle('server', !sample);
  }
}

if (years) {
  followLocale([years]);
  if (await serverAnswers()) {
    say('yearsTokenHeading', 'yearsTokenSource', false);
    await withToken('reviewer', (token) => {
      say('yearsServerHeading', 'yearsServerSource', false);
      years.token = token;
      years.endpoint = '/api';
      // Read again even when the same token is given again (a retry after the server could not be reached).
      years.requestUpdate('endpoint', undefined);
      void serverRoster(token).then((known) => {
        if (!known) return;
        years.roster = known.roster;
        // The server's overrides checked as a county's file is (never trusted as typed).
        const checked = parseDeadlines(known.deadlines ?? {});
        years.deadlines = checked.ok ? checked.value : undefined;
      });
    });
  } else {
    say('sampleHeading', 'yearsSampleSource', true);
    years.roster = parseRosterCsv(rosterCsv).entries;
    years.deadlines = deadlines as typeof years.deadlines;
    years.reports = sampleReports();
    // Without the sample the page shows only the files read on this computer, so the notice about the
    // sample goes. The button stays where it is (focus with it); pressing it again changes nothing.
    document.querySelector<HTMLButtonElement>('#clear-sample')?.addEventListener('click', () => {
      years.reports = [];
      if (notice) notice.hidden = true;
    });
  }
}
