// Which token a page uses for the collection server. Under `npm start`, the demo's own tokens
// (made when it seeded the server, given only to a browser on the same machine); under
// `law-report serve --portal`, the one the person types, kept in this page's memory only: never in
// sessionStorage or localStorage, where any script that got into the page (one XSS) could read the
// reviewer's power and keep it until someone revokes the token by hand. It is typed again on the
// next page or reload (a real portal has its own login and gives each person short-lived tokens).
import { withFocusInPlace } from './focus-in-place.js';
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

// What the server says of a typed token (`GET /api/info`): a unit's (and which), a reviewer's, refused (by the code the
// server gives: its message is written for whoever calls the API, not for a clerk), no answer, or no server reached.
type Checked =
  | { readonly kind: 'unit'; readonly unit: string }
  | { readonly kind: 'reviewer' }
  | { readonly kind: 'refused'; readonly code: string }
  | { readonly kind: 'unanswered' }
  | { readonly kind: 'unreachable' };

async function checkToken(token: string, locale: PortalLocale): Promise<Checked> {
  let response: Response;
  try {
    response = await fetch('/api/info', {
      headers: { authorization: `Bearer ${token}`, accept: 'application/json', 'accept-language': locale },
    });
  } catch {
    return { kind: 'unreachable' };
  }
  const body = (await response.json().catch(() => ({}))) as { unit?: unknown; error?: { code?: unknown } };
  if (response.ok)
    return typeof body.unit === 'string' && body.unit ? { kind: 'unit', unit: body.unit } : { kind: 'reviewer' };
  if (response.status === 401 || response.status === 403)
    return { kind: 'refused', code: typeof body.error?.code === 'string' ? body.error.code : String(response.status) };
  return { kind: 'unanswered' };
}

// The sentence saying what 使用 did, in a language.
type Said = (locale: PortalLocale) => string;

const say =
  (key: PortalStringKey, fill: Record<string, string> = {}): Said =>
  (locale) =>
    Object.entries(fill).reduce(
      (text, [name, value]) => text.replaceAll(`{${name}}`, value),
      portalStrings[locale][key],
    );

/**
 * What 使用 does with a checked token on a page for `role`: whether the token is used, what the status line says, and
 * what kind of problem that is: `field` (the token typed is wrong for this page: back in the field to type another),
 * `server` (nothing was checked: nothing changed, the field is not wrong), or none.
 */
function outcomeOf(
  role: 'reviewer' | 'unit',
  checked: Checked,
): { readonly use: boolean; readonly said: Said; readonly problem?: 'field' | 'server' } {
  switch (checked.kind) {
    case 'refused':
      return {
        use: false,
        said: say(checked.code === 'token_expired' ? 'tokenExpired' : 'tokenRefused'),
        problem: 'field',
      };
    case 'unreachable':
      return { use: false, said: say('tokenUnreachable'), problem: 'server' };
    case 'unanswered':
      return { use: false, said: say('tokenUnanswered'), problem: 'server' };
    case 'unit':
      return role === 'unit'
        ? { use: true, said: say('tokenUsedUnit', { unit: checked.unit }) }
        : { use: false, said: say('tokenNotReviewer', { unit: checked.unit }), problem: 'field' };
    case 'reviewer':
      return role === 'reviewer'
        ? { use: true, said: say('tokenUsedReviewer') }
        : { use: false, said: say('tokenNotUnit'), problem: 'field' };
  }
}

/**
 * The token for `role`, and the unit the token is for; asks for one in `#token-slot` (the field the page's HTML has,
 * filled in with the demo's token when `npm start` gives one), and calls `use` whenever it changes. A typed token is checked with the server first (`GET /api/info`): a token it refuses, a
 * token of the other kind (a reviewer's where a unit's is asked for, or the reverse) and a token no server checked are
 * not used; what happened (the unit the token is for, or why not) is said in a status line beside the field.
 */
