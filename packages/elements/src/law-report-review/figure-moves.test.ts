import { diffReports } from '@law-report/core/review';
import { makeMetric, makeReport, makeSection } from '@law-report/core/testing';
import { describe, expect, it } from 'vitest';
import { joinMovedFigures } from './figure-moves.js';

// Which figures told as removed and added the desk says as one: the same figure, changed in its indicator,
// words, value or scope; two figures of one sentence are never crossed, and figures truly removed stay so.

const quote = '全年开展法治宣传活动6场，受教育群众2000余人次。';
const events = (overrides = {}) =>
  makeMetric('training.sessions', 6, {
    label: '开展法治宣传活动',
    unit: '场',
    source: { start: 2, end: 12, quote },
    ...overrides,
  });
const people = (overrides = {}) =>
  makeMetric('legalServices.consultations', 2000, {
    label: '受教育群众',
    unit: '人次',
    qualifier: 'over',
    source: { start: 13, end: 24, quote },
    ...overrides,
  });
const joined = (before: Parameters<typeof makeReport>[0], after: Parameters<typeof makeReport>[0]) => {
  const [v1, v2] = [makeReport(before), makeReport(after)];
  return joinMovedFigures(diffReports(v1, v2), v1, v2);
};

describe('joinMovedFigures', () => {
  it('says a figure that only moved to another section as one change of its section', () => {
    const sections = [
      makeSection('measures', { id: 's1', title: '依法行政' }),
      makeSection('duties', { id: 's2', title: '履职情况' }),
    ];
    expect(
      joined(
        { sections, metrics: [events({ sectionId: 's1' })] },
        { sections, metrics: [events({ sectionId: 's2' })] },
      ),
    ).toEqual([
      {
        kind: 'metric-moved',
        label: '开展法治宣传活动',
        value: '6场',
        section: { before: '依法行政', after: '履职情况' },
      },
    ]);
  });

  it('says a figure reclassified, same words and value, as one change of its indicator', () => {
    expect(
      joined({ metrics: [events(), people()] }, { metrics: [events({ indicator: 'publicity.events' }), people()] }),
    ).toEqual([
      {
        kind: 'metric-moved',
        label: '开展法治宣传活动',
        value: '6场',
        indicator: { before: 'training.sessions', after: 'publicity.events' },
      },
    ]);
  });

  it('knows a figure reworded from the sentence it came from and its value', () => {
    expect(
      joined({ metrics: [events()] }, { metrics: [events({ indicator: 'publicity.events', label: '开展普法宣传' })] }),
    ).toEqual([
      {
        kind: 'metric-moved',
        label: '开展普法宣传',
        value: '6场',
        indicator: { before: 'training.sessions', after: 'publicity.events' },
        wording: { before: '开展法治宣传活动', after: '开展普法宣传' },
      },
    ]);
  });

  it('matches no figure of the same sentence whose words and value both differ', () => {
    const changes = joined(
      { metrics: [events(), people()] },
      { metrics: [events({ label: '开展普法宣传', value: 8 }), people()] },
    );
    expect(changes.map((change) => change.kind)).toEqual(['metric-added', 'metric-removed']);
  });

  it('says a figure whose scope changed as one change', () => {
    expect(joined({ metrics: [events()] }, { metrics: [events({ scope: 'cumulative' })] })).toEqual([
      {
        kind: 'metric-moved',
        label: '开展法治宣传活动',
        value: '6场',
        scope: { before: { scope: 'year', asOf: undefined }, after: { scope: 'cumulative', asOf: undefined } },
      },
    ]);
  });

  it('leaves a figure removed and another added apart', () => {
    const changes = joined({ metrics: [events()] }, { metrics: [people()] });
    expect(changes.map((change) => change.kind)).toEqual(['metric-added', 'metric-removed']);
  });
});
