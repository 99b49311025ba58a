import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { withToken } from './demo-tokens.js';

// A portal served by `law-report serve --portal` has no demo tokens: the person types one. It is
// used, never written to the browser's storage, where a script that got into the page could read it.

afterEach(() => {
  document.body.replaceChildren();
  sessionStorage.clear();
  localStorage.clear();
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

const slot = () => {
  const element = document.createElement('div');
  element.id = 'token-slot';
  document.body.append(element);
};

// The server's answers to `GET /api/info` (what a token is), and every address the page asked, in order.
function server(info: (token: string) => Response): string[] {
  const asked: string[] = [];
  vi.spyOn(window, 'fetch').mockImplementation(async (input, init) => {
    const address = String(input);
    asked.push(address);
    if (address === '/api/info') {
      const token = new Headers(init?.headers).get('authorization')?.replace(/^Bearer /, '') ?? '';
      return info(token);
    }
    return new Response('Not Found', { status: 404 });
  });
  return asked;
}
const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('the token a person types', () => {
  it('is used and kept in the page’s memory only, never in sessionStorage or localStorage', async () => {
    server(() => json({ unit: null }));
    slot();
    const used: string[] = [];
    await withToken('reviewer', (token) => used.push(token));
    expect(used).toEqual([]);
    await userEvent.type(page.getByLabelText('审核人令牌'), 'lr_typed-reviewer-token');
    await page.getByRole('button', { name: '使用', exact: true }).click();
    await expect.poll(() => used).toEqual(['lr_typed-reviewer-token']);
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

  it('is used with Enter in the field, as with 使用, and a status line says whose it is', async () => {
    server((token) => (token === 'lr_liuhe' ? json({ unit: '柳河镇' }) : json({ unit: null })));
    slot();
    const used: [string, string | undefined][] = [];
    await withToken('unit', (token, unit) => used.push([token, unit]));
    await userEvent.type(page.getByLabelText('本单位令牌'), 'lr_liuhe{Enter}');
    await expect.element(page.getByRole('status')).toHaveTextContent('已使用本单位令牌：柳河镇。');
    expect(used).toEqual([['lr_liuhe', '柳河镇']]);
    // A reviewer's token typed where a unit's is asked for: used, and said what it is.
    await userEvent.clear(page.getByLabelText('本单位令牌'));
    await userEvent.type(page.getByLabelText('本单位令牌'), 'lr_county{Enter}');
    await expect
      .element(page.getByRole('status'))
      .toHaveTextContent('已使用这个令牌，但它不是单位的令牌（可能是审核人令牌），不能以本单位的名义报送。');
  });

  it('is not used when the server refuses it: the status line says why, and the field has focus to type it again', async () => {
    server(() => json({ error: { code: 'unauthorized', message: '令牌无效或已被撤销。' } }, 401));
    slot();
    const used: string[] = [];
    await withToken('reviewer', (token) => used.push(token));
    await userEvent.type(page.getByLabelText('审核人令牌'), 'lr_wrong');
    await page.getByRole('button', { name: '使用', exact: true }).click();
    await expect.element(page.getByRole('status')).toHaveTextContent('令牌未能使用：令牌无效或已被撤销。');
    expect(used).toEqual([]);
    expect(document.activeElement).toBe(page.getByLabelText('审核人令牌').element());
  });

  it('asks for a token when 使用 is pressed with none', async () => {
    server(() => json({ unit: null }));
    slot();
    await withToken('reviewer', () => undefined);
    await userEvent.type(page.getByLabelText('审核人令牌'), '{Enter}');
    await expect.element(page.getByRole('status')).toHaveTextContent('请先输入令牌。');
  });
});

describe('the demo’s tokens', () => {
  it('are asked for under `npm start` only: a built portal (`law-report serve --portal`) never requests them', async () => {
    const asked = server(() => json({ unit: null }));
    slot();
    // Vite's dev server, as under `npm start`: the page asks, and with no demo here, asks the person.
    await withToken('reviewer', () => undefined);
    expect(asked).toEqual(['/demo/tokens.json']);
    // A built portal: no request, no 404 in the console; the person is asked for a token.
    asked.length = 0;
    vi.stubEnv('DEV', false);
    document.body.replaceChildren();
    slot();
    await withToken('reviewer', () => undefined);
    expect(asked).toEqual([]);
    await expect.element(page.getByLabelText('审核人令牌')).toBeVisible();
  });
});
