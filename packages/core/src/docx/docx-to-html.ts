// A Word file to the HTML the importer reads: mammoth converts it (headings by style, tracked
// changes taken as accepted, comments left out); before that, Word's automatic numbering is
// written into the paragraphs' text, and after it, footnotes are dropped and statistics tables
// are written out as sentences.
import type { WordProblem } from '../import/not-a-report.js';
import { tablesAsSentences } from './statistics-tables.js';
import { wordSignature } from './word-signature.js';
import { labelNumberedParagraphs, readLists, readStyleNumbering } from './word-numbering.js';
import { decode, descendantsNamed, escapeXml, parseXml } from './xml.js';

/** The HTML of a Word file, or why the bytes are not one. */
export type DocxHtml =
  | { readonly html: string; readonly problem?: undefined }
  | { readonly html?: undefined; readonly problem: WordProblem };

// Title styles Word and WPS use; heading 1–6 are in mammoth's defaults.
const STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='标题'] => h1:fresh",
  "p[style-name='Subtitle'] => p:fresh",
];

/** A node of mammoth's document tree: only what is walked here. */
interface MammothNode {
  readonly type: string;
  children?: MammothNode[];
}

// Footnote and endnote references (and so the notes themselves) and comment references out.
function withoutNotes<T extends MammothNode>(node: T): T {
  if (!node.children) return node;
  return {
    ...node,
    children: node.children
      .filter((child) => child.type !== 'noteReference' && child.type !== 'commentReference')
      .map(withoutNotes),
  };
}

/**
 * The `law-report:*` custom document properties (renderDocx keeps there what the text does not
 * show) as the `<meta>` tags the HTML importer reads.
 */
function metaTags(customXml: string | undefined): string {
  if (customXml === undefined) return '';
  const tags: string[] = [];
  for (const property of descendantsNamed(parseXml(customXml), 'property')) {
    const name = property.attributes.get('name') ?? '';
    const value = property.children[0];
    if (!name.startsWith('law-report:') || !value) continue;
    tags.push(
      `<meta name="${escapeXml(name)}" content="${escapeXml(decode(customXml.slice(value.contentStart, value.contentEnd)))}">`,
    );
  }
  return tags.join('');
}

/**
 * Converts a .docx file to HTML for the importer. Never throws on the bytes: an old binary .doc
 * (or an encrypted file), a damaged zip or a zip that is not a Word document come back as a
 * `problem`.
 */
export async function docxToHtml(input: ArrayBuffer | Uint8Array): Promise<DocxHtml> {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  const signature = wordSignature(bytes);
  if (signature === 'compound') return { problem: 'wordBinary' };
  if (signature !== 'zip') return { problem: 'corruptZip' };
  const { default: JSZip } = await import('jszip');
  let zip: InstanceType<typeof JSZip>;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return { problem: 'corruptZip' };
  }
  const part = (name: string) => zip.file(name)?.async('string');
  let documentXml: string | undefined;
  let numberingXml: string | undefined;
  let stylesXml: string | undefined;
  let customXml: string | undefined;
  try {
    [documentXml, numberingXml, stylesXml, customXml] = await Promise.all([
      part('word/document.xml'),
      part('word/numbering.xml'),
      part('word/styles.xml'),
      part('docProps/custom.xml'),
    ]);
  } catch {
    return { problem: 'corruptZip' };
  }
  if (documentXml === undefined) return { problem: 'notWord' };
  const { xml, labels } = labelNumberedParagraphs(
    documentXml,
    readLists(numberingXml, stylesXml),
    readStyleNumbering(stylesXml),
  );
  if (labels > 0) zip.file('word/document.xml', xml);
  const { default: mammoth } = await import('mammoth');
  try {
    const arrayBuffer = await zip.generateAsync({ type: 'arraybuffer' });
    // mammoth's Node build reads `buffer`, its browser build `arrayBuffer`; both take the bytes.
    const input = { arrayBuffer, buffer: arrayBuffer };
    const { value } = await mammoth.convertToHtml(input, {
      styleMap: STYLE_MAP,
      transformDocument: withoutNotes,
      externalFileAccess: false,
      // Pictures carry no facts: an empty image, not a data URI of megabytes.
      convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
    });
    return { html: `${metaTags(customXml)}${tablesAsSentences(value)}` };
  } catch {
    // mammoth found the parts it needs damaged.
    return { problem: 'corruptZip' };
  }
}
