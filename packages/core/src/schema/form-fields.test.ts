import { describe, expect, it } from 'vitest';
import { reportFormFields, type FormField } from './form-fields.js';

// One line per field: path, control, required, and what a control offers.
const described = (fields: readonly FormField[]) =>
  fields.map((field) =>
    [
      field.path.join('.'),
      field.control,
      field.required ? 'required' : 'optional',
      field.codelist ?? '',
      field.min ?? '',
      field.max ?? '',
    ].join(' '),
  );

describe('reportFormFields', () => {
  it('lists the report’s own fields in schema order, with controls, bounds and codelists from the schema', () => {
    expect(described(reportFormFields.report)).toEqual([
      'title text required   ',
      'year integer required  1990 2100',
      'unit.name text required   ',
      'unit.level select required levels  ',
      'unit.code text optional   ',
      'unit.parent.name text optional   ',
      'unit.parent.code text optional   ',
      'issuer text required   ',
      'issuedOn date required   ',
      'submittedOn date optional   ',
      'publishedOn date optional   ',
      'confidentialityReviewed checkbox optional   ',
    ]);
  });

  it('lists what a person types for a section and a figure, leaving out ids, sources and the tree', () => {
    expect(described(reportFormFields.section)).toEqual([
      'kind select required kinds  ',
      'title text required   ',
      'paragraphs lines required   ',
    ]);
    expect(described(reportFormFields.metric)).toEqual([
      'indicator text required   ',
      'label phrase required   ',
      'value number required   ',
      'unit text required   ',
      'qualifier select required qualifiers  ',
      'scope select optional scopes  ',
      'asOf date optional   ',
    ]);
    expect(reportFormFields.metric.find((field) => field.key === 'metric.qualifier')?.options).toEqual([
      'exact',
      'over',
      'nearly',
      'about',
      'under',
    ]);
  });
});
