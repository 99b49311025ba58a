import { type Part, nothing } from 'lit';
import { AsyncDirective, directive, type DirectiveResult } from 'lit/async-directive.js';
import type { IndicatorSearch } from './indicator-search.js';

/**
 * The catalog's options of one indicator picker, after 请选择指标 and 未归类: only the figure's own
 * indicator until the picker opens (`IndicatorSearch.open`), then the whole catalog. A report of
 * 1,000 figures would build 60,000 options at once; opening fills this one picker, at once and
 * alone (the form is not drawn again), so it can happen as focus enters the figure, before the
 * picker is reached.
 *
 * @example html`<select>…${indicatorOptions(search, id, () => catalogGroups, chosenOption)}</select>`
 */
class IndicatorOptions extends AsyncDirective {
  #search: IndicatorSearch | undefined;
  #id = '';
  #whole: () => unknown = () => nothing;

  render(search: IndicatorSearch, id: string, whole: () => unknown, chosen: unknown): unknown {
    return search.isOpen(id) ? whole() : chosen;
  }

  override update(_part: Part, [search, id, whole, chosen]: Parameters<this['render']>): unknown {
    if (this.#search !== search || this.#id !== id) {
      this.#search?.unwatch(this.#id, this.#open);
      search.watch(id, this.#open);
    }
    this.#search = search;
    this.#id = id;
    this.#whole = whole;
    return this.render(search, id, whole, chosen);
  }

  protected override disconnected(): void {
    this.#search?.unwatch(this.#id, this.#open);
  }

  protected override reconnected(): void {
    this.#search?.watch(this.#id, this.#open);
  }

  readonly #open = (): void => this.setValue(this.#whole());
}

/** See `IndicatorOptions`. */
export const indicatorOptions: (
  search: IndicatorSearch,
  id: string,
  whole: () => unknown,
  chosen: unknown,
) => DirectiveResult<typeof IndicatorOptions> = directive(IndicatorOptions);
