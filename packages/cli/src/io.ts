/** Where a command writes. Tests pass their own; `main.ts` passes the process's streams. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** Whether stderr is a terminal, so progress may be drawn there. */
  readonly errIsTty: boolean;
  /** The working directory relative paths resolve against. */
  readonly cwd: string;
  /** What is piped in, read for the input `-`; asked only then (`main.ts` passes the process's). None: nothing piped. */
  readonly stdin?: () => Stdin;
}

/** The bytes piped into a command, and whether it is a terminal (nothing piped: a read would wait for typing). */
export interface Stdin extends AsyncIterable<Uint8Array | string> {
  readonly isTTY?: boolean;
}

/** Exit code: all good (warnings allowed). */
export const EXIT_OK = 0;
/** Exit code: problems found in the data, or an input could not be read. */
export const EXIT_PROBLEMS = 1;
/** Exit code: the command was used wrongly. */
export const EXIT_USAGE = 2;

/**
 * A mistake in how the command was called, or in its configuration: printed with the usage
 * hint, exit 2. A message of several lines (one per problem) gets the command's name on each.
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
