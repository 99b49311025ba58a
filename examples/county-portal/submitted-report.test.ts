import { beiliuReport } from '@law-report/core/testing';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { latestSubmitted, openSubmitted } from './submitted-report.js';

// The collection server's answers, as `law-report serve` gives them to a unit's token.
function answering(routes: Readonly<Record<string, unknown>>): string[] {
  const asked: string[] = [];
  vi.stubGlobal('fetch', (url: string, init?: RequestInit) => {
    asked.push(`${url} ${new Headers(init?.headers).get('authorization') ?? ''}`);
    return Promise.resolve(url in routes ? Response.json(routes[url]) : new Response('{}', { status: 404 }));
  });
  return asked;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('latestSubmitted', () => {
  it('finds the unit’s report of the newest year, with the unit’s token', async () => {
    const asked = answering({
      '/api/reports': {
        reports: [
          { id: 'a', unit: '柳林乡', year: 2022, status: 'filed', version: 1 },
          { id: 'b', unit: '柳林乡', year: 2023, status: 'returned', version: 2 },
          { id: 'c', unit: '柳林乡', year: '2024', version: 1 },
          null,
        ],
      },
    });
    expect(await latestSubmitted('/api', 'lr_unit')).toEqual({ id: 'b', unit: '柳林乡', year: 2023, version: 2 });
    expect(asked).toEqual(['/api/reports Bearer lr_unit']);
  });

  it('is undefined when the server lists nothing, refuses or is not there', async () => {
    answering({ '/api/reports': { reports: [] } });
    expect(await latestSubmitted('/api', 'lr_unit')).toBeUndefined();
    answering({});
    expect(await latestSubmitted('/api', 'lr_unit')).toBeUndefined();
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
    expect(await latestSubmitted('/api', 'lr_unit')).toBeUndefined();
  });
});

describe('openSubmitted', () => {
  it('opens the latest version as a checked report, and nothing that is not a report', async () => {
    answering({ '/api/reports/b': { id: 'b', report: beiliuReport() }, '/api/reports/x': { id: 'x', report: { title: 1 } } });
    expect((await openSubmitted('/api', 'lr_unit', 'b'))?.title).toBe(beiliuReport().title);
    expect(await openSubmitted('/api', 'lr_unit', 'x')).toBeUndefined();
    expect(await openSubmitted('/api', 'lr_unit', 'missing')).toBeUndefined();
  });
});
