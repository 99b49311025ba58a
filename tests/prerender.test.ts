import { prerenderForm } from '@law-report/elements/prerender';
import { describe, expect, it } from 'vitest';

// The form's top as a page writes it before the script (docs/embed.md): what a browser parses of it is
// checked in tests/portal.test.ts, where the element takes a drawing over; here, what the HTML says.

describe('prerenderForm', () => {
  it('draws the form’s own fields in a declarative shadow root of the element, its attributes escaped', async () => {
    const html = await prerenderForm({ attributes: { name: 'report', 'draft-key': 'a"<b>&c' } });
    expect(html).toMatch(/^<law-report-form\s+name="report" draft-key="a&quot;&lt;b&gt;&amp;c"[^>]*>/);
    expect(html).toMatch(/<template [^>]*shadowrootmode="open"[^>]*><style>/);
    for (const id of ['f-title', 'f-year', 'f-unit-name', 'f-unit-level', 'f-issuer', 'f-issuedOn'])
      expect(html).toContain(`id="${id}"`);
    expect(html).toContain('<label for="f-title">报告标题');
    expect(html.endsWith('</template></law-report-form>')).toBe(true);
    // No year proposed: one fixed when the page was built may be last year's when it is served.
    expect(/<input [^>]*id="f-year"[^>]*>/.exec(html)?.[0]).toMatch(/\bvalue=""/);
    // No hydration markers: the element takes the drawing over rather than hydrating it.
    expect(html).not.toMatch(/<!--\/?lit-|<\?>/);
  });

  it('draws an unticked box unticked (a `.checked` binding would be written checked="false")', async () => {
    const html = await prerenderForm();
    const box = /<input[^>]*id="f-confidentialityReviewed"[^>]*>/.exec(html)?.[0] ?? '';
    expect(box).toContain('type="checkbox"');
    expect(box).not.toMatch(/\bchecked\b/);
  });

  it('draws in English with locale="en"', async () => {
    const html = await prerenderForm({ attributes: { locale: 'en' } });
    expect(html).toContain('<label for="f-title">Report title');
    expect(html).toMatch(/<div class="root" lang="en">/);
  });

  it('keeps the renderer’s DOM shim off the asking process', async () => {
    await prerenderForm();
    expect('window' in globalThis).toBe(false);
    expect('customElements' in globalThis).toBe(false);
  });

  it('refuses an attribute name that is not one, or an event handler’s, naming it', async () => {
    await expect(prerenderForm({ attributes: { 'x onload': 'alert(1)' } })).rejects.toThrow(
      /"x onload" is not an attribute name/,
    );
    await expect(prerenderForm({ attributes: { '><script>': '' } })).rejects.toThrow(/is not an attribute name/);
    await expect(prerenderForm({ attributes: { onfocus: 'alert(1)' } })).rejects.toThrow(/onfocus is an event handler/);
  });
});
