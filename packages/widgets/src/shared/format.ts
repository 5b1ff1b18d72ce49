/**
 * Numbers through `Intl`, in the element's language (Moroccan conventions: `ar-MA` and `fr-MA`
 * write Western digits, as Moroccan administrations do). Dates: `dates.ts` (apart, so that a
 * compact badge, which shows none, does not download them).
 */
import { intlLocales, type Locale } from './localization.js';

export function formatNumber(value: number, locale: Locale, maximumFractionDigits = 0): string {
  return new Intl.NumberFormat(intlLocales(locale), { maximumFractionDigits }).format(value);
}

/** A rate from 0 to 1 as a whole percentage: "82 %", "82%", "‏82٪‏" as the language writes it. */
export function formatPercent(rate: number, locale: Locale): string {
  return new Intl.NumberFormat(intlLocales(locale), { style: 'percent', maximumFractionDigits: 0 }).format(rate);
}
