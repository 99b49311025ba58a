import type { ReviewStatus } from './review-client.js';

/** The steps of the county's review, as the server names them (`action`). */
export type ReviewAction = 'submit' | 'return' | 'file' | 'publish' | 'unpublish';

/**
 * The step each status is named by: 已备案 says 备案 was done. 撤销公开 leads to 已备案 too, and is
 * named itself, never said as a 备案 it was not.
 */
export const NAMED_BY: Readonly<Record<ReviewStatus, ReviewAction>> = {
  submitted: 'submit',
  returned: 'return',
  filed: 'file',
  published: 'publish',
};

const ACTIONS: readonly ReviewAction[] = ['submit', 'return', 'file', 'publish', 'unpublish'];

/**
 * The step a history entry records: the one the server names (`action`); from an older server
 * that gives only the states, 已公开 → 已备案 is 撤销公开 and any other step is the one its status is
 * named by (→ 已退回 is 退回). One reading for the desk's and dialog's history and the town's list.
 *
 * @example actionOf({ to: 'filed' }, { to: 'published' }) // 'unpublish'
 */
export function actionOf(
  step: { readonly action?: string | undefined; readonly to: string },
  before: { readonly to: string } | undefined,
): ReviewAction | undefined {
  const named = ACTIONS.find((action) => action === step.action);
  if (named) return named;
  if (step.action !== undefined) return undefined;
  if (before?.to === 'published' && step.to === 'filed') return 'unpublish';
  return Object.hasOwn(NAMED_BY, step.to) ? NAMED_BY[step.to as ReviewStatus] : undefined;
}
