/** Submissions by service category and kind: the classification the decree asks every report for. */
import { msg, str } from '@lit/localize';
import { html, type TemplateResult } from 'lit';
import { formatNumber } from '../../shared/format.js';
import { categoryName } from '../names.js';
import { barChart, type Series } from './charts.js';
import type { ViewContext } from './context.js';
import { dataTable, type TableData } from './table.js';

const kinds = ['complaint', 'observation', 'suggestion'] as const;

export function classification({ report, locale, name, download }: ViewContext): TemplateResult {
  const kindNames = [msg('Complaints'), msg('Observations'), msg('Suggestions')];
  const rows = report.classification.map((row) => ({ ...row, label: categoryName(name, row.serviceCategoryId) }));
  const sum = (key: (typeof kinds)[number] | 'total') => rows.reduce((total, row) => total + row[key], 0);
  const table: TableData = {
    id: 'classification',
    caption: msg('Submissions by type of public service'),
    labelledBy: 'classification-heading',
    columns: [msg('Type of public service'), ...kindNames, msg('Total')],
    rows: rows.map((row) => ({
      cells: [row.label, ...[...kinds, 'total' as const].map((key) => formatNumber(row[key], locale))],
      csv: [row.label, ...kinds.map((kind) => row[kind]), row.total],
    })),
    total: {
      cells: [msg('Total'), ...[...kinds, 'total' as const].map((key) => formatNumber(sum(key), locale))],
      csv: [msg('Total'), ...kinds.map(sum), sum('total')],
    },
  };
  const series: Series[] = kindNames.map((label, index) => ({ label, tone: (index + 1) as Series['tone'] }));
  const largest = rows.reduce<(typeof rows)[number] | undefined>((most, row) => (most && most.total >= row.total ? most : row), undefined);
  const description = largest
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
    <div class="stack">
      ${dataTable(table, download)}
      ${barChart(
        rows.map((row) => ({ label: row.label, parts: kinds.map((kind) => row[kind]), value: formatNumber(row.total, locale) })),
        series,
        description,
      )}
    </div>
  </section>`;
}
