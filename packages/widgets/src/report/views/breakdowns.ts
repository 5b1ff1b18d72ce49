/** Where submissions came from (region, channel) and what they were about (the services). */
import type { Report } from '@chikaya/sdk';
import { msg } from '@lit/localize';
import { html, type TemplateResult } from 'lit';
import { formatPercent } from '../../shared/format.js';
import type { Locale } from '../../shared/localization.js';
import { csvCount, shownCount } from '../counts.js';
import { channelName, regionName } from '../names.js';
import { csvPercent } from '../csv.js';
import type { ViewContext } from './context.js';
import { dataTable, type TableData } from './table.js';

type CountRow = Report['byRegion'][number];

/** A table of counts with each one's share of the year's submissions (none for a suppressed count: it would tell the count). */
function counts(
  id: string,
  caption: string,
  heading: string,
  rows: readonly CountRow[],
  label: (key: string) => string,
  report: Report,
  locale: Locale,
): TableData {
  const total = report.totals.total;
  const share = (count: number | null) => (count === null ? null : total === 0 ? 0 : count / total);
  return {
    id,
    caption,
    columns: [heading, msg('Submissions'), msg('Share')],
    csvColumns: [heading, msg('Submissions'), msg('Share (%)')],
    rows: rows.map((row) => {
      const part = share(row.count);
      return {
        cells: [label(row.key), shownCount(row.count, report, locale), part === null ? '—' : formatPercent(part, locale)],
        csv: [label(row.key), csvCount(row.count, report), csvPercent(part)],
      };
    }),
  };
}

export function breakdowns({ report, locale, name, download }: ViewContext): TemplateResult {
  // What the tables count, `report.totals`: the submissions this scope holds. Those it forwarded
  // to the competent body are counted in that body's report (and in `received` here, as the KPIs count them).
  const tables = [
    counts('regions', msg('By region'), msg('Region'), report.byRegion, (key) => regionName(name, key), report, locale),
    counts('channels', msg('By channel'), msg('Channel'), report.byChannel, channelName, report, locale),
    counts('services', msg('The services most concerned'), msg('Service'), report.topServices, (key) => name('services', key), report, locale),
  ];
  return html`<section class="section" aria-labelledby="breakdowns-heading">
    <h3 id="breakdowns-heading">${msg('Where submissions came from, and what about')}</h3>
    <div class="trio">${tables.map((table) => dataTable(table, download))}</div>
  </section>`;
}
