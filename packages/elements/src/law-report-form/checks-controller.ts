import type {
  Catalog,
  DeadlineOverrides,
  Locale,
  Profile,
  Report,
  ValidationIssue,
  ValidationResult,
} from '@law-report/core/model';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { idOf, type Path } from './form-model.js';

type Validate = typeof import('./validate-entry.js').validateReport;

/** What the checks ask their element. */
export interface ChecksHost {
  readonly draft: () => Report;
  readonly profile: () => Profile;
  readonly locale: () => Locale;
  readonly catalog: () => Catalog;
  readonly deadlines: () => DeadlineOverrides | undefined;
  /** The checks became ready (or could not be loaded): what waited for them can run now. */
  readonly ready: () => void;
}

/** A line of the error summary: an issue, and whether it was mended since the summary listed it. */
export interface ListedIssue {
  readonly issue: ValidationIssue;
  readonly fixed: boolean;
}

// The same problem in two checks of a report: the same rule at the same field (its words may change with the values).
function keyOf(issue: ValidationIssue): string {
  return `${issue.code} ${idOf(issue.path)}`;
}

/**
 * Core's validation for the form and what it shows: loaded when the form first needs it (a person
 * starts working in it, 提交, or at once for a `required` form), so the form shows a report without
 * having downloaded the rules, which is most of what a phone waits for. Issues show at a field
 * once it was left, everywhere once the person submitted (GOV.UK's way: no error before a try).
 */
export class ChecksController implements ReactiveController {
  /** The issues found last (or the server's, after a 422). */
  issues: readonly ValidationIssue[] = [];
  /** The person submitted: the error summary shows, and every field's error. */
  shown = false;

  readonly #host: ReactiveControllerHost;
  readonly #form: ChecksHost;
  #validate: Validate | undefined;
  #loading: Promise<Validate | undefined> | undefined;
  // The last load failed: only a person's next action loads again.
  #failed = false;
  readonly #left = new Set<string>();
  readonly #edited = new Set<string>();
  readonly #warned = new Set<string>();
  // The issues of the last 提交 or 检查报告, which the error summary goes on listing (see `listed`).
  #listed: readonly ValidationIssue[] = [];
  #indexed: readonly ValidationIssue[] | undefined;
  readonly #byField = new Map<string, { error?: ValidationIssue; warning?: ValidationIssue }>();

  constructor(host: ReactiveControllerHost, form: ChecksHost) {
    this.#host = host;
    this.#form = form;
    host.addController(this);
  }

  /** The checks are here: `now()` answers at once. */
  get loaded(): boolean {
    return this.#validate !== undefined;
  }

