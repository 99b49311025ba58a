// A schema as plain data: what `shape-source.ts` writes out of the zod schemas at build time,
// so the browser checks a report's shape (and builds its form) without loading zod.
// Every node and check mirrors one zod construct; `check-shape.ts` runs them as zod does.

/** The codelist in the message catalogs that names an enum field's options. */
export type Codelist = 'levels' | 'kinds' | 'qualifiers' | 'scopes';

/** One check run after a node's type test, in zod's order and with zod's abort rules. */
export type ShapeCheck =
  | { readonly check: 'trim' }
  | { readonly check: 'min_length' | 'max_length'; readonly value: number }
  | { readonly check: 'format'; readonly format: string; readonly pattern: RegExp }
  | { readonly check: 'int' }
  | { readonly check: 'gte' | 'lte'; readonly value: number; readonly inclusive: boolean }
  | {
      readonly check: 'custom';
      readonly test: (value: never) => boolean;
      readonly params?: Readonly<Record<string, unknown>>;
    };

interface NodeBase {
  /** The field's key in the message catalogs (its label), when the schema labels it. */
  readonly key?: string;
  readonly checks?: readonly ShapeCheck[];
}

/** A schema as data: one node per zod schema, nested as the schemas are. */
export type ShapeNode =
  | (NodeBase & {
      readonly type: 'object';
      readonly props: Readonly<Record<string, ShapeNode>>;
      readonly strict: boolean;
    })
  | (NodeBase & { readonly type: 'array'; readonly element: ShapeNode })
  | (NodeBase & { readonly type: 'record'; readonly keys: ShapeNode; readonly values: ShapeNode })
  | (NodeBase & { readonly type: 'optional'; readonly inner: ShapeNode })
  | (NodeBase & {
      readonly type: 'enum' | 'literal';
      readonly values: readonly unknown[];
      readonly codelist?: Codelist;
    })
  | (NodeBase & { readonly type: 'string' | 'number' | 'boolean' | 'unknown' });

/**
 * A shape problem, with the fields of zod's issue that validation reads: the same codes,
 * paths and details, so one function turns either into messages.
 */
export interface ShapeIssue {
  readonly code: string;
  readonly path: PropertyKey[];
  readonly input?: unknown;
  readonly expected?: string;
  readonly keys?: readonly string[];
  readonly values?: readonly unknown[];
  readonly format?: string;
  readonly origin?: string;
  readonly inclusive?: boolean;
  readonly minimum?: number | bigint;
  readonly maximum?: number | bigint;
  readonly params?: Readonly<Record<string, unknown>> | undefined;
}

/** What checking a value against a shape gives: zod's `safeParse` result, without zod. */
export type ShapeResult<T> =
  | { readonly success: true; readonly data: T; readonly error?: undefined }
  | { readonly success: false; readonly error: { readonly issues: readonly ShapeIssue[] }; readonly data?: undefined };
