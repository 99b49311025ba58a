import { isIsoDateText } from '../domain/dates.js';
import { isUnitLevel } from '../schema/codes.js';
import type { Report } from '../schema/report.js';
import type { Unit } from '../schema/unit.js';

/**
 * The report fields the text does not show (the unit's level, codes and parent, dates of
 * submission and publication, 保密审查), and those it shows but may not read back exactly
 * (title, issuer, 落款 date), as `key: value` pairs. Markdown carries them as front matter,
 * HTML as `<meta name="law-report:key">`, so an import gets them back; each format quotes
 * the values so none can forge another.
 */
export function documentMetadata(report: Report): [string, string][] {
  const pairs: [string, string | undefined][] = [
    ['title', report.title],
    ['year', String(report.year)],
    ['unit.name', report.unit.name],
    ['unit.level', report.unit.level],
    ['unit.code', report.unit.code],
    ['unit.parent.name', report.unit.parent?.name],
    ['unit.parent.code', report.unit.parent?.code],
    ['submittedOn', report.submittedOn],
    ['publishedOn', report.publishedOn],
    [
      'confidentialityReviewed',
      report.confidentialityReviewed === undefined ? undefined : String(report.confidentialityReviewed),
    ],
    ['issuer', report.issuer],
    ['issuedOn', report.issuedOn],
  ];
  return pairs.filter((pair): pair is [string, string] => pair[1] !== undefined);
}

/** What document metadata can set on an imported report; anything malformed is ignored. */
export interface DocumentFields {
  title?: string;
  issuer?: string;
  issuedOn?: string;
  year?: number;
  unit?: Unit;
  submittedOn?: string;
  publishedOn?: string;
  confidentialityReviewed?: boolean;
}

const CODE = /^\d{6}(?:\d{3}){0,2}$/;

/**
 * Reads `key: value` metadata back, keeping only well-formed values of known keys, so a
 * hand-edited header can never make the draft invalid.
 */
export function readDocumentMetadata(pairs: ReadonlyMap<string, string>): DocumentFields {
  const fields: DocumentFields = {};
  for (const key of ['title', 'issuer'] as const) {
    const value = pairs.get(key);
    if (value !== undefined && value.trim() !== '') fields[key] = value;
  }
  const year = Number(pairs.get('year'));
  if (Number.isInteger(year) && year >= 1990 && year <= 2100) fields.year = year;
  const name = pairs.get('unit.name');
  const level = pairs.get('unit.level');
  if (name !== undefined && name.trim() !== '' && isUnitLevel(level)) {
    const unit: Unit = { name, level };
    const code = pairs.get('unit.code');
    if (code && CODE.test(code)) unit.code = code;
    const parentName = pairs.get('unit.parent.name');
    if (parentName !== undefined && parentName.trim() !== '') {
      const parentCode = pairs.get('unit.parent.code');
      unit.parent = parentCode && CODE.test(parentCode) ? { name: parentName, code: parentCode } : { name: parentName };
    }
    fields.unit = unit;
  }
  for (const key of ['submittedOn', 'publishedOn', 'issuedOn'] as const) {
    const value = pairs.get(key);
    if (value && isIsoDateText(value) && !Number.isNaN(Date.parse(value))) fields[key] = value;
  }
  const reviewed = pairs.get('confidentialityReviewed');
  if (reviewed === 'true' || reviewed === 'false') fields.confidentialityReviewed = reviewed === 'true';
  return fields;
}
