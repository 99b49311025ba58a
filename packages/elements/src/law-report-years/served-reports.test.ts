import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadServedReports } from './served-reports.js';

// The answer's shape when the network is the case under test; the server's own answers are tested
// against a real collection server in law-report-years.server.test.ts.
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('loadServedReports', () => {
  it('says an answer cut off mid-stream was cut off, not that the server failed with 200', async () => {
    vi.stubGlobal('fetch', async () => new Response('{"reports":[{"unit":"北留镇","year":2023,', { status: 200 }));
    expect(await loadServedReports('/api', 'token', 'zh-CN')).toEqual({
      error: '报送服务器的回答不完整（连接可能中途断开），请刷新页面再试。',
    });
  });
});
