import { daysInMonth } from '../domain/dates.js';
import { LEVEL_WORDS } from '../domain/unit-names.js';
import { importMessages } from '../i18n/import-messages.js';
import { formatMessage, type Locale } from '../i18n/messages.js';
import { isUnitLevel } from '../schema/codes.js';
import { parseCsv } from './csv.js';
import { rosterKey } from './unit-key.js';
import type { UnitLevel } from '../schema/enums.js';

/** One unit a county expects a report from. */
export interface RosterEntry {
  readonly name: string;
  readonly level: UnitLevel;
  readonly code?: string;
  readonly parent?: string;
  /** This unit's own submission deadline, as an ISO date, overriding its level's. */
  readonly deadline?: string;
}

/** What can be wrong in a roster file; `roster_no_name_column` makes the whole file unusable. */
export type RosterProblemCode =
  | 'roster_no_name_column'
  | 'roster_no_name'
  | 'roster_unknown_level'
  | 'roster_bad_code'
  | 'roster_bad_deadline'
  | 'roster_listed_twice'
  | 'roster_open_quote';

/** A problem in one line of a roster file, said in the chosen language. */
export interface RosterProblem {
  readonly line: number;
  readonly code: RosterProblemCode;
  readonly reason: string;
}

const HEADERS: Readonly<Record<string, keyof RosterEntry>> = {
  name: 'name',
  名称: 'name',
  单位: 'name',
  单位名称: 'name',
  level: 'level',
  层级: 'level',
  级别: 'level',
  code: 'code',
  代码: 'code',
  行政区划代码: 'code',
  parent: 'parent',
  上级: 'parent',
  上级单位: 'parent',
  deadline: 'deadline',
  截止日期: 'deadline',
  报送截止日期: 'deadline',
};

/**
 * Reads a roster from CSV: a header row naming the columns (`name,level,code,parent,deadline`,
 * or 名称/层级/代码/上级/截止日期), then one unit a row. Quoted fields may hold commas and
 * quotes. Levels may be written in English or Chinese (乡镇, 苏木, 部门…: the domain's LEVEL_WORDS). Bad rows are reported,
 * never thrown, and the good ones kept: a unit listed again, also under another spelling the aggregator matches
 * as the same unit (北留镇人民政府 after 北留镇), is kept once; a quote never closed keeps nothing after it; a file with no name column gives no entries and one
 * `roster_no_name_column` problem, which callers treat as a configuration error.
 *
 * @example parseRosterCsv('name,level\n北留镇,town\n县司法局,department').entries.length // 2
 */
export function parseRosterCsv(
  text: string,
  locale: Locale = 'zh-CN',
): { entries: RosterEntry[]; problems: RosterProblem[] } {
  const problem = (
    line: number,
    code: RosterProblemCode,
    params: Readonly<Record<string, string>> = {},
  ): RosterProblem => ({
    line,
    code,
    reason: formatMessage(importMessages[locale].roster[code], params),
  });
  const rows = parseCsv(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  const entries: RosterEntry[] = [];
  const problems: RosterProblem[] = [];
  const header =
    rows[0]?.cells.map((cell) => (Object.hasOwn(HEADERS, cell.trim()) ? HEADERS[cell.trim()] : undefined)) ?? [];
  if (!header.includes('name')) {
    problems.push(problem(1, 'roster_no_name_column'));
    return { entries, problems };
  }
  // The unit each key stands for: two spellings of one unit (北留镇, 北留镇人民政府) are one key, as the aggregator matches.
  const seen = new Map<string, string>();
  for (const { line, cells, unclosed } of rows.slice(1)) {
    // A quote left open swallowed the rest of the file into one cell: nothing in it is a unit.
    if (unclosed) {
      problems.push(problem(line, 'roster_open_quote'));
      continue;
    }
    if (cells.every((cell) => cell.trim() === '')) continue;
    const fields: Partial<Record<keyof RosterEntry, string>> = {};
    header.forEach((key, index) => {
      const value = cells[index]?.trim();
      if (key && value) fields[key] = value;
    });
    const entry = rosterEntry(fields);
    if ('code' in entry && 'params' in entry) {
      problems.push(problem(line, entry.code, entry.params));
      continue;
    }
    const first = seen.get(rosterKey(entry));
    if (first !== undefined) problems.push(problem(line, 'roster_listed_twice', { name: entry.name, first }));
    else {
      seen.set(rosterKey(entry), entry.name);
      entries.push(entry);
    }
  }
  return { entries, problems };
}

type RowProblem = { readonly code: RosterProblemCode; readonly params: Readonly<Record<string, string>> };

function rosterEntry(fields: Partial<Record<keyof RosterEntry, string>>): RosterEntry | RowProblem {
  const { name, code, parent, deadline } = fields;
  if (!name) return { code: 'roster_no_name', params: {} };
  const rawLevel = fields.level ?? 'town';
  const level = isUnitLevel(rawLevel)
    ? rawLevel
    : Object.hasOwn(LEVEL_WORDS, rawLevel)
      ? LEVEL_WORDS[rawLevel]
      : undefined;
  if (!level) return { code: 'roster_unknown_level', params: { level: rawLevel } };
  if (code !== undefined && !/^\d{6}(?:\d{3}){0,2}$/.test(code)) return { code: 'roster_bad_code', params: { code } };
  if (deadline !== undefined && !isIsoDate(deadline)) return { code: 'roster_bad_deadline', params: { deadline } };
  return { name, level, ...(code ? { code } : {}), ...(parent ? { parent } : {}), ...(deadline ? { deadline } : {}) };
}

function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}
