// The sample county 青川县 (examples/data): its roster, deadlines and two years of reports.
import { parseRosterCsv, type DeadlineOverrides } from '@law-report/core';
import deadlinesJson from '../data/deadlines.json';
import reports2022 from '../data/reports-2022.jsonl?raw';
import reports2023 from '../data/reports-2023.jsonl?raw';
import rosterCsv from '../data/roster.csv?raw';

const lines = (text: string): unknown[] =>
  text
    .split('\n')
    .filter((line) => line.trim())
    .map((line): unknown => JSON.parse(line));

/** The units the county expects. */
export const roster = parseRosterCsv(rosterCsv).entries;
/** The county's own deadline for towns (1月31日). */
export const deadlines: DeadlineOverrides = deadlinesJson as DeadlineOverrides;
/** The reports on 2023, as submitted. */
export const reports = lines(reports2023);
/** The reports on 2022, for the change from last year. */
export const previous = lines(reports2022);
