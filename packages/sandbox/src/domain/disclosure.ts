/**
 * What a public report may disclose. A report is public, cached and, once approved, frozen for
 * good, so it holds counts over the platform's classification only (never a user's own words),
 * and no count so small that it could point at the people behind it: a breakdown's count from 1 to
 * `smallCountThreshold` − 1 is published as `null` (suppressed). Zero stays zero (it points at
 * nobody), and the report's totals and KPIs stay exact.
 */

/**
 * Counts under 5 are suppressed: the rule of thumb of official statistics for tables of people
 * (and of health and justice data in particular), low enough that an agency's own report keeps
 * its shape, high enough that a cell of one, two or three submissions from a small region or
 * channel cannot be traced back to a person who lodged one.
 */
export const smallCountThreshold = 5;

/** `count`, or `null` when it is small enough to be suppressed. */
export function disclosed(count: number, below = smallCountThreshold): number | null {
  return count > 0 && count < below ? null : count;
}

type Kinds<C> = { complaint: C; observation: C; suggestion: C; total: C };

/** A report's breakdowns, with counts of type `C`: `number` as counted, `number | null` as published. */
export interface Breakdowns<C> {
  classification: ({ serviceCategoryId: string } & Kinds<C>)[];
  byRegion: { key: string; count: C }[];
  byChannel: { key: string; count: C }[];
  byMonth: { month: string; received: C; answered: C }[];
  topServices: { key: string; count: C }[];
}

export interface Disclosed extends Breakdowns<number | null> {
  /** the rule the counts were suppressed by, kept with the report */
  suppressedBelow: number;
  /** what the breakdowns count, exactly, by kind */
  totals: Kinds<number>;
}

const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Most first, suppressed last: ordered among themselves by key, so that their order says nothing
 * of which is the larger.
 */
function mostFirst(a: number | null, b: number | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return b - a;
}

function countRows(rows: readonly { key: string; count: number }[], below: number): { key: string; count: number | null }[] {
  return rows
    .map(({ key, count }) => ({ key, count: disclosed(count, below) }))
    .sort((a, b) => mostFirst(a.count, b.count) || byKey(a.key, b.key));
}

/** The breakdowns as a public report publishes them. */
export function disclose(counted: Breakdowns<number>, below = smallCountThreshold): Disclosed {
  const totals: Kinds<number> = { complaint: 0, observation: 0, suggestion: 0, total: 0 };
  for (const row of counted.classification) for (const kind of ['complaint', 'observation', 'suggestion', 'total'] as const) totals[kind] += row[kind];
  const count = (n: number) => disclosed(n, below);
  return {
    classification: counted.classification
      .map((row) => ({
        serviceCategoryId: row.serviceCategoryId,
        complaint: count(row.complaint),
        observation: count(row.observation),
        suggestion: count(row.suggestion),
        total: count(row.total),
      }))
      .sort((a, b) => mostFirst(a.total, b.total) || a.serviceCategoryId.localeCompare(b.serviceCategoryId)),
    byRegion: countRows(counted.byRegion, below),
    byChannel: countRows(counted.byChannel, below),
    byMonth: counted.byMonth.map((row) => ({ month: row.month, received: count(row.received), answered: count(row.answered) })),
    topServices: countRows(counted.topServices, below),
    suppressedBelow: below,
    totals,
  };
}