  /** Starts loading the checks, once; resolves undefined when they cannot be loaded. */
  load(): Promise<Validate | undefined> {
    this.#loading ??= import('./validate-entry.js').then(
      ({ validateReport }) => {
        this.#validate = validateReport;
        this.#settled();
        return validateReport;
      },
      () => {
        // Asked again when a person next acts (提交, 检查报告, a field left): the network may be back. Not at
        // once by what is drawn after this failure (`now()`), which would ask again and again without a pause.
        this.#loading = undefined;
        this.#failed = true;
        this.#settled();
        return undefined;
      },
    );
    return this.#loading;
  }

  hostConnected(): void {}

  #settled(): void {
    // What was left or submitted while the checks loaded is checked now.
    this.recheck();
    this.#form.ready();
    this.#host.requestUpdate();
  }

  /** Checks again what is shown (the language or the catalog changed): its messages follow. */
  recheck(): void {
    if (this.#left.size === 0 && !this.shown) return;
    this.issues = this.now()?.issues ?? this.issues;
    this.#host.requestUpdate();
  }

  /**
   * A field a person changed was left: its errors and warnings show from now on, and the warnings of
   * the fields it judges (`judged`: a figure's indicator judges its measure word, `unexpected_unit`).
   * A field only passed through (Tab from one field to the next) shows nothing until 提交.
   */
  leave(path: Path, judged: readonly Path[] = []): void {
    // Tabbing past a field nobody changed says nothing of it yet: errors come once it was worked on, or on 提交.
    if (!this.#edited.has(idOf(path))) return;
    this.#retry();
    this.#left.add(idOf(path));
    for (const other of judged) this.#warned.add(idOf(other));
    const result = this.now();
    if (!result) return;
    this.issues = result.issues;
    this.#host.requestUpdate();
  }

  /**
   * A person confirmed imported values (`paths`, the fields of each figure confirmed): what is wrong with them
   * shows from now on, as at a field worked on (an imported 调解成功 90 over 调解 86, confirmed, said nothing
   * until 提交). The checks load if they are not here yet, and say it once they are.
   */
  vouched(paths: readonly Path[]): void {
    this.#retry();
    for (const path of paths) {
      this.#left.add(idOf(path));
      this.#warned.add(idOf(path));
    }
    const result = this.now();
    if (!result) return void this.load();
    this.issues = result.issues;
    this.#host.requestUpdate();
  }

  /** A person changed the field at `path`: leaving it shows what is wrong with it. */
  edited(path: Path): void {
    this.#edited.add(idOf(path));
  }

  /** Shows `issues` everywhere, with the error summary (提交, or the server's 422). */
  show(issues: readonly ValidationIssue[]): void {
    this.issues = issues;
    this.#listed = issues;
    this.shown = true;
    this.#host.requestUpdate();
  }

  /** A new report in the form: nothing shown until it is left or submitted again. */
  reset(): void {
    this.issues = [];
    this.#listed = [];
    this.shown = false;
    // What was changed and left in the report before says nothing of this one.
    this.#left.clear();
    this.#warned.clear();
    this.#edited.clear();
    this.#host.requestUpdate();
  }

  /**
   * What the error summary lists of one severity: the issues of the last 提交 or 检查报告 as the checks
   * say them now, each one mended since kept in its line and said to be (`fixed`), then any found since.
   * A line that went away moved everything under it: a clerk who mended the title and clicked
   * 从文本导入 below the summary clicked nothing, the button having moved up between press and release
   * (a town clerk's trial). The summary changes its length at the next 提交 or 检查报告.
   */
  listed(severity: 'error' | 'warning'): ListedIssue[] {
    const now = new Map<string, ValidationIssue[]>();
    for (const issue of this.issues) {
      if (issue.severity !== severity) continue;
      const key = keyOf(issue);
      const same = now.get(key);
      if (same) same.push(issue);
      else now.set(key, [issue]);
    }
    const listed: ListedIssue[] = [];
    for (const issue of this.#listed) {
      if (issue.severity !== severity) continue;
      const current = now.get(keyOf(issue))?.shift();
      listed.push(current ? { issue: current, fixed: false } : { issue, fixed: true });
    }
    for (const left of now.values()) for (const issue of left) listed.push({ issue, fixed: false });
    return listed;
  }

  /**
   * The draft's structure changed (a figure or section added, deleted or moved): the paths the summary
   * listed may name other rows now, so it lists what the checks say from here on, none of it said mended.
   */
  restructured(): void {
    this.#listed = [];
  }

  /** The error shown at a field: once it was left, or the person submitted. */
  errorAt(path: Path): ValidationIssue | undefined {
    // Nothing left nor submitted yet: no field need look (a form of 1,000 figures asks 7,000 times a render).
    if (!this.shown && this.#left.size === 0) return undefined;
    const id = idOf(path);
    if (!this.shown && !this.#left.has(id)) return undefined;
    return this.#at(id)?.error;
  }

  /**
   * The warning shown at a field (the report may go with it; the person judges): once it or a
   * field judging it was left, or the person submitted; not while the field has an error.
   */
  warningAt(path: Path): ValidationIssue | undefined {
    if (!this.shown && this.#left.size === 0) return undefined;
    const id = idOf(path);
    if (!this.shown && !this.#left.has(id) && !this.#warned.has(id)) return undefined;
    const found = this.#at(id);
    return found?.error ? undefined : found?.warning;
  }

  // The first error and warning at each field, found once per set of issues (a form of 1,000
  // figures asks for each of its fields at every render).
  #at(id: string): { error?: ValidationIssue; warning?: ValidationIssue } | undefined {
    if (this.#indexed !== this.issues) {
      this.#indexed = this.issues;
      this.#byField.clear();
      for (const issue of this.issues) {
        if (issue.severity === 'info') continue;
        const key = idOf(issue.path);
        const found = this.#byField.get(key) ?? {};
        found[issue.severity] ??= issue;
        this.#byField.set(key, found);
      }
    }
    return this.#byField.get(id);
  }

  /**
   * The draft checked now, when the checks are loaded; otherwise undefined, and they start loading
   * (unless the last load failed: then a person's next action loads them: a field left, values confirmed, `run()`).
   */
  now(): ValidationResult | undefined {
    if (!this.#validate) {
      if (!this.#failed) void this.load();
      return undefined;
    }
    return this.#check(this.#validate);
  }

  // A person acted (a field left, values confirmed): checks that failed to load may be asked for again.
  #retry(): void {
    this.#failed = false;
  }

  /** The draft checked, once the checks are loaded; undefined when they cannot be. */
  async run(): Promise<ValidationResult | undefined> {
    this.#failed = false;
    const validate = this.#validate ?? (await this.load());
    return validate ? this.#check(validate) : undefined;
  }

  #check(validate: Validate): ValidationResult {
    const profile = this.#form.profile();
    const deadlines = this.#form.deadlines();
    return validate(this.#form.draft(), {
      profile: profile === 'draft' || profile === 'publish' ? profile : 'submit',
      locale: this.#form.locale(),
      catalog: this.#form.catalog(),
      ...(deadlines ? { deadlines } : {}),
    });
  }
}
