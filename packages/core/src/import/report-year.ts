// The year a report is on, from the evidence the earlier stages read, strongest first.
import { reportingYear, yearIn, yearsIn } from '../domain/dates.js';
import { classifySection } from './section-kinds.js';

/** Where the reporting year was read: the title, the plans' heading, the 落款 date, the other headings, the text, or today. */
export type YearSource = 'title' | 'plans' | 'issueDate' | 'headings' | 'body' | 'today';

/** What the year is read from: the outputs of the title, 落款 and outline stages. */
export interface YearEvidence {
  readonly title: string | undefined;
  /** The titles of the top-level sections, without their enumerators and run-on text. */
  readonly headings: readonly string[];
  /** The 落款 date, ISO. */
  readonly issuedOn: string | undefined;
  /** The body's paragraphs, the last resort but one. */
  readonly paragraphs: readonly string[];
  /** Today, the last resort: the year a report written now is on. */
  readonly now: Date;
}

/**
 * The year a report is on (not the year it was issued), and where it was read. The title names
 * it; else the plans' heading names the next year (四、2020年工作打算 → 2019); else the 落款 date
 * (issued in the first nine months: the year before; from October: that year); else the year most
 * top-level headings name; else the year the text names most; else the year before today. A
 * sentence or heading about an earlier year (2018年，在全市考评中名列第二) never outweighs the
 * plans' year or the 落款.
 *
 * @param evidence - title, top-level headings, 落款 date, paragraphs, and today
 * @returns the year, clamped to 1990–2100, and its source
 * @example readReportYear({ title: '柳溪镇法治政府建设年度报告', headings: ['巩固2018年考评成果'], issuedOn: '2020-03-16', paragraphs: [], now }) // { year: 2019, from: 'issueDate' }
 */
export function readReportYear(evidence: YearEvidence): { readonly year: number; readonly from: YearSource } {
  const fromTitle = evidence.title ? yearIn(evidence.title) : undefined;
  if (fromTitle) return { year: fromTitle, from: 'title' };
  const read = (year: number, from: YearSource) => ({ year: Math.min(2100, Math.max(1990, year)), from });
  // 2023年工作总结及2024年工作计划: the plans name the latest year of their heading.
  const planned = evidence.headings
    .map((heading) => (classifySection(heading) === 'plans' ? latest(yearsIn(heading)) : undefined))
    .find((year) => year !== undefined);
  if (planned) return read(planned - 1, 'plans');
  if (evidence.issuedOn) {
    const [year = 0, month = 0] = evidence.issuedOn.split('-').map(Number);
    return read(month >= 10 ? year : year - 1, 'issueDate');
  }
  const fromHeadings = mostCommon(evidence.headings.filter((heading) => classifySection(heading) !== 'plans'));
  if (fromHeadings) return read(fromHeadings, 'headings');
  const fromBody = mostCommon(evidence.paragraphs.slice(0, 200));
  if (fromBody) return read(fromBody, 'body');
  return read(reportingYear(evidence.now), 'today');
}

// The latest of some years, without spreading an unbounded list into a call.
function latest(years: readonly number[]): number | undefined {
  let max: number | undefined;
  for (const year of years) if (max === undefined || year > max) max = year;
  return max;
}

// The year most of the texts name (each text counts its first year once); the first named on a tie.
function mostCommon(texts: readonly string[]): number | undefined {
  const counts = new Map<number, number>();
  for (const text of texts) {
    const year = yearIn(text);
    if (year) counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}
