import type { Catalog, Section } from '@law-report/core/model';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Find } from './form-view.js';
import { loadImporter } from './load-importer.js';

type Importer = typeof import('@law-report/core/import');

/**
 * The indicator picker of each figure row and the search of each section (按名称或别称查找指标):
 * which pickers are open, and what each section's search typed and found. The search needs the
 * importer's aliases, so its first use loads the importer, and says so meanwhile (`loading`): a trial
 * saw no results and no word for a second, as if nothing matched. Once loaded, a search is found at
 * once, nothing said in between.
 */
export class IndicatorSearch implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #catalog: () => Catalog;
  readonly #open = new Set<string>();
  readonly #finds = new WeakMap<Section, Find>();
  // The catalog each section's search last searched: another one since (the county's, come from its server) searches again.
  readonly #searchedIn = new WeakMap<Section, Catalog>();
  #importer: Importer | undefined;

  constructor(host: ReactiveControllerHost, catalog: () => Catalog) {
    this.#host = host;
    this.#catalog = catalog;
    host.addController(this);
  }

  hostConnected(): void {}

  /** Whether the picker `id` shows its whole list. */
  isOpen(id: string): boolean {
    return this.#open.has(id);
  }

  /**
   * Marks the picker `id` open (it stays open: a person's place in the list is kept); whoever
   * opens it fills it (`fillPicker`), so the form is not drawn again.
   */
  open(id: string): void {
    this.#open.add(id);
  }

  /** What a section's search typed and found; found again when the catalog in use changed since. */
  of(section: Section): Find | undefined {
    const find = this.#finds.get(section);
    const searched = this.#searchedIn.get(section);
    if (find && searched && searched !== this.#catalog()) {
      this.#searchedIn.delete(section);
      void this.find(section, find.query);
    }
    return find;
  }

  /** A section's search is done with (an indicator was added from it). */
  done(section: Section): void {
    this.#finds.delete(section);
  }

  /** Searches the catalog for `query` in a section; a later keystroke's search wins. */
  async find(section: Section, query: string): Promise<void> {
    let importer = this.#importer;
    if (!importer) {
      this.#finds.set(section, { query, matches: this.#finds.get(section)?.matches ?? [], loading: true });
      this.#host.requestUpdate();
      importer = this.#importer = await loadImporter();
      if (this.#finds.get(section)?.query !== query) return;
    }
    this.#searchedIn.set(section, this.#catalog());
    this.#finds.set(
      section,
      importer
        ? { query, matches: importer.searchIndicators(this.#catalog(), query, { limit: 8 }) }
        : { query, matches: [], failed: true },
    );
    this.#host.requestUpdate();
  }
}
