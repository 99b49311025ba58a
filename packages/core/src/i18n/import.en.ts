import type { ImportLocaleMessages } from './import-messages.js';

/** English strings of reading files, key for key the same as import.zh-CN.ts. */
export const importEn: ImportLocaleMessages = {
  issues: {
    import_title_missing: 'No title found; “{title}” is used instead. Please check.',
    import_title_unread: 'No title could be read. Please fill it in.',
    import_year_inferred: 'The title names no year; the reporting year {year} was inferred from {from}. Please check.',
    import_unit_missing: 'The reporting unit was not recognised. Please fill it in.',
    import_issue_date_missing: 'No date of issue found; {date} is filled in for now. Please check.',
    import_issuer_missing: 'No issuing body found; “{issuer}” is used instead. Please check.',
    import_issuer_unread: 'No issuing body could be read. Please fill it in.',
    import_other_unit:
      "This report is from “{unit}”, but you are signed in for “{expected}”: please check that it is your own unit's report.",
    import_no_headings:
      'No headings (一、, （一）…) were recognised; the whole text is imported as the preamble. Please check the sections.',
    import_fact_unclassified:
      '“{label}” ({value} {unit}) is not in the indicator catalog. Please confirm or classify it.',
    import_too_many_figures:
      'The text has more than {max} figures; only the first {max} were read (all its text is imported): no annual report has that many, so check that this is the report.',
    import_more_to_confirm:
      '{count} more {count|figure needs|figures need} checking; {count|it is|they are} not listed one by one.',
    import_not_a_report: 'Cannot import this: {reason}.',
    import_fact_uncertain: '“{label}” ({value} {unit}) was classified on the word “{word}” alone. Please confirm it.',
    import_fact_derived: '“{label}” ({value} {unit}) was inferred from context ({how}). Please confirm it.',
    import_section_split:
      "“{title}” held both the shortcomings and next year's plans: it was imported as the two statutory contents, “{first}” and “{second}”. Please check.",
  },
  derivations: {
    shared: 'a value shared by several phrases',
    elliptical: 'a noun left out',
    all: '“all” of the number before',
    none: '“无” or “未发生” read as zero',
  },
  inference: {
    plans: "the plans' heading (the year before the one it names)",
    headings: 'the headings',
    issueDate: 'the date of issue',
    body: 'the text',
    today: "today's date",
  },
  notAReport: {
    empty: 'the text is empty',
    pdf: 'this is a PDF; convert it to text or a Word document first',
    zip: 'this is a zip file, not text (import a Word .docx as a file)',
    wordBinary: 'this is an old Word .doc file or a password-protected document; save it as .docx in Word',
    corruptZip: 'the file is damaged: not a complete .docx (zip) file',
    notWord: 'this zip file is not a Word document (it has no word/document.xml)',
    binary: 'this is binary data, not text',
    noChinese: 'the text holds no Chinese: it is not a report',
  },
  roster: {
    roster_no_name_column: 'The roster header has no name (名称) column, so it cannot be used.',
    roster_no_name: 'This row has no unit name.',
    roster_unknown_level:
      'Unknown level “{level}” (province, city, county, town or department; 省, 市, 县, 乡镇, 部门).',
    roster_bad_code: '“{code}” is not a 6, 9 or 12 digit division code.',
    roster_bad_deadline: 'The deadline “{deadline}” is not a date as year-month-day, such as 2025-01-31.',
    roster_listed_twice: '“{name}” is listed twice (the same unit as “{first}” above); counted once.',
    roster_open_quote:
      'A quote on this line is never closed, so the rest of the file was read as one cell: close the quote.',
  },
};
