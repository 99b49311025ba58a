// The 落款 stage: the issuing body and date that close a report, and where the body ends.
import { dateAt, WRITTEN_DATE } from '../domain/dates.js';
import { charClass, COLONS, COMMAS, FULL_STOPS, SEMICOLONS } from '../domain/punctuation.js';
import { ISSUING_ORGAN } from '../domain/unit-names.js';
import type { Enumerator } from './headings.js';
import type { Line } from './lines.js';
import { appendixLine } from './rules/appendix-line.js';
import { headingEnumerator } from './rules/heading-enumerator.js';

/** A 落款 found: the line it starts on, the issuing body and the date (ISO), when read. */
export interface Signature {
  readonly from: number;
  readonly issuer?: string;
  readonly issuedOn?: string;
  /** Where an appendix after the 落款 starts (附件：主要数据统计 and its lines): report text still. */
  readonly appendix?: number;
}

// How far back from the end an appendix after the 落款 may start: a statistics list of some dozens of lines.
const APPENDIX_REACH = 60;

// An issuing body holds no sentence's or list's marks.
const HAS_CLAUSE_MARK = new RegExp(charClass(`${FULL_STOPS}${COMMAS}${SEMICOLONS}${COLONS}`));

/**
 * The 落款 as renderReport writes it, when the metadata names it: the issuer on one line (line
 * breaks as spaces) and the date on the last, found exactly even when the issuer has punctuation.
 */
export function renderedSignature(lines: readonly Line[], issuer: string, issuedOn: string): Signature | undefined {
  const last = lines.at(-1);
  const before = lines.at(-2);
  if (!last || !before || last.literal || dateAt(last.text.text)?.date !== issuedOn) return undefined;
  const shown = issuer.replace(/[\r\n]+/g, ' ');
  return before.text.text === (before.literal ? shown : shown.trim())
    ? { from: lines.length - 2, issuer, issuedOn }
    : undefined;
}

/**
 * The 落款: a date line among the last ten lines, with the issuing body on the line before it (a
 * joint 落款 on up to three lines), or both on one line. Everything from `from` on is no body text,
 * but an appendix the 落款 is followed by (附件：… from `appendix` on).
 *
 * @param lines - the body's lines, the title taken out
 * @returns where the 落款 starts (`lines.length` when there is none), its issuer and date, and where an appendix after it starts
 * @example findSignature(lines) // { from: 41, issuer: '北留镇人民政府', issuedOn: '2024-01-25' }
 */
export function findSignature(lines: readonly Line[]): Signature {
  // 附件：2024年主要数据统计 right after the 落款: the 落款 closes the letter, the appendix follows it.
  for (let a = lines.length - 1; a >= Math.max(1, lines.length - APPENDIX_REACH); a--) {
    const line = lines[a];
    if (!line || line.literal || !appendixLine.matches(line.text.text)) continue;
    // 附件：统计表.xlsx on the last line names a file sent with the report, no text of it.
    if (a === lines.length - 1) break;
    const before = lines.slice(0, a);
    const signature = signatureIn(before);
    if (signature.from < before.length && dateAt(before.at(-1)?.text.text ?? '')) return { ...signature, appendix: a };
    break;
  }
  return signatureIn(lines);
}

function signatureIn(lines: readonly Line[]): Signature {
  for (let i = lines.length - 1; i >= Math.max(0, lines.length - 10); i--) {
    // The 落款 comes after all the body: a literal line is body text.
    if (lines[i]?.literal) break;
    const text = lines[i]?.text.text ?? '';
    const own = dateAt(text);
    if (own && /^\s*(?:[（(][^）)]*[）)])?\s*$/.test(text.slice(own.length))) {
      const above = lines[i - 1];
      const before = above?.literal ? undefined : above?.text.text;
      if (!before || !isIssuerLine(before, above?.enumerator)) return { from: i, issuedOn: own.date };
      // Joint 落款: 中共…委员会 / …人民政府 on lines of their own, signed together.
      let from = i - 1;
      const issuers = [before];
      for (let j = i - 2; j >= Math.max(0, i - 3); j--) {
        const co = lines[j];
        const line = co?.literal ? undefined : co?.text.text;
        if (!line || !isIssuerLine(line, co?.enumerator) || !ISSUING_ORGAN.test(line)) break;
        issuers.unshift(line);
        from = j;
      }
      return { from, issuer: withoutSeal(issuers.join(' ')), issuedOn: own.date };
    }
    // 北留镇人民政府 2024年1月25日, on one line.
    const inline = INLINE_SIGNATURE.exec(text);
    // The issuer starts the line: the line's enumerator is its own.
    if (inline?.[1] && inline[2] && isIssuerLine(inline[1], lines[i]?.enumerator)) {
      const date = dateAt(inline[2]);
      if (date) return { from: i, issuer: withoutSeal(inline[1].trim()), issuedOn: date.date };
    }
  }
  return undatedSignature(lines);
}

// A 落款 without its date: the last line an issuing body alone (柳林乡人民政府, 县司法局（盖章）), with a
// co-signer above it; the date is then the importer's to ask for. Without this the body's last
// section kept the issuer as a paragraph, and the issuer was guessed from the unit.
function undatedSignature(lines: readonly Line[]): Signature {
  const last = lines.length - 1;
  const line = lines[last];
  const text = line?.literal ? undefined : withoutSeal(line?.text.text.trim() ?? '');
  if (!text || !isIssuerLine(text, line?.enumerator) || !ISSUING_ORGAN.test(text)) return { from: lines.length };
  const above = lines[last - 1];
  const co = above?.literal ? undefined : above?.text.text.trim();
  return co && joinsSignature(co) && !above?.enumerator
    ? { from: last - 1, issuer: `${co} ${text}` }
    : { from: last, issuer: text };
}

// 北留镇人民政府 2024年1月25日: the issuing body and the date on one line.
const INLINE_SIGNATURE = new RegExp(String.raw`^(.{2,40}?)\s*(${WRITTEN_DATE})\s*$`);

// 芦山镇人民政府（盖章）: the note where the seal goes is no part of the name.
function withoutSeal(issuer: string): string {
  return issuer.replace(/\s?[（(](?:盖章|印章|章|公章|签章)[）)]$/, '');
}

// An issuing body's line: short, no sentence marks, no heading (its enumerator, as the lines stage read it) or date.
function isIssuerLine(text: string, enumerator: Enumerator | undefined): boolean {
  return text.length <= 40 && !HAS_CLAUSE_MARK.test(text) && !enumerator && !dateAt(text);
}

/**
 * Whether a line above the issuing body joins the 落款 as a co-signer (中共北留镇委员会 over 北留镇人民政府):
 * short, no sentence marks, no heading or date, and ending as an issuing organ does. The renderer
 * writes a report's last paragraph as a literal line when this holds, so it stays body text.
 *
 * @example joinsSignature('中共北留镇委员会') // true; joinsSignature('全年开展活动12场。') // false
 */
export function joinsSignature(line: string): boolean {
  return !headingEnumerator.matches(line) && isIssuerLine(line, undefined) && ISSUING_ORGAN.test(line);
}
