import { expect, it } from 'vitest';
import { ruleChecks } from './checks.js';
import { rules } from './index.js';

it('pairs every check with its doc, once each, in the order validation runs them', () => {
  expect(rules.map((rule) => rule.name)).toEqual(ruleChecks.map((check) => check.name));
  expect(new Set(rules.map((rule) => rule.name)).size).toBe(rules.length);
  for (const rule of rules) {
    expect(rule.description['zh-CN'], rule.name).not.toBe('');
    expect(rule.description.en, rule.name).not.toBe('');
    expect(Object.keys(rule.codes).length, rule.name).toBeGreaterThan(0);
    expect(typeof rule.check, rule.name).toBe('function');
  }
});
