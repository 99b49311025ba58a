import { makeReport } from '@law-report/core/testing';
import { describe, expect, it } from 'vitest';
import { stringsReady } from './locale.js';
import { listUnitReports, sendReport } from './unit-client.js';

// An address that answers, but not as a collection server does: what a proxy's error page or a
// wrong `endpoint` gives (here the test page's own server, which has no such API).
const notAServer = `${location.origin}/__no-collection-server__`;

describe('the unit’s client of the collection server', () => {
  it('says in words that the server had a problem when its answer carries no message, with the status for whoever fixes it', async () => {
    const sent = await sendReport(notAServer, 'token', 'zh-CN', makeReport());
    expect(sent).toEqual({
      kind: 'refused',
      message: expect.stringMatching(/^县里的报送服务器出了问题（HTTP \d{3}），请稍后再试；已填写的内容都还在。$/),
    });
    // In English once an element shown in English has loaded its strings.
    await stringsReady('en');
    const listed = await listUnitReports(notAServer, 'token', 'en');
    expect(listed).toEqual({
      error: expect.stringMatching(/^The county's collection server has a problem \(HTTP \d{3}\)/),
    });
  });
});
