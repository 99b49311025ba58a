import { formatMessage, isUnrecognized, type FormField, type ValidationIssue } from '@law-report/core/model';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { checkedState } from './checked-state.js';
import { idOf, type Path } from './form-model.js';
import type { FieldView } from './form-view.js';

/** What one control needs besides its field: its id, state and the ids describing it. */
export interface Control {
  readonly id: string;
  /** In a figure row: the column's header and the figure's name, instead of a label. */
  readonly labelledBy: string | typeof nothing;
  /** In a figure row: which of the figure's fields, for the table's one listener. */
  readonly fieldIndex: number | typeof nothing;
  readonly invalid: 'true' | typeof nothing;
  readonly describedBy: string | typeof nothing;
  readonly required: boolean;
  readonly disabled: boolean;
  readonly readonly: boolean;
  readonly input: ((event: Event) => void) | undefined;
  readonly blur: (() => void) | undefined;
  /** The importer could not read this value: a person fills it in (there is nothing to confirm). */
  readonly unread: boolean;
}

/**
 * A field in a figure row: named by its column's header and the figure's name (数值 召开党委会…
 * （2次）) through `labelledBy`, its events handled by the table's one listener (`fieldIndex`).
 */
export interface RowContext {
  readonly labelledBy: string;
  /** 待核对 and the sentence the figure came from, while it is to confirm. */
  readonly describedBy: string | undefined;
  readonly fieldIndex: number;
  readonly unitWords: readonly string[] | undefined;
  /** The figure's warning at this field, said under the figure's fields (`w-` and the field's id), as its error is (`e-`). */
  readonly warning: ValidationIssue | undefined;
  /** The indicator's control, which the figure rows draw (the picker of the catalog's indicators). */
  readonly indicator?: (control: Control) => TemplateResult;
}

/**
 * One field of the report, a section or a figure: its label, control, help, the importer's
 * note when it guessed the value (待核对, with a button to confirm it) and its error, tied to
 * the control by `aria-describedby`. In a figure row the label is the column's word with the
 * figure's name after it, so every control says which figure it belongs to. `note`, when given, is
 * said under the field instead of its usual help (a section's kind its title set).
 */
export function renderField(
  view: FieldView,
  field: FormField,
  path: Path,
  value: unknown,
  row?: RowContext,
  note?: string,
): TemplateResult {
  const { m } = view;
  const id = idOf(path);
  const error = view.checks.errorAt(path);
  // A figure's warning (a measure word not usual for its indicator, a value out of range) is said
  // under its fields, a sentence too long for a column: the report may go with it, the clerk judges.
  const warning = error ? undefined : row?.warning;
  const guess = view.imports.guessAt(id);
  // Help under each field, but not in the rows of a figures table (a thousand copies of one line).
  const help = row
    ? undefined
    : note !== undefined
      ? note
      : field.control === 'lines'
        ? m.form.paragraphsHelp
        : Object.hasOwn(m.help, field.key)
          ? m.help[field.key as keyof typeof m.help]
          : undefined;
  // Marked required where a value must be given; paragraphs may stay empty in a draft (the rules say which must not).
  const required = field.required && field.control !== 'checkbox' && field.control !== 'lines';
  const describedBy =
    [
      row?.describedBy ?? '',
      guess ? `g-${id}` : '',
      help ? `h-${id}` : '',
      error ? `e-${id}` : '',
      warning ? `w-${id}` : '',
    ]
      .filter(Boolean)
      .join(' ') || nothing;
  const control: Control = {
    id,
    labelledBy: row ? row.labelledBy : nothing,
    fieldIndex: row ? row.fieldIndex : nothing,
    invalid: error ? 'true' : nothing,
    describedBy,
    required,
    disabled: view.inert,
    readonly: view.readonly,
    // A row's events reach the table's listener instead: a thousand figures bind none.
    input: row ? undefined : (event) => view.input(path, field, event),
    blur: row ? undefined : () => view.checks.leave(path),
    // Nothing read, or the importer's （未识别） still in it: to fill in, not to confirm (a mark never passes).
    unread:
      guess !== undefined &&
      (value === undefined || value === '' || (typeof value === 'string' && isUnrecognized(value))),
  };
  const name = m.fields[field.key];
  const label = html`<label for=${id}>${name}${required ? html`<span class="required">${m.form.required}</span>` : nothing}</label>`;
  // A guessed value waits for 确认; where the importer read nothing there is nothing to confirm, only to fill in.
  const messages = html`${
    guess === undefined
      ? nothing
      : control.unread
        ? html`<p class="guess" id=${`g-${id}`}><span class="badge">${m.form.toFill}</span> ${guess}</p>`
        : html`<p class="guess" id=${`g-${id}`}><span class="badge">${m.form.toConfirm}</span> ${formatMessage(m.form.guessed, { note: guess })}
          <button part="button" type="button" class="confirm-field" data-confirms=${id} @click=${() => view.imports.confirmField(id)}>${formatMessage(m.form.confirmField, { field: name })}</button></p>`
  }${help ? html`<p class="help" id=${`h-${id}`}>${help}</p>` : nothing}${
    // In a figure row the error is said under the figure's fields, across the row (a column of 7rem made four
    // lines of it at 1280 px), still tied to its field by its id.
    error && !row ? html`<p class="error" id=${`e-${id}`}>${error.message}</p>` : nothing
  }`;
  if (field.control === 'checkbox') {
    return html`<div part="field" class="field checkbox">
      <input part="input" type="checkbox" id=${id} ?checked=${value === true} ${checkedState(value === true)} aria-invalid=${control.invalid} aria-describedby=${control.describedBy} ?disabled=${control.disabled || control.readonly} @change=${control.input ?? nothing} @blur=${control.blur ?? nothing} />
      ${label}${messages}
    </div>`;
  }
  if (row) return html`${controlFor(view, field, control, value, row)}${messages}`;
  return html`<div part="field" class=${guess ? 'field guessed' : 'field'}>${label}${controlFor(view, field, control, value, row)}${messages}</div>`;
}

