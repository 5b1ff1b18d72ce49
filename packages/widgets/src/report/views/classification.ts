/** Submissions by service category and kind: the classification the decree asks every report for. */
import { msg, str } from '@lit/localize';
import { html, type TemplateResult } from 'lit';
import { formatNumber } from '../../shared/format.js';
import { csvCount, hasSuppressed, shownCount } from '../counts.js';
import { categoryName } from '../names.js';
import { barChart, type Series } from './charts.js';
import type { ViewContext } from './context.js';
import { dataTable, type TableData } from './table.js';

const kinds = ['complaint', 'observation', 'suggestion'] as const;

export function classification({ report, locale, name, download }: ViewContext): TemplateResult {
  const kindNames = [msg('Complaints'), msg('Observations'), msg('Suggestions')];
  const rows = report.classification.map((row) => ({ ...row, label: categoryName(name, row.serviceCategoryId) }));
  const columns = [...kinds, 'total' as const];
  // The totals are the report's, exact: the rows' suppressed counts do not add up.
  const { totals } = report;
  const table: TableData = {
    id: 'classification',
    caption: msg('Submissions by type of public service'),
    labelledBy: 'classification-heading',
    columns: [msg('Type of public service'), ...kindNames, msg('Total')],
    rows: rows.map((row) => ({
      cells: [row.label, ...columns.map((key) => shownCount(row[key], report, locale))],
      csv: [row.label, ...columns.map((key) => csvCount(row[key], report))],
    })),
    total: {
      cells: [msg('Total'), ...columns.map((key) => formatNumber(totals[key], locale))],
      csv: [msg('Total'), ...columns.map((key) => totals[key])],
    },
  };
  const series: Series[] = kindNames.map((label, index) => ({ label, tone: (index + 1) as Series['tone'] }));
  // A suppressed count is drawn as no bar: the table beside says "fewer than 5".
  const largest = rows.reduce<(typeof rows)[number] | undefined>((most, row) => (most && (most.total ?? 0) >= (row.total ?? 0) ? most : row), undefined);
  const description =
    largest?.total === null
      ? msg(str`Bar chart of the table "${table.caption}": fewer than ${formatNumber(report.suppressedBelow, locale)} submissions for each type of public service.`)
      : largest
        ? msg(str`Bar chart of the table "${table.caption}": the most submissions concern ${largest.label} (${formatNumber(largest.total, locale)}).`)
        : msg(str`Bar chart of the table "${table.caption}": no submissions.`);
  return html`<section class="section" aria-labelledby="classification-heading">
    <h3 id="classification-heading">${table.caption}</h3>
    ${report.kpis.counts.forwardedOut > 0
      ? html`<p class="note">
          ${msg(
            str`The tables of this report count each submission where it was handled: the ${formatNumber(report.kpis.counts.forwardedOut, locale)} forwarded to the competent public body are counted there.`,
          )}
        </p>`
      : ''}
    ${hasSuppressed(report)
      ? html`<p class="note">
          ${msg(str`So that no one can be recognized, the tables do not publish a count under ${formatNumber(report.suppressedBelow, locale)}; the totals are exact.`)}
        </p>`
      : ''}
    <div class="stack">
      ${dataTable(table, download)}
      ${barChart(
        rows.map((row) => ({ label: row.label, parts: kinds.map((kind) => row[kind] ?? 0), value: shownCount(row.total, report, locale) })),
        series,
        description,
      )}
    </div>
  </section>`;
}
