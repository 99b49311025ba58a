import {
  formatMessage,
  type Catalog,
  type Locale,
  type Metric,
  type Report,
  type Section,
  type SectionKind,
} from '@law-report/core/model';
import { stringsOf } from '../internal/strings.js';
import { fitUnit } from './fit-unit.js';
import { allSections, freshId, idOf, placeInSection, type Path } from './form-model.js';
import { metricName } from './metric-name.js';
import type { Removed } from './section-editor.js';
import type { RemovedFigure } from './metric-rows.js';
import type { TitleKinds } from './title-kinds.js';

/** What the editor asks its element. */
export interface EditorHost {
  readonly draft: () => Report;
  readonly catalog: () => Catalog;
  readonly locale: () => Locale;
  /** The draft's structure changed at `path`: tell, save, show. */
  readonly edit: (path: Path) => void;
  /** Focus what `selector` finds once the change is on screen, and say `said`. */
  readonly focusAfter: (selector: string, said?: string) => Promise<void>;
  /** A figure left the draft: it is no longer to confirm. */
  readonly forget: (metric: Metric) => void;
  /** The search that found an indicator is done with. */
  readonly found: (section: Section) => void;
  /** A section just deleted, to offer back; undefined once it is back or gone for good. */
  readonly removed: (removed: Removed | undefined) => void;
  /** Likewise a figure. */
  readonly removedFigure: (removed: RemovedFigure | undefined) => void;
}

/**
 * Changes to the draft's structure from its buttons: sections added, moved and deleted (with
 * undo), figures added and deleted. After each, focus goes where the work goes on and the
 * change is said: the new section's title, the moved section's same button, 撤销删除 where a
 * section was, the new figure's first field, the figure before a deleted one.
 */
export class DraftEditor {
  readonly #form: EditorHost;
  readonly #kinds: TitleKinds;

  constructor(form: EditorHost, kinds: TitleKinds) {
    this.#form = form;
    this.#kinds = kinds;
  }

  // A sub-section is of its section's kind (what is written under 不足 or the plans stays there); a new
  // top-level section is one more part of the measures, as most sections a report adds are. Until a
  // person chooses its kind, a title naming a statutory content sets it (TitleKinds).
  addSection(sections: Section[], path: Path, kind: SectionKind = 'measures'): void {
    const section: Section = { id: freshId(this.#form.draft()), kind, title: '', paragraphs: [], sections: [] };
    sections.push(section);
    this.#kinds.added(section);
    this.#form.edit(path);
    void this.#form.focusAfter(
      `#${CSS.escape(idOf([...path, sections.length - 1, 'title']))}`,
      stringsOf(this.#form.locale()).form.sectionAdded,
    );
  }

  // A deleted section leaves 撤销删除 in its place, focused; its figures go with it and come back with it.
  removeSection(sections: Section[], index: number, path: Path): void {
    this.#form.removedFigure(undefined);
    const [removed] = sections.splice(index, 1);
    if (!removed) return;
    const m = stringsOf(this.#form.locale()).form;
    const gone = new Set([...allSections([removed])].map((section) => section.id));
    const metrics = this.#form.draft().metrics;
    const inside = (metric: Metric) => metric.sectionId !== undefined && gone.has(metric.sectionId);
    const taken = metrics.filter(inside);
    const title = removed.title.trim() || m.untitled;
    this.#form.draft().metrics = metrics.filter((metric) => !inside(metric));
    this.#form.removed({
      list: sections,
      index,
      title,
      undo: () => {
        sections.splice(index, 0, removed);
        // Back into the figures as they are now: one added since the delete stays.
        const now = this.#form.draft().metrics;
        for (const metric of taken) now.push(metric);
        this.#form.removed(undefined);
        this.#form.edit(path);
        void this.#form.focusAfter(
          `#${CSS.escape(idOf([...path, index, 'title']))}`,
          formatMessage(m.restored, { name: title }),
        );
      },
    });
    this.#form.edit(path);
    // Said as well as shown: the live region never keeps the words of the action before.
    void this.#form.focusAfter('#undo-remove button', formatMessage(m.removed, { name: title }));
  }

  moveSection(sections: Section[], index: number, by: -1 | 1, path: Path): void {
    const target = index + by;
    const [moved] = sections.splice(index, 1);
    if (!moved) return;
    sections.splice(target, 0, moved);
    this.#form.edit(path);
    // Keyboard users keep their place: the same button on the moved section, or the other at an end.
    const group = `#${CSS.escape(idOf([...path, target, 'group']))} > .section-actions`;
    const atEnd = target === 0 || target === sections.length - 1;
    void this.#form.focusAfter(`${group} ${(by < 0) !== atEnd ? '.move-up' : '.move-down'}`);
  }

  // A new figure row: unclassified with its indicator to choose, or of an indicator found by the
  // search (then its value takes focus). Its value starts empty, so a forgotten one is caught; its
  // measure word is its indicator's usual one, or blank until an indicator is chosen (fitUnit).
  addMetric(section: Section, indicator?: string): void {
    const definition = indicator === undefined ? undefined : this.#form.catalog().get(indicator);
    const index = this.#form.draft().metrics.length;
    const metric: Omit<Metric, 'value'> = {
      indicator: definition?.key ?? 'unclassified',
      label: definition?.label[this.#form.locale()] ?? '',
      unit: '',
      qualifier: 'exact',
      sectionId: section.id,
    };
    fitUnit(metric, this.#form.catalog());
    // The draft holds what a person has typed so far; validation says what is still missing.
    this.#form.draft().metrics.push(metric as Metric);
    if (definition) this.#form.found(section);
    this.#form.edit(['metrics']);
    void this.#form.focusAfter(
      `#${CSS.escape(idOf(['metrics', index, definition ? 'value' : 'indicator']))}`,
      stringsOf(this.#form.locale()).form.added,
    );
  }

  // Focus goes to the figure before (or after) in the same section, else to its add button.
  removeMetric(metric: Metric): void {
    const m = stringsOf(this.#form.locale()).form;
    const metrics = this.#form.draft().metrics;
    const index = metrics.indexOf(metric);
    if (index < 0) return;
    const name = metricName(metric, this.#form.catalog(), this.#form.locale(), placeInSection(metrics, index));
    metrics.splice(index, 1);
    this.#form.forget(metric);
    // One thing to undo at a time: the latest.
    this.#form.removed(undefined);
    // 撤销删除 takes the figure's place, focused: a second Enter puts it back rather than deleting the next one.
    this.#form.removedFigure({
      sectionId: metric.sectionId,
      name,
      undo: () => {
        this.#form.draft().metrics.splice(Math.min(index, this.#form.draft().metrics.length), 0, metric);
        this.#form.removedFigure(undefined);
        this.#form.edit(['metrics']);
        void this.#form.focusAfter(
          `tbody[data-metric="${this.#form.draft().metrics.indexOf(metric)}"] button.remove-metric`,
          formatMessage(m.restored, { name }),
        );
      },
    });
    this.#form.edit(['metrics']);
    void this.#form.focusAfter('#undo-figure button', formatMessage(m.removed, { name }));
  }
}
