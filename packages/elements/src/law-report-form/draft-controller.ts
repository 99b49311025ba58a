import type { Locale, Report } from '@law-report/core/model';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { stringsOf } from '../internal/strings.js';
import { draftFrom } from './form-model.js';

/** A draft as saved under `draft-key`: the report, when, and where the person was. */
export interface SavedDraft {
  readonly report: Report;
  readonly at: string;
  readonly focus: string;
  readonly scroll: number;
  /** What of an import was still to confirm (the import session's own data). */
  readonly pending?: unknown;
  /**
   * Drafts still offered when this one was saved (the person went on with another version, the
   * county's returned one say, without restoring or discarding them): kept beside it, offered again.
   */
  readonly kept?: readonly SavedDraft[];
}

/** What the draft store asks its element: the key to save under and what to save. */
export interface DraftSource {
  readonly key: () => string | undefined;
  readonly snapshot: () => { readonly report: Report; readonly focus: string; readonly pending?: unknown };
}

/** Where a draft taken back goes: the form, told what came with it, focus and words where the person was. */
export interface DraftTarget {
  /** Puts the draft in the form, as a person's (it is saved again on the next change). */
  readonly adopt: (report: Report) => void;
  /** The draft is in the form: what came with it (`pending`, the import's) is taken back too. */
  readonly restored: (pending: unknown) => void;
  readonly locale: () => Locale;
  /** Focus what `selector` finds (else `fallback`) once the change is on screen, and say `said`. */
  readonly focusAfter: (selector: string, said?: string, fallback?: string) => Promise<void>;
  /** Bring the question `group` to the person once it is on screen, focused (at `first`) only where nothing else is. */
  readonly offer: (group: string, first?: string) => Promise<void>;
}

/**
 * Autosave to `localStorage`: a change is saved within 500 ms and on `pagehide`, a draft left
 * by an earlier visit is offered back (`saved`), another window writing the same key is noticed
 * (`otherWindow`). Storage can throw (full, private mode, blocked): then `failed` is set, and
 * what was typed stays on the page. After a submission the county has, nothing is saved again
 * until the next change, so a reload offers no draft of what was sent.
 */
export class DraftController implements ReactiveController {
  /**
   * The drafts found under the key, until each is restored or discarded: the latest first. One
   * not taken up is never lost: what the form saves keeps the others beside it (`kept`).
   */
  offered: readonly SavedDraft[] = [];
  /** The last save failed. */
  failed = false;
  /** Another window saved a draft under the same key. */
  otherWindow = false;

  readonly #host: ReactiveControllerHost;
  readonly #source: DraftSource;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #dirty = false;

