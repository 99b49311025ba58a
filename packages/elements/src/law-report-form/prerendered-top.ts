/**
 * The form's top as a page drew it before the script came (declarative shadow DOM, written by
 * `prerenderForm` from `@law-report/elements/prerender`), and what a clerk did in it meanwhile.
 *
 * The form takes the page's drawing over at its first update: it reads what was typed, chosen and
 * focused there, draws its own top in its place in the same task (no frame shows an empty form) and
 * puts back into its own fields what the clerk put into the drawn ones, through the fields' own events,
 * as if typed again: the draft, its autosave and its change events follow as for a keystroke. The
 * page's drawing only ever serves to be typed in early; the form's own first render is what counts
 * (its language, today's year, a report set on it), so nothing the page drew is trusted beyond what a
 * person changed in it: a value differs from the value the page wrote (`defaultValue`,
 * `defaultSelected`, `defaultChecked`).
 */
export interface PrerenderedTop {
  /** The fields a clerk changed, by id, with what they hold. */
  readonly changed: readonly ChangedField[];
  /** The field that held focus, with its selection where it has one. */
  readonly focus: FocusedField | undefined;
  /** The import's `<details>` was opened. */
  readonly importOpen: boolean;
}

interface ChangedField {
  readonly id: string;
  readonly value: string;
  readonly checked: boolean;
}

interface FocusedField {
  readonly id: string;
  readonly selection: readonly [number, number, 'forward' | 'backward' | 'none'] | undefined;
}

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

const isControl = (node: Element | null): node is Control =>
  node instanceof HTMLInputElement || node instanceof HTMLSelectElement || node instanceof HTMLTextAreaElement;

function changedFrom(control: Control): boolean {
  if (control instanceof HTMLSelectElement)
    return [...control.options].some((option) => option.selected !== option.defaultSelected);
  if (control instanceof HTMLInputElement && (control.type === 'checkbox' || control.type === 'radio'))
    return control.checked !== control.defaultChecked;
  return control.value !== control.defaultValue;
}

// A date or number field has no selection to read (reading it throws in some browsers, null in others).
function selectionOf(control: Control): FocusedField['selection'] {
  if (control instanceof HTMLSelectElement) return undefined;
  try {
    const { selectionStart: start, selectionEnd: end, selectionDirection: direction } = control;
    return start === null || end === null ? undefined : [start, end, direction ?? 'none'];
  } catch {
    return undefined;
  }
}

/**
 * What was done in a drawing the page put in `root` before the element's first render, the drawing
 * removed; undefined when there is none (the element draws itself from nothing, as usual).
 */
export function takePrerenderedTop(root: ShadowRoot): PrerenderedTop | undefined {
  // The drawing is the element's own first render: its styles, then its `.root`. Anything else in the root is
  // Lit's (the <style>s it adds where a browser adopts no stylesheet: Safari before 16.4, which draws no
  // declarative shadow root either) and stays.
  const drawing = [...root.children].find((child) => child.matches('div.root'));
  if (!drawing) return undefined;
  const controls = [...root.querySelectorAll('input, select, textarea')].filter(isControl);
  const changed = controls
    .filter((control) => control.id && changedFrom(control))
    .map((control) => ({
      id: control.id,
      value: control.value,
      checked: control instanceof HTMLInputElement && control.checked,
    }));
  const active = root.activeElement;
  const focus = isControl(active) && active.id ? { id: active.id, selection: selectionOf(active) } : undefined;
  const importOpen = root.querySelector<HTMLDetailsElement>('details.import')?.open === true;
  const after = drawing.nextSibling;
  while (root.firstChild && root.firstChild !== after) root.firstChild.remove();
  return { changed, focus, importOpen };
}

/**
 * Puts what `taken` holds into the element's own fields, drawn in `root` by its first render: the focus back where
 * it was, then each changed value through the event its field listens to (`change` for a list or a box, `input`
 * else; none into a field drawn disabled or read-only), then the caret, then the import opened again.
 */
