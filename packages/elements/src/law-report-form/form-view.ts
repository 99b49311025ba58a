import type { Catalog, FormField, Locale, Report } from '@law-report/core/model';
import type { FieldScreenStrings } from '../internal/locale.js';
import type { Strings } from '../internal/strings.js';
import type { IndicatorMatch } from '@law-report/core/import';
import type { ChecksController } from './checks-controller.js';
import type { DraftEditor } from './draft-editor.js';
import type { ImportController } from './import-controller.js';
import type { IndicatorSearch } from './indicator-search.js';
import type { Path, RowKeys } from './form-model.js';
import type { RemovedFigure } from './metric-rows.js';
import type { TitleKinds } from './title-kinds.js';

/** What the indicator search of one section typed and found. */
export interface Find {
  readonly query: string;
  readonly matches: readonly IndicatorMatch[];
  readonly failed?: true;
  /** The importer, which the search needs, is still loading (its first use). */
  readonly loading?: true;
}

/**
 * What a field of the report reads and calls: all the form's top needs (the report's own fields,
 * the import's heading), which the element has before its controllers arrive (see whole-form.ts);
 * until then no field has an error or a guess to show.
 */
export interface FieldView {
  /** The strings of the fields and of the form's top (all of them, once the controllers are here: {@link FormView}). */
  readonly m: FieldScreenStrings;
  readonly locale: Locale;
  readonly draft: Report;
  /** Controls are disabled (the element or its form is). */
  readonly inert: boolean;
  readonly readonly: boolean;
  /** The value the importer guessed at a field, and 确认 of it. */
  readonly imports: Pick<ImportController, 'guessAt' | 'confirmField'>;
  /** The error shown at a field (once it was left or submitted), and a field left. */
  readonly checks: Pick<ChecksController, 'errorAt' | 'leave'>;
  /** A field's value typed or chosen. */
  input(path: Path, field: FormField, event: Event): void;
}

/**
 * What the form's parts (sections, figure rows, notices, buttons; fields and the import panel once the
 * controllers are here) read and call: the
 * element gives them this view of itself and its controllers, so every part renders into the one
 * shadow root where ids, labels, messages and the error summary meet (ARIA ids do not cross
 * shadow roots).
 */
export interface FormView extends FieldView {
  readonly m: Strings;
  readonly catalog: Catalog;
  /** What is imported and still to confirm; 确认 and 全部确认. */
  readonly imports: ImportController;
  /** The error shown at a field (once it was left or submitted), and a field left. */
  readonly checks: ChecksController;
  /** Sections and figures added, moved and deleted. */
  readonly editor: DraftEditor;
  /** Which sections' kinds their titles set. */
  readonly kinds: TitleKinds;
  /** The indicator pickers opened, and each section's indicator search. */
  readonly search: IndicatorSearch;
  /** A stable key per section or figure, for `repeat`. */
  readonly keys: RowKeys;
  /** A figure just deleted, offered back by its section. */
  readonly removedFigure: RemovedFigure | undefined;
}
