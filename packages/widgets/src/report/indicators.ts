/** Words for the three public targets in a report (the badge has its own: see kpi-badge.component.ts). */
import type { Kpis } from '@chikaya/sdk';
import { msg, str } from '@lit/localize';
import { html, type TemplateResult } from 'lit';
import { formatPercent } from '../shared/format.js';
import type { Locale } from '../shared/localization.js';

export type IndicatorName = keyof Kpis['indicators'];
export type Indicator = Kpis['indicators'][IndicatorName];
export type IndicatorState = 'met' | 'missed' | 'none';

export const indicatorNames: readonly IndicatorName[] = ['responseRate', 'onTimeRate', 'renewalRate'];

export function indicatorName(name: IndicatorName): string {
  return { responseRate: msg('Answered'), onTimeRate: msg('Answered on time'), renewalRate: msg('Renewed complaints') }[name];
}

export function indicatorState(indicator: Indicator): IndicatorState {
  return indicator.met === null ? 'none' : indicator.met ? 'met' : 'missed';
}

/** "target: at least 70 %" */
function targetText(indicator: Indicator, locale: Locale): string {
  const target = formatPercent(indicator.target, locale);
  return indicator.comparison === 'atLeast' ? msg(str`target: at least ${target}`) : msg(str`target: at most ${target}`);
}

function verdictText(indicator: Indicator): string {
  if (indicator.met === null) return msg('No figures yet');
  return indicator.met ? msg('Target met') : msg('Target not met');
}

/** ✓ met, ✗ missed, – no figures: a shape for each, so that colour is never the only sign. */
const verdictShapes: Record<IndicatorState, string> = { met: 'M4 10.5l4 4 8-9', missed: 'M5 5l10 10M15 5L5 15', none: 'M5 10h10' };

/** The verdict's icon and words: "✓ Target met (target: at least 70 %)". */
export function verdict(indicator: Indicator, locale: Locale, className: string): TemplateResult {
  return html`<span class=${className}
    ><svg class="icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false"><path d=${verdictShapes[indicatorState(indicator)]}></path></svg
    ><span><strong>${verdictText(indicator)}</strong> (${targetText(indicator, locale)})</span></span
  >`;
}
