const ZIP = [0x50, 0x4b, 0x03, 0x04];
// The compound-file signature of .doc, and of .docx files encrypted with a password.
const COMPOUND = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (bytes: Uint8Array, signature: readonly number[]) => signature.every((byte, i) => bytes[i] === byte);

/**
 * What a file's first bytes say it is: a zip (a .docx, or another zip), a compound file (an
 * old .doc, or a password-protected .docx), or neither. By content, never by name.
 *
 * @example wordSignature(bytes) === 'none' ? importReport(text) : await importDocx(bytes)
 */
export function wordSignature(bytes: Uint8Array): 'zip' | 'compound' | 'none' {
  if (startsWith(bytes, ZIP)) return 'zip';
  if (startsWith(bytes, COMPOUND)) return 'compound';
  return 'none';
}
