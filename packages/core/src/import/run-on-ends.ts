import { dateAt, WRITTEN_DATE } from '../domain/dates.js';
import { ISSUING_ORGAN } from '../domain/unit-names.js';
import { lineOf, type Line } from './lines.js';
import { looksLikeTitle } from './metadata.js';
import { ENUMERATOR_NUMERALS } from '../domain/numerals.js';
import { FULL_STOPS } from '../domain/punctuation.js';

// A title run on into the body on one line: …法治政府建设工作报告 2024年，… (a copy that lost its
// line breaks). The title ends at its first 报告 or 总结 before a space, a year or a heading.
const RUN_ON_TITLE = new RegExp(
  String.raw`^(.{4,60}?(?:报告|总结))\s?(?:\s|\d{4}\s?年|今年|[${ENUMERATOR_NUMERALS}]{1,3}、)`,
);

// A 落款 run on after the last sentence: …计划开展活动12场。青龙乡人民政府 2025年1月10日
const RUN_ON_SIGNATURE = new RegExp(String.raw`[${FULL_STOPS}]\s*([^${FULL_STOPS}\s]{2,30})\s*(${WRITTEN_DATE})\s*$`);

/**
 * Gives back the title and the 落款 of a report whose line breaks were lost, as lines of their
 * own: the first line split after a title that runs on into the body, the last split before an
 * issuing organ and a date that follow its last sentence. Other lines are left as they are.
 */
export function splitRunOnEnds(lines: readonly Line[]): Line[] {
  const out = [...lines];
  const first = out[0];
  if (first && !first.literal && first.text.length > 80) {
    const title = RUN_ON_TITLE.exec(first.text.text)?.[1];
    if (title && looksLikeTitle(title))
      out.splice(
        0,
        1,
        lineOf(first.text.slice(0, title.length), first.marked),
        lineOf(first.text.slice(title.length).trim(), first.marked),
      );
  }
  const lastAt = out.length - 1;
  const last = out[lastAt];
  if (last && !last.literal && lastAt > 0) {
    // Only the end of the line is read: a long line with no 落款 costs one short match.
    const from = Math.max(0, last.text.length - 80);
    const match = RUN_ON_SIGNATURE.exec(last.text.text.slice(from));
    const organ = match?.[1];
    if (match && organ && ISSUING_ORGAN.test(organ) && match[2] && dateAt(match[2])) {
      const at = from + match.index + 1;
      out.splice(
        lastAt,
        1,
        lineOf(last.text.slice(0, at), last.marked),
        lineOf(last.text.slice(at).trim(), last.marked),
      );
    }
  }
  return out;
}
