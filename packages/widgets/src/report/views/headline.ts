/**
 * The report's first page: the three public targets, met or not, beside the previous year's
 * rates, and the year's key figures.
 */
import type { Kpis } from '@chikaya/sdk';
import { msg, str } from '@lit/localize';
import { html, type TemplateResult } from 'lit';
import { formatNumber, formatPercent } from '../../shared/format.js';
import {
  type IndicatorName,
  indicatorName,
  indicatorNames,
  indicatorState,
  verdict,
} from '../indicators.js';
import type { Locale } from '../../shared/localization.js';
import type { ViewContext } from './context.js';

function rate(value: number | null, locale: Locale): string {
  return value === null ? '—' : formatPercent(value, locale);
}

function target(name: IndicatorName, kpis: Kpis, previous: Kpis | null, locale: Locale): TemplateResult {
  const indicator = kpis.indicators[name];
  const state = indicatorState(indicator);
  const before = previous?.indicators[name].value ?? null;
  return html`<li part="target" class="target target--${state}">
    <span class="target-name">${indicatorName(name)}</span>
    <span class="target-value">${rate(indicator.value, locale)}</span>
    ${verdict(indicator, locale, 'target-verdict')}
    ${previous && before !== null
      ? html`<span class="target-before">${msg(str`In ${previous.year}: ${rate(before, locale)}`)}</span>`
      : ''}
  </li>`;
}

function fact(term: string, value: string): TemplateResult {
  return html`<div>
    <dt>${term}</dt>
    <dd>${value}</dd>
  </div>`;
}

function days(value: number | null, locale: Locale): string {
  return value === null ? '—' : msg(str`${formatNumber(value, locale, 1)} days`);
}

export function headline({ report, locale }: ViewContext): TemplateResult {
  const { kpis, previousYear } = report;
  const { counts, satisfaction, participatingAgencies } = kpis;
  const met = indicatorNames.filter((name) => kpis.indicators[name].met === true).length;
  return html`<section class="section headline" aria-labelledby="headline-heading">
    <h3 id="headline-heading">${msg(str`Public targets: ${met} of 3 met`)}</h3>
    <ul class="targets">
      ${indicatorNames.map((name) => target(name, kpis, previousYear, locale))}
    </ul>
    <dl class="facts">
      ${fact(msg('Submissions received'), formatNumber(counts.received, locale))}
      ${fact(msg('Submissions answered'), formatNumber(counts.answered, locale))}
      ${fact(msg('Answered within 60 days'), formatNumber(counts.answeredOnTime, locale))}
      ${counts.forwardedOut > 0 ? fact(msg('Forwarded to the competent public body'), formatNumber(counts.forwardedOut, locale)) : ''}
      ${fact(msg('Overdue'), formatNumber(counts.overdue, locale))}
      ${fact(msg('Renewed complaints'), formatNumber(counts.renewed, locale))}
      ${fact(msg('Median time to answer'), days(report.daysToAnswer.median, locale))}
      ${fact(msg('9 in 10 answered within'), days(report.daysToAnswer.p90, locale))}
      ${fact(
        msg('Satisfaction'),
        satisfaction.average === null
          ? msg('No ratings yet')
          : msg(str`${formatNumber(satisfaction.average, locale, 1)} out of 5 (${formatNumber(satisfaction.ratings, locale)} ratings)`),
      )}
      ${participatingAgencies
        ? fact(
            msg('Public bodies on the platform'),
            msg(str`${formatNumber(participatingAgencies.count, locale)} (target: ${formatNumber(participatingAgencies.target, locale)})`),
          )
        : ''}
    </dl>
  </section>`;
}
