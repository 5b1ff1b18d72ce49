/**
 * The full variant's figures: counts by kind (a table, with bars beside the numbers), the median
 * time to answer, the submissions overdue now, the users' satisfaction, and the link to the annual
 * report. A chunk of its own, loaded only by a full badge: a page of compact badges never pays for it.
 */
import type { Kpis } from '@chikaya/sdk';
import { msg, str } from '@lit/localize';
import { css, html, nothing, type TemplateResult } from 'lit';
import { formatDate } from '../shared/dates.js';
import { formatNumber } from '../shared/format.js';
import type { Locale } from '../shared/localization.js';
import { bar } from './bar.js';

type KindName = keyof Kpis['counts']['byKind'];
const kindNames: readonly KindName[] = ['complaint', 'observation', 'suggestion'];

function kindName(kind: KindName): string {
  return { complaint: msg('Complaints'), observation: msg('Observations'), suggestion: msg('Suggestions') }[kind];
}

/** The annual report's page: `?agency=…&year=…` for an agency's, `?year=…` alone for the nation's. */
function reportLink(kpis: Kpis, page: string | undefined): TemplateResult | typeof nothing {
  if (!page) return nothing;
  const url = new URL(page, document.baseURI);
  if (kpis.agencyId) url.searchParams.set('agency', kpis.agencyId);
  url.searchParams.set('year', String(kpis.year));
  return html`<a part="link" class="link" href=${url.href}>${msg(str`Read the ${kpis.year} annual report`)}</a>`;
}

/** @param reportPage the report's page, without the agency and the year */
export function figuresView(kpis: Kpis, locale: Locale, reportPage: string | undefined): TemplateResult {
  const { counts, medianDaysToAnswer, satisfaction } = kpis;
  const most = Math.max(1, ...kindNames.map((kind) => counts.byKind[kind]));
  return html`<div part="figures" class="figures">
    <table class="kinds">
      <caption>
        ${msg(str`${formatNumber(counts.received, locale)} received`)}
      </caption>
      <tbody>
        ${kindNames.map(
          (kind) =>
            html`<tr>
              <th scope="row">${kindName(kind)}</th>
              <td class="count">${formatNumber(counts.byKind[kind], locale)}</td>
              <td class="bar-cell">${bar(counts.byKind[kind] / most)}</td>
            </tr>`,
        )}
      </tbody>
    </table>
    <dl class="facts">
      <div>
        <dt>${msg('Median time to answer')}</dt>
        <dd>${medianDaysToAnswer === null ? '—' : msg(str`${formatNumber(medianDaysToAnswer, locale, 1)} days`)}</dd>
      </div>
      <div>
        <dt>${msg('Overdue now')}</dt>
        <dd>${formatNumber(counts.overdue, locale)}</dd>
      </div>
      <div>
        <dt>${msg('Satisfaction')}</dt>
        <dd>
          ${satisfaction.average === null
            ? msg('No ratings yet')
            : msg(str`${formatNumber(satisfaction.average, locale, 1)} out of 5 (${formatNumber(satisfaction.ratings, locale)} ratings)`)}
        </dd>
      </div>
      ${kpis.participatingAgencies
        ? html`<div>
            <dt>${msg('Public bodies on the platform')}</dt>
            <dd>
              ${msg(
                str`${formatNumber(kpis.participatingAgencies.count, locale)} (target: ${formatNumber(kpis.participatingAgencies.target, locale)})`,
              )}
            </dd>
          </div>`
        : nothing}
    </dl>
    <p class="as-of">${msg(str`Figures of ${formatDate(kpis.asOf, locale)}`)}</p>
    ${reportLink(kpis, reportPage)}
  </div>`;
}

/** The figures' look, adopted by the badge with the chunk. */
export const figuresStyles = css`
  .figures {
    margin-block-start: var(--_space);
    padding-block-start: var(--_space);
    border-block-start: 1px solid var(--_border);
  }

  .kinds {
    inline-size: 100%;
    border-collapse: collapse;
    text-align: start;
  }

  caption,
  th {
    text-align: start;
  }

  caption,
  dd {
    font-weight: 700;
  }

  th,
  .count {
    font-weight: 400;
    padding-inline-end: 0.5rem;
  }

  .count {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }

  .bar-cell {
    inline-size: 50%;
  }

  .facts {
    display: grid;
    padding: 0;
    grid-template-columns: repeat(auto-fit, minmax(9rem, 1fr));
    gap: 0.5rem var(--_space);
    margin-block: var(--_space);
  }

  dd {
    margin: 0;
  }

  dt,
  .as-of {
    color: var(--_muted);
  }

  .as-of {
    font-size: 0.875rem;
  }

  .link {
    display: inline-block;
    margin-block-start: 0.5rem;
    color: var(--_primary);
  }
`;
