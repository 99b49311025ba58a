// The little of XML that reading Word's parts needs: elements with their attributes and where
// their tags sit in the text, so a change can be written as an edit of the original text and
// everything else stays byte for byte. One pass, linear; Word's XML is well formed, and what is
// not is read as far as it goes, never thrown on.

/** An element of an XML text, with the offsets of its tags in that text. */
export interface XmlElement {
  readonly name: string;
  readonly attributes: ReadonlyMap<string, string>;
  readonly children: XmlElement[];
  /** Where `<name` starts. */
  readonly start: number;
  /** Just after the start tag's `>`. */
  readonly contentStart: number;
  /** Where the end tag starts (= `end` for `<name/>`). */
  contentEnd: number;
  /** Just after the end tag. */
  end: number;
}

const ATTRIBUTE = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g;
const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Text with XML's entities (and numeric references) decoded. */
export function decode(value: string): string {
  return value.replace(ENTITY, (whole, entity: string) => {
    if (entity.startsWith('#')) {
      const code = entity[1] === 'x' ? Number.parseInt(entity.slice(2), 16) : Number.parseInt(entity.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[entity] ?? whole;
  });
}

/**
 * Parses `text` into its root element (a synthetic `#document` holding the top-level
 * elements). Comments, processing instructions, CDATA and text are skipped over.
 */
export function parseXml(text: string): XmlElement {
  const document: XmlElement = {
    name: '#document',
    attributes: new Map(),
    children: [],
    start: 0,
    contentStart: 0,
    contentEnd: text.length,
    end: text.length,
  };
  const open: XmlElement[] = [document];
  let at = text.indexOf('<');
  while (at >= 0 && at < text.length) {
    let next: number;
    if (text.startsWith('<!--', at)) next = skip(text, at, '-->');
    else if (text.startsWith('<![CDATA[', at)) next = skip(text, at, ']]>');
    else if (text.startsWith('<?', at)) next = skip(text, at, '?>');
    else if (text.startsWith('<!', at)) next = skip(text, at, '>');
    else {
      const close = text.indexOf('>', at);
      if (close < 0) break;
      next = close + 1;
      if (text[at + 1] === '/') {
        const name = text.slice(at + 2, close).trim();
        // Close up to the matching element, looked for among the innermost few only so a
        // hostile run of unmatched end tags stays linear; a stray end tag closes nothing.
        let index = -1;
        for (let i = open.length - 1; i > 0 && i >= open.length - 64; i--) {
          if (open[i]?.name === name) {
            index = i;
            break;
          }
        }
        if (index > 0) {
          while (open.length > index) {
            const element = open.pop();
            if (element) {
              element.contentEnd = at;
              element.end = next;
            }
          }
        }
      } else {
        const selfClosing = text[close - 1] === '/';
        const inner = text.slice(at + 1, selfClosing ? close - 1 : close);
        const space = inner.search(/[\s]/);
        const name = space < 0 ? inner : inner.slice(0, space);
        const attributes = new Map<string, string>();
        if (space >= 0)
          for (const match of inner.slice(space).matchAll(ATTRIBUTE))
            attributes.set(match[1] ?? '', decode(match[2] ?? match[3] ?? ''));
        const element: XmlElement = {
          name,
          attributes,
          children: [],
          start: at,
          contentStart: next,
          contentEnd: selfClosing ? next : text.length,
          end: selfClosing ? next : text.length,
        };
        open.at(-1)?.children.push(element);
        if (!selfClosing) open.push(element);
      }
    }
    at = text.indexOf('<', next);
  }
  return document;
}

function skip(text: string, at: number, end: string): number {
  const found = text.indexOf(end, at);
  return found < 0 ? text.length : found + end.length;
}

/** The first child element called `name`. */
export function childNamed(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return element?.children.find((child) => child.name === name);
}

/** Every child element called `name`. */
export function childrenNamed(element: XmlElement | undefined, name: string): XmlElement[] {
  return element ? element.children.filter((child) => child.name === name) : [];
}

/** Every element called `name` below `root`, in document order (an explicit stack: Word nests deep). */
export function descendantsNamed(root: XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = [];
  const stack: XmlElement[] = [...root.children].reverse();
  for (let element = stack.pop(); element; element = stack.pop()) {
    if (element.name === name) found.push(element);
    for (let i = element.children.length - 1; i >= 0; i--) {
      const child = element.children[i];
      if (child) stack.push(child);
    }
  }
  return found;
}

/** An edit of the original text: replace `[start, end)` by `text`. */
export interface XmlEdit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Applies non-overlapping edits to `text`, in one pass. */
export function applyEdits(text: string, edits: readonly XmlEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const parts: string[] = [];
  let at = 0;
  for (const edit of sorted) {
    if (edit.start < at) continue;
    parts.push(text.slice(at, edit.start), edit.text);
    at = edit.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/** Text escaped for an XML text node or attribute value. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (character) =>
    character === '&' ? '&amp;' : character === '<' ? '&lt;' : character === '>' ? '&gt;' : '&quot;',
  );
}
