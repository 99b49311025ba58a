// The title stage: which of the first lines is the report's title.
import { dateAt } from '../domain/dates.js';
import { charClass, COLONS, COMMAS, FULL_STOPS, SEMICOLONS } from '../domain/punctuation.js';
import { ISSUING_ORGAN, placeLevelOf } from '../domain/unit-names.js';
import type { Line } from './lines.js';
import { looksLikeTitle } from './metadata.js';

// A sentence's or a list's marks: no title or unit line holds them (、 aside: a title
// may list 、).
const CLAUSE_MARK = charClass(`${FULL_STOPS}${COMMAS}${SEMICOLONS}${COLONS}`);
const HAS_CLAUSE_MARK = new RegExp(CLAUSE_MARK);
const ENDS_CLAUSE = new RegExp(`${CLAUSE_MARK}$`);

/**
 * The title among the first lines (a line naming 法治 and a report, the report inside a letter that
 * sends it, a title under its unit's own line, one broken over two lines), and the body without it
 * (nor its repetitions as a page header; literal lines stay).
 *
 * @param lines - the report's lines, page chrome dropped
 * @returns the title, if any, and the lines after it
 * @example guessTitle(lines).title // '北留镇2023年法治政府建设工作情况的报告'
 */
export function guessTitle(lines: readonly Line[]): { title: string | undefined; body: Line[] } {
  let titleAt = lines.slice(0, 15).findIndex((line) => looksLikeTitle(line.text.text));
  // No line names 法治 and a report: a short first line that is not a sentence or a heading
  // is still the title (…工作报告, …工作总结).
  const first = lines[0]?.text.text;
  if (
    titleAt < 0 &&
    first &&
    lines.length > 1 &&
    first.length <= 60 &&
    !ENDS_CLAUSE.test(first) &&
    !lines[0]?.enumerator &&
    !dateAt(first)
  ) {
    titleAt = 0;
  }
  let title = titleAt >= 0 ? lines[titleAt]?.text.text : undefined;
  // 关于报送《北留镇2023年…报告》的函: the report's own title is the one in the brackets.
  const quoted = title ? /《([^《》]{4,80})》/.exec(title)?.[1] : undefined;
  if (quoted && looksLikeTitle(quoted)) {
    title = quoted;
    // The letter that sends the report ends where the report's own title stands.
    const own = lines.slice(titleAt + 1, titleAt + 16).findIndex((line) => !line.literal && line.text.text === quoted);
    if (own >= 0) titleAt += own + 1;
  }
  // A title under its unit's own line, as official documents set it: 平川县人力资源和社会保障局 / 关于….
  const above = titleAt > 0 ? lines[titleAt - 1] : undefined;
  if (
    title?.startsWith('关于') &&
    above &&
    !above.literal &&
    above.text.length <= 30 &&
    ISSUING_ORGAN.test(above.text.text) &&
    !HAS_CLAUSE_MARK.test(above.text.text)
  ) {
    title = `${above.text.text}${title}`;
  }
  // A title wrapped before its 法治 words: 汶溪县人民政府关于2024年度 / 法治政府建设情况的报告.
  const opening = title && !title.startsWith('关于') && above ? titleOpening(above) : undefined;
  if (opening !== undefined) title = `${opening}${title}`;
  let body = titleAt >= 0 ? lines.slice(titleAt + 1) : [...lines];
  // A title broken over two lines: …法治政府建设 / 工作情况的报告.
  if (
    title &&
    !/报告$/.test(title) &&
    body[0] &&
    !body[0].literal &&
    body[0].text.length <= 30 &&
    /报告$/.test(body[0].text.text)
  ) {
    title += body[0].text.text;
    body = body.slice(1);
  }
  // The title repeated (a page header on every page), but never literal body text.
  if (title) body = body.filter((line) => line.literal || line.text.text !== title);
  return { title, body };
}

// The unit, 关于 and the year a title opens with, ending a line of its own: 汶溪县人民政府关于2024年度,
// 汶溪县2024年度. The words before the year name a unit (a place or an issuing organ), so that no
// sentence cut by a line break (我县于2024年) is taken into the title.
const OPENING = /^([^\s]{2,30}?)(?:关于)?(?:\d{4}|[〇○零一二三四五六七八九]{4})\s?年度?$/;

function titleOpening(line: Line): string | undefined {
  const text = line.text.text;
  if (line.literal || line.enumerator || text.length > 40 || HAS_CLAUSE_MARK.test(text)) return undefined;
  const unit = OPENING.exec(text)?.[1];
  return unit && (ISSUING_ORGAN.test(unit) || placeLevelOf(unit)) ? text : undefined;
}
