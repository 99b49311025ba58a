// A Vue 3 county page embedding the three elements as Vue expects: data bound as DOM properties
// (`:report.prop`), typed events with `@law-report-submit`, no wrapper library. Vue is told the
// law-report-* tags are custom elements so it leaves them to the browser. The tags' types for
// vue-tsc and Volar (single-file components) come with the package: @law-report/elements/vue.
import '@law-report/elements/define';
import type {} from '@law-report/elements/vue';
import type { LawReportSubmitEvent } from '@law-report/elements';
import type { DeadlineOverrides, Report, RosterEntry } from '@law-report/core';
import { createApp, ref, type App } from 'vue';

/** What the page shows: one town's report in the form and summary, the county's reports in the dashboard. */
export interface PageData {
  readonly report?: Report;
  readonly reports?: readonly unknown[];
  readonly roster?: readonly RosterEntry[];
  readonly deadlines?: DeadlineOverrides;
}

const template = `
  <h2>填报 / Form</h2>
  <law-report-form :report.prop="report" :locale="locale" @law-report-submit="onSubmit"></law-report-form>
  <p role="status">{{ submitted }}</p>
  <h2>摘要 / Summary</h2>
  <law-report-summary :report.prop="report" :locale="locale"></law-report-summary>
  <h2>报送情况 / Dashboard</h2>
  <law-report-dashboard :reports.prop="reports" :roster.prop="roster" :deadlines.prop="deadlines" :locale="locale"></law-report-dashboard>
`;

/** Mounts the page on `root`; `setReport` replaces the town's report, as a page would after loading one. */
export function mountPage(root: Element, data: PageData): { app: App; setReport(report: Report): void } {
  const report = ref<Report | undefined>(data.report);
  const app = createApp({
    template,
    setup() {
      const submitted = ref('');
      const onSubmit = (event: LawReportSubmitEvent) => {
        // A portal would POST event.report to its server here.
        event.preventDefault();
        submitted.value = `已提交 / Submitted: ${event.report.unit.name} ${event.report.year}`;
      };
      return {
        report,
        reports: data.reports,
        roster: data.roster,
        deadlines: data.deadlines,
        locale: 'zh-CN',
        submitted,
        onSubmit,
      };
    },
  });
  app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('law-report-');
  app.mount(root);
  return {
    app,
    setReport(next) {
      report.value = next;
    },
  };
}
