import { reportFormFields, type Catalog, type Report } from '@law-report/core/model';
import type { ReactiveElement } from 'lit';
import { localeOf } from '../internal/locale.js';
import { ChecksController, type ChecksHost } from './checks-controller.js';
import { DraftController, type DraftSource, type DraftTarget } from './draft-controller.js';
import { DraftEditor, type EditorHost } from './draft-editor.js';
import { FocusController } from './focus-controller.js';
import { FormControlController, type FormControlElement, type FormControlParts } from './form-control-controller.js';
import { hasContent } from './form-model.js';
import { ImportController, type ImportHost } from './import-controller.js';
import { IndicatorSearch } from './indicator-search.js';
import { RulesController, type RulesElement } from './rules-controller.js';
import { ServerLink } from './server-link.js';
import type { SubmissionHost } from './submission-controller.js';
import { TitleKinds } from './title-kinds.js';

/** The element the form's controllers serve: the attributes and properties they read. */
export type FormPartsElement = ReactiveElement &
  FormControlElement &
  RulesElement & {
    readonly draftKey: string | undefined;
    readonly publicHref: string | undefined;
    readonly token: string | undefined;
  };

/** What the element keeps to itself and lends its controllers: the draft, and what was just deleted from it. */
export interface FormOwn {
  readonly draft: () => Report;
  /** Puts a new draft in the form, as a person's (imported, restored): it is saved. */
  readonly adopt: (report: Report) => void;
  /** Opens a report from outside (the server's): nothing of it is to confirm. */
  readonly load: (report: unknown) => void;
  readonly removed: EditorHost['removed'];
  readonly removedFigure: EditorHost['removedFigure'];
  /** The element's `ElementInternals` (attached as it is made): its value and validity in a native `<form>`. */
  readonly internals: ElementInternals;
}

/** What the form offers its controllers: each one's host interface names the part it uses. */
export type FormHost = ImportHost & EditorHost & ChecksHost & SubmissionHost & DraftSource & DraftTarget;

/**
 * The reactive controllers `<law-report-form>` is made of, one per concern, and what each is given of
 * the form, in one place: the draft, its language, catalog and deadlines, where focus goes next, what
 * to do when things change. The element keeps its properties, its draft and what was just deleted
 * (reactive state); the controllers reach each other only through the host interface built here, but
 * for the form control, which runs 提交 across them and is given the parts themselves.
 */
export class FormParts implements FormControlParts {
  /** The draft in the form. */
  readonly draft: () => Report;
  /** The indicator catalog in use (see {@link RulesController.catalog}). */
  readonly catalog: () => Catalog;
  /** The indicator pickers opened, and each section's indicator search. */
  readonly search: IndicatorSearch;
  /** Where focus goes and what is said. */
  readonly focus: FocusController;
  /** Autosave to `localStorage`, and drafts offered back. */
  readonly drafts: DraftController;
  /** 从文本导入, and what of an import is still to confirm. */
  readonly imports: ImportController;
  /** The sections added here whose kind follows their title until one is chosen. */
  readonly kinds = new TitleKinds();
  /** Sections and figures added, moved and deleted. */
  readonly editor: DraftEditor;
  /** Core's validation, loaded on first need, and what it shows. */
  readonly checks: ChecksController;
  /** The collection server, its code loaded once there is one to talk to. */
  readonly server: ServerLink;
  /** The catalog and deadlines in use: the page's, else the county's. */
  readonly rules: RulesController;
  /** The form as a native form control, and 提交 / 检查报告. */
  readonly control: FormControlController;
  /** What the form offers its controllers. */
  readonly host: FormHost;
  /** The element's `ElementInternals`. */
  readonly internals: ElementInternals;

  constructor(element: FormPartsElement, own: FormOwn) {
    const draft = (this.draft = own.draft);
    this.internals = own.internals;
    this.catalog = () => this.rules.catalog;
    this.host = {
      draft,
      locale: () => localeOf(element.locale),
      catalog: this.catalog,
      focusAfter: (selector: string, said?: string, fallback?: string) => this.focus.after(selector, said, fallback),
      offer: (group: string, first?: string, news?: string) => this.focus.offer(group, first, news),
      adopt: own.adopt,
      changed: () => this.drafts.changed(),
      vouched: (metrics) =>
        this.checks.vouched(
          metrics.flatMap((index) => reportFormFields.metric.map((field) => ['metrics', index, ...field.path])),
        ),
      ownUnit: () => this.server.ownUnit(),
      edit: (path) => this.control.edit(path),
      forget: (metric) => this.imports.forget(metric),
      found: (section) => this.search.done(section),
      removed: own.removed,
      removedFigure: own.removedFigure,
      profile: () => element.profile,
      deadlines: () => this.rules.deadlines(draft()),
      // What the county's server said of itself came: its own indicators are offered, the checks say its deadlines.
      deadlinesFound: () => {
        this.rules.resolve();
        this.checks.recheck();
        element.requestUpdate();
      },
      ready: () => this.control.update(),
      endpoint: () => element.endpoint,
      publicHref: () => element.publicHref,
      token: () => element.token,
      pristine: () => !this.control.edited && !hasContent(draft(), this.control.ownUnit),
      edited: () => this.control.edited,
      load: own.load,
      current: () => structuredClone(draft()),
      key: () => element.draftKey,
      offered: () => this.drafts.saved?.report.year,
      snapshot: () => ({
        report: draft(),
        focus: this.focus.lastField,
        pending: this.imports.pendingState(draft().metrics),
      }),
      // What of an import was still to confirm stays so; the server is asked about the draft's year.
      restored: (pending) => {
        this.imports.restorePending(pending, draft().metrics);
        this.server.forgetLoaded();
        void this.server.refresh(draft().year);
      },
    };
    const form = this.host;
    this.search = new IndicatorSearch(element, form.catalog);
    // Someone at work in the form: the checks they will need load meanwhile.
    this.focus = new FocusController(element, () => void (this.checks.loaded || this.checks.load()));
    this.drafts = new DraftController(element, form);
    this.imports = new ImportController(element, form);
    this.editor = new DraftEditor(form, this.kinds);
    this.checks = new ChecksController(element, form);
    this.server = new ServerLink(element, form);
    this.rules = new RulesController(element, () => this.server);
    this.control = new FormControlController(element, this);
  }
}
