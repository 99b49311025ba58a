import type { ShapeCheck, ShapeIssue, ShapeNode, ShapeResult } from './shape-node.js';

// Checks a value against a shape node the way zod's `safeParse` checks it against the schema
// the node was written from: the same issues in the same order (a test runs both on thousands
// of broken reports), the same output (strings trimmed, unknown keys of a plain object left
// out). Each branch names the zod code it follows, in zod/v4/core/schemas.js and checks.js.

interface Issue extends ShapeIssue {
  path: PropertyKey[];
  /** zod's `continue`: true when later checks of the same value still run. */
  continue?: boolean;
}

interface Payload {
  value: unknown;
  readonly issues: Issue[];
}

/**
 * Checks `input` against `node`, as `schema.safeParse(input, { reportInput: true })` does
 * for the zod schema `node` was generated from.
 *
 * @example const result = checkShape(reportNode, JSON.parse(text)); if (result.success) use(result.data)
 */
export function checkShape<T>(node: ShapeNode, input: unknown): ShapeResult<T> {
  const payload = run(node, { value: input, issues: [] });
  if (payload.issues.length === 0) return { success: true, data: payload.value as T };
  return { success: false, error: { issues: payload.issues.map(({ continue: _, ...issue }) => issue) } };
}

function run(node: ShapeNode, payload: Payload): Payload {
  parse(node, payload);
  if (node.checks?.length) runChecks(node.checks, payload);
  return payload;
}

const fresh = (value: unknown): Payload => ({ value, issues: [] });

function prefixed(issues: Issue[], segment: PropertyKey): Issue[] {
  for (const issue of issues) issue.path.unshift(segment);
  return issues;
}

// util.isObject
const isObject = (value: unknown): value is Record<PropertyKey, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

// util.isPlainObject
function isPlainObject(value: unknown): value is Record<PropertyKey, unknown> {
  if (!isObject(value)) return false;
  const ctor: unknown = value['constructor'];
  if (ctor === undefined || typeof ctor !== 'function') return true;
  const prototype: unknown = (ctor as { prototype?: unknown }).prototype;
  return isObject(prototype) && Object.hasOwn(prototype, 'isPrototypeOf');
}

function invalidType(payload: Payload, expected: string): void {
  payload.issues.push({ code: 'invalid_type', expected, input: payload.value, path: [] });
}

function parse(node: ShapeNode, payload: Payload): void {
  const input = payload.value;
  switch (node.type) {
    case 'string': // $ZodString
      if (typeof input !== 'string') invalidType(payload, 'string');
      return;
    case 'number': // $ZodNumber: finite numbers only
      if (typeof input !== 'number' || !Number.isFinite(input)) invalidType(payload, 'number');
      return;
    case 'boolean':
      if (typeof input !== 'boolean') invalidType(payload, 'boolean');
      return;
    case 'unknown':
      return;
    case 'enum':
    case 'literal': // a Set's has(): SameValueZero, as includes()
      if (!node.values.includes(input))
        payload.issues.push({ code: 'invalid_value', values: node.values, input, path: [] });
      return;
    case 'optional': // $ZodOptional: undefined passes, anything else is the inner schema's
      if (input !== undefined) run(node.inner, payload);
      return;
    case 'array': {
      if (!Array.isArray(input)) return invalidType(payload, 'array');
      const out: unknown[] = new Array<unknown>(input.length);
      for (let i = 0; i < input.length; i++) {
        const result = run(node.element, fresh(input[i]));
        for (const issue of prefixed(result.issues, i)) payload.issues.push(issue);
        out[i] = result.value;
      }
      payload.value = out;
      return;
    }
    case 'object':
      return parseObject(node.props, node.strict, payload);
    case 'record':
      return parseRecord(node.keys, node.values, payload);
  }
}

// $ZodObject and handlePropertyResult; a strict object's catchall is z.never().
function parseObject(props: Readonly<Record<string, ShapeNode>>, strict: boolean, payload: Payload): void {
  const input = payload.value;
  if (!isObject(input)) {
    payload.issues.push({ code: 'invalid_type', expected: 'object', input, path: [] });
    return;
  }
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(props)) {
    if (key === '__proto__') continue;
    const node = props[key] as ShapeNode;
    const optional = node.type === 'optional';
    const present = key in input;
    const result = run(node, fresh(input[key]));
    if (!present && optional) continue;
    for (const issue of prefixed(result.issues, key)) payload.issues.push(issue);
    if (!present) {
      if (result.issues.length === 0)
        payload.issues.push({ code: 'invalid_type', expected: 'nonoptional', input: undefined, path: [key] });
      continue;
    }
    out[key] = result.value;
  }
  payload.value = out;
  if (!strict) return;
  const unrecognized: string[] = [];
  // for…in, as zod: inherited enumerable keys count too.
  for (const key in input) if (!Object.hasOwn(props, key)) unrecognized.push(key);
  if (unrecognized.length > 0)
    payload.issues.push({ code: 'unrecognized_keys', keys: unrecognized, input, path: [], continue: true });
}

