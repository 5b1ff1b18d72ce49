/** The measures adopted or planned to improve the services: what the year's submissions led to. */
import type { Report } from '@chikaya/sdk';
import { msg, str } from '@lit/localize';
import { html, type TemplateResult } from 'lit';
import { formatDate } from '../../shared/dates.js';
import { formatNumber } from '../../shared/format.js';
import type { ViewContext } from './context.js';
import { dataTable, downloadButton, type TableData } from './table.js';

type Measure = Report['measures'][number];

export function measures(context: ViewContext): TemplateResult {
  const { report, locale, name, download } = context;
  const service = (measure: Measure) => (measure.serviceId ? name('services', measure.serviceId) : '');
  const status = (measure: Measure) =>
    measure.status === 'adopted'
      ? msg(str`Adopted on ${formatDate(measure.date, locale)}`)
      : msg(str`Planned for ${formatDate(measure.date, locale)}`);
  // The list is the page's; the file is a table of the same measures, for a spreadsheet.
  const table: TableData = {
    id: 'measures',
    caption: msg('Measures adopted or planned'),
    columns: [msg('Measure'), msg('Public body'), msg('Service'), msg('Status'), msg('Date'), msg('Details')],
    rows: report.measures.map((measure) => ({
      cells: [],
      csv: [
        measure.title,
        name('agencies', measure.agencyId),
        service(measure),
        measure.status === 'adopted' ? msg('Adopted') : msg('Planned'),
        measure.date,
        measure.description,
      ],
    })),
  };
  if (report.measures.length === 0)
    return html`<section class="section" aria-labelledby="measures-caption">
      <h3 id="measures-caption">${table.caption}</h3>
      <p>${msg('No measure recorded for this year.')}</p>
    </section>`;
  return html`<section class="section" aria-labelledby="measures-caption">
    <h3 id="measures-caption">${table.caption}</h3>
    ${report.scope === 'national'
      ? byAgency(context)
      : html`<ul class="measures">
          ${report.measures.map(
            (measure) => html`<li class="measure measure--${measure.status}">
              <h4 dir="auto">${measure.title}</h4>
              <p class="measure-meta">
                <span class="tag">${status(measure)}</span>
                ${report.scope === 'sector' ? html`<span>${name('agencies', measure.agencyId)}</span>` : ''}
                ${measure.serviceId ? html`<span>${service(measure)}</span>` : ''}
              </p>
              <p dir="auto">${measure.description}</p>
            </li>`,
          )}
        </ul>`}
    ${downloadButton(table, 'measures-caption', download)}
  </section>`;
}

/**
 * The national summary counts each public body's measures rather than listing them: hundreds of
 * measures would bury the summary (and print as dozens of pages). Their full list is in the CSV
 * file, and in each agency's report.
 */
function byAgency({ report, locale, name, download }: ViewContext): TemplateResult {
  const counts = new Map<string, { adopted: number; planned: number }>();
  for (const measure of report.measures) {
    const count = counts.get(measure.agencyId) ?? { adopted: 0, planned: 0 };
    count[measure.status] += 1;
    counts.set(measure.agencyId, count);
  }
  const adopted = report.measures.filter((measure) => measure.status === 'adopted').length;
  const table: TableData = {
    id: 'measures-by-agency',
    caption: msg('Measures by public body'),
    columns: [msg('Public body'), msg('Measures adopted'), msg('Measures planned')],
    // the bodies with the most measures first, then by name
    rows: [...counts]
      .map(([agencyId, count]) => ({ agencyId, count, label: name('agencies', agencyId) }))
      .sort((a, b) => b.count.adopted + b.count.planned - (a.count.adopted + a.count.planned) || a.label.localeCompare(b.label, locale))
      .map(({ count, label }) => ({
        cells: [label, formatNumber(count.adopted, locale), formatNumber(count.planned, locale)],
        csv: [label, count.adopted, count.planned],
      })),
  };
  return html`<p>
      ${msg(
        str`${formatNumber(adopted, locale)} measures adopted and ${formatNumber(report.measures.length - adopted, locale)} planned, by ${formatNumber(counts.size, locale)} public bodies.`,
      )}
    </p>
    ${dataTable(table, download)}`;
}
