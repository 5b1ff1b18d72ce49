/** The national report's line of public bodies joining the platform over time, against the target. */
import { msg, str } from '@lit/localize';
import { html, type TemplateResult } from 'lit';
import { formatDate } from '../../shared/dates.js';
import { formatNumber } from '../../shared/format.js';
import { stepChart } from './charts.js';
import type { ViewContext } from './context.js';
import { dataTable, type TableData } from './table.js';

export function participation({ report, locale, download }: ViewContext): TemplateResult {
  const points = report.participation;
  const first = points[0];
  const last = points[points.length - 1];
  const target = report.kpis.participatingAgencies?.target ?? null;
  const table: TableData = {
    id: 'participation',
    caption: msg('Public bodies on the platform'),
    labelledBy: 'participation-heading',
    columns: [msg('Date'), msg('Public bodies')],
    rows: points.map((point) => ({
      cells: [formatDate(point.date, locale), formatNumber(point.agencies, locale)],
      csv: [point.date, point.agencies],
    })),
  };
  const count = (point: { date: string; agencies: number }) =>
    msg(str`${formatNumber(point.agencies, locale)} on ${formatDate(point.date, locale)}`);
  const description =
    first && last
      ? msg(str`Step chart of the table "${table.caption}": from ${count(first)} to ${count(last)}.`)
      : msg(str`Step chart of the table "${table.caption}": no public body yet.`);
  // The current year's line stops at the day of its figures, not at a year's end still to come.
  const yearEnd = `${report.year}-12-31`;
  const until = report.kpis.asOf < yearEnd ? report.kpis.asOf : yearEnd;
  return html`<section class="section" aria-labelledby="participation-heading">
    <h3 id="participation-heading">${table.caption}</h3>
    ${target === null ? '' : html`<p>${msg(str`Target: ${formatNumber(target, locale)} public bodies.`)}</p>`}
    <div class="pair">
      ${stepChart(
        points.map((point) => [point.date, point.agencies] as const),
        { from: first?.date ?? `${report.year}-01-01`, until, target },
        { start: first ? count(first) : '', end: last ? count(last) : '' },
        description,
      )}
      ${dataTable(table, download)}
    </div>
  </section>`;
}
