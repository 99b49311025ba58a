/**
 * Builders and fixtures for tests of code that uses @law-report/core.
 * Import from `@law-report/core/testing`.
 */
import { ReportSchema, type Report } from '../schema/report.js';
import type { Metric } from '../schema/metric.js';
import type { Section } from '../schema/section.js';
import type { SectionKind } from '../schema/enums.js';
import { importReport, type ImportOptions } from '../import/import-report.js';
import type { ValidationIssue } from '../validate/issue.js';
import beiliu from './fixtures/beiliu-2023.json' with { type: 'json' };

export { findings } from './issues.js';
export { seededRandom } from './seeded-random.js';

/**
 * The 北留镇 2023 report, hand-checked against its text: every section and every
 * quantity. A fresh copy on each call, so tests may change it.
 *
 * @example validateReport(beiliuReport(), { profile: 'submit' }).ok // true
 */
export function beiliuReport(): Report {
  return ReportSchema.parse(JSON.parse(JSON.stringify(beiliu)));
}

let sectionCounter = 0;

/**
 * A section of `kind` with one paragraph; override any field.
 *
 * @example makeSection('plans', { title: '2024年工作安排' })
 */
export function makeSection(kind: SectionKind, overrides: Partial<Section> = {}): Section {
  sectionCounter += 1;
  return {
    id: `${kind}-${sectionCounter}`,
    kind,
    title: defaultTitles[kind],
    paragraphs: [`${defaultTitles[kind]}的正文。`],
    sections: [],
    ...overrides,
  };
}

const defaultTitles: Record<SectionKind, string> = {
  preamble: '',
  duties: '2023年党政主要负责人履行推进法治建设第一责任人职责情况',
  measures: '2023年推进法治政府建设的主要举措和成效',
  shortcomings: '2023年推进法治政府建设存在的不足和原因',
  judgments: '2023年度履行法院生效裁判情况',
  plans: '2024年推进法治政府建设的主要安排',
  other: '其他需要报告的情况',
};

/**
 * A metric of `indicator` with `value`; unit and label default to something plausible.
 *
 * @example makeMetric('disputes.handled', 22, { unit: '起', scope: 'cumulative' })
 */
export function makeMetric(indicator: string, value: number, overrides: Partial<Metric> = {}): Metric {
  return { indicator, label: indicator, value, unit: '件', qualifier: 'exact', ...overrides };
}

/**
 * A schema-valid 2023 town report with all five statutory contents and no metrics,
 * issued 2024-01-20; override any top-level field.
 *
 * @example makeReport({ metrics: [makeMetric('disputes.successRate', 130, { unit: '%' })] })
 */
export function makeReport(overrides: Partial<Report> = {}): Report {
  return {
    schemaVersion: '1.0',
    title: '示例镇2023年法治政府建设工作情况的报告',
    year: 2023,
    unit: { name: '示例镇', level: 'town', parent: { name: '示例县' } },
    issuer: '示例镇人民政府',
    issuedOn: '2024-01-20',
    sections: (['duties', 'measures', 'shortcomings', 'plans', 'other'] as const).map((kind) => makeSection(kind)),
    metrics: [],
    ...overrides,
  };
}

/**
 * `importReport` for tests that import report text: the draft, or a thrown Error naming the
 * issue when the text was refused as no report.
 *
 * @example const { report } = importDraft(beiliuText);
 */
export function importDraft(
  text: string,
  options?: ImportOptions,
): { report: Report; issues: readonly ValidationIssue[] } {
  const { report, issues } = importReport(text, options);
  if (!report) throw new Error(`importDraft: the text was refused: ${issues[0]?.message ?? 'no report'}`);
  return { report, issues };
}
