import type { Locale } from '@law-report/core/model';
import { deskMessages } from '@law-report/core/review';
import type { ReviewAction, ReviewStatus } from '../internal/review-client.js';
import { stringsOf } from '../internal/strings.js';
import { formatParts, type Parts, reportText } from '../internal/report-text.js';

// What the desk said after a step, kept as the message's key and its parts, never as a finished
// sentence: when the desk's `locale` changes, what was said is said again in the new language.

/** What the desk said after a step (or why the step was not taken), as a key and its parts. */
export type DeskSaid =
  | {
      readonly key: 'done';
      readonly action: ReviewAction;
      readonly unit: string;
      readonly status: ReviewStatus;
      /** The reason the unit is told (退回, 撤销公开), said again so the reviewer sees what went. */
      readonly reason?: string;
    }
  /** The server's own message is in the language it was asked in; only the sentence around it follows the locale. */
  | { readonly key: 'failed'; readonly action: ReviewAction; readonly message: string }
  | { readonly key: 'reasonNeeded'; readonly action: ReviewAction }
  | { readonly key: 'confirmNeeded'; readonly action: ReviewAction };

/**
 * The sentence for what was said, in `locale`, the unit's name marked as report text.
 *
 * @example saidText({ key: 'done', action: 'file', unit: '北留镇', status: 'filed' }, 'zh-CN') // 已备案北留镇的报告。
 */
export function saidText(said: DeskSaid, locale: Locale): Parts {
  const d = deskMessages[locale];
  const m = stringsOf(locale);
  switch (said.key) {
    case 'done':
      return formatParts(said.reason ? d.doneWithReason : d.done, {
        action: m.reviewActions[said.action],
        unit: reportText(said.unit, locale),
        status: m.review[said.status],
        reason: reportText(said.reason ?? '', locale),
      });
    case 'failed':
      return formatParts(d.failed, { action: m.reviewActions[said.action], message: said.message });
    case 'reasonNeeded':
    case 'confirmNeeded':
      return formatParts(d[said.key], { action: m.reviewActions[said.action] });
  }
}