export function restorePrerenderedTop(root: ShadowRoot, taken: PrerenderedTop): void {
  // Focus first: what listens to the values' events (a page's heading naming the unit) sees where the person is.
  const focused = taken.focus ? root.getElementById(taken.focus.id) : null;
  if (isControl(focused)) focused.focus({ preventScroll: true });
  for (const { id, value, checked } of taken.changed) {
    const control = root.getElementById(id);
    // A field the element draws disabled or read-only (a disabled <fieldset> around it, `readonly`) takes nothing.
    if (!isControl(control) || control.disabled || (!(control instanceof HTMLSelectElement) && control.readOnly))
      continue;
    const box = control instanceof HTMLInputElement && control.type === 'checkbox';
    if (box) control.checked = checked;
    else control.value = value;
    const type = box || control instanceof HTMLSelectElement ? 'change' : 'input';
    control.dispatchEvent(new Event(type, { bubbles: true, composed: true }));
  }
  // The caret after the values (setting one puts it at its end).
  const selection = taken.focus?.selection;
  if (selection && isControl(focused) && !(focused instanceof HTMLSelectElement)) {
    try {
      focused.setSelectionRange(...selection);
    } catch {
      // A field that takes no selection now (its type changed): the caret where the browser puts it.
    }
  }
  const details = root.querySelector<HTMLDetailsElement>('details.import');
  if (taken.importOpen && details) details.open = true;
}

/** Typing followed in a drawing: see `followTyping`. */
export interface TypingWatch {
  /** Undefined when no one is typing in the drawing; else settles when it is worth asking again. */
  settled(): Promise<void> | undefined;
  /** Stops following. */
  stop(): void;
}

// Typing paused: no key, input or composition for this long. A Chinese input method's composition (pinyin being
// turned into characters) is waited out whole, up to a minute.
const PAUSE = 800;
const LONGEST_COMPOSITION = 60_000;
const TYPED = ['keydown', 'input', 'compositionstart', 'compositionupdate', 'compositionend'] as const;

/**
 * Follows typing in a drawing from the element's construction, so the element takes the drawing over in a pause,
 * never in the middle of a word: a field taken over during a composition would keep the pinyin typed so far (fazhi)
 * as its text and the person's list of characters to choose from would close. While a field of the drawing has
 * focus, the element waits until no key, input or composition has come for a moment (and a composition under way
 * has ended); one typed in before the element was made counts as under way until that moment has passed. A date
 * half typed (03/15/yyyy holds no value yet, `validity.badInput`) is waited out while it has focus: taken over, its
 * month and day were lost and the year typed next went into the month (0005-02-02).
 */
export function followTyping(root: ShadowRoot): TypingWatch {
  let last = performance.now();
  let composingSince: number | undefined;
  const heard = (event: Event) => {
    last = performance.now();
    if (event.type === 'compositionstart' || event.type === 'compositionupdate') composingSince ??= last;
    else if (event.type === 'compositionend') composingSince = undefined;
  };
  for (const type of TYPED) root.addEventListener(type, heard);
  const waitFor = (now: number) => {
    if (composingSince !== undefined && now - composingSince < LONGEST_COMPOSITION) return PAUSE;
    return Math.max(0, last + PAUSE - now);
  };
  return {
    settled() {
      if (!isControl(root.activeElement) && composingSince === undefined) return undefined;
      // A date half typed (月/日 with no year yet) holds no value to carry over: waited out while it has focus.
      const halfTyped = () => {
        const active = root.activeElement;
        return isControl(active) && active.validity.badInput;
      };
      // Quiet already: nothing to wait for. Else a wait, after which the caller asks again.
      const wait = halfTyped() ? PAUSE : waitFor(performance.now());
      return wait === 0 ? undefined : new Promise<void>((resolve) => setTimeout(resolve, wait));
    },
    stop() {
      for (const type of TYPED) root.removeEventListener(type, heard);
    },
  };
}
