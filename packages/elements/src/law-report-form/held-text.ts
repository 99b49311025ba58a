import { formatChinaDateTime, formatMessage, type Locale } from '@law-report/core/model';
import type { UnitReport } from '../internal/unit-client.js';
import { stringsOf } from '../internal/strings.js';
import { sentences } from './import-note.js';
import { stepBackText, type StepBack } from './step-back.js';

/** The county has filed or published `record`: the unit cannot send it again. */
export function isFiled(record: UnitReport): boolean {
  return record.status === 'filed' || record.status === 'published';
}

/**
 * What the county holds of a year, over what the form holds, and what 提交 makes of it: a new
 * version the county goes by, or, for a report it has filed or published, that it cannot be sent
 * again and how to have it back (退回; a published one unpublished first). A filed report the county
 * unpublished (`back`) says so with its reason and the day, and how to have it back to make the change
 * asked for. One text wherever it is said: above the form, in the error summary when 提交 is refused,
 * when the report is opened.
 */
export function heldText(locale: Locale, held: UnitReport, back?: StepBack): string {
  const m = stringsOf(locale);
  const facts = {
    year: held.year,
    version: held.version,
    status: m.review[held.status],
    when: held.updatedAt ? formatChinaDateTime(held.updatedAt, locale, { time: false }) : '',
  };
  if (!isFiled(held)) return formatMessage(m.form.heldWillReplace, { ...facts, next: held.version + 1 });
  const cannot =
    held.status === 'published'
      ? m.form.publishedCannotResend
      : back?.action === 'unpublish'
        ? sentences(locale, stepBackText(locale, back), m.form.unpublishedCannotResend)
        : m.form.filedCannotResend;
  return formatMessage(m.form.heldFiled, { ...facts, cannot });
}
