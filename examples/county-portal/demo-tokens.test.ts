import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { withToken } from './demo-tokens.js';

// A portal served by `law-report serve --portal` has no demo tokens: the person types one. It is
// used, never written to the browser's storage, where a script that got into the page could read it.

afterEach(() => {
  document.body.replaceChildren();
  sessionStorage.clear();
  localStorage.clear();
});

const slot = () => {
  const element = document.createElement('div');
  element.id = 'token-slot';
  document.body.append(element);
};

describe('the token a person types', () => {
  it('is used and kept in the page’s memory only, never in sessionStorage or localStorage', async () => {
    slot();
    const used: string[] = [];
    await withToken('reviewer', (token) => used.push(token));
    expect(used).toEqual([]);
    await userEvent.type(page.getByLabelText('审核人令牌'), 'lr_typed-reviewer-token');
    await page.getByRole('button', { name: '使用', exact: true }).click();
    expect(used).toEqual(['lr_typed-reviewer-token']);
    const stored = [sessionStorage, localStorage].flatMap((storage) =>
      Array.from({ length: storage.length }, (_, i) => `${storage.key(i)}=${storage.getItem(storage.key(i) ?? '')}`),
    );
    expect(stored.join('\n')).not.toContain('lr_typed-reviewer-token');

    // The next page (here: the same script again) asks again; nothing is restored.
    document.body.replaceChildren();
    slot();
    const again: string[] = [];
    await withToken('reviewer', (token) => again.push(token));
    expect(again).toEqual([]);
    await expect.element(page.getByLabelText('审核人令牌')).toHaveValue('');
  });
});
