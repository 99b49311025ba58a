import { makeReport, makeSection } from '@law-report/core/testing';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import './define.js';
import type { LawReportFormElement } from './law-report-form.js';

// The importer the search needs, held back until a test lets it come: as on a portal's first search,
// where it loads for a second (a clerk's trial saw no results and no word meanwhile).
const gate = vi.hoisted(() => {
  let open: () => void = () => {};
  let opened = Promise.resolve();
  return {
    close: () => {
      opened = new Promise<void>((resolve) => {
        open = resolve;
      });
    },
    open: () => open(),
    wait: () => opened,
  };
});

vi.mock('./load-importer.js', async (original) => {
  const actual = await original<typeof import('./load-importer.js')>();
  return {
    ...actual,
    loadImporter: async () => {
      await gate.wait();
      return actual.loadImporter();
    },
  };
});

afterEach(() => {
  document.body.replaceChildren();
  localStorage.clear();
});

describe('<law-report-form>: 按名称或别称查找指标 while what it searches with loads', () => {
  it('says it is loading in the results’ live region, then what it found', async () => {
    const element = document.createElement('law-report-form') as LawReportFormElement;
    element.report = makeReport({ sections: [makeSection('measures', { id: 'a' })], metrics: [] });
    document.body.append(element);
    await element.updateComplete;
    gate.close();
    const search = page.getByLabelText('按名称或别称查找指标');
    await search.fill('调处');
    const status = page.getByRole('status').filter({ hasText: /正在载入指标|找到|没有找到/ });
    await expect.element(status).toHaveTextContent('正在载入指标…');
    expect(search.element().getAttribute('aria-describedby')).toBe(status.element().id);
    gate.open();
    await expect.element(status).toHaveTextContent(/^找到 \d+ 个指标，选一个添加到本章节。$/);
    await expect.element(page.getByRole('button', { name: '添加：调解矛盾纠纷（别称：调处）' })).toBeVisible();
    // Loaded, a search is found at once: nothing said in between.
    await search.fill('没有这个名称');
    expect(element.shadowRoot?.querySelector('.finder [role="status"]')?.textContent).not.toContain('正在载入');
    await expect.element(status).toHaveTextContent(/没有找到/);
  });

  it('says so in English', async () => {
    const element = document.createElement('law-report-form') as LawReportFormElement;
    element.setAttribute('locale', 'en');
    element.report = makeReport({ sections: [makeSection('measures', { id: 'a' })], metrics: [] });
    document.body.append(element);
    await element.updateComplete;
    gate.close();
    await page.getByLabelText('Find an indicator by name or alias').fill('mediat');
    await expect
      .element(page.getByRole('status').filter({ hasText: 'Loading' }))
      .toHaveTextContent('Loading the indicators…');
    gate.open();
    await expect.element(page.getByRole('status').filter({ hasText: 'found' })).toBeInTheDocument();
  });
});
