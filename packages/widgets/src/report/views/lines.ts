/**
 * A sector report's line for each of its agencies, or the national report's line for each sector:
 * what each received and its three rates, and how many of the targets it met.
 */
import type { Kpis } from '@chikaya/sdk';
import { msg, str } from '@lit/localize';
import { html, type TemplateResult } from 'lit';
import { formatNumber, formatPercent } from '../../shared/format.js';
import { indicatorName, indicatorNames } from '../indicators.js';
import { csvPercent } from '../csv.js';
import type { ViewContext } from './context.js';
import { dataTable, type TableData } from './table.js';

export function lines({ report, locale, name, download }: ViewContext): TemplateResult {
  const sectors = report.scope === 'national';
  const rateNames = indicatorNames.map(indicatorName);
  const rate = (kpis: Kpis, index: number) => {
    const value = kpis.indicators[indicatorNames[index]!].value;
    return value === null ? '—' : formatPercent(value, locale);
  };
  const met = (kpis: Kpis) => indicatorNames.filter((indicator) => kpis.indicators[indicator].met === true).length;
  const table: TableData = {
    id: sectors ? 'sectors' : 'agencies',
    caption: sectors ? msg('Sector by sector') : msg('Public body by public body'),
    labelledBy: 'lines-heading',
    columns: [sectors ? msg('Sector') : msg('Public body'), msg('Submissions received'), ...rateNames, msg('Targets met')],
    csvColumns: [
      sectors ? msg('Sector') : msg('Public body'),
      msg('Submissions received'),
      ...rateNames.map((rateName) => msg(str`${rateName} (%)`)),
      msg('Targets met'),
    ],
    rows: report.lines.map(({ id, kpis }) => {
      const label = name(sectors ? 'sectors' : 'agencies', id);
      return {
        cells: [label, formatNumber(kpis.counts.received, locale), ...indicatorNames.map((_, index) => rate(kpis, index)), msg(str`${met(kpis)} of 3`)],
        csv: [label, kpis.counts.received, ...indicatorNames.map((indicator) => csvPercent(kpis.indicators[indicator].value)), met(kpis)],
      };
    }),
  };
  return html`<section class="section" aria-labelledby="lines-heading">
    <h3 id="lines-heading">${table.caption}</h3>
    ${dataTable(table, download)}
  </section>`;
}
