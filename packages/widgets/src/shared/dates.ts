/** Dates through `Intl`, in the element's language. */
import { intlLocales, type Locale } from './localization.js';

/** A calendar day (`2026-05-01`) in words: "1 May 2026", "1 mai 2026", "1 ماي 2026". */
export function formatDate(date: string, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocales(locale), { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${date.slice(0, 10)}T00:00:00Z`));
}

/** A moment (`2026-03-04T09:00:00Z`) as the user's own calendar day. */
export function formatDay(moment: string, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocales(locale), { dateStyle: 'long' }).format(new Date(moment));
}