export async function withToken(
  role: 'reviewer' | 'unit',
  use: (token: string, unitName: string | undefined) => void,
): Promise<void> {
  const demo = await demoTokens();
  const slot = document.querySelector('#token-slot');
  const demoToken = demo && (role === 'reviewer' ? demo.reviewer : demo.unit);
  if (!slot) {
    if (demo && demoToken) use(demoToken, demo.unitName);
    return;
  }
  const { form, words, input, button, status } = tokenField(slot);
  let said: Said | undefined;
  onLocale((locale) => {
    words.textContent = portalStrings[locale][role === 'reviewer' ? 'reviewerToken' : 'unitToken'];
    button.textContent = portalStrings[locale].useToken;
    status.textContent = said ? said(locale) : '';
  });
  let speaking = 0;
  const tell = (next: Said, problem?: 'field' | 'server') => {
    said = next;
    status.classList.toggle('problem', problem !== undefined);
    // A problem with what was typed is the field's own: invalid, and described by the line saying why, so a screen
    // reader on the field hears it.
    if (problem === 'field') {
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-describedby', status.id);
    } else {
      input.removeAttribute('aria-invalid');
      input.removeAttribute('aria-describedby');
    }
    // Emptied, then said on the next frame: a live region whose text does not change is not announced again, and the
    // same sentence twice (请先输入令牌。 after 请先输入令牌。) has to be heard twice.
    status.textContent = '';
    cancelAnimationFrame(speaking);
    // A line more above the form: what is typed in below stays in place.
    speaking = requestAnimationFrame(() => withFocusInPlace(() => (status.textContent = next(portalLocale()))));
  };
  // Each 使用 numbered: the answer to an earlier one never speaks over a later one.
  let asked = 0;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const token = input.value.trim();
    const now = ++asked;
    if (!token) {
      tell(say('tokenEmpty'), 'field');
      input.focus();
      return;
    }
    void checkToken(token, portalLocale()).then((checked) => {
      if (now !== asked) return;
      const outcome = outcomeOf(role, checked);
      if (outcome.use) use(token, checked.kind === 'unit' ? checked.unit : undefined);
      tell(outcome.said, outcome.problem);
      // A token wrong for this page: back in the field, its text chosen, to type another over it.
      if (outcome.problem === 'field') {
        input.focus();
        input.select();
      }
    });
  });
  // The demo fills the field in and uses its token, as 使用 would: the page looks as a county's does, and nothing
  // below the field moves (another token can still be typed over it).
  if (demo && demoToken) {
    input.value = demoToken;
    use(demoToken, demo.unitName);
    tell(role === 'unit' ? say('tokenUsedUnit', { unit: demo.unitName }) : say('tokenUsedReviewer'));
  }
}

/**
 * The token's field in `slot`: the one the page's HTML has (asked for before the script came, so nothing moves
 * when it does), else one made and put there, what is being typed in below kept in place.
 */
function tokenField(slot: Element): {
  form: HTMLFormElement;
  words: HTMLSpanElement;
  input: HTMLInputElement;
  button: HTMLButtonElement;
  status: HTMLParagraphElement;
} {
  const drawn = {
    form: slot.querySelector('form.token'),
    words: slot.querySelector('form.token label span'),
    input: slot.querySelector('form.token input'),
    button: slot.querySelector('form.token button'),
    status: slot.querySelector('#token-status'),
  };
  const { form, words, input, button, status } = drawn;
  if (
    form instanceof HTMLFormElement &&
    words instanceof HTMLSpanElement &&
    input instanceof HTMLInputElement &&
    button instanceof HTMLButtonElement &&
    status instanceof HTMLParagraphElement
  ) {
    // Sent by script from now on, never by the browser.
    form.removeAttribute('method');
    return { form, words, input, button, status };
  }
  // A real form: Enter in the field does what 使用 does.
  const made = {
    form: document.createElement('form'),
    words: document.createElement('span'),
    input: document.createElement('input'),
    button: document.createElement('button'),
    // In the page from the start (empty), so a screen reader hears what is put in it.
    status: document.createElement('p'),
  };
  made.form.className = 'token';
  made.input.type = 'password';
  made.input.autocomplete = 'off';
  made.button.type = 'submit';
  made.status.className = 'token-status';
  made.status.id = 'token-status';
  made.status.setAttribute('role', 'status');
  const label = document.createElement('label');
  label.append(made.words, made.input);
  made.form.append(label, made.button);
  // The form's top may be in the page's HTML and typed in already: it stays where it is on the screen.
  withFocusInPlace(() => slot.replaceChildren(made.form, made.status));
  return made;
}
