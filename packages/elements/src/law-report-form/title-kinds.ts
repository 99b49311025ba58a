import type { Section, SectionKind } from '@law-report/core/model';

type Classify = typeof import('./kind-reading.js').classifySection;

/**
 * A section added in the form takes its kind from its title until a person chooses one: a clerk who
 * adds a section and titles it 其他需要报告的情况 has written that statutory content, and the checks,
 * the county's desk and its dashboard count it so. A title is read as the importer reads a heading
 * inside a section (core's `classifySection`): only a title that plainly names a content changes the
 * kind (其他需要报告的情况, 存在的不足和原因, 下一年度…安排, …); any other leaves the kind the section
 * was added with (a top-level section's 举措和成效, a sub-section's its parent's), so a thematic title
 * such as 解决群众反映的突出问题 stays a measure. A kind chosen by hand is never changed, nor is the
 * kind of a section the form did not add (opened, imported, restored: someone chose or read it).
 * The reading is loaded when a section is added (kind-reading.ts), not with the form.
 */
export class TitleKinds {
  // The sections whose kind follows their title, with the kind each was added with.
  readonly #following = new WeakMap<Section, SectionKind>();
  #classify: Classify | undefined;
  #loading: Promise<Classify | undefined> | undefined;

  /** A section was added with the kind it has now: its title decides it from here on. */
  added(section: Section): void {
    this.#following.set(section, section.kind);
    void this.#load();
  }

  /** A person chose the section's kind: it stays as chosen. */
  chosen(section: Section): void {
    this.#following.delete(section);
  }

  /**
   * The section's title changed: its kind follows it, and `changed` is told the new kind when it
   * changed, at once, or `late` when the reading had still to load.
   */
  titled(section: Section, changed: (kind: SectionKind, late: boolean) => void): void {
    if (!this.#following.has(section)) return;
    if (this.#classify) return this.#follow(section, this.#classify, changed, false);
    void this.#load().then((classify) => classify && this.#follow(section, classify, changed, true));
  }

  /** The section's kind was set by its title (not the kind it was added with, nor one chosen by hand). */
  setByTitle(section: Section): boolean {
    const added = this.#following.get(section);
    return added !== undefined && added !== section.kind;
  }

  #follow(section: Section, classify: Classify, changed: (kind: SectionKind, late: boolean) => void, late: boolean) {
    // Chosen by hand while the reading loaded: as chosen.
    const added = this.#following.get(section);
    if (added === undefined) return;
    const kind = classify(section.title.trim(), added);
    if (kind === section.kind) return;
    section.kind = kind;
    changed(kind, late);
  }

  // A reading that could not load is asked for again with the next section: the kind stays as added meanwhile.
  #load(): Promise<Classify | undefined> {
    this.#loading ??= import('./kind-reading.js').then(
      (module) => (this.#classify = module.classifySection),
      () => {
        this.#loading = undefined;
        return undefined;
      },
    );
    return this.#loading;
  }
}
