// The blocks stage: what stands around the body among the lines — tables read as the sentences
// they say, the title (and a title or 落款 run on into the text), the 落款, and a date set under the
// title — taken out, so that the stages after it read the body alone.
import { dateAt } from '../domain/dates.js';
import type { DocumentFields } from '../render/document-metadata.js';
import type { Line } from './lines.js';
import { splitRunOnEnds } from './run-on-ends.js';
import { findSignature, renderedSignature } from './signature.js';
import { readTables } from './text-tables.js';
import { guessTitle } from './title.js';

/** What the blocks stage hands on: the title, the 落款's issuer and date, and the body's lines. */
export interface ReadBlocks {
  readonly title: string | undefined;
  /** The issuing body the 落款 names, if it names one. */
  readonly issuer: string | undefined;
  /** The date the report was issued: the metadata's, the 落款's, or the one under the title. */
  readonly issuedOn: string | undefined;
  readonly body: readonly Line[];
}

// Some reports put the date under the title: （2024年1月25日）.
const DATE_UNDER_TITLE = /^[（(](.+)[）)]$/;

/**
 * The report's blocks: tables as sentences, the title, the 落款 and a date under the title taken
 * from the lines, the body left. Metadata the renderer wrote (title, issuer, date) is taken as it
 * stands and only its lines are found.
 *
 * @param lines - the report's lines, from {@link readLines}
 * @param fields - front matter or `<meta>` fields, if any
 * @example readBlocks(lines, {}).title // '北留镇2023年法治政府建设工作情况的报告'
 */
export function readBlocks(lines: readonly Line[], fields: DocumentFields): ReadBlocks {
  let title: string | undefined;
  let body: Line[];
  if (fields.title !== undefined) {
    // The renderer's metadata names the title exactly: take out its line, nothing else.
    title = fields.title;
    const read = readTables(lines);
    const at = read.slice(0, 15).findIndex((line) => line.text.text === title);
    body = at >= 0 ? [...read.slice(0, at), ...read.slice(at + 1)] : read;
  } else {
    ({ title, body } = guessTitle(splitRunOnEnds(readTables(lines))));
  }
  const signature =
    fields.issuer !== undefined && fields.issuedOn !== undefined
      ? (renderedSignature(body, fields.issuer, fields.issuedOn) ?? findSignature(body))
      : findSignature(body);
  // Lines after the 落款 are no report (抄送, 印发), but an appendix it is followed by is.
  body = [
    ...body.slice(0, signature.from),
    ...(signature.appendix === undefined ? [] : body.slice(signature.appendix)),
  ];
  let issuedOn = fields.issuedOn ?? signature.issuedOn;
  if (!issuedOn && body[0]) {
    const under = DATE_UNDER_TITLE.exec(body[0].text.text);
    const date = under?.[1] ? dateAt(under[1]) : undefined;
    if (date) {
      issuedOn = date.date;
      body = body.slice(1);
    }
  }
  return { title, issuer: signature.issuer, issuedOn, body };
}
