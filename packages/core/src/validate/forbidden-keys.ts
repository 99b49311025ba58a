import type { IssuePath } from './issue.js';

// Keys that name the prototype machinery: harmless in JSON text, dangerous once code copies
// the object by assignment (`__proto__` sets a prototype), so they are refused wherever they stand.
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

// A node still to visit: its value, and how it was reached (paths are built only for finds).
interface Visit {
  readonly value: unknown;
  readonly parent: Visit | undefined;
  readonly key: string | number;
}

/**
 * The paths of every `__proto__`, `constructor` or `prototype` key in a parsed JSON value,
 * at any depth (inside `extensions` too). Walks with its own stack, so nesting as deep as
 * `JSON.parse` allows cannot overflow the call stack; stops after `limit` finds.
 *
 * @example forbiddenKeys(JSON.parse('{"extensions":{"__proto__":{}}}')) // [['extensions', '__proto__']]
 */
export function forbiddenKeys(input: unknown, limit = 100): IssuePath[] {
  // Almost every report has none: a walk that builds nothing says so; paths are walked for only when it finds one.
  if (!hasForbiddenKey(input)) return [];
  const found: IssuePath[] = [];
  const stack: Visit[] = [{ value: input, parent: undefined, key: '' }];
  while (stack.length > 0 && found.length < limit) {
    const visit = stack.pop();
    if (!visit) break;
    const { value } = visit;
    if (typeof value !== 'object' || value === null) continue;
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) {
        const item: unknown = value[i];
        if (typeof item === 'object' && item !== null) stack.push({ value: item, parent: visit, key: i });
      }
      continue;
    }
    const keys = Object.keys(value);
    for (const key of keys) if (FORBIDDEN.has(key)) found.push([...pathOf(visit), key]);
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i] ?? '';
      const child: unknown = (value as Record<string, unknown>)[key];
      if (!FORBIDDEN.has(key) && typeof child === 'object' && child !== null)
        stack.push({ value: child, parent: visit, key });
    }
  }
  return found;
}

function pathOf(visit: Visit): IssuePath {
  const path: (string | number)[] = [];
  for (let at: Visit | undefined = visit; at?.parent; at = at.parent) path.push(at.key);
  return path.reverse();
}

// Whether any key at any depth is forbidden: the same walk with a stack of bare values, no paths.
function hasForbiddenKey(input: unknown): boolean {
  const stack: unknown[] = [input];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value !== 'object' || value === null) continue;
    if (Array.isArray(value)) {
      for (const item of value) if (typeof item === 'object' && item !== null) stack.push(item);
      continue;
    }
    // for…in with Object.hasOwn, not Object.keys: no array per object, and the same own keys forbiddenKeys walks
    // (an inherited enumerable key, as a polluted Object.prototype has, would be visited in every object, forever).
    for (const key in value) {
      if (!Object.hasOwn(value, key)) continue;
      if (key === '__proto__' || key === 'constructor' || key === 'prototype') return true;
      const child: unknown = (value as Record<string, unknown>)[key];
      if (typeof child === 'object' && child !== null) stack.push(child);
    }
  }
  return false;
}
