/**
 * What a report's ids and keys are called in the page's language: names the report carries
 * (`report.names`, as they stood when it was computed), and words for the platform's own keys.
 */
import type { Report } from '@chikaya/sdk';
import { msg } from '@lit/localize';
import type { Locale } from '../shared/localization.js';
import { intlLocales } from '../shared/localization.js';

type Table = keyof Report['names'];

export interface Namer {
  /** the name of `id` in `table`, or the id itself when the report has none */
  (table: Table, id: string): string;
}

export function namer(report: Report, locale: Locale): Namer {
  return (table, id) => report.names[table][id]?.[locale] ?? id;
}

export function categoryName(name: Namer, id: string): string {
  return id === 'unclassified' ? msg('Not classified') : name('serviceCategories', id);
}

export function regionName(name: Namer, id: string): string {
  return id === 'unknown' ? msg('Region not given') : name('regions', id);
}

export function channelName(channel: string): string {
  const names: Record<string, string> = {
    web: msg('National portal'),
    widget: msg('Public body’s website'),
    phone: msg('Telephone'),
    mail: msg('Post'),
    desk: msg('In person'),
    mobile: msg('Mobile app'),
  };
  return names[channel] ?? channel;
}

/** `2025-03` → "March 2025" (`short`: "Mar") in the page's language. */
export function monthName(month: string, locale: Locale, width: 'long' | 'short' = 'long'): string {
  const options: Intl.DateTimeFormatOptions =
    width === 'long' ? { month: 'long', year: 'numeric', timeZone: 'UTC' } : { month: 'short', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(intlLocales(locale), options).format(new Date(`${month}-01T00:00:00Z`));
}
