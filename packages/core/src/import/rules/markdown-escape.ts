import { enumeratorAt } from '../headings.js';
import { type MappedText, MappedTextBuilder } from '../mapped-text.js';
import type { ReadingRule } from './reading-rule.js';

/**
 * ASCII punctuation, which a Markdown backslash escapes (CommonMark), but the table cell mark `|`:
 * `\|` in a table row keeps a cell whole, and a cell mark read out of it would cut the row.
 */
export const ESCAPABLE = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{}~';

/**
 * Where the backslash of the line's first Markdown escape stands, or -1: a `\` before ASCII
 * punctuation (not `|`). None in a title written escaped (`一、\title`, renderReport's): its
 * backslash and what follows are the importer's own escape, read with the title.
 */
function firstEscape(line: string): number {
  let first = -1;
  for (let at = line.indexOf('\\'); at >= 0 && at < line.length - 1; at = line.indexOf('\\', at + 2)) {
    if (ESCAPABLE.includes(line[at + 1] ?? '')) {
      first = at;
      break;
    }
  }
  if (first < 0) return -1;
  const enumerator = enumeratorAt(line);
  if (!enumerator) return first;
  let at = enumerator.length;
  while (line.charCodeAt(at) === 32) at++;
  return line.charCodeAt(at) === 92 /* \ */ ? -1 : first;
}

/**
 * A line without its Markdown escapes: `1\.` → `1.`, `\*` → `*`, `\\` → `\`, each character mapped
 * to where it stood. A line that starts with `\` is no concern of this: it is a literal line.
 *
 * @example unescapeMarkdown(MappedText.of('1\\.全乡排查矛盾纠纷146起')).text // '1.全乡排查矛盾纠纷146起'
 */
export function unescapeMarkdown(line: MappedText): MappedText {
  const text = line.text;
  let at = firstEscape(text);
  if (at < 0) return line;
  const out = new MappedTextBuilder();
  let run = 0;
  for (; at >= 0 && at < text.length - 1; at = text.indexOf('\\', at)) {
    if (!ESCAPABLE.includes(text[at + 1] ?? '')) {
      at += 1;
      continue;
    }
    out.pushMapped(line, run, at);
    run = at + 1;
    // The escaped character is text: a backslash after it starts no escape of its own.
    at += 2;
  }
  out.pushMapped(line, run, text.length);
  return out.build(line.origin[text.length] ?? 0);
}

/**
 * 1\.全乡排查…, 培训执法人员\*全员\*覆盖: Markdown editors escape a character with `\` so it is not read
 * as a list, a heading or emphasis; the report's text is the character, never the backslash.
 */
export const markdownEscape: ReadingRule = {
  id: 'markdown-escape',
  stage: 'lines',
  summary:
    'A backslash before ASCII punctuation (1\\. \\* \\_ \\( \\# \\\\), as Markdown editors write it, is dropped and the character kept: 1\\.全乡排查… is item 1. Not before |, which would cut a table cell, and not in the escapes renderReport writes (a line starting \\…, a title written 一、\\title), read as literal text.',
  matches: (line) => !line.startsWith('\\') && firstEscape(line) >= 0,
  makesStructure: false,
  examples: {
    reads: [
      '1\\.全乡排查矛盾纠纷146起',
      '2\\. 人民调解委员会调解纠纷97件',
      '培训执法人员\\*全员\\*覆盖',
      '调解成功率98\\%',
    ],
    ignores: [
      '\\1.全乡排查矛盾纠纷146起。',
      '1.\\全乡排查矛盾纠纷146起。化解143起',
      '文件存于D:\\法治目录',
      '|指标\\|说明|数量|',
    ],
  },
};