  constructor(host: ReactiveControllerHost, source: DraftSource) {
    this.#host = host;
    this.#source = source;
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('pagehide', this.saveNow);
    addEventListener('storage', this.#onStorage);
  }

  hostDisconnected(): void {
    removeEventListener('pagehide', this.saveNow);
    removeEventListener('storage', this.#onStorage);
    this.saveNow();
  }

  /**
   * Reads what an earlier visit left under the key (call when the key changes). A draft found is
   * offered `into` the form: the question (恢复草稿 / 放弃) is heard once it is on screen, its first
   * button focused where nothing has focus, said politely where a person is already typing.
   */
  load(into?: DraftTarget): void {
    const found = this.#read();
    this.offered = found ? distinct([withoutKept(found), ...(found.kept ?? [])]) : [];
    this.#host.requestUpdate();
    if (found && into) void into.offer('#restore', 'button');
  }

  /** The draft the restore prompt offers first (the latest), until it is restored or discarded. */
  get saved(): SavedDraft | undefined {
    return this.offered[0];
  }

  /** Something changed: save soon. */
  changed(): void {
    if (!this.#source.key()) return;
    this.#dirty = true;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(this.saveNow, 500);
  }

  /** Saves now, if anything changed since the last save (`pagehide`, leaving the page). */
  readonly saveNow = (): void => {
    clearTimeout(this.#timer);
    const key = this.#source.key();
    if (!key || !this.#dirty) return;
    try {
      const { report, focus, pending } = this.#source.snapshot();
      const draft: SavedDraft = {
        report,
        at: new Date().toISOString(),
        focus,
        scroll: Math.round(window.scrollY),
        ...(pending === undefined ? {} : { pending }),
        ...(this.offered.length > 0 ? { kept: keptBeside(report, this.offered) } : {}),
      };
      localStorage.setItem(key, JSON.stringify(draft));
      this.#dirty = false;
      if (this.failed) {
        this.failed = false;
        this.#host.requestUpdate();
      }
    } catch {
      this.failed = true;
      this.#host.requestUpdate();
    }
  };

  /**
   * Forgets what the form holds (sent to the county): a reload offers no draft of it. Drafts still
   * offered and not taken up stay, offered again after a reload, unless they are what was sent.
   */
  clear(): void {
    clearTimeout(this.#timer);
    this.#dirty = false;
    if (this.offered.length > 0) {
      const sent = JSON.stringify(draftFrom(this.#source.snapshot().report));
      this.offered = this.offered.filter((draft) => JSON.stringify(draft.report) !== sent);
    }
    this.#keepOffered();
    this.#host.requestUpdate();
  }

  // Storage holds what is still offered, the latest first, or nothing.
  #keepOffered(): void {
    try {
      const key = this.#source.key();
      if (!key) return;
      const [first, ...rest] = this.offered;
      if (first) localStorage.setItem(key, JSON.stringify(rest.length > 0 ? { ...first, kept: rest } : first));
      else localStorage.removeItem(key);
    } catch {
      // Nothing to write where storage is blocked: what is offered stays on the page.
    }
  }

  /**
   * 恢复草稿: the offered draft back in the form, and the person back where they were: the page
   * scrolled as it was, then their field (brought into view if it is not), looked for once the
   * restored draft is on screen (a figure's field exists only then).
   */
  restore(into: DraftTarget, which = 0): void {
    const saved = this.take(which);
    if (!saved) return;
    into.adopt(draftFrom(saved.report));
    into.restored(saved.pending);
    window.scrollTo(0, saved.scroll);
    void into.focusAfter(
      saved.focus ? `#${CSS.escape(saved.focus)}` : '#f-title',
      stringsOf(into.locale()).form.draftRestored,
      '#f-title',
    );
  }

  /**
   * 放弃: the offered draft (`which`, the latest by default) is forgotten, and the form says so. Focus
   * goes to the top of the form, where a person starts again: 从文本导入 (or, without it, the first
   * field), not past it; to the prompt while another draft is still offered there.
   */
  discard(into: DraftTarget, which = 0): void {
    this.take(which);
    // What the form holds now is saved with the drafts left, if a person changed it; else only they stay.
    if (this.#dirty) this.saveNow();
    else this.#keepOffered();
    const said = stringsOf(into.locale()).form.draftDiscarded;
    void (this.offered.length > 0
      ? into.focusAfter('#restore button', said)
      : into.focusAfter('#import-summary', said, '#f-title'));
  }

  /** Takes an offered draft back (`which`, the latest by default), no longer offering it. */
  take(which = 0): SavedDraft | undefined {
    const saved = this.offered[which];
    this.offered = this.offered.filter((_, index) => index !== which);
    this.#host.requestUpdate();
    return saved;
  }

  #read(): SavedDraft | undefined {
    try {
      const key = this.#source.key();
      const raw = key ? localStorage.getItem(key) : null;
      if (!raw) return undefined;
      const stored: unknown = JSON.parse(raw);
      const draft = readDraft(stored);
      if (!draft) return undefined;
      const given = (stored as { kept?: unknown }).kept;
      const kept = Array.isArray(given) ? given.flatMap((one) => readDraft(one) ?? []) : [];
      return kept.length > 0 ? { ...draft, kept } : draft;
    } catch {
      return undefined;
    }
  }

  readonly #onStorage = (event: StorageEvent): void => {
    if (event.key === this.#source.key() && event.newValue !== null) {
      this.otherWindow = true;
      this.#host.requestUpdate();
    }
  };
}

// One saved draft as stored, or undefined when it is not one (a hand-edited or older entry).
function readDraft(value: unknown): SavedDraft | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const saved = value as Partial<Record<keyof SavedDraft, unknown>>;
  if (typeof saved.at !== 'string' || typeof saved.report !== 'object' || saved.report === null) return undefined;
  return {
    report: draftFrom(saved.report),
    at: saved.at,
    focus: typeof saved.focus === 'string' ? saved.focus : '',
    scroll: typeof saved.scroll === 'number' ? saved.scroll : 0,
    ...(saved.pending === undefined ? {} : { pending: saved.pending }),
  };
}

// The most drafts offered at once: the latest and two earlier ones, each named apart (最近的, 较早的, 最早的).
const MOST_OFFERED = 3;

// Drafts of different content only, the latest first, at most MOST_OFFERED.
function distinct(drafts: readonly SavedDraft[]): SavedDraft[] {
  const seen = new Set<string>();
  return drafts
    .filter((draft) => {
      const content = JSON.stringify(draft.report);
      if (seen.has(content)) return false;
      seen.add(content);
      return true;
    })
    .slice(0, MOST_OFFERED);
}

// The offered drafts kept beside what is saved now: none of the same content as it, and room for it.
function keptBeside(report: Report, offered: readonly SavedDraft[]): readonly SavedDraft[] {
  const content = JSON.stringify(draftFrom(report));
  return distinct(offered.filter((draft) => JSON.stringify(draft.report) !== content)).slice(0, MOST_OFFERED - 1);
}

// A draft without the others it was saved with: each offered draft stands on its own.
function withoutKept(draft: SavedDraft): SavedDraft {
  const { kept: _kept, ...own } = draft;
  return own;
}
