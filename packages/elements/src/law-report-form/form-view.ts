import type { Catalog, FormField, Locale, Metric, Report, Section, ValidationIssue } from '@law-report/core/model';
import type { Strings } from '../internal/locale.js';
import type { IndicatorMatch } from '@law-report/core/import';
import type { ImportController } from './import-controller.js';
import type { Path } from './form-model.js';
import type { RemovedFigure } from './metric-rows.js';

/** What the indicator search of one section typed and found. */
export interface Find {
  readonly query: string;
  readonly matches: readonly IndicatorMatch[];
  readonly failed?: true;
}

/**
 * What the form's parts (fields, sections, figure rows, the import panel) read and call: the
 * element gives them this view of itself, so every part renders into the one shadow root where
 * ids, labels, messages and the error summary meet (ARIA ids do not cross shadow roots).
 */
export interface FormView {
  readonly m: Strings;
  readonly locale: Locale;
  readonly draft: Report;
  readonly catalog: Catalog;
  /** Controls are disabled (the element or its form is). */
  readonly inert: boolean;
  readonly readonly: boolean;
  readonly imports: ImportController;
  /** A figure just deleted, offered back by its section. */
  readonly removedFigure: RemovedFigure | undefined;
  /** The error shown at a field, once it was left or submitted. */
  errorAt(path: Path): ValidationIssue | undefined;
  input(path: Path, field: FormField, event: Event): void;
  blur(path: Path): void;
  /** A stable key per section or figure, for `repeat`. */
  keyOf(item: object): number;
  pickerOpen(id: string): boolean;
  openPicker(id: string): void;
  findOf(section: Section): Find | undefined;
  find(section: Section, query: string): void;
  addSection(into: Section[], path: Path): void;
  removeSection(from: Section[], index: number, path: Path): void;
  moveSection(within: Section[], index: number, by: -1 | 1, path: Path): void;
  addMetric(section: Section, indicator?: string): void;
  removeMetric(metric: Metric): void;
  confirm(metric?: Metric): void;
  confirmField(id: string): void;
}
