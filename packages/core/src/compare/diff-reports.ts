import { writtenFigure } from '../domain/qualifiers.js';
import type { Metric } from '../schema/metric.js';
import type { Report } from '../schema/report.js';
import type { Section } from '../schema/section.js';

/** One difference between two versions of a report, as a reviewer reads it. */
export type ReportChange =
  | {
      readonly kind: 'field';
      readonly field:
        | 'title'
        | 'year'
        | 'unit.name'
        | 'issuer'
        | 'issuedOn'
        | 'submittedOn'
        | 'publishedOn'
        | 'confidentialityReviewed';
      readonly before: string;
      readonly after: string;
    }
  | { readonly kind: 'section-added' | 'section-removed' | 'section-changed'; readonly title: string }
  | { readonly kind: 'metric-added' | 'metric-removed'; readonly label: string; readonly value: string }
  | { readonly kind: 'metric-changed'; readonly label: string; readonly before: string; readonly after: string };

const FIELDS = [
  'title',
  'year',
  'unit.name',
  'issuer',
  'issuedOn',
  'submittedOn',
  'publishedOn',
  'confidentialityReviewed',
] as const;

function fieldOf(report: Report, field: (typeof FIELDS)[number]): string {
  const value = field === 'unit.name' ? report.unit.name : report[field];
  return value === undefined ? '' : String(value);
}

function* walk(sections: readonly Section[]): Generator<Section> {
  for (const section of sections) {
    yield section;
    yield* walk(section.sections);
  }
}

// A figure is the same figure across versions when its indicator, words and section's title are.
function metricKey(metric: Metric, titles: ReadonlyMap<string, string>): string {
  return JSON.stringify([
    metric.indicator,
    metric.label,
    metric.sectionId === undefined ? '' : (titles.get(metric.sectionId) ?? ''),
    metric.scope ?? 'year',
    metric.asOf ?? '',
  ]);
}

// As the report wrote it, qualifier word and all (20余起, 不少于6场).
const writtenValue = (metric: Metric) => {
  const { number, unit } = writtenFigure(metric);
  return `${number}${unit}`;
};

/**
 * What changed from one version of a report to the next: its fields, its sections (matched by
 * id, else by title; a section whose text changed is named) and its figures (matched by
 * indicator, words and section). For a county reviewing a resubmitted report; empty when
 * nothing did.
 *
 * @example diffReports(v1, v2) // [{ kind: 'metric-changed', label: '调解矛盾纠纷', before: '18起', after: '20起' }]
 */
export function diffReports(before: Report, after: Report): ReportChange[] {
  const changes: ReportChange[] = [];
  for (const field of FIELDS) {
    const [was, is] = [fieldOf(before, field), fieldOf(after, field)];
    if (was !== is) changes.push({ kind: 'field', field, before: was, after: is });
  }
  const old = [...walk(before.sections)];
  const now = [...walk(after.sections)];
  const matched = new Set<Section>();
  for (const section of now) {
    const twin =
      old.find((other) => !matched.has(other) && other.id === section.id) ??
      old.find((other) => !matched.has(other) && other.title === section.title);
    if (!twin) {
      changes.push({ kind: 'section-added', title: section.title });
      continue;
    }
    matched.add(twin);
    if (twin.title !== section.title || twin.paragraphs.join('\n') !== section.paragraphs.join('\n'))
      changes.push({ kind: 'section-changed', title: section.title });
  }
  for (const section of old) if (!matched.has(section)) changes.push({ kind: 'section-removed', title: section.title });
  const titles = (sections: readonly Section[]) => new Map(sections.map((section) => [section.id, section.title]));
  const [oldTitles, newTitles] = [titles(old), titles(now)];
  const oldMetrics = new Map<string, Metric[]>();
  for (const metric of before.metrics) {
    const key = metricKey(metric, oldTitles);
    oldMetrics.set(key, [...(oldMetrics.get(key) ?? []), metric]);
  }
  for (const metric of after.metrics) {
    const twin = oldMetrics.get(metricKey(metric, newTitles))?.shift();
    if (!twin) changes.push({ kind: 'metric-added', label: metric.label, value: writtenValue(metric) });
    else if (writtenValue(twin) !== writtenValue(metric))
      changes.push({
        kind: 'metric-changed',
        label: metric.label,
        before: writtenValue(twin),
        after: writtenValue(metric),
      });
  }
  for (const rest of oldMetrics.values())
    for (const metric of rest)
      changes.push({ kind: 'metric-removed', label: metric.label, value: writtenValue(metric) });
  return changes;
}
