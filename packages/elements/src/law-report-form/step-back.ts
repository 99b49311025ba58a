import { formatChinaDateTime, formatMessage, type Locale } from '@law-report/core/model';
import type { ReportWithHistory } from '../internal/unit-client.js';
import { stringsOf } from '../internal/strings.js';
import { actionOf } from '../internal/client-base.js';
import { withoutEndStop } from './without-end-stop.js';

/** The county's latest step back on one of the unit's reports: 退回, or 撤销公开 (which leaves it 已备案). */
export interface StepBack {
  readonly action: 'return' | 'unpublish';
  /** The instant it was taken (ISO); said as the day in China. */
  readonly at: string;
  /** The county's reason, as its reviewer wrote it. */
  readonly reason: string;
}

/**
 * The step back that left a report where it is: the history's last step when it is a 退回 or a
 * 撤销公开 with a reason, else undefined (the report has moved on since, or never went back). A
 * server that names no steps (`action`) is read by its states: → 已退回 is a 退回, 已公开 → 已备案 a
 * 撤销公开.
 *
 * @example stepBackOf(history) // { action: 'unpublish', at: '2025-03-02T02:00:00Z', reason: '公开的版本有误' }
 */
export function stepBackOf(history: ReportWithHistory['history']): StepBack | undefined {
  const step = history.at(-1);
  const before = history.at(-2);
  if (!step?.reason?.trim()) return undefined;
  const action = actionOf(step, before);
  return action === 'return' || action === 'unpublish'
    ? { action, at: step.at, reason: step.reason.trim() }
    : undefined;
}

/**
 * The step back as the unit reads it, with the day in China: 县里已撤销公开（2025年3月2日），原因：公开的版本有误。
 * Where that day is already said beside it (`shownDay`, the status's day), without it: 县里撤销了公开，原因：….
 * The reason's own closing stop is not doubled.
 */
export function stepBackText(locale: Locale, back: StepBack, shownDay?: string): string {
  const m = stringsOf(locale).form;
  const date = formatChinaDateTime(back.at, locale, { time: false });
  return formatMessage((date === shownDay ? m.stepBackUndated : m.stepBack)[back.action], {
    date,
    reason: withoutEndStop(back.reason),
  });
}
