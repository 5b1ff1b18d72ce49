/** The year month by month: submissions received, and how many of them are answered. */
import { msg, str } from '@lit/localize';
import { html, type TemplateResult } from 'lit';
import { formatNumber } from '../../shared/format.js';
import { csvCount, shownCount } from '../counts.js';
import { monthName } from '../names.js';
import { columnChart } from './charts.js';
import type { ViewContext } from './context.js';
import { dataTable, type TableData } from './table.js';

type MonthRow = ViewContext['report']['byMonth'][number];

/**
 * Every month of the year, those without submissions too (the platform lists only months that
 * had some): a chart with a month missing reads as a month that did not happen. The current year
 * stops at the month of its figures.
 */
function months(report: ViewContext['report']): MonthRow[] {
  const known = new Map(report.byMonth.map((row) => [row.month, row]));
  const last = report.kpis.asOf.slice(0, 4) === String(report.year) ? Number(report.kpis.asOf.slice(5, 7)) : 12;
  return Array.from({ length: last }, (_, index) => {
    const month = `${report.year}-${String(index + 1).padStart(2, '0')}`;
    return known.get(month) ?? { month, received: 0, answered: 0 };
  });
}

export function trends({ report, locale, download }: ViewContext): TemplateResult {
  const byMonth = months(report);
  const table: TableData = {
    id: 'months',
    caption: msg('Month by month'),
    labelledBy: 'months-heading',
    columns: [msg('Month'), msg('Submissions received'), msg('Of which answered')],
    rows: byMonth.map((row) => ({
      cells: [monthName(row.month, locale), shownCount(row.received, report, locale), shownCount(row.answered, report, locale)],
      csv: [row.month, csvCount(row.received, report), csvCount(row.answered, report)],
    })),
  };
  // A suppressed count is drawn as no column: the table beside says "fewer than 5".
  const busiest = [...byMonth].sort((a, b) => (b.received ?? 0) - (a.received ?? 0))[0];
  const description = busiest?.received
    ? msg(
        str`Column chart of the table "${table.caption}": the most submissions arrived in ${monthName(busiest.month, locale)} (${formatNumber(busiest.received, locale)}).`,
      )
    : byMonth.some((row) => row.received === null)
      ? msg(str`Column chart of the table "${table.caption}": fewer than ${formatNumber(report.suppressedBelow, locale)} submissions each month.`)
      : msg(str`Column chart of the table "${table.caption}": no submissions.`);
  return html`<section class="section" aria-labelledby="months-heading">
    <h3 id="months-heading">${table.caption}</h3>
    <div class="pair">
      ${columnChart(
        byMonth.map((row) => ({ label: monthName(row.month, locale, 'short'), values: [row.received ?? 0, row.answered ?? 0] })),
        [
          { label: msg('Submissions received'), tone: 1 },
          { label: msg('Of which answered'), tone: 2 },
        ],
        description,
      )}
      ${dataTable(table, download)}
    </div>
  </section>`;
}
