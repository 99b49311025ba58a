/** Why an input cannot be a report, before any reading is tried. */
export type NotAReport = 'empty' | 'pdf' | 'zip' | 'binary' | 'noChinese' | WordProblem;

/** Why bytes handed over as a Word file cannot be read as one. */
export type WordProblem = 'wordBinary' | 'corruptZip' | 'notWord';

// A report is written in Chinese: text without a single Chinese character is something else.
const MIN_CHINESE = 1;
// Binary data decoded as text is full of control characters and U+FFFD; text has almost none.
const SAMPLE = 65536;

/**
 * Whether `text` is plainly not a report: empty, a PDF or a zip (a .docx) read as text,
 * binary data, or text without a Chinese character. Such input gets one clear error and
 * no draft, rather than a placeholder report nobody asked for. Reads at most the first
 * 64 KiB for the binary test and stops counting Chinese at {@link MIN_CHINESE}: linear.
 *
 * @example notAReport('%PDF-1.7 …') // 'pdf'
 */
export function notAReport(text: string): NotAReport | undefined {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (text.trim().length === 0) return 'empty';
  if (text.startsWith('%PDF-', start)) return 'pdf';
  if (text.startsWith('PK\u0003\u0004', start)) return 'zip';
  const sample = Math.min(text.length, SAMPLE);
  let odd = 0;
  for (let i = 0; i < sample; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) odd++;
  }
  if (odd > 8 && odd * 20 > sample) return 'binary';
  let chinese = 0;
  for (let i = 0; i < text.length && chinese < MIN_CHINESE; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) chinese++;
  }
  return chinese < MIN_CHINESE ? 'noChinese' : undefined;
}
