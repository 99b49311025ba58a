import type { IssuePath } from './issue.js';

// Keys that name the prototype machinery: harmless in JSON text, dangerous once code copies
// the object by assignment (`__proto__` sets a prototype), so they are refused wherever they stand.
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * The paths of every `__proto__`, `constructor` or `prototype` key in a parsed JSON value,
 * at any depth (inside `extensions` too). Walks with its own stack, so nesting as deep as
 * `JSON.parse` allows cannot overflow the call stack; stops after `limit` finds.
 *
 * @example forbiddenKeys(JSON.parse('{"extensions":{"__proto__":{}}}')) // [['extensions', '__proto__']]
 */
export function forbiddenKeys(input: unknown, limit = 100): IssuePath[] {
  const found: IssuePath[] = [];
  const stack: { value: unknown; path: IssuePath }[] = [{ value: input, path: [] }];
  while (stack.length > 0 && found.length < limit) {
    const { value, path } = stack.pop() ?? { value: undefined, path: [] };
    if (typeof value !== 'object' || value === null) continue;
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], path: [...path, i] });
      continue;
    }
    const keys = Object.keys(value);
    for (const key of keys) if (FORBIDDEN.has(key)) found.push([...path, key]);
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i] ?? '';
      if (!FORBIDDEN.has(key)) stack.push({ value: (value as Record<string, unknown>)[key], path: [...path, key] });
    }
  }
  return found;
}
