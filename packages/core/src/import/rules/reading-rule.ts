/** The stage of the importer a reading rule belongs to. */
export type ReadingStage = 'lines' | 'blocks' | 'outline' | 'facts';

/**
 * A rule the importer applies when it reads text, as data with examples: what it recognises, the
 * text it must read this way and the text it must not. A rule that turns a paragraph into
 * structure (a heading, an appendix, page chrome, a 落款) also tells the renderer which paragraphs
 * to write as literal lines, so writing and reading cannot drift.
 */
export interface ReadingRule {
  /** kebab-case, unique: `appendix-line`. */
  readonly id: string;
  readonly stage: ReadingStage;
  /** One line: what the rule recognises and what the importer makes of it. */
  readonly summary: string;
  /** Whether a paragraph, read on its own line, is what the rule recognises. */
  readonly matches: (line: string) => boolean;
  /** Whether a paragraph it matches is read as structure, not as body text: the renderer escapes it. */
  readonly makesStructure: boolean;
  readonly examples: {
    /** Lines the rule must recognise. */
    readonly reads: readonly string[];
    /** Lines that look alike and it must leave alone. */
    readonly ignores: readonly string[];
  };
}
