import { type Metric, type Report, writtenFigure } from '@law-report/core/model';
import type { ReportChange } from '@law-report/core/review';

// core's diffReports knows a figure again by its indicator, words and section: a figure the town
// reclassified (执法培训 → 普法宣传活动, same words, same 6场) comes out as one figure removed and one
// added, two lines the reviewer cannot tell apart. The desk matches them again and says what changed.

/** What a figure matched again across versions changed: each part present only when it did. */
export interface FigureMoved {
  readonly kind: 'metric-moved';
  /** The figure's words and value as the new version writes them. */
  readonly label: string;
  readonly value: string;
  readonly indicator?: Change;
  readonly wording?: Change;
  readonly written?: Change;
  /** `[scope, asOf]` before and after. */
  readonly scope?: { readonly before: Scope; readonly after: Scope };
  /** The titles of the sections it stood in (untitled: empty). */
  readonly section?: Change;
}

interface Change {
  readonly before: string;
  readonly after: string;
}

/** A figure's scope and, for `asOf`, its date. */
export interface Scope {
  readonly scope: NonNullable<Metric['scope']>;
  readonly asOf: string | undefined;
}

/**
 * A figure removed or added, with its scope when it is not the year's (截至…, 累计, 目标): a figure whose
 * scope a town changed is one removed and one added, and its scope is what tells them apart.
 */
export type FigureAddedOrRemoved = Extract<ReportChange, { kind: 'metric-added' | 'metric-removed' }> & {
  readonly scope?: Scope;
};

/** A change as the desk lists it: core's (a figure added or removed with its scope), or a figure removed and added matched as one. */
export type DeskChange =
  | Exclude<ReportChange, { kind: 'metric-added' | 'metric-removed' }>
  | FigureAddedOrRemoved
  | FigureMoved;

// As the report wrote it, qualifier word and all, as diffReports writes a figure's value.
const written = (metric: Metric) => {
  const { number, unit } = writtenFigure(metric);
  return `${number}${unit}`;
};

// The section titles of a report by section id.
function titlesOf(report: Report): Map<string, string> {
  const found = new Map<string, string>();
  const walk = (sections: Report['sections']) => {
    for (const section of sections) {
      found.set(section.id, section.title);
      walk(section.sections);
    }
  };
  walk(report.sections);
  return found;
}

const titleOf = (metric: Metric, found: ReadonlyMap<string, string>) =>
  metric.sectionId === undefined ? '' : (found.get(metric.sectionId) ?? '');

// What diffReports knows a figure again by (indicator, words, section, scope): a figure with such a
// twin in the other version is no figure removed or added (a changed value is a change of its own).
const identity = (metric: Metric, titles: ReadonlyMap<string, string>) =>
  JSON.stringify([metric.indicator, metric.label, titleOf(metric, titles), metric.scope ?? 'year', metric.asOf ?? '']);

// The figures of `mine` without a twin in `theirs`, a twin counted once: those diffReports told as removed (or added).
function unpaired(
  mine: readonly Metric[],
  mineTitles: ReadonlyMap<string, string>,
  theirs: readonly Metric[],
  theirTitles: ReadonlyMap<string, string>,
): Metric[] {
  const left = new Map<string, number>();
  for (const metric of theirs) {
    const key = identity(metric, theirTitles);
    left.set(key, (left.get(key) ?? 0) + 1);
  }
  return mine.filter((metric) => {
    const key = identity(metric, mineTitles);
    const count = left.get(key) ?? 0;
    if (count > 0) left.set(key, count - 1);
    return count === 0;
  });
}

// The figure a change names, taken from the pool so that it names no other.
function take(pool: Metric[], change: { readonly label: string; readonly value: string }): Metric | undefined {
  const at = pool.findIndex((metric) => metric.label === change.label && written(metric) === change.value);
  return at < 0 ? undefined : pool.splice(at, 1)[0];
}

