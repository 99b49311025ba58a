import { writtenFigure } from '../domain/qualifiers.js';
import type { Metric } from '../schema/metric.js';
import type { Report } from '../schema/report.js';
import type { Section } from '../schema/section.js';
import { align } from './align.js';
import { sentences, type TextChange, textChange } from './text-change.js';

export type { TextChange } from './text-change.js';

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
  | { readonly kind: 'section-added' | 'section-removed'; readonly title: string }
  /** Only the title changed (its text is told apart, as a `section-changed` under the new title). */
  | { readonly kind: 'section-retitled'; readonly before: string; readonly after: string }
  | { readonly kind: 'section-changed'; readonly title: string; readonly text: TextChange }
  | { readonly kind: 'metric-added' | 'metric-removed'; readonly label: string; readonly value: string }
  | {
      readonly kind: 'metric-changed';
      readonly label: string;
      readonly before: string;
      readonly after: string;
      /** The figure's scope when it is not the year's (累计, 截至…, 目标): a changed running total is no year's figure. */
      readonly scope?: 'cumulative' | 'asOf' | 'target';
      /** For `asOf`, the day. */
      readonly asOf?: string;
    };

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

// A section is the same section across versions when its kind and title are: ids are renumbered
// when one before it is removed, and positions move.
const sectionKey = (section: Section) => `${section.kind}\u0000${section.title.trim()}`;

// Some sentence of the text kept: the same section, its text edited.
const sharesText = (before: Section, after: Section) => {
  const change = textChange(before.paragraphs, after.paragraphs);
  return change === undefined || change.removed < sentences(before.paragraphs).length;
};

/**
 * The sections of two versions paired: those of the same kind and title, in order; between them,
 * one of the same title (its kind changed), else of the same kind whose text is alike or shares a
 * sentence (its title changed). Unpaired ones were removed or added.
 */
function pairSections(old: readonly Section[], now: readonly Section[]): Map<Section, Section> {
  const twins = new Map<Section, Section>();
  const anchors = align(old.map(sectionKey), now.map(sectionKey));
  let [from, to] = [0, 0];
  for (const [i, j] of [...anchors, [old.length, now.length] as [number, number]]) {
    const [gone, came] = [old.slice(from, i), now.slice(to, j)];
    const taken = new Set<Section>();
    const pair = (test: (before: Section, after: Section) => boolean) => {
      for (const after of came) {
        if (twins.has(after)) continue;
        const before = gone.find((candidate) => !taken.has(candidate) && test(candidate, after));
        if (!before) continue;
        taken.add(before);
        twins.set(after, before);
      }
    };
    pair((before, after) => before.title.trim() !== '' && before.title.trim() === after.title.trim());
    pair(
      (before, after) => before.kind === after.kind && textChange(before.paragraphs, after.paragraphs) === undefined,
    );
    pair((before, after) => before.kind === after.kind && sharesText(before, after));
    const [before, after] = [old[i], now[j]];
    if (before && after) twins.set(after, before);
    [from, to] = [i + 1, j + 1];
  }
  return twins;
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
 * kind and title, not by id or place, which change when a section before is removed; a title
 * changed is told as such; a text changed says how, sentence by sentence) and its figures
 * (matched by indicator, words and section). For a county reviewing a resubmitted report; empty
 * when nothing did.
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
  const twins = pairSections(old, now);
  const paired = new Set(twins.values());
  // In the order of the report: a section removed where it stood, before those that follow it.
  let next = 0;
  const removedUpTo = (stop: number) => {
    for (; next < stop; next += 1) {
      const section = old[next];
      if (section && !paired.has(section)) changes.push({ kind: 'section-removed', title: section.title });
    }
  };
  // Where the next section kept stood before: the ones removed ahead of it are named before one added here.
  const nextKept: number[] = [];
  for (let j = now.length - 1, at = old.length; j >= 0; j -= 1) {
    const twin = twins.get(now[j] as Section);
    if (twin) at = Math.min(at, old.indexOf(twin));
    nextKept[j] = at;
  }
  for (const [j, section] of now.entries()) {
    const twin = twins.get(section);
    if (!twin) {
      removedUpTo(nextKept[j] ?? old.length);
      changes.push({ kind: 'section-added', title: section.title });
      continue;
    }
    removedUpTo(old.indexOf(twin));
    if (twin.title.trim() !== section.title.trim())
      changes.push({ kind: 'section-retitled', before: twin.title, after: section.title });
    const text = textChange(twin.paragraphs, section.paragraphs);
    if (text) changes.push({ kind: 'section-changed', title: section.title, text });
  }
  removedUpTo(old.length);
  // A figure stays in its section when only the section's title changed: named by the title it had.
  const oldTitles = new Map(old.map((section) => [section.id, section.title]));
  const newTitles = new Map(now.map((section) => [section.id, (twins.get(section) ?? section).title]));
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
        ...(metric.scope && metric.scope !== 'year' ? { scope: metric.scope } : {}),
        ...(metric.asOf ? { asOf: metric.asOf } : {}),
      });
  }
  for (const rest of oldMetrics.values())
    for (const metric of rest)
      changes.push({ kind: 'metric-removed', label: metric.label, value: writtenValue(metric) });
  return changes;
}
