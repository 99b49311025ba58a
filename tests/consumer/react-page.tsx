// A portal's React 19 page with the elements' JSX types from the package.
import type { Report } from '@law-report/core';
import type {} from '@law-report/elements/react';
import type { LawReportChangeEvent } from '@law-report/elements';

export function TownPage({ report, onChange }: { report: Report | undefined; onChange: (report: Report) => void }) {
  return (
    <>
      <law-report-form
        report={report}
        locale="en"
        draft-key="beiliu-2023"
        profile="submit"
        readonly={false}
        className="wide"
        onlaw-report-change={(event) => onChange(structuredClone(event.report))}
        onlaw-report-submit={(event) => {
          event.preventDefault();
          const issues: number = event.issues.length;
          return issues;
        }}
      />
      <law-report-summary
        report={report}
        heading-level={3}
        onlaw-report-invalid={(event) => event.issues.map((issue) => issue.code)}
      />
      <law-report-dashboard reports={report ? [report] : []} year={2023} count-from="filed" />
      <law-report-review
        endpoint="/api"
        onlaw-report-review-change={(event) => event.status satisfies 'submitted' | 'returned' | 'filed' | 'published'}
      />
    </>
  );
}

export const listener = (event: LawReportChangeEvent) => event.path;

export function Wrong() {
  return (
    <>
      {/* @ts-expect-error a report is an object, not a number */}
      <law-report-form report={5} />
      {/* @ts-expect-error no such locale */}
      <law-report-summary locale="fr" />
      {/* @ts-expect-error the dashboard's year is a number */}
      <law-report-dashboard year={{}} />
      {/* @ts-expect-error the change event has no issues: it is a LawReportChangeEvent, not any Event */}
      <law-report-form onlaw-report-change={(event) => event.issues} />
      {/* @ts-expect-error a profile the form does not have */}
      <law-report-form profile="final" />
    </>
  );
}
