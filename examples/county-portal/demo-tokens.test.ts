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
  });

  it('is not used when it is the other kind: the status line says which kind this page needs, a problem of the field', async () => {
    server((token) => (token === 'lr_liuhe' ? json({ unit: '柳河镇' }) : json({ unit: null })));
    slot();
    const used: string[] = [];
    await withToken('unit', (token) => used.push(token));
    const field = page.getByLabelText('本单位令牌');
    await userEvent.type(field, 'lr_liuhe{Enter}');
    await expect.element(page.getByRole('status')).toHaveTextContent('已使用本单位令牌：柳河镇。');
    await expect.element(page.getByRole('status')).not.toHaveClass('problem');
    // A reviewer's token typed where a unit's is asked for: not used; the unit's token stays in use.
    await userEvent.clear(field);
    await userEvent.type(field, 'lr_county');
    await page.getByRole('button', { name: '使用', exact: true }).click();
    await expect.element(page.getByRole('status')).toHaveTextContent('这是审核人令牌，本页需要本单位令牌。');
    expect(used).toEqual(['lr_liuhe']);
    await expect.element(page.getByRole('status')).toHaveClass('problem');
    await expect.element(field).toHaveAttribute('aria-invalid', 'true');
    // Back in the field, its text chosen: the next token typed replaces it.
    const input = field.element() as HTMLInputElement;
    expect(document.activeElement).toBe(input);
    expect([input.selectionStart, input.selectionEnd]).toEqual([0, 'lr_county'.length]);
  });

  it('is not used on a reviewer’s page when it is a unit’s token', async () => {
    server(() => json({ unit: '柳河镇' }));
    slot();
    const used: string[] = [];
    await withToken('reviewer', (token) => used.push(token));
    await userEvent.type(page.getByLabelText('审核人令牌'), 'lr_liuhe{Enter}');
    await expect.element(page.getByRole('status')).toHaveTextContent('这是柳河镇的单位令牌，本页需要审核人令牌。');
    expect(used).toEqual([]);
    await expect.element(page.getByRole('status')).toHaveClass('problem');
    expect(document.activeElement).toBe(page.getByLabelText('审核人令牌').element());
  });

  it('has the field described by the status line while it says a problem of the field, and only then', async () => {
    server((token) => (token === 'lr_county' ? json({ unit: null }) : json({ unit: '柳河镇' })));
    slot();
    await withToken('reviewer', () => undefined);
    const field = page.getByLabelText('审核人令牌');
    await userEvent.type(field, 'lr_liuhe{Enter}');
    await expect.element(field).toHaveAccessibleDescription('这是柳河镇的单位令牌，本页需要审核人令牌。');
    await userEvent.clear(field);
    await userEvent.type(field, 'lr_county{Enter}');
    await expect.element(page.getByRole('status')).toHaveTextContent('已使用审核人令牌。');
    await expect.element(field).not.toHaveAttribute('aria-describedby');
    await expect.element(field).not.toHaveAttribute('aria-invalid');
  });

  it('says the same sentence again so that it is heard again: the line is emptied first, then said', async () => {
    server(() => json({ unit: null }));
    slot();
    await withToken('reviewer', () => undefined);
    const status = page.getByRole('status').element();
    await userEvent.type(page.getByLabelText('审核人令牌'), '{Enter}');
    await expect.element(page.getByRole('status')).toHaveTextContent('请先输入令牌。');
    // What a screen reader sees of the line after each change, as the page makes them.
    const seen: string[] = [];
    const watching = new MutationObserver(() => seen.push(status.textContent ?? ''));
    watching.observe(status, { childList: true, characterData: true, subtree: true });
    await userEvent.type(page.getByLabelText('审核人令牌'), '{Enter}');
    await expect.poll(() => seen.at(-1)).toBe('请先输入令牌。');
    watching.disconnect();
    expect(seen).toEqual(['', '请先输入令牌。']);
  });

  it('is not used when the server refuses it: the status line says so in a clerk’s words, and the field has focus to type it again', async () => {
    server(() =>
      json(
        {
          error: {
            code: 'unauthorized',
            message:
              '需要有效的令牌：请用县里发给本单位（或审核人）的令牌。接口调用时放在请求头 Authorization: Bearer 令牌 中。',
          },
        },
        401,
      ),
    );
    slot();
    const used: string[] = [];
    await withToken('reviewer', (token) => used.push(token));
    await userEvent.type(page.getByLabelText('审核人令牌'), 'lr_wrong');
    await page.getByRole('button', { name: '使用', exact: true }).click();
    await expect
      .element(page.getByRole('status'))
      .toHaveTextContent('这个令牌不对或已失效，请核对后重新输入，或向县里要一个新的令牌。');
    await expect.element(page.getByRole('status')).not.toHaveTextContent('Authorization');
    await expect.element(page.getByRole('status')).toHaveClass('problem');
    expect(used).toEqual([]);
    expect(document.activeElement).toBe(page.getByLabelText('审核人令牌').element());
  });

  it('is not used when it has expired, and the status line says to ask for a new one', async () => {
    server(() =>
      json({ error: { code: 'token_expired', message: '这个令牌的有效期到 2026年1月1日（北京时间）为止。' } }, 401),
    );
    slot();
    const used: string[] = [];
    await withToken('unit', (token) => used.push(token));
    await userEvent.type(page.getByLabelText('本单位令牌'), 'lr_old{Enter}');
    await expect
      .element(page.getByRole('status'))
      .toHaveTextContent('这个令牌已过期，不能再用，请向县里要一个新的令牌。');
    expect(used).toEqual([]);
  });

  it('is not used when no server answers: the status line says the server could not be reached and nothing changed', async () => {
    let reachable = true;
    server(() => {
      if (!reachable) throw new TypeError('Failed to fetch');
      return json({ unit: null });
    });
    slot();
    const used: string[] = [];
    await withToken('reviewer', (token) => used.push(token));
    const field = page.getByLabelText('审核人令牌');
    await userEvent.type(field, 'lr_county{Enter}');
    await expect.element(page.getByRole('status')).toHaveTextContent('已使用审核人令牌。');
    reachable = false;
    await userEvent.clear(field);
    await userEvent.type(field, 'lr_other{Enter}');
    await expect
      .element(page.getByRole('status'))
      .toHaveTextContent('连不上报送服务器，页面没有任何改动。请稍后再按“使用”。');
    await expect.element(page.getByRole('status')).toHaveClass('problem');
    // The token in use is still the one the server accepted; the field typed in is not what is wrong.
    expect(used).toEqual(['lr_county']);
    await expect.element(field).not.toHaveAttribute('aria-invalid');
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
