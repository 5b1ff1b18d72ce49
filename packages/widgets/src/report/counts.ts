/**
 * A report's breakdowns publish no small count: a cell from 1 to `report.suppressedBelow` − 1 is
 * `null` (suppressed). The page says so in words, the CSV file as `<5`: a spreadsheet then reads
 * it as the text it is, not as a zero, whatever the page's language.
 */
import type { Report } from '@chikaya/sdk';
import { msg, str } from '@lit/localize';
import { formatNumber } from '../shared/format.js';
import type { Locale } from '../shared/localization.js';

/** A breakdown's count as the page shows it: the number, or "fewer than 5". */
export function shownCount(count: number | null, report: Report, locale: Locale): string {
  return count === null ? msg(str`fewer than ${formatNumber(report.suppressedBelow, locale)}`) : formatNumber(count, locale);
}

/** A breakdown's count for a CSV file: the number, or `<5`. */
export function csvCount(count: number | null, report: Report): number | string {
  return count ?? `<${report.suppressedBelow}`;
}

/** Whether any of the report's breakdowns has a suppressed count. */
export function hasSuppressed(report: Report): boolean {
  const counts = [
    ...report.classification.flatMap((row) => [row.complaint, row.observation, row.suggestion, row.total]),
    ...report.byMonth.flatMap((row) => [row.received, row.answered]),
    ...[...report.byRegion, ...report.byChannel, ...report.topServices].map((row) => row.count),
  ];
  return counts.includes(null);
}
