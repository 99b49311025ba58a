import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { validateReport } from '@law-report/core';
import { beiliuReport } from '@law-report/core/testing';
import { opsPerSecond, row } from './measure.js';

/** validateReport against the budget, and an ajv-compiled schema.json for comparison. */
export function benchValidate(): string[] {
  const report = beiliuReport();
  const now = new Date('2026-01-01');
  const ours = opsPerSecond(() => {
    if (!validateReport(report, { now }).ok) throw new Error('fixture must validate');
  });
  const ajv = new Ajv2020({ strict: true, validateFormats: false });
  const schema: unknown = JSON.parse(readFileSync(new URL('../../packages/core/schema.json', import.meta.url), 'utf8'));
  const check = ajv.compile(schema as object);
  const theirs = opsPerSecond(() => {
    if (!check(report)) throw new Error('fixture must validate');
  });
  return [
    row('validateReport, 北留镇 report, submit', `${Math.round(ours).toLocaleString('en')} /s`, '≥ 20,000 /s'),
    row('  for comparison: ajv on schema.json (shape only)', `${Math.round(theirs).toLocaleString('en')} /s`),
  ];
}
