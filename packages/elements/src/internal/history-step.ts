import { formatChinaDateTime, type Locale } from '@law-report/core/model';
import { deskMessages } from '@law-report/core/review';
import { html } from 'lit';
import { stringsOf } from './strings.js';
import { formatParts, type Parts, reportText } from './report-text.js';
import { actionOf, NAMED_BY } from './client-base.js';
import type { ReviewedReport } from './review-client.js';

// One line of a report's review history, as the review desk and the dashboard's unit dialog list it.

// Each 报送 and each 历史导入 is a new version, numbered from 1 in the order of the history (the server keeps
// every version): the version a step brought, so two lines of 已提交 read apart; none for a step of the review.
function versionAt(history: ReviewedReport['history'], at: number): number | undefined {
  // An older server names no step: a step to 已提交 is a submission (no step of the review leads there).
  const brings = (step: ReviewedReport['history'][number] | undefined) =>
    step?.action === 'submit' || step?.action === 'load' || (step?.action === undefined && step?.to === 'submitted');
  if (!brings(history[at])) return undefined;
  let version = 0;
  for (let i = 0; i <= at; i++) if (brings(history[i])) version++;
  return version;
}

/**
 * The history's step `at` as a line: when (in China), who, what was done (a submission with its version), why. A step whose
 * status does not name it (撤销公开, which leaves the report 已备案) is said as the step and where it
 * led. A step where the reviewer confirmed 保密审查 says so (（确认已完成保密审查）), wherever it is listed.
 *
 * @example historyStep(report.history, 3, 'zh-CN') // 2025年3月2日 10:00，县依法治县办：撤销公开（原因：公开的版本有误） → 已备案
 */
export function historyStep(history: ReviewedReport['history'], at: number, locale: Locale): Parts {
  const step = history[at];
  if (!step) return '';
  const m = stringsOf(locale);
  const d = deskMessages[locale];
  const reason = step.reason
    ? formatParts(m.reviewHistory.stepReason, { reason: reportText(step.reason, locale) })
    : '';
  const version = versionAt(history, at);
  const why = html`${version === undefined ? '' : formatParts(d.historyVersion, { version })}${step.confidentialityReviewed ? d.historyConfirmed : ''}${reason}`;
  const action = actionOf(step, history[at - 1]);
  const done =
    action && action !== NAMED_BY[step.to]
      ? formatParts(d.historyStepTo, { action: m.reviewActions[action], reason: why, status: m.review[step.to] })
      : [m.review[step.to], why];
  return formatParts(m.reviewHistory.step, {
    when: formatChinaDateTime(step.at, locale),
    who: reportText(step.by, locale),
    action: html`${done}`,
  });
}
