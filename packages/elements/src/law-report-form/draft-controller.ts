import type { Locale, Report } from '@law-report/core/model';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { stringsOf } from '../internal/locale.js';
import { draftFrom } from './form-model.js';

/** A draft as saved under `draft-key`: the report, when, and where the person was. */
export interface SavedDraft {
  readonly report: Report;
  readonly at: string;
  readonly focus: string;
  readonly scroll: number;
  /** What of an import was still to confirm (the import session's own data). */
  readonly pending?: unknown;
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
  /** The draft found under the key, until it is restored or discarded. */
  saved: SavedDraft | undefined;
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
    this.saved = this.#read();
    this.#host.requestUpdate();
    if (this.saved && into) void into.offer('#restore', 'button');
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

  /** Forgets the draft (sent to the county, or discarded): nothing is offered after a reload. */
  clear(): void {
    clearTimeout(this.#timer);
    this.#dirty = false;
    this.saved = undefined;
    try {
      const key = this.#source.key();
      if (key) localStorage.removeItem(key);
    } catch {
      // Nothing to clear where storage is blocked.
    }
    this.#host.requestUpdate();
  }

  /**
   * 恢复草稿: the offered draft back in the form, and the person back where they were: the page
   * scrolled as it was, then their field (brought into view if it is not), looked for once the
   * restored draft is on screen (a figure's field exists only then).
   */
  restore(into: DraftTarget): void {
    const saved = this.take();
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
   * 放弃: the offered draft is forgotten, and the form says so. Focus goes to the top of the form,
   * where a person starts again: 从文本导入 (or, without it, the first field), not past it.
   */
  discard(into: DraftTarget): void {
    this.clear();
    void into.focusAfter('#import-summary', stringsOf(into.locale()).form.draftDiscarded, '#f-title');
  }

  /** Takes the offered draft back, forgetting the offer. */
  take(): SavedDraft | undefined {
    const saved = this.saved;
    this.saved = undefined;
    this.#host.requestUpdate();
    return saved;
  }

  #read(): SavedDraft | undefined {
    try {
      const key = this.#source.key();
      const raw = key ? localStorage.getItem(key) : null;
      if (!raw) return undefined;
      const saved = JSON.parse(raw) as Partial<Record<keyof SavedDraft, unknown>>;
      if (typeof saved.at !== 'string' || typeof saved.report !== 'object' || saved.report === null) return undefined;
      return {
        report: draftFrom(saved.report),
        at: saved.at,
        focus: typeof saved.focus === 'string' ? saved.focus : '',
        scroll: typeof saved.scroll === 'number' ? saved.scroll : 0,
        ...(saved.pending === undefined ? {} : { pending: saved.pending }),
      };
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