const quote = (metric: Metric) => metric.source?.quote?.trim() ?? '';

// The same figure: the same words and value; else the same sentence it came from and its words or its
// value (one sentence holds several figures: the quote alone names none of them).
const SAME: readonly ((was: Metric, is: Metric) => boolean)[] = [
  (was, is) => was.label === is.label && written(was) === written(is),
  (was, is) =>
    quote(was) !== '' &&
    quote(was) === quote(is) &&
    (was.label === is.label || (was.value === is.value && was.unit === is.unit)),
];

const changed = (before: string, after: string): Change | undefined =>
  before === after ? undefined : { before, after };

const scopeOf = (metric: Metric): Scope => ({ scope: metric.scope ?? 'year', asOf: metric.asOf });

// A figure added or removed with its scope, when that is not the year's.
function withScope(change: ReportChange, metric: Metric | undefined): DeskChange {
  if (!metric || (change.kind !== 'metric-added' && change.kind !== 'metric-removed')) return change;
  const scope = scopeOf(metric);
  return scope.scope === 'year' ? change : { ...change, scope };
}

/**
 * The changes with each figure told as removed and as added that is the same figure (its words and
 * value, or the sentence it came from) said once, as a `metric-moved` where the one added stood:
 * its indicator, words, value, scope or section changed.
 *
 * @example joinMovedFigures(diffReports(v1, v2), v1, v2) // [{ kind: 'metric-moved', label: '开展普法活动', value: '6场', indicator: { before: 'training.sessions', after: 'publicity.events' } }]
 */
export function joinMovedFigures(changes: readonly ReportChange[], before: Report, after: Report): DeskChange[] {
  const [oldTitles, newTitles] = [titlesOf(before), titlesOf(after)];
  const gonePool = unpaired(before.metrics, oldTitles, after.metrics, newTitles);
  const camePool = unpaired(after.metrics, newTitles, before.metrics, oldTitles);
  const gone = new Map<ReportChange, Metric>();
  const came = new Map<ReportChange, Metric>();
  for (const change of changes) {
    const metric =
      change.kind === 'metric-removed'
        ? take(gonePool, change)
        : change.kind === 'metric-added'
          ? take(camePool, change)
          : undefined;
    if (metric) (change.kind === 'metric-removed' ? gone : came).set(change, metric);
  }
  const twinOf = new Map<ReportChange, ReportChange>();
  const matched = new Set<ReportChange>();
  const removals = [...gone];
  for (const same of SAME)
    for (const [added, is] of came) {
      if (twinOf.has(added)) continue;
      const removed = removals.find(([change, was]) => !matched.has(change) && same(was, is))?.[0];
      if (!removed) continue;
      twinOf.set(added, removed);
      matched.add(removed);
    }
  const joined: DeskChange[] = [];
  for (const change of changes) {
    if (matched.has(change)) continue;
    const removed = twinOf.get(change);
    const [was, is] = [removed && gone.get(removed), came.get(change)];
    if (!was || !is) {
      joined.push(withScope(change, gone.get(change) ?? came.get(change)));
      continue;
    }
    const [scopeWas, scopeIs] = [scopeOf(was), scopeOf(is)];
    const indicator = changed(was.indicator, is.indicator);
    const wording = changed(was.label, is.label);
    const value = changed(written(was), written(is));
    const section = changed(titleOf(was, oldTitles).trim(), titleOf(is, newTitles).trim());
    const sameScope = scopeWas.scope === scopeIs.scope && scopeWas.asOf === scopeIs.asOf;
    joined.push({
      kind: 'metric-moved',
      label: is.label,
      value: written(is),
      ...(indicator ? { indicator } : {}),
      ...(wording ? { wording } : {}),
      ...(value ? { written: value } : {}),
      ...(sameScope ? {} : { scope: { before: scopeWas, after: scopeIs } }),
      ...(section ? { section } : {}),
    });
  }
  return joined;
}
