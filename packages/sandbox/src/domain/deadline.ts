/**
 * Legal timeframes. Decree No. 2.17.265 gives an agency 60 days from receipt to answer; a
 * complainant may contest the answer (renew) within a window after it.
 */
export const legalTimeframeDays = 60;
export const renewalWindowDays = 30;

const dayMs = 86_400_000;

/** `YYYY-MM-DD` of an instant, in UTC (the platform's calendar). */
export function isoDate(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return isoDate(new Date(Date.parse(`${date}T00:00:00Z`) + days * dayMs));
}

/** The day by which the agency must answer: receipt + the legal timeframe. */
export function dueDateFor(receivedAt: Date, timeframeDays = legalTimeframeDays): string {
  return addDays(isoDate(receivedAt), timeframeDays);
}

/** Whole calendar days from `from` to `to` (both `YYYY-MM-DD`); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / dayMs);
}

/** An answer is on time when given on or before the due date. */
export function isOnTime(answeredAt: Date, dueDate: string): boolean {
  return isoDate(answeredAt) <= dueDate;
}

/** The last day on which an answered complaint may be renewed. */
export function renewableUntil(answeredAt: Date): string {
  return addDays(isoDate(answeredAt), renewalWindowDays);
}
