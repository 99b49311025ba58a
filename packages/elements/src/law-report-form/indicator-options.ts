import { STATUTORY_CONTENTS, type Catalog, type Locale, type SectionKind } from '@law-report/core/model';
import { type ElementPart, noChange } from 'lit';
import { Directive, directive, type DirectiveResult, type PartInfo, PartType } from 'lit/directive.js';

/** What the options of one indicator picker are drawn from. */
export interface PickerList {
  /** The whole catalog (the picker was opened), or only the chosen indicator. */
  readonly open: boolean;
  readonly catalog: Catalog;
  readonly locale: Locale;
  /** The name of each statutory section, an option group's label. */
  readonly kinds: Readonly<Record<SectionKind, string>>;
  /** The figure's indicator. */
  readonly value: string;
}

// How each picker on screen draws its whole list, found from the select itself.
const openers = new WeakMap<HTMLSelectElement, () => void>();

/**
 * Gives the picker `select` the whole catalog now, without drawing the form again: a form of
 * 1,000 figures drawn again is a pause, and the picker is filled as focus enters its figure.
 *
 * @example fillPicker(tbody.querySelector('select'))
 */
export function fillPicker(select: HTMLSelectElement | null | undefined): void {
  if (select) openers.get(select)?.();
}

/**
 * The catalog's options of one indicator picker, after its own 请选择指标 and 未归类: only the
 * figure's indicator until the picker is opened, then the whole catalog grouped by statutory
 * section. A report of 1,000 figures would build 60,000 options at once. The options are plain
 * DOM (labels as text), drawn again only when what they show changes, and the figure's indicator
 * chosen in them; `fillPicker` opens one picker alone.
 */
class IndicatorOptions extends Directive {
  #select: HTMLSelectElement | undefined;
  #list: PickerList | undefined;
  #drawn: { readonly whole: boolean; readonly list: PickerList } | undefined;

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('indicatorOptions() goes on a <select>, not in its content');
  }

  render(_list: PickerList): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [list]: [PickerList]): typeof noChange {
    const select = part.element as HTMLSelectElement;
    if (this.#select !== select) openers.set(select, () => this.#draw(true));
    this.#select = select;
    this.#list = list;
    this.#draw(list.open);
    return noChange;
  }

  #draw(whole: boolean): void {
    const select = this.#select;
    const list = this.#list;
    if (!select || !list) return;
    const drawn = this.#drawn;
    const same =
      drawn !== undefined &&
      drawn.whole === whole &&
      drawn.list.catalog === list.catalog &&
      drawn.list.locale === list.locale &&
      drawn.list.kinds === list.kinds &&
      (whole ? unknown(drawn.list) === unknown(list) : drawn.list.value === list.value);
    if (!same) {
      // Its own 请选择指标 and 未归类 stay; what was drawn after them goes.
      while (select.children.length > 2) select.lastElementChild?.remove();
      // An indicator the catalog does not have (a town's, its catalog not given) shows as its key, not as nothing.
      const other = unknown(list);
      if (other !== undefined) select.append(option(other, other, true));
      if (whole) select.append(...wholeCatalog(list));
      else {
        const chosen = list.catalog.get(list.value);
        if (chosen) select.append(option(chosen.key, chosen.label[list.locale], true));
      }
    }
    // Drawn chosen, mostly: the value is set only where it is not (a thousand selects set is a pause).
    if ((!same || drawn.list.value !== list.value) && select.value !== list.value) select.value = list.value;
    this.#drawn = { whole, list };
  }
}

function unknown({ value, catalog }: PickerList): string | undefined {
  return value === '' || value === 'unclassified' || catalog.get(value) ? undefined : value;
}

function wholeCatalog({ catalog, locale, kinds, value }: PickerList): HTMLOptGroupElement[] {
  return [...STATUTORY_CONTENTS.map(({ kind }) => kind), 'judgments' as const].map((kind) => {
    const group = document.createElement('optgroup');
    group.label = kinds[kind];
    for (const indicator of catalog.indicators)
      if (indicator.section === kind)
        group.append(option(indicator.key, indicator.label[locale], indicator.key === value));
    return group;
  });
}

function option(value: string, label: string, chosen = false): HTMLOptionElement {
  const element = document.createElement('option');
  element.value = value;
  element.textContent = label;
  element.defaultSelected = chosen;
  return element;
}

/** See `IndicatorOptions`. */
export const indicatorOptions: (list: PickerList) => DirectiveResult<typeof IndicatorOptions> =
  directive(IndicatorOptions);
