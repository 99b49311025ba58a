import type { TransitionRecord } from './store/store.js';

/** Which earlier version a review compares the latest with, and why that one. */
export interface ComparedVersion {
  readonly version: number;
  /** `returned`: the version the county last returned, sent again since; `before`: the one before the latest. */
  readonly kind: 'returned' | 'before';
}

/**
 * The version a reviewer compares the latest with. After the county returned a report and the unit
 * sent it again (once or more), what the reviewer needs is what changed since the version they
 * returned, not since the unit's last attempt: v1 returned, v2 and v3 sent gives v1, so a change made
 * in v2 is not hidden. Otherwise the version before the latest. Every version comes with a step of
 * its own in the history (`submit`, or `load` for 历史导入), so the version a return applied to is
 * the number of such steps before it: no clock is compared.
 *
 * @param latest - the latest version's number
 * @param history - the report's review steps, oldest first
 * @returns the version to compare with, or `undefined` for a first version
 *
 * @example comparedVersion(3, [submit, return, submit, submit]) // { version: 1, kind: 'returned' }
 */
export function comparedVersion(latest: number, history: readonly TransitionRecord[]): ComparedVersion | undefined {
  const before: ComparedVersion | undefined = latest > 1 ? { version: latest - 1, kind: 'before' } : undefined;
  let versions = 0;
  let returned = 0;
  for (const step of history) {
    if (step.action === 'submit' || step.action === 'load') versions += 1;
    else if (step.action === 'return') returned = versions;
  }
  return returned > 0 && returned < latest ? { version: returned, kind: 'returned' } : before;
}
