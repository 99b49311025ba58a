import { formatMessage } from '@law-report/core/model';
import { html, nothing, type TemplateResult } from 'lit';
import type { ServerController } from './server-controller.js';
import type { YearsMessages } from './years-text.js';

/** What was read from the server, or that it is being read, or why nothing was: one live region. */
export function renderServer(server: ServerController, y: YearsMessages): TemplateResult {
  const reports = server.reports;
  const served = server.served;
  const years = reports ? [...new Set([...reports.places.values()].map((place) => place.year))].sort() : [];
  const first = years[0];
  const last = years.at(-1);
  const said = server.loading
    ? y.serverLoading
    : reports
      ? [
          first === undefined || last === undefined
            ? y.serverNone
            : first === last
              ? formatMessage(y.serverReadYear, { year: first, reports: reports.inputs.length })
              : formatMessage(y.serverRead, { from: first, to: last, reports: reports.inputs.length }),
          reports.returned.length > 0 ? formatMessage(y.serverReturned, { n: reports.returned.length }) : '',
        ].join('')
      : served && 'error' in served
        ? served.error
          ? formatMessage(y.serverRefused, { message: served.error })
          : y.serverFailed
        : '';
  return html`<div class="server" part="server">
    <h3>${y.server}</h3>
    <p role="status" class=${reports || server.loading ? 'said' : 'said problem'}>${said}</p>
    ${reports ? html`<p class="hint">${y.serverNote}</p>` : nothing}
  </div>`;
}