function controlFor(
  view: FieldView,
  field: FormField,
  c: Control,
  value: unknown,
  row: RowContext | undefined,
): TemplateResult {
  const { m } = view;
  if (row?.indicator && field.key === 'metric.indicator') return row.indicator(c);
  if (field.key === 'metric.unit' && row?.unitWords) {
    const words = row.unitWords;
    return html`<select part="input" id=${c.id} aria-labelledby=${c.labelledBy} data-field=${c.fieldIndex} aria-invalid=${c.invalid} aria-describedby=${c.describedBy} ?required=${c.required} ?disabled=${c.disabled || c.readonly} @change=${c.input ?? nothing} @blur=${c.blur ?? nothing}>
      ${(words.includes(String(value)) ? words : [String(value), ...words]).map((word) => html`<option value=${word} ?selected=${word === value}>${word}</option>`)}
    </select>`;
  }
  if (field.control === 'select') {
    const names = field.codelist ? (m[field.codelist] as Readonly<Record<string, string>>) : {};
    // A section's kind by its short name, so the longest (党政主要负责人…第一责任人职责情况) reads whole
    // on a phone; its full statutory name is the option's title.
    // A qualifier by the words a report writes for it (余、多、逾、以上), so a clerk finds 余 among them.
    const shown: Readonly<Record<string, string>> =
      field.codelist === 'kinds' ? m.kindsShort : field.codelist === 'qualifiers' ? m.form.qualifierChoices : names;
    return html`<select part="input" id=${c.id} aria-labelledby=${c.labelledBy} data-field=${c.fieldIndex} aria-invalid=${c.invalid} aria-describedby=${c.describedBy} ?required=${c.required} ?disabled=${c.disabled || c.readonly} @change=${c.input ?? nothing} @blur=${c.blur ?? nothing}>
      ${field.required ? nothing : html`<option value="" ?selected=${value === undefined}>${m.form.notStated}</option>`}
      ${(field.options ?? []).map((option) => html`<option value=${option} title=${shown === names ? nothing : (names[option] ?? nothing)} ?selected=${option === value}>${shown[option] ?? names[option] ?? option}</option>`)}
    </select>`;
  }
  if (field.control === 'lines') {
    return html`<textarea part="input" id=${c.id} aria-labelledby=${c.labelledBy} data-field=${c.fieldIndex} rows="4" .value=${live(Array.isArray(value) ? (value as string[]).join('\n\n') : '')} aria-invalid=${c.invalid} aria-describedby=${c.describedBy} ?disabled=${c.disabled} ?readonly=${c.readonly} @input=${c.input ?? nothing} @blur=${c.blur ?? nothing}></textarea>`;
  }
  // A figure's phrase as written (原文表述) can be a long clause: a box as tall as its text, wrapping
  // where a line would cut it, one line while it is short; Enter adds no line break to a phrase.
  if (field.control === 'phrase') {
    return html`<textarea part="input" id=${c.id} class="phrase" rows="2" aria-labelledby=${c.labelledBy} data-field=${c.fieldIndex}
      .value=${live(value === undefined || value === null ? '' : String(value))} aria-invalid=${c.invalid} aria-describedby=${c.describedBy}
      ?disabled=${c.disabled} ?readonly=${c.readonly} ?required=${c.required} @input=${c.input ?? nothing} @blur=${c.blur ?? nothing}></textarea>`;
  }
  const type = field.control === 'date' ? 'date' : field.control === 'text' ? 'text' : 'number';
  const date = field.control === 'date';
  return html`<input part="input" id=${c.id} class=${c.unread ? 'unread' : nothing} aria-labelledby=${c.labelledBy} data-field=${c.fieldIndex} type=${type} step=${field.control === 'number' ? 'any' : nothing}
    min=${date ? DATE_INPUT.min : (field.min ?? nothing)} max=${date ? DATE_INPUT.max : (field.max ?? nothing)}
    .value=${live(value === undefined || value === null ? '' : String(value))} aria-invalid=${c.invalid} aria-describedby=${c.describedBy}
    ?disabled=${c.disabled} ?readonly=${c.readonly} ?required=${c.required} @input=${c.input ?? nothing} @blur=${c.blur ?? nothing} />`;
}

// The range a date field offers. Not a rule of the report's (validation judges dates): a browser
// takes as many digits for the year as the latest year allowed has, so 20240125 typed into a
// date field reads 2024-01-25 instead of the year 20240 and the month 12.
const DATE_INPUT = { min: '1990-01-01', max: '2099-12-31' } as const;

/**
 * The value a control holds, as the report stores it: a checkbox's state, paragraphs split at blank
 * lines, a number (an empty box is no value, never 0), text (an empty optional field is no value).
 */
export function controlValue(
  field: FormField,
  target: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement,
): unknown {
  if (field.control === 'checkbox') return target instanceof HTMLInputElement && target.checked;
  if (field.control === 'lines')
    return target.value
      .split(/\n\s*\n/)
      .map((paragraph) => paragraph.trim())
      .filter(Boolean);
  if (field.control === 'integer' || field.control === 'number')
    return target.value === '' ? undefined : Number(target.value);
  // A phrase pasted across lines (a line break in a Word table cell) is one phrase.
  const text = target instanceof HTMLTextAreaElement ? target.value.replace(/[\r\n]+/g, '') : target.value;
  return text === '' && !field.required ? undefined : text;
}
