import {
  formatChinaDateTime,
  formatMessage,
  type Locale,
  type Report,
  type ValidationIssue,
} from '@law-report/core/model';
import { stringsOf } from '../internal/strings.js';
import type { Sent, UnitReport } from '../internal/unit-client.js';
import type { Returned } from './county-notes.js';
import { withoutEndStop } from './without-end-stop.js';

// What the form's submission (SubmissionController) asks of its element, and what it says of a 提交.

/** What the submission asks its element. */
export interface SubmissionHost {
  readonly endpoint: () => string | undefined;
  readonly token: () => string | undefined;
  readonly locale: () => Locale;
  /** Nothing of a person's is in the form: a report of the server's may come in without asking. */
  readonly pristine: () => boolean;
  /** A person changed the form since it was loaded, restored or sent: replacing it asks first. */
  readonly edited: () => boolean;
  /** Puts one of the server's reports in the form. */
  readonly load: (report: unknown) => void;
  /** The report as the form holds it now, as 提交 would send it. */
  readonly current: () => Report;
  readonly focusAfter: (selector: string, said?: string) => Promise<void>;
  /** Brings a question to the person without taking them from their work (`FocusController.offer`). */
  readonly offer: (group: string, first?: string, news?: string) => Promise<void>;
  /** The year of a draft an earlier visit left, while the form offers it back (恢复草稿 / 放弃). */
  readonly offered: () => number | undefined;
  /** The `public-href` template of a published report's public page, if the page gives one (see `publicPageOf`). */
  readonly publicHref: () => string | undefined;
  /** The county's deadlines came from the server (see `SubmissionController.deadlinesFor`): checks say them. */
  readonly deadlinesFound: () => void;
}

/** What became of the last 提交: said in words, next to the button. */
export type SubmitOutcome =
  | { readonly ok: true; readonly text: string; readonly warnings: readonly ValidationIssue[] }
  | { readonly ok: false; readonly text: string }
  | { readonly ok: false; readonly issues: readonly ValidationIssue[] }
  /** Not sent yet: the county holds the year, and the form asks first (see `SubmissionController.asking`). */
  | { readonly ok: false; readonly asked: UnitReport };

/**
 * What the server's answer to a 提交 says to the person: 已报送到县里（第 2 版），状态：已提交，
 * 2025年1月20日 10:32 (China time) and how many notes came with it; the issues of a refusal; or why
 * it did not go (the server's words, or the network: nothing typed is lost).
 */
export function outcomeOf(sent: Sent, locale: Locale): SubmitOutcome {
  const m = stringsOf(locale);
  if (sent.kind === 'invalid') return { ok: false, issues: sent.issues };
  if (sent.kind === 'offline') return { ok: false, text: m.form.sendOffline };
  if (sent.kind === 'refused') return { ok: false, text: formatMessage(m.form.sendRefused, { message: sent.message }) };
  const when = formatChinaDateTime(sent.at, locale);
  const text = formatMessage(m.form.sent, { version: sent.version, status: m.review[sent.status], when });
  return {
    ok: true,
    text:
      sent.warnings.length > 0
        ? formatMessage(m.form.sentWithWarnings, { sent: text, count: sent.warnings.length })
        : text,
    warnings: sent.warnings,
  };
}

/**
 * Why a 提交 of the report the county took last (its `version`), unchanged, does not go: one more identical
 * version is no use; or, for the version the county `returned`, that it goes back as it came, with the
 * county's reason, said once (`warned`: said already, so this 提交 sends it). Undefined: it goes.
 */
export function unchangedOutcome(
  version: number,
  returned: Returned | undefined,
  warned: boolean,
  locale: Locale,
): SubmitOutcome | undefined {
  const m = stringsOf(locale).form;
  if (!returned) return { ok: false, text: formatMessage(m.unchanged, { version }) };
  if (warned) return undefined;
  const reason = withoutEndStop(returned.reason);
  return { ok: false, text: formatMessage(m.returnedUnchanged, { version: returned.version, reason }) };
}
