import type { RuleLocaleMessages } from './rule-messages.js';

/** English messages of validation's rules, key for key the same as rules.zh-CN.ts. */
export const rulesEn: RuleLocaleMessages = {
  issues: {
    missing_section:
      'Required content is missing: “{kind}”. If you have written this part, choose “{kind}” as its section kind.',
    title_year_mismatch:
      'The title names {found}, but the reporting year is {year}: correct one of them; the county counts the report under its reporting year.',
    heading_year_mismatch: 'Section “{title}” names {found}, but the reporting year is {year}.',
    plans_year_mismatch: 'The plans section “{title}” names {found}; it should name {expected}.',
    issued_before_year:
      'Date of issue {issuedOn} is before the reporting year {year}: please check the year and the date.',
    issued_before_period_end:
      'Date of issue {issuedOn} is still within {year}: an annual report is issued after its year ends. Please check it.',
    issued_in_future:
      '{field} ({date}) is after today ({today}): a date cannot be later than today; please correct it.',
    late_submission: 'Submitted on {date}, after the deadline {deadline} ({days} {days|day|days} late).',
    late_issued:
      'No submission date is given; judged by the date of issue, {date}, it is after the deadline {deadline} ({days} {days|day|days} late). If it was submitted on time, fill in the submission date.',
    late_receipt:
      'The county received the report on {date}, after the deadline {deadline} ({days} {days|day|days} late; lateness is judged by the day the county first received it).',
    late_receipt_typed:
      'The county received the report on {date}, after the deadline {deadline} ({days} {days|day|days} late; lateness is judged by the day the county first received it, not by the submission date in the report, {typed}).',
    late_publication: 'Published on {date}, after the deadline {deadline} ({days} {days|day|days} late).',
    confidentiality_review_missing:
      'The confidentiality review must be done before publication, and the report marked “Confidentiality review done”.',
    publication_date_missing: 'A published report needs its publication date.',
    published_before_issued: 'Published on {publishedOn}, before the date of issue {issuedOn}.',
    rate_out_of_range: '“{label}” is {value}%; a rate must be between 0 and 100.',
    negative_value: '“{label}” is {value} {unit}: counts and amounts cannot be negative.',
    fractional_count: '“{label}” is {value} {unit}: a count of things is a whole number. Please check it.',
    value_too_large:
      '“{label}” is {value} {unit}, more than any unit reports in a year (at most {limit} {unit}). Please check for extra digits.',
    implausible_for_level:
      '“{label}” is {value} {unit}; for a {level}, a year’s figure is seldom above {limit} {limitUnit}. Please check it.',
    year_jump:
      '“{label}” is {value} {unit} in {year} against {previousValue} {unit} in {previousYear}: {change}. Please check it.',
    rate_mismatch:
      '“{label}” is {value}%, but {numerator} ({numeratorValue}) ÷ {denominator} ({denominatorValue}) gives {computed}%.',
    figure_source_changed:
      '“{label}” ({value} {unit}) was read on import from “{quote}”, which is no longer in the report’s text, nor is {value}{unit}: if the text was edited, check whether this figure should change too.',
    figure_differs_from_source:
      '“{label}” is now {value} {unit}, but the sentence of the text it was read from says “{quote}”: check them and correct whichever is wrong.',
    target_outside_plans: '“{label}” ({value} {unit}) is a target but is not in the plans section. Please check it.',
    count_order_violated: '“{label}” ({value}) cannot be greater than “{otherLabel}” ({otherValue}).',
    counted_once:
      '“{label}” ({value} {unit}) and “{otherLabel}” ({otherValue} {unit}) are under one indicator, and the county counts only the larger, {otherValue} {unit}: if they are two different things, choose another indicator for “{label}”, or none.',
    parts_exceed_total: 'The parts {parts} add up to at least {sum}, more than the total “{label}” ({value}).',
    parts_total_mismatch: 'The parts {parts} add up to {sum}, not the total “{label}” ({value}).',
    placeholder_text: '{field} still holds the template placeholder “{text}”; replace it with the actual content.',
    unrecognized_value: '“{field}” was not recognised; please fill it in.',
    empty_section: 'The section “{kind}” has no text yet.',
    unknown_indicator:
      'The catalog has no indicator “{indicator}”: use a catalog key, x-<namespace>.<name> or unclassified.',
    unexpected_unit: 'The unit “{unit}” of “{label}” is not a usual unit of {indicator} ({units}).',
    unknown_extension: 'Extension “{key}” is not registered here; it is kept as it is.',
    duplicate_section_id: 'Section id “{id}” is used more than once.',
    unknown_section_ref: 'The metric refers to section “{id}”, which does not exist.',
    invalid_source_span: 'The source of the metric is wrong: it ends at {end}, before its start {start}.',
  },
};
