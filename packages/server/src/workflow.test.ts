import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generatedBlocks, withBlocks } from './docs.js';
import type { ReportStatus } from './store/store.js';
import { actionOf, allowedActions, STATUSES, TRANSITIONS, transitionTable } from './workflow.js';

describe('the table of transitions', () => {
  it('leaves no state a dead end: from each, the reviewer or the unit can move the report', () => {
    for (const status of STATUSES)
      expect([...allowedActions(status, 'reviewer'), ...allowedActions(status, 'unit')], status).not.toEqual([]);
  });

  it('reaches every state from a new report', () => {
    const reached = new Set<ReportStatus | null>([null]);
    for (let grew = true; grew; ) {
      grew = false;
      for (const transition of TRANSITIONS) {
        if (!reached.has(transition.to) && transition.from.some((status) => reached.has(status))) {
          reached.add(transition.to);
          grew = true;
        }
      }
    }
    expect([...reached].filter((status) => status !== null).sort()).toEqual([...STATUSES].sort());
  });

  it('names one step for each pair of states, so a history of states reads as steps', () => {
    const pairs = TRANSITIONS.flatMap((transition) => transition.from.map((from) => `${from}→${transition.to}`));
    expect(new Set(pairs).size).toBe(pairs.length);
    expect(actionOf('published', 'filed')).toBe('unpublish');
    expect(actionOf('filed', 'returned')).toBe('return');
    expect(actionOf('returned', 'submitted')).toBe('submit');
  });

  it('asks for a reason wherever a report goes back', () => {
    expect(
      TRANSITIONS.filter((transition) => transition.reason === 'required').map((transition) => transition.action),
    ).toEqual(['return', 'unpublish']);
  });

  it('checks for filing what publishing will check, so a filed report can always be published', () => {
    const checks = Object.fromEntries(TRANSITIONS.map((transition) => [transition.action, transition.checks]));
    expect(checks['file']).toBe(checks['publish']);
  });

  it('takes the reviewer’s confirmation of 保密审查 at 备案 as at 公开, and needs it at 公开 whatever the report says', () => {
    expect(
      TRANSITIONS.filter((transition) => transition.confirms !== null).map((transition) => [
        transition.action,
        transition.confirms,
        transition.who,
        transition.confirmRequired,
      ]),
    ).toEqual([
      ['file', 'confidentialityReviewed', 'reviewer', false],
      ['publish', 'confidentialityReviewed', 'reviewer', true],
    ]);
  });

  it('is the table docs/server.md shows (run `npm run generate -w @law-report/server` after changing it)', () => {
    const docs = readFileSync(new URL('../../../docs/server.md', import.meta.url), 'utf8');
    expect(docs).toContain(transitionTable());
    expect(withBlocks(docs, generatedBlocks())).toBe(docs);
  });
});
