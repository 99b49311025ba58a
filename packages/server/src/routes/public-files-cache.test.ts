import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type * as core from '@law-report/core';
import { beiliuReport } from '@law-report/core/testing';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildApp } from '../app.js';
import { openStore } from '../store/open-store.js';
import type { Store } from '../store/store.js';
import { send } from '../testing/send.js';

// Core's renderer as it is, its Word renderings counted: a flood of requests for one report's Word
// file must render it once, not once per request.
const rendered = vi.hoisted(() => ({ docx: 0 }));
vi.mock('@law-report/core', async (original) => {
  const actual = await original<typeof core>();
  return {
    ...actual,
    renderReport: ((report, options) => {
      if (options.format === 'docx') rendered.docx += 1;
      return actual.renderReport(report, options);
    }) as typeof actual.renderReport,
  };
});

describe('the public’s files of a report are rendered once', () => {
  let dir: string;
  let store: Store;
  let app: FastifyInstance;
  let base: string;
  let id: string;
  const path = `/reports/2023/${encodeURIComponent('北留镇')}.docx`;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'law-report-cache-'));
    store = await openStore(join(dir, 'law-report.sqlite'));
    ({ id } = await store.submit(
      '北留镇',
      2023,
      { ...beiliuReport(), confidentialityReviewed: true },
      '北留镇',
      '2024-01-20T08:00:00.000Z',
    ));
    await store.transition(id, ['submitted'], 'filed', '县依法治县办', '2024-01-21T08:00:00.000Z', null);
    await store.transition(id, ['filed'], 'published', '县依法治县办', '2024-01-22T08:00:00.000Z', null, '2024-01-22');
    app = await buildApp({ store });
    base = await app.listen({ port: 0, host: '127.0.0.1' });
  });

  afterAll(async () => {
    await app.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('renders a Word file once for a flood of readers, and again only for a new publication', async () => {
    const answers = await Promise.all(Array.from({ length: 30 }, () => send(base, 'GET', path)));
    answers.push(await send(base, 'GET', path));
    expect(answers.map((answer) => answer.status)).toEqual(answers.map(() => 200));
    expect(rendered.docx).toBe(1);
    const first = Buffer.from(answers[0]?.bytes ?? []);
    expect(answers.every((answer) => first.equals(Buffer.from(answer.bytes)))).toBe(true);
    expect(answers[0]?.headers.get('content-disposition')).toContain('law-report-2023.docx');
    // Withdrawn and published again: the file of the new publication.
    await store.transition(id, ['published'], 'filed', '县依法治县办', '2024-01-23T08:00:00.000Z', '改');
    expect((await send(base, 'GET', path)).status).toBe(404);
    await store.transition(id, ['filed'], 'published', '县依法治县办', '2024-01-24T08:00:00.000Z', null, '2024-01-24');
    expect((await send(base, 'GET', path)).status).toBe(200);
    expect(rendered.docx).toBe(2);
  });
});
