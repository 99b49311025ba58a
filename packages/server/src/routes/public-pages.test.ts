import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Report } from '@law-report/core';
import { beiliuReport, makeReport } from '@law-report/core/testing';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { addToken } from '../auth.js';
import { openStore } from '../store/open-store.js';
import type { Store } from '../store/store.js';
import { drivers } from '../testing/drivers.js';
import { send, type SendArguments } from '../testing/send.js';

// The public's pages against a real server on each real driver: what a citizen reads with plain
// HTTP, no token and no script. The clock moves between steps so each publication has its own
// instant and day.
describe.each(drivers('public_pages_test'))('the public’s pages on %s', (_name, database) => {
  const odd = "东城镇';DROP/**/TABLE/**/reports;--";
  let dir: string;
  let store: Store;
  let app: FastifyInstance;
  let base: string;
  let reviewer: string;
  const units: Record<string, string> = {};
  let now = new Date('2024-01-26T08:00:00Z');
  const ids: Record<string, string> = {};

  // The server's answer with its content type, as send() reads it (public pages carry no BOM).
  const call = async (...args: SendArguments) => {
    const sent = await send(base, ...args);
    return { ...sent, type: sent.headers.get('content-type') ?? '' };
  };
  const townReport = (name: string, title = `${name}2023年法治政府建设工作情况的报告`): Report => ({
    ...makeReport({ unit: { name, level: 'town' }, title, issuer: `${name}人民政府` }),
    confidentialityReviewed: true,
  });
  const submit = async (unit: string, report: Report) => {
    const answer = await call('POST', '/api/reports', units[unit], report);
    expect(answer.status, answer.text).toBe(201);
    ids[unit] = String((JSON.parse(answer.text) as { id: string }).id);
  };
  const step = async (unit: string, action: string, reason?: string) => {
    // 公开 needs the reviewer's confirmation of 保密审查.
    const body = {
      ...(reason === undefined ? {} : { reason }),
      ...(action === 'publish' ? { confidentialityReviewed: true } : {}),
    };
    const answer = await call(
      'POST',
      `/api/reports/${ids[unit]}/${action}`,
      reviewer,
      Object.keys(body).length === 0 ? undefined : body,
    );
    expect(answer.status, answer.text).toBe(200);
  };
  // As a browser's address bar would write it, with !'()* encoded too.
  const page = (unit: string, format: string, year = 2023) =>
    `/reports/${year}/${encodeURIComponent(unit).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}.${format}`;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'law-report-public-'));
    store = await openStore(await database(dir));
    await store.putSettings({ county: '阳城县' });
    reviewer = await addToken(store, 'reviewer', '县依法治县办');
    for (const unit of ['北留镇', odd, '西山镇', '南岭镇', '东岗镇'])
      units[unit] = await addToken(store, 'unit', unit, 'town');
    app = await buildApp({ store, now: () => now });
    base = await app.listen({ port: 0, host: '127.0.0.1' });

    // Published: 北留镇 on 26 January, the odd name (a title with markup in it) on 1 February in
    // China (23:30 UTC the day before).
    await submit('北留镇', { ...beiliuReport(), confidentialityReviewed: true });
    await step('北留镇', 'file');
    await step('北留镇', 'publish');
    now = new Date('2024-01-31T23:30:00Z');
    await submit(odd, townReport(odd, `${odd}<script>alert("x")</script>&2023年法治政府建设工作情况的报告`));
    await step(odd, 'file');
    await step(odd, 'publish');
    // Never public: returned, submitted, filed.
    await submit('西山镇', townReport('西山镇'));
    await step('西山镇', 'return', '请补充数据');
    await submit('南岭镇', townReport('南岭镇'));
    await submit('东岗镇', townReport('东岗镇'));
    await step('东岗镇', 'file');
  });

  afterAll(async () => {
    await app?.close();
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('lists the published reports by year, each linked, with the county’s 公开 day, as an accessible page', async () => {
    const index = await call('GET', '/reports/');
    expect(index.status).toBe(200);
    expect(index.type).toBe('text/html; charset=utf-8');
    const html = index.text;
    expect(html).toMatch(/^<!doctype html>\n<html lang="zh-CN">/);
    expect(html).toContain('<title>阳城县法治政府建设年度报告公开</title>');
    expect(html).toContain('<a class="skip" href="#main">跳到正文</a>');
    expect(html).toContain('<main id="main"');
    // Headings in order: one h1, then a year's h2.
    expect([...html.matchAll(/<h(\d)/g)].map((match) => match[1])).toEqual(['1', '2']);
    expect(html).toContain('<h2 id="year-2023">2023年度</h2>');
    expect(html).toContain(`<a href="${page('北留镇', 'html')}">${beiliuReport().title}</a>`);
    expect(html).toContain('<span class="level">乡镇（街道）</span>');
    expect(html).toContain('<time datetime="2024-01-26">2024年1月26日</time>');
    expect(html).toContain('<time datetime="2024-02-01">2024年2月1日</time>');
    // The odd unit's name and title are text: escaped in the page, percent-encoded in its address.
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;2023年');
    expect(html).toContain(`<span class="unit">东城镇&#39;;DROP/**/TABLE/**/reports;--</span>`);
    expect(html).toContain(
      'href="/reports/2023/%E4%B8%9C%E5%9F%8E%E9%95%87%27%3BDROP%2F%2A%2A%2FTABLE%2F%2A%2A%2Freports%3B--.html"',
    );
    // Returned, submitted and filed reports are nowhere.
    for (const unit of ['西山镇', '南岭镇', '东岗镇']) expect(html).not.toContain(unit);
  });

  it('gives a published report as core’s print HTML in the public’s chrome, with Word and JSON beside it', async () => {
    const report = await call('GET', page('北留镇', 'html'));
    expect(report.status).toBe(200);
    const html = report.text;
    expect(html).toMatch(/^<!doctype html>\n<html lang="zh-CN">/);
    expect(html).toContain(`<title>${beiliuReport().title}</title>`);
    expect(html).toContain('<a class="skip" href="#main">跳到正文</a>');
    expect(html).toMatch(/<main id="main">\n<article class="law-report">\n<h1>/);
    expect(html).toContain('</article>\n</main>\n</body>');
    // The unit without its level: 乡镇（街道） in brackets after the name would nest brackets.
    expect(html).toContain('<p>北留镇2023年度报告，公开日期：<time datetime="2024-01-26">2024年1月26日</time>');
    expect(html.slice(0, html.indexOf('</nav>'))).not.toMatch(/（[^）]*（/);
    expect(html).toContain(`<a href="${page('北留镇', 'docx')}"`);
    expect(html).toContain(`<a href="${page('北留镇', 'json')}"`);
    // Page numbers on paper, the chrome not.
    expect(html).toContain('counter(page)');
    const headings = [...html.matchAll(/<h(\d)/g)].map((match) => Number(match[1]));
    expect(headings[0]).toBe(1);
    for (let i = 1; i < headings.length; i += 1) expect(headings[i]! - headings[i - 1]!).toBeLessThanOrEqual(1);

    const odd1 = await call('GET', page(odd, 'html'));
    expect(odd1.status).toBe(200);
    expect(odd1.text).not.toContain('<script>');
    expect(odd1.text).toContain('&lt;script&gt;');

    const word = await call('GET', page('北留镇', 'docx'));
    expect(word.status).toBe(200);
    expect(word.type).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(String.fromCharCode(word.bytes[0]!, word.bytes[1]!)).toBe('PK');
    expect(word.headers.get('content-disposition')).toBe(
      `attachment; filename="law-report-2023.docx"; filename*=UTF-8''${encodeURIComponent(`${beiliuReport().title}.docx`)}`,
    );
    // A title with characters no file system takes: they leave the name.
    const oddWord = await call('GET', page(odd, 'docx'));
    expect(oddWord.headers.get('content-disposition')).not.toMatch(/%2F|%3C|%3E|%22/);

    const json = await call('GET', page('北留镇', 'json'));
    expect(json.type).toBe('application/json; charset=utf-8');
    expect((JSON.parse(json.text) as Report).title).toBe(beiliuReport().title);
  });

  it('never shows a report that is not published: a Chinese 404 page', async () => {
    for (const unit of ['西山镇', '南岭镇', '东岗镇', '无此镇']) {
      for (const format of ['html', 'docx', 'json']) {
        const missing = await call('GET', page(unit, format));
        expect(missing.status, `${unit}.${format}`).toBe(404);
        expect(missing.type).toBe('text/html; charset=utf-8');
        expect(missing.text).toContain('<html lang="zh-CN">');
        expect(missing.text).toContain('<title>没有找到这份报告</title>');
      }
    }
    for (const path of [
      '/reports/2022/北留镇.html',
      '/reports/abcd/北留镇.html',
      '/reports/2023/北留镇.pdf',
      '/reports/2023/',
      '/reports/nothing',
    ]) {
      const missing = await call('GET', encodeURI(path));
      expect(missing.status, path).toBe(404);
      expect(missing.text, path).toContain('没有找到这份报告');
    }
  });

  it('gives the list, a report and the 404 page an icon of their own, inline, so no browser asks for /favicon.ico', async () => {
    for (const path of ['/reports/', page('北留镇', 'html'), encodeURI('/reports/2023/无此镇.html')]) {
      const { text } = await call('GET', path);
      const head = text.slice(0, text.indexOf('</head>'));
      expect(head, path).toMatch(/<link rel="icon" type="image\/svg\+xml" href="data:image\/svg\+xml,%3Csvg%20[^"]+">/);
    }
  });

  it('carries Last-Modified (the publication instant) and answers If-Modified-Since with 304', async () => {
    const report = await call('GET', page('北留镇', 'html'));
    expect(report.headers.get('last-modified')).toBe('Fri, 26 Jan 2024 08:00:00 GMT');
    expect(
      (
        await call('GET', page('北留镇', 'html'), undefined, undefined, {
          'if-modified-since': 'Fri, 26 Jan 2024 08:00:00 GMT',
        })
      ).status,
    ).toBe(304);
    expect(
      (
        await call('GET', page('北留镇', 'html'), undefined, undefined, {
          'if-modified-since': 'Sat, 27 Jan 2024 00:00:00 GMT',
        })
      ).status,
    ).toBe(304);
    expect(
      (
        await call('GET', page('北留镇', 'html'), undefined, undefined, {
          'if-modified-since': 'Fri, 26 Jan 2024 07:59:59 GMT',
        })
      ).status,
    ).toBe(200);
    expect(
      (await call('GET', page('北留镇', 'html'), undefined, undefined, { 'if-modified-since': 'not a date' })).status,
    ).toBe(200);
    // The list: its latest publication.
    const index = await call('GET', '/reports/');
    expect(index.headers.get('last-modified')).toBe('Wed, 31 Jan 2024 23:30:00 GMT');
    expect(
      (await call('GET', '/reports/', undefined, undefined, { 'if-modified-since': 'Wed, 31 Jan 2024 23:30:00 GMT' }))
        .status,
    ).toBe(304);
    expect(
      (
        await call('GET', '/reports/feed.xml', undefined, undefined, {
          'if-modified-since': 'Wed, 31 Jan 2024 23:30:00 GMT',
        })
      ).status,
    ).toBe(304);
    // HEAD, as a crawler or a cache checks: the same headers, no body.
    const head = await call('HEAD', page('北留镇', 'html'));
    expect(head.status).toBe(200);
    expect(head.headers.get('last-modified')).toBe('Fri, 26 Jan 2024 08:00:00 GMT');
    expect(head.headers.get('cache-control')).toBe('no-cache');
    expect(head.text).toBe('');
  });

  it('announces each publication in an Atom feed, everything escaped', async () => {
    const feed = await call('GET', '/reports/feed.xml');
    expect(feed.status).toBe(200);
    expect(feed.type).toBe('application/atom+xml; charset=utf-8');
    const xml = feed.text;
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/);
    expect(xml.match(/<entry>/g)).toHaveLength(2);
    expect(xml).toContain('<updated>2024-01-31T23:30:00.000Z</updated>');
    expect(xml).toContain('<updated>2024-01-26T08:00:00.000Z</updated>');
    expect(xml).toContain(`<link rel="alternate" type="text/html" href="${base}${page('北留镇', 'html')}"/>`);
    expect(xml).not.toContain('<script>');
    expect(xml).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;2023年');
    for (const unit of ['西山镇', '南岭镇', '东岗镇']) expect(xml).not.toContain(unit);
  });

  it('takes a withdrawn report away, and shows a republished one’s latest version and day', async () => {
    now = new Date('2024-02-05T02:00:00Z');
    await step(odd, 'unpublish', '发现涉密内容');
    expect((await call('GET', page(odd, 'html'))).status).toBe(404);
    expect((await call('GET', page(odd, 'docx'))).status).toBe(404);
    const index = await call('GET', '/reports/');
    expect(index.text).not.toContain('东城镇');
    // The list changed at the withdrawal: a cached copy from before is not kept.
    expect(index.headers.get('last-modified')).toBe('Mon, 05 Feb 2024 02:00:00 GMT');
    expect(
      (await call('GET', '/reports/', undefined, undefined, { 'if-modified-since': 'Wed, 31 Jan 2024 23:30:00 GMT' }))
        .status,
    ).toBe(200);
    expect((await call('GET', '/reports/feed.xml')).text.match(/<entry>/g)).toHaveLength(1);

    // Returned, corrected, filed and published again on 10 February: the new text and the new day.
    await step(odd, 'return', '请删去涉密内容');
    const corrected = townReport(odd, `${odd}2023年法治政府建设工作情况的报告（修订）`);
    await submit(odd, corrected);
    await step(odd, 'file');
    now = new Date('2024-02-10T01:00:00Z');
    await step(odd, 'publish');
    const again = await call('GET', page(odd, 'html'));
    expect(again.status).toBe(200);
    expect(again.text).toContain('（修订）');
    expect(again.text).not.toContain('&lt;script&gt;');
    expect(again.text).toContain('公开日期：<time datetime="2024-02-10">2024年2月10日</time>');
    expect(again.headers.get('last-modified')).toBe('Sat, 10 Feb 2024 01:00:00 GMT');
    const feed = await call('GET', '/reports/feed.xml');
    expect(feed.text).toContain('<updated>2024-02-10T01:00:00.000Z</updated>');
  });

  it('puts the newest year first', async () => {
    now = new Date('2024-02-11T01:00:00Z');
    const older = townReport('南岭镇', '南岭镇2022年法治政府建设工作情况的报告');
    await submit('南岭镇', { ...older, year: 2022, sections: older.sections });
    await step('南岭镇', 'file');
    await step('南岭镇', 'publish');
    const html = (await call('GET', '/reports/')).text;
    expect([...html.matchAll(/<h2 id="year-(\d+)"/g)].map((match) => match[1])).toEqual(['2023', '2022']);
    expect(html).toContain(`<a href="${page('南岭镇', 'html', 2022)}">南岭镇2022年法治政府建设工作情况的报告</a>`);
    // The same unit's 2023 report, only submitted, is still not there.
    expect((await call('GET', page('南岭镇', 'html'))).status).toBe(404);
    expect((await call('GET', page('南岭镇', 'html', 2022))).status).toBe(200);
  });
});
