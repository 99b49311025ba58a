// A React 19 county page embedding the three elements as React 19 expects: object props are set
// as DOM properties (the elements have them), `onlaw-report-submit` listens for the typed event;
// no wrapper library. The tags' JSX types come with the package: @law-report/elements/react.
import '@law-report/elements/define';
import type {} from '@law-report/elements/react';
import type { DeadlineOverrides, Report, RosterEntry } from '@law-report/core';
import type { LawReportSubmitEvent } from '@law-report/elements';
import { useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';

/** What the page shows: one town's report in the form and summary, the county's reports in the dashboard. */
export interface PageData {
  readonly report?: Report;
  readonly reports?: readonly unknown[];
  readonly roster?: readonly RosterEntry[];
  readonly deadlines?: DeadlineOverrides;
}

function Page({ data }: { data: PageData }) {
  const [submitted, setSubmitted] = useState('');
  const onSubmit = (event: LawReportSubmitEvent) => {
    // A portal would POST event.report to its server here.
    event.preventDefault();
    setSubmitted(`已提交 / Submitted: ${event.report.unit.name} ${event.report.year}`);
  };
  return (
    <>
      <h2>填报 / Form</h2>
      <law-report-form report={data.report} onlaw-report-submit={onSubmit} />
      <p role="status">{submitted}</p>
      <h2>摘要 / Summary</h2>
      <law-report-summary report={data.report} />
      <h2>报送情况 / Dashboard</h2>
      <law-report-dashboard reports={data.reports} roster={data.roster} deadlines={data.deadlines} />
    </>
  );
}

/** Renders the page into `element`; call `render` again with new data, as a page would after loading a report. */
export function mountPage(element: Element, data: PageData): { root: Root; render(data: PageData): void } {
  const root = createRoot(element);
  const render = (next: PageData) => root.render(<Page data={next} />);
  render(data);
  return { root, render };
}
