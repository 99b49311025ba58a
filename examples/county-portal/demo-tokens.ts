// Which token a page uses for the collection server. Under `npm start`, the demo's own tokens
// (made when it seeded the server, given only to a browser on the same machine); under
// `law-report serve --portal`, the one the person types, kept in this page's memory only: never in
// sessionStorage or localStorage, where any script that got into the page (one XSS) could read the
// reviewer's power and keep it until someone revokes the token by hand. It is typed again on the
// next page or reload (a real portal has its own login and gives each person short-lived tokens).
import { onLocale } from './locale.js';
import { portalStrings } from './portal-strings.js';

interface DemoTokens {
  readonly reviewer: string;
  readonly unit: string;
  readonly unitName: string;
}

async function demoTokens(): Promise<DemoTokens | undefined> {
  try {
    const response = await fetch('/demo/tokens.json');
    return response.ok ? ((await response.json()) as DemoTokens) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The token for `role`, and the unit the demo's unit token is for; asks for one in `#token-slot`
 * when there is no demo, and calls `use` whenever it changes.
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
  const label = document.createElement('label');
  const words = document.createElement('span');
  const input = document.createElement('input');
  input.type = 'password';
  input.autocomplete = 'off';
  const button = document.createElement('button');
  button.type = 'button';
  onLocale((locale) => {
    words.textContent = portalStrings[locale][role === 'reviewer' ? 'reviewerToken' : 'unitToken'];
    button.textContent = portalStrings[locale].useToken;
  });
  button.addEventListener('click', () => {
    const token = input.value.trim();
    if (!token) return;
    use(token, undefined);
  });
  label.append(words, input);
  slot.replaceChildren(label, button);
}