// $ZodRecord with a key schema that lists no values (a pattern every key must match).
function parseRecord(keys: ShapeNode, values: ShapeNode, payload: Payload): void {
  const input = payload.value;
  if (!isPlainObject(input)) {
    payload.issues.push({ code: 'invalid_type', expected: 'record', input, path: [] });
    return;
  }
  const out: Record<PropertyKey, unknown> = {};
  for (const key of Reflect.ownKeys(input)) {
    if (key === '__proto__' || !Object.prototype.propertyIsEnumerable.call(input, key)) continue;
    const keyResult = run(keys, fresh(key));
    if (keyResult.issues.length > 0) {
      payload.issues.push({ code: 'invalid_key', origin: 'record', input: key, path: [key] });
      continue;
    }
    const outKey = keyResult.value as PropertyKey;
    if (outKey === '__proto__') continue;
    const result = run(values, fresh(input[key]));
    for (const issue of prefixed(result.issues, key)) payload.issues.push(issue);
    out[outKey] = result.value;
  }
  payload.value = out;
}

// util.aborted / util.explicitlyAborted
function aborted(issues: readonly Issue[], from = 0): boolean {
  for (let i = from; i < issues.length; i++) if (issues[i]?.continue !== true) return true;
  return false;
}

function explicitlyAborted(issues: readonly Issue[]): boolean {
  for (const issue of issues) if (issue.continue === false) return true;
  return false;
}

// $ZodType's runChecks: after a failed type test only length checks run, and only on a value
// that has a length (their `when`).
function runChecks(checks: readonly ShapeCheck[], payload: Payload): void {
  let stopped = payload.issues.length > 0 && aborted(payload.issues);
  for (const check of checks) {
    if (check.check === 'min_length' || check.check === 'max_length') {
      if (explicitlyAborted(payload.issues)) continue;
      const value = payload.value as { length?: unknown } | null | undefined;
      if (value === null || value === undefined || value.length === undefined) continue;
    } else if (stopped) continue;
    const before = payload.issues.length;
    applyCheck(check, payload);
    if (!stopped && payload.issues.length !== before) stopped = aborted(payload.issues, before);
  }
}

// Strings are measured in code points (util.codePointLength).
function codePoints(text: string): number {
  let count = text.length;
  for (let i = 0; i < text.length - 1; i++) {
    if ((text.charCodeAt(i) & 0xfc00) === 0xd800 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      count--;
      i++;
    }
  }
  return count;
}

const originOf = (value: unknown) =>
  Array.isArray(value) ? 'array' : typeof value === 'string' ? 'string' : 'unknown';

function push(payload: Payload, issue: Omit<Issue, 'path' | 'input'>): void {
  payload.issues.push({ ...issue, input: payload.value, path: [] });
}

function applyCheck(check: ShapeCheck, payload: Payload): void {
  const input = payload.value;
  switch (check.check) {
    case 'trim': // $ZodCheckOverwrite
      payload.value = (input as string).trim();
      return;
    case 'min_length': {
      // $ZodCheckMinLength
      const units = (input as { length: number }).length;
      const length =
        typeof input === 'string' && units >= check.value && units < check.value * 2 ? codePoints(input) : units;
      if (!(length >= check.value))
        push(payload, {
          code: 'too_small',
          origin: originOf(input),
          minimum: check.value,
          inclusive: true,
          continue: true,
        });
      return;
    }
    case 'max_length': {
      // $ZodCheckMaxLength
      const units = (input as { length: number }).length;
      const length = typeof input === 'string' && units > check.value ? codePoints(input) : units;
      if (!(length <= check.value))
        push(payload, {
          code: 'too_big',
          origin: originOf(input),
          maximum: check.value,
          inclusive: true,
          continue: true,
        });
      return;
    }
    case 'format': // $ZodCheckStringFormat, $ZodCheckRegex
      check.pattern.lastIndex = 0;
      if (!check.pattern.test(input as string))
        push(payload, { code: 'invalid_format', origin: 'string', format: check.format, continue: true });
      return;
    case 'int': // $ZodCheckNumberFormat, format safeint
      if (!Number.isInteger(input))
        push(payload, { code: 'invalid_type', expected: 'int', format: 'safeint', continue: false });
      else if (!Number.isSafeInteger(input)) {
        push(
          payload,
          (input as number) > 0
            ? { code: 'too_big', origin: 'int', maximum: Number.MAX_SAFE_INTEGER, inclusive: true, continue: true }
            : { code: 'too_small', origin: 'int', minimum: Number.MIN_SAFE_INTEGER, inclusive: true, continue: true },
        );
      }
      return;
    case 'gte': {
      // $ZodCheckGreaterThan
      const value = input as number;
      if (!(check.inclusive ? value >= check.value : value > check.value))
        push(payload, {
          code: 'too_small',
          origin: 'number',
          minimum: check.value,
          inclusive: check.inclusive,
          continue: true,
        });
      return;
    }
    case 'lte': {
      // $ZodCheckLessThan
      const value = input as number;
      if (!(check.inclusive ? value <= check.value : value < check.value))
        push(payload, {
          code: 'too_big',
          origin: 'number',
          maximum: check.value,
          inclusive: check.inclusive,
          continue: true,
        });
      return;
    }
    case 'custom': // z.refine
      if (!check.test(input as never))
        push(payload, { code: 'custom', continue: true, ...(check.params ? { params: check.params } : {}) });
      return;
  }
}
