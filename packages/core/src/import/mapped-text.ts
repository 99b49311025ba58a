/**
 * Text that remembers where each of its characters came from in the imported input, so
 * every fact found after normalising, stripping markup and re-joining lines can still point
 * at its source span.
 */
export class MappedText {
  /**
   * @param text - the text
   * @param origin - for each character of `text`, its offset in the input; one more entry
   *   at the end gives the offset just past the last character
   */
  constructor(
    readonly text: string,
    readonly origin: Int32Array,
  ) {}

  /** Text identical to its input. */
  static of(input: string): MappedText {
    const origin = new Int32Array(input.length + 1);
    for (let i = 0; i <= input.length; i++) origin[i] = i;
    return new MappedText(input, origin);
  }

  get length(): number {
    return this.text.length;
  }

  /** The characters `[start, end)`, still mapped. */
  slice(start: number, end: number = this.text.length): MappedText {
    return new MappedText(this.text.slice(start, end), this.origin.slice(start, end + 1));
  }

  /** Without leading and trailing white space. */
  trim(): MappedText {
    let start = 0;
    let end = this.text.length;
    while (start < end && isSpace(this.text.charCodeAt(start))) start++;
    while (end > start && isSpace(this.text.charCodeAt(end - 1))) end--;
    return start === 0 && end === this.text.length ? this : this.slice(start, end);
  }

  /** The input span `[start, end)` of the characters `[from, to)`. */
  span(from: number, to: number): { start: number; end: number } {
    const start = this.origin[from] ?? 0;
    const last = this.origin[Math.max(from, to - 1)] ?? start;
    return { start, end: to > from ? last + 1 : start };
  }

  /** Pieces joined in order, each keeping its own mapping. */
  static concat(parts: readonly MappedText[]): MappedText {
    if (parts.length === 1 && parts[0]) return parts[0];
    const text = parts.map((part) => part.text).join('');
    const origin = new Int32Array(text.length + 1);
    let at = 0;
    for (const part of parts) {
      origin.set(part.origin.subarray(0, part.length), at);
      at += part.length;
    }
    origin[text.length] = parts.at(-1)?.origin[parts.at(-1)?.length ?? 0] ?? 0;
    return new MappedText(text, origin);
  }
}

/** Builds mapped text piece by piece; for passes that drop or change characters. */
export class MappedTextBuilder {
  #chunks: string[] = [];
  #origin = new Int32Array(1024);
  #length = 0;

  /**
   * Appends `text`. Its characters map to consecutive offsets from `offset`, or all to
   * `offset` when `consecutive` is false (a decoded entity, a replaced character).
   */
  push(text: string, offset: number, consecutive = true): void {
    if (text.length === 0) return;
    this.#reserve(text.length);
    for (let i = 0; i < text.length; i++) this.#origin[this.#length + i] = consecutive ? offset + i : offset;
    this.#length += text.length;
    this.#chunks.push(text);
  }

  /** Appends a stretch of already-mapped text. */
  pushMapped(source: MappedText, start: number, end: number): void {
    if (end <= start) return;
    this.#reserve(end - start);
    this.#origin.set(source.origin.subarray(start, end), this.#length);
    this.#length += end - start;
    this.#chunks.push(source.text.slice(start, end));
  }

  /** The text so far; `end` is the input offset just past it. */
  build(end: number): MappedText {
    const origin = this.#origin.slice(0, this.#length + 1);
    origin[this.#length] = end;
    return new MappedText(this.#chunks.join(''), origin);
  }

  #reserve(extra: number): void {
    if (this.#length + extra + 1 <= this.#origin.length) return;
    let size = this.#origin.length * 2;
    while (size < this.#length + extra + 1) size *= 2;
    const grown = new Int32Array(size);
    grown.set(this.#origin.subarray(0, this.#length));
    this.#origin = grown;
  }
}

/** White space, ASCII or the full-width ideographic space. */
export function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0x3000 || code === 0xa0 || code === 0xfeff;
}
