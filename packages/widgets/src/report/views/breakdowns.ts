/** Where submissions came from (region, channel) and what they were most often about. */
import type { Report } from '@chikaya/sdk';
import { msg } from '@lit/localize';
import { html, type TemplateResult } from 'lit';
import { formatNumber, formatPercent } from '../../shared/format.js';
import type { Locale } from '../../shared/localization.js';
import { channelName, regionName } from '../names.js';
import { csvPercent } from '../csv.js';
import type { ViewContext } from './context.js';
import { dataTable, type TableData } from './table.js';

type CountRow = Report['byRegion'][number];

/** A table of counts with each one's share of the year's submissions. */
function counts(
  id: string,
  caption: string,
  heading: string,
  rows: readonly CountRow[],
  label: (key: string) => string,
  total: number,
  locale: Locale,
  freeText = false,
): TableData {
  const share = (count: number) => (total === 0 ? 0 : count / total);
  return {
    id,
    caption,
    columns: [heading, msg('Submissions'), msg('Share')],
    csvColumns: [heading, msg('Submissions'), msg('Share (%)')],
    rows: rows.map((row) => ({
      cells: [
        freeText ? html`<span dir="auto">${label(row.key)}</span>` : label(row.key),
        formatNumber(row.count, locale),
        formatPercent(share(row.count), locale),
      ],
      csv: [label(row.key), row.count, csvPercent(share(row.count))],
    })),
  };
}

export function breakdowns({ report, locale, name, download }: ViewContext): TemplateResult {
  // What the tables count: the submissions this scope holds. Those it forwarded to the competent
  // body are counted in that body's report (and in `received` here, as the KPIs count them).
  const held = report.kpis.counts.received - report.kpis.counts.forwardedOut;
  const tables = [
    counts('regions', msg('By region'), msg('Region'), report.byRegion, (key) => regionName(name, key), held, locale),
    counts('channels', msg('By channel'), msg('Channel'), report.byChannel, channelName, held, locale),
    // A subject is a user's own words, maybe in another language than the page's.
    counts('subjects', msg('The most frequent subjects'), msg('Subject'), report.topSubjects, (key) => key, held, locale, true),
  ];
  return html`<section class="section" aria-labelledby="breakdowns-heading">
    <h3 id="breakdowns-heading">${msg('Where submissions came from, and what about')}</h3>
    <div class="trio">${tables.map((table) => dataTable(table, download))}</div>
  </section>`;
}
