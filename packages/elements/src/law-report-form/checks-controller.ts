import type { Catalog, DeadlineOverrides, Locale, Profile, Report, ValidationResult } from '@law-report/core/model';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

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

/**
 * Core's validation for the form, loaded when the form first needs it: when a person starts
 * working in it (focus), on 提交, or at once for a `required` form. Until then the form shows a
 * report without having downloaded the rules, which is most of what a phone waits for.
 */
export class ChecksController implements ReactiveController {
  /** The checks could not be loaded (offline, a file missing on the portal). */
  failed = false;

  readonly #host: ReactiveControllerHost;
  readonly #form: ChecksHost;
  #validate: Validate | undefined;
  #loading: Promise<Validate | undefined> | undefined;

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
        this.failed = false;
        this.#settled();
        return validateReport;
      },
      () => {
        // Asked again next time: the network may be back.
        this.#loading = undefined;
        this.failed = true;
        this.#settled();
        return undefined;
      },
    );
    return this.#loading;
  }

  hostConnected(): void {}

  #settled(): void {
    this.#form.ready();
    this.#host.requestUpdate();
  }

  /** The draft checked now, when the checks are loaded; otherwise undefined, and they start loading. */
  now(): ValidationResult | undefined {
    if (!this.#validate) {
      void this.load();
      return undefined;
    }
    return this.#check(this.#validate);
  }

  /** The draft checked, once the checks are loaded; undefined when they cannot be. */
  async run(): Promise<ValidationResult | undefined> {
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
