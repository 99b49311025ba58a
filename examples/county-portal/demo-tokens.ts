// Which token a page uses for the collection server. Under `npm start`, the demo's own tokens
// (made when it seeded the server, given only to a browser on the same machine); under
// `law-report serve --portal`, the one the person types, kept in this page's memory only: never in
// sessionStorage or localStorage, where any script that got into the page (one XSS) could read the
// reviewer's power and keep it until someone revokes the token by hand. It is typed again on the
// next page or reload (a real portal has its own login and gives each person short-lived tokens).
import { onLocale, portalLocale } from './locale.js';
import { portalStrings, type PortalLocale, type PortalStringKey } from './portal-strings.js';

interface DemoTokens {
  readonly reviewer: string;
  readonly unit: string;
  readonly unitName: string;
}

// Only `npm start` hands out demo tokens (examples/start.ts, on Vite's dev server). A built portal, the one `law-report
// serve --portal` serves, never has them: it does not ask, so no page logs a 404 for /demo/tokens.json.
async function demoTokens(): Promise<DemoTokens | undefined> {
  if (!import.meta.env.DEV) return undefined;
  try {
    const response = await fetch('/demo/tokens.json');
    return response.ok ? ((await response.json()) as DemoTokens) : undefined;
  } catch {
    return undefined;
  }
}

// What the server says of a typed token (`GET /api/info`): whose it is, its refusal, or nothing (no server answered).
type Checked = { readonly unit: string | undefined } | { readonly refused: string } | { readonly unchecked: true };

async function checkToken(token: string, locale: PortalLocale): Promise<Checked> {
  try {
    const response = await fetch('/api/info', {
      headers: { authorization: `Bearer ${token}`, accept: 'application/json', 'accept-language': locale },
    });
    const body = (await response.json().catch(() => ({}))) as { unit?: unknown; error?: { message?: unknown } };
    if (response.ok) return { unit: typeof body.unit === 'string' && body.unit ? body.unit : undefined };
    if (response.status === 401 || response.status === 403)
      return { refused: typeof body.error?.message === 'string' ? body.error.message : String(response.status) };
    return { unchecked: true };
  } catch {
    return { unchecked: true };
  }
}

// The sentence saying what 使用 did, in a language.
type Said = (locale: PortalLocale) => string;

function saidOf(role: 'reviewer' | 'unit', checked: Checked): Said {
  const say =
    (key: PortalStringKey, fill: Record<string, string> = {}): Said =>
    (locale) =>
      Object.entries(fill).reduce(
        (text, [name, value]) => text.replaceAll(`{${name}}`, value),
        portalStrings[locale][key],
      );
  if ('refused' in checked) return say('tokenRefused', { message: checked.refused });
  if ('unchecked' in checked) return say('tokenUnchecked');
  if (role === 'unit') return checked.unit ? say('tokenUsedUnit', { unit: checked.unit }) : say('tokenNotUnit');
  return checked.unit ? say('tokenNotReviewer', { unit: checked.unit }) : say('tokenUsedReviewer');
}

/**
 * The token for `role`, and the unit the token is for; asks for one in `#token-slot` when there is no demo, and calls
 * `use` whenever it changes. A typed token is checked with the server first (`GET /api/info`): a token it refuses is
 * not used; what happened (the unit the token is for, or why not) is said in a status line beside the field.
 */
export async function withToken(
  role: 'reviewer' | 'unit',
  use: (token: string, unitName: string | undefined) => void,
): Promise<void> {
  const demo = await demoTokens();
  if (demo) {
    use(role === 'reviewer' ? demo.reviewer : demo.unit, demo.unitName);
    return;
  }
  const slot = document.querySelector('#token-slot');
  if (!slot) return;
  // A real form: Enter in the field does what 使用 does.
  const form = document.createElement('form');
  form.className = 'token';
  const label = document.createElement('label');
  const words = document.createElement('span');
  const input = document.createElement('input');
  input.type = 'password';
  input.autocomplete = 'off';
  const button = document.createElement('button');
  button.type = 'submit';
  // In the page from the start (empty), so a screen reader hears what is put in it.
  const status = document.createElement('p');
  status.className = 'token-status';
  status.setAttribute('role', 'status');
  let said: Said | undefined;
  onLocale((locale) => {
    words.textContent = portalStrings[locale][role === 'reviewer' ? 'reviewerToken' : 'unitToken'];
    button.textContent = portalStrings[locale].useToken;
    status.textContent = said ? said(locale) : '';
  });
  const tell = (next: Said, problem: boolean) => {
    said = next;
    status.textContent = next(portalLocale());
    status.classList.toggle('problem', problem);
  };
  // Each 使用 numbered: the answer to an earlier one never speaks over a later one.
  let asked = 0;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const token = input.value.trim();
    const now = ++asked;
    if (!token) {
      tell((locale) => portalStrings[locale].tokenEmpty, true);
      input.focus();
      return;
    }
    void checkToken(token, portalLocale()).then((checked) => {
      if (now !== asked) return;
      if (!('refused' in checked)) use(token, 'unit' in checked ? checked.unit : undefined);
      tell(saidOf(role, checked), 'refused' in checked);
      // Refused: back in the field, its text chosen, to type the token again.
      if ('refused' in checked) {
        input.focus();
        input.select();
      }
    });
  });
  label.append(words, input);
  form.append(label, button);
  slot.replaceChildren(form, status);
}
