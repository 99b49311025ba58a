import type { Metric } from '@law-report/core/model';
import { noteFrom, type ImportNote } from './import-note.js';

/** What a draft keeps of an import still to confirm. */
export interface PendingState {
  readonly figures: readonly { readonly index: number; readonly note?: ImportNote; readonly words?: string }[];
  readonly guesses: Readonly<Record<string, ImportNote>>;
}

/**
 * What of `metrics` is still to confirm, as plain data to save with a draft: the figures by their
 * place in `metrics` with the importer's note and their own words, the guessed fields with their notes.
 */
export function pendingStateOf(
  metrics: readonly Metric[],
  unconfirmed: WeakSet<Metric>,
  notes: WeakMap<Metric, ImportNote>,
  words: WeakMap<Metric, string>,
  guesses: ReadonlyMap<string, ImportNote>,
): PendingState {
  const figures: { index: number; note?: ImportNote; words?: string }[] = [];
  metrics.forEach((metric, index) => {
    if (!unconfirmed.has(metric)) return;
    const note = notes.get(metric);
    const said = words.get(metric);
    figures.push({ index, ...(note ? { note } : {}), ...(said ? { words: said } : {}) });
  });
  return { figures, guesses: Object.fromEntries(guesses) };
}

/**
 * Takes back what a saved draft still had to confirm (`state`, as {@link pendingStateOf} made it)
 * into the stores given, its figures found by their place in `metrics`; anything malformed is ignored.
 */
export function restorePendingState(
  state: unknown,
  metrics: readonly Metric[],
  unconfirmed: WeakSet<Metric>,
  notes: WeakMap<Metric, ImportNote>,
  words: WeakMap<Metric, string>,
  guesses: Map<string, ImportNote>,
): void {
  if (typeof state !== 'object' || state === null) return;
  const { figures, guesses: guessed } = state as { figures?: unknown; guesses?: unknown };
  for (const figure of Array.isArray(figures) ? figures : []) {
    const {
      index,
      note,
      words: own,
    } = (typeof figure === 'object' && figure !== null ? figure : {}) as {
      index?: unknown;
      note?: unknown;
      words?: unknown;
    };
    const metric = typeof index === 'number' ? metrics[index] : undefined;
    if (!metric || unconfirmed.has(metric)) continue;
    unconfirmed.add(metric);
    const said = noteFrom(note);
    if (said !== undefined) notes.set(metric, said);
    if (typeof own === 'string') words.set(metric, own);
  }
  if (typeof guessed === 'object' && guessed !== null)
    for (const [id, note] of Object.entries(guessed)) {
      const said = noteFrom(note);
      if (said !== undefined && id.startsWith('f-')) guesses.set(id, said);
    }
}
