import { fieldStringsEn } from './fields.en.js';
import type { LocaleMessages } from './messages.js';

/** English strings, key for key the same as zh-CN. */
export const en: LocaleMessages = {
  ...fieldStringsEn,
  reviewHistory: {
    title: 'Review history',
    step: '{when}, {who}: {action}',
    stepReason: ' (reason: {reason})',
    loadFailed: 'The report cannot be read now: {message}',
  },
  reviewActions: { submit: 'Submit', return: 'Return', file: 'File', publish: 'Publish', unpublish: 'Unpublish' },
  review: { submitted: 'Submitted', returned: 'Returned', filed: 'Filed', published: 'Published' },
  profiles: {
    draft: 'draft',
    submit: 'submit',
    publish: 'publish',
  },
  severities: {
    error: 'error',
    warning: 'warning',
    info: 'info',
  },
  issues: {
    invalid_type: '{field} should be {expected}.',
    required: 'Please fill in the {field}.',
    invalid_value: '{field} must be one of: {options}.',
    invalid_format: '{field} is not in the right format: {format}.',
    too_small: '{field} must be at least {minimum}.',
    too_big: '{field} cannot be more than {maximum}.',
    unknown_field: 'Unknown field “{key}”: put town-specific data under extensions.',
    invalid_key:
      'Extension namespace “{key}” is invalid: use lower-case letters, digits and hyphens, starting with a letter.',
    invalid_input: '{field} is not valid; please check it.',
    forbidden_key: 'The key “{key}” is not allowed (a security risk); the report is refused.',
    invalid_json: 'Not valid JSON: error at line {line}, column {column}.',
    unreadable_input: '{reason}',
    sections_too_deep:
      'Sections are nested more than {limit} {limit|level|levels} deep: this is not a real report and was refused; check the file.',
    extension_too_deep:
      'The extension data “{key}” is nested more than {limit} {limit|level|levels} deep; the report is refused. Check the file.',
  },
  types: {
    string: 'text',
    number: 'a number',
    boolean: 'yes or no',
    object: 'an object',
    array: 'a list',
    int: 'a whole number',
  },
  ui: {
    // Between a name and what is said of it (法定内容：有; Severity: message).
    colon: ': ',
    source: 'Source',
    downloadDocx: 'Download .docx',
    summaryHeading: '{unit}: rule-of-law government report {year}',
    issuedOn: 'Date of issue',
    submittedOn: 'Submitted on',
    receivedOn: 'Received (first submission)',
    loadedOn: 'Submitted (loaded history, as the report gives it)',
    typedOn: 'Submission date the unit wrote',
    onTime: 'On time',
    late: '{days} {days|day|days} late',
    statutoryContents: 'Statutory contents',
    present: 'present',
    absent: 'missing',
    keyMetrics: 'Key metrics',
    status: 'Validation',
    passed: 'Valid',
    failed: '{errors} {errors|error|errors}',
    warnings: '{warnings} {warnings|warning|warnings}',
    invalidReport: 'Cannot show this report: its data is incomplete or malformed.',
    badCatalog: 'The extension catalog is malformed; the built-in catalog is shown for now: {problems}',
    valueWithUnit: '{value} {unit}',
    // A per cent sign is written against its number (12%), as English style guides have it.
    valueWithPercent: '{value}{unit}',
    tableScrolls: 'Scroll sideways to see every column',
    qualifierPrefix: { exact: '', over: 'over ', nearly: 'nearly ', about: 'about ', under: 'under ' },
    qualifierSuffix: { exact: '', over: '', nearly: '', about: '', under: '' },
    qualifierAfterUnit: { exact: '', over: '', nearly: '', about: '', under: '' },
    change: {
      up: {
        exact: 'up {amount}',
        over: 'up at least {amount}',
        nearly: 'up nearly {amount}',
        about: 'up about {amount}',
        under: 'up at most {amount}',
      },
      down: {
        exact: 'down {amount}',
        over: 'down at most {amount}',
        nearly: 'down at least {amount}',
        about: 'down about {amount}',
        under: 'down at least {amount}',
      },
      same: { exact: 'unchanged', over: 'no lower', nearly: 'no higher', about: 'about the same', under: 'no higher' },
      percent: '{change} ({percent}%)',
      small: '{change} (under 0.1%)',
    },
  },
  summary: {
    targets: 'Targets',
    targetsNote: 'Figures planned, not counted among the year’s results.',
    sourceOf: 'Source: {figure}',
    textChanged: 'text changed since import: check it',
  },
  extensionCatalog: {
    malformed: 'extension catalog #{index} is malformed: {problems}',
    notACatalog: 'not an extension catalog: expected an object with namespace and indicators, or an array of them',
    twice: 'namespace "{namespace}" is registered twice',
    prefixed:
      'namespace "{namespace}" must be given without the x- prefix: write "{bare}" (keys become x-{bare}.<name>)',
    unknownWord:
      'indicator "{name}" is counted in "{word}", which is not in the table of measure words, so the importer would never read its figures: use a word of the table (such as 个, 处, 名, 件, 次, 项)',
  },
  formats: {
    date: 'a date as year-month-day, such as 2025-01-20',
    regex: 'follow the required form',
    'unit.code': 'six, nine or twelve digits',
    'unit.parent.code': 'six, nine or twelve digits',
    'metric.indicator': 'a catalog key (such as disputes.handled), x-<namespace>.<name> or unclassified',
    monthDay: 'a day as MM-DD, such as 01-31',
    length: '{n} {n|character|characters}',
  },
};
