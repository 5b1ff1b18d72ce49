/**
 * KPI arithmetic, free of storage and HTTP. The public targets of the commitment (Morocco OGP
 * action plan 2018–2020) are data here, served with every KPI so that no client hard-codes them.
 */
export const targets = {
  responseRate: { comparison: 'atLeast', target: 0.7 },
  onTimeRate: { comparison: 'atLeast', target: 0.7 },
  renewalRate: { comparison: 'atMost', target: 0.1 },
} as const;

/** The platform opened in January 2018: no year has figures before it. */
export const firstYear = 2018;

/** Agencies the platform must reach (from 61 in January 2018). */
export const participatingAgenciesTarget = 90;

export type IndicatorName = keyof typeof targets;

export interface Indicator {
  value: number | null;
  target: number;
  comparison: 'atLeast' | 'atMost';
  met: boolean | null;
}

/** The counts every KPI is made of, for one scope and period. */
export interface KpiCounts {
  received: number;
  rejected: number;
  forwardedOut: number;
  answered: number;
  answeredOnTime: number;
  answeredComplaints: number;
  renewedComplaints: number;
}

function ratio(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : Math.round((numerator / denominator) * 10_000) / 10_000;
}

function indicator(name: IndicatorName, value: number | null): Indicator {
  const { comparison, target } = targets[name];
  const met = value === null ? null : comparison === 'atLeast' ? value >= target : value <= target;
  return { value, target, comparison, met };
}

/**
 * responseRate = answered ÷ admissible received (rejected and forwarded-out excluded);
 * onTimeRate = answered by the due date ÷ answered; renewalRate = renewed ÷ answered complaints.
 * A rate with nothing to divide by is `null` (unknown), never 0 or 100 %.
 */
export function indicatorsFrom(counts: KpiCounts): Record<IndicatorName, Indicator> {
  const admissible = counts.received - counts.rejected - counts.forwardedOut;
  return {
    responseRate: indicator('responseRate', ratio(counts.answered, admissible)),
    onTimeRate: indicator('onTimeRate', ratio(counts.answeredOnTime, counts.answered)),
    renewalRate: indicator('renewalRate', ratio(counts.renewedComplaints, counts.answeredComplaints)),
  };
}

/**
 * The value at rank `p` (0–1) of a histogram (value → how many times it occurs), by linear
 * interpolation between the closest ranks; `null` when empty. Histograms, unlike lists, can be
 * summed across agencies, so the nation's median is exact.
 */
export function histogramPercentile(histogram: Readonly<Record<string, number>>, p: number): number | null {
  const entries = Object.entries(histogram)
    .map(([value, count]) => [Number(value), count] as const)
    .filter(([, count]) => count > 0)
    .sort((a, b) => a[0] - b[0]);
  const total = entries.reduce((n, [, count]) => n + count, 0);
  if (total === 0) return null;
  const valueAt = (rank: number) => {
    let seen = 0;
    for (const [value, count] of entries) {
      seen += count;
      if (rank < seen) return value;
    }
    return entries[entries.length - 1]![0];
  };
  const rank = (total - 1) * p;
  const low = valueAt(Math.floor(rank));
  const high = valueAt(Math.ceil(rank));
  return Math.round((low + (high - low) * (rank - Math.floor(rank))) * 10) / 10;
}
