import { withDistPages } from './browser.js';
const FORM = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><script type="module" src="./law-report-elements.js"></script></head><body><law-report-form></law-report-form></body></html>`;
await withDistPages({ '/f.html': FORM }, async (browser, origin) => {
  for (const [lat, cpu] of [[150, 4], [150, 1], [0, 4]] as const) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: lat, downloadThroughput: lat ? (1.6 * 1024 * 1024) / 8 : -1, uploadThroughput: -1 });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
    await page.goto(`${origin}/f.html`, { waitUntil: 'commit' });
    const t = await page.waitForFunction(() => (document.querySelector('law-report-form')?.shadowRoot?.querySelector('#f-title') ? performance.now() : false), undefined, { polling: 'raf', timeout: 60000 });
    const entries = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => `${e.name.split('/').pop()} start ${e.startTime.toFixed(0)} end ${e.responseEnd.toFixed(0)} size ${(e as PerformanceResourceTiming).encodedBodySize}`));
    console.log(`latency ${lat} cpu ×${cpu}: usable at ${Number(await t.jsonValue()).toFixed(0)} ms`);
    console.log('  ' + entries.join('\n  '));
    await context.close();
  }
});
