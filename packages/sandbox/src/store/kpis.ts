/**
 * KPI counts. Each agency's counts for a year are computed from its own rows (an index range, never
 * a scan of the whole table) and kept in `agency_kpis` until a write touches that agency or the
 * day changes (overdue counts move with the calendar). The nation's and a sector's figures are
 * merged from these, so a read of every agency's KPIs costs one pass over a small table.
 */
import { histogramPercentile, indicatorsFrom, participatingAgenciesTarget } from '../domain/kpi.js';
import type { components } from '@chikaya/sdk';
import type { Db } from './db.js';

type Schemas = components['schemas'];
type Kind = Schemas['SubmissionKind'];
type KindCounts = Record<Kind, number>;

/** Everything the KPIs of a scope are made of; summable across agencies. */
export interface Counts {
  /** submissions held now, by kind (forwards in included) */
  here: KindCounts;
  /** submissions this scope forwarded to another agency, by kind */
  forwardedOut: KindCounts;
  rejected: number;
  answered: number;
  answeredOnTime: number;
  answeredComplaints: number;
  renewedComplaints: number;
  overdue: number;
  open: number;
  ratingSum: number;
  ratings: number;
  /** days from receipt to first answer → how many submissions took that long */
  answerDays: Record<string, number>;
  /** submissions marked abusive, counted nowhere else */
  abusive: number;
  /** submissions repeating an earlier one of the same person, counted nowhere else */
  duplicates: number;
}

/**
 * What the KPIs and reports count: neither a submission an officer marked abusive nor one that
 * repeats an earlier one, so that a flood moves no public figure (`domain/duplicates.ts`).
 */
export const counted = (table = '') => `${table}duplicate_of IS NULL AND ${table}abuse_reason IS NULL`;

const kinds: readonly Kind[] = ['complaint', 'observation', 'suggestion'];

function emptyKinds(): KindCounts {
  return { complaint: 0, observation: 0, suggestion: 0 };
}

export function emptyCounts(): Counts {
  return {
    here: emptyKinds(),
    forwardedOut: emptyKinds(),
    rejected: 0,
    answered: 0,
    answeredOnTime: 0,
    answeredComplaints: 0,
    renewedComplaints: 0,
    overdue: 0,
    open: 0,
    ratingSum: 0,
    ratings: 0,
    answerDays: {},
    abusive: 0,
    duplicates: 0,
  };
}

export function addCounts(into: Counts, from: Counts): Counts {
  for (const kind of kinds) {
    into.here[kind] += from.here[kind];
    into.forwardedOut[kind] += from.forwardedOut[kind];
  }
  into.rejected += from.rejected;
  into.answered += from.answered;
  into.answeredOnTime += from.answeredOnTime;
  into.answeredComplaints += from.answeredComplaints;
  into.renewedComplaints += from.renewedComplaints;
  into.overdue += from.overdue;
  into.open += from.open;
  into.ratingSum += from.ratingSum;
  into.ratings += from.ratings;
  for (const [days, count] of Object.entries(from.answerDays)) into.answerDays[days] = (into.answerDays[days] ?? 0) + count;
  into.abusive += from.abusive;
  into.duplicates += from.duplicates;
  return into;
}

function sum(counts: KindCounts): number {
  return counts.complaint + counts.observation + counts.suggestion;
}

export interface KpiScope {
  scope: Schemas['Kpis']['scope'];
  agencyId: string | null;
  sectorId: string | null;
  year: number;
  today: string;
  /** agencies on the platform, for the national scope */
  participatingAgencies?: number;
}

/**
 * Assembles the contract's `Kpis` from counts. For the nation, a forward is a move inside the
 * platform, not a submission leaving it: forwarded-out counts are taken back out of `received`.
 */
export function kpisFrom(counts: Counts, scope: KpiScope): Schemas['Kpis'] {
  const national = scope.scope === 'national';
  const byKind = emptyKinds();
  for (const kind of kinds) byKind[kind] = counts.here[kind] + (national ? 0 : counts.forwardedOut[kind]);
  const forwardedOut = national ? 0 : sum(counts.forwardedOut);
  const received = sum(byKind);
  return {
    scope: scope.scope,
    agencyId: scope.agencyId,
    sectorId: scope.sectorId,
    year: scope.year,
    asOf: scope.today,
    indicators: indicatorsFrom({
      received,
      rejected: counts.rejected,
      forwardedOut,
      answered: counts.answered,
      answeredOnTime: counts.answeredOnTime,
      answeredComplaints: counts.answeredComplaints,
      renewedComplaints: counts.renewedComplaints,
    }),
    counts: {
      received,
      admissible: received - counts.rejected - forwardedOut,
      answered: counts.answered,
      answeredOnTime: counts.answeredOnTime,
      rejected: counts.rejected,
      forwardedOut,
      renewed: counts.renewedComplaints,
      overdue: counts.overdue,
      open: counts.open,
      byKind,
      abusive: counts.abusive,
      duplicates: counts.duplicates,
    },
    medianDaysToAnswer: histogramPercentile(counts.answerDays, 0.5),
    satisfaction: {
      average: counts.ratings === 0 ? null : Math.round((counts.ratingSum / counts.ratings) * 100) / 100,
      ratings: counts.ratings,
    },
    participatingAgencies:
      scope.participatingAgencies === undefined ? null : { count: scope.participatingAgencies, target: participatingAgenciesTarget },
  };
}

interface KindRow {
  kind: Kind;
  n: number;
  rejected: number;
  answered: number;
  on_time: number;
  renewed: number;
  overdue: number;
  open: number;
  rating_sum: number | null;
  ratings: number;
}

export class KpiStore {
  /** counts already read or computed today, in front of `agency_kpis`: `year|agencyId` → counts */
  private readonly memo = new Map<string, { today: string; counts: Counts }>();
  private readonly readYear;
  private readonly readOne;
  private readonly writeCached;
  private readonly forget;
  private readonly bump;
  private readonly readVersion;
  private readonly byKind;
  private readonly forwardedByKind;
  private readonly days;
  private readonly left;

  constructor(private readonly db: Db) {
    this.readYear = db.prepare('SELECT agency_id, data FROM agency_kpis WHERE year = ? AND computed_on = ?');
    this.readOne = db.prepare('SELECT data FROM agency_kpis WHERE agency_id = ? AND year = ? AND computed_on = ?').pluck();
    this.writeCached = db.prepare(
      'INSERT OR REPLACE INTO agency_kpis (agency_id, year, computed_on, data) VALUES (?, ?, ?, ?)',
    );
    this.forget = db.prepare('DELETE FROM agency_kpis WHERE agency_id = ? AND year = ?');
    this.bump = db.prepare(
      'INSERT INTO versions (scope, version) VALUES (?, 1) ON CONFLICT (scope) DO UPDATE SET version = version + 1',
    );
    this.readVersion = db.prepare('SELECT version FROM versions WHERE scope = ?').pluck();
    this.byKind = db.prepare(
      `SELECT kind, count(*) AS n,
         sum(status = 'rejected') AS rejected,
         sum(answered_at IS NOT NULL) AS answered,
         sum(coalesce(answered_on_time, 0)) AS on_time,
         sum(renewed_at IS NOT NULL) AS renewed,
         sum(answered_at IS NULL AND status <> 'rejected' AND due_date < @today) AS overdue,
         sum(answered_at IS NULL AND status <> 'rejected' AND due_date >= @today) AS open,
         sum(rating_score) AS rating_sum, count(rating_score) AS ratings
       FROM submissions WHERE agency_id = @agency AND year = @year AND ${counted()} GROUP BY kind`,
    );
    this.forwardedByKind = db.prepare(
      `SELECT s.kind AS kind, count(*) AS n FROM forwards f JOIN submissions s ON s.id = f.submission_id
       WHERE f.from_agency_id = ? AND f.year = ? AND ${counted('s.')} GROUP BY s.kind`,
    );
    this.days = db.prepare(
      `SELECT CAST(julianday(substr(answered_at, 1, 10)) - julianday(substr(received_at, 1, 10)) AS INTEGER) AS days, count(*) AS n
       FROM submissions WHERE agency_id = ? AND year = ? AND answered_at IS NOT NULL AND ${counted()} GROUP BY days`,
    );
    this.left = db.prepare(
      `SELECT count(abuse_reason) AS abusive, coalesce(sum(abuse_reason IS NULL AND duplicate_of IS NOT NULL), 0) AS duplicates
       FROM submissions WHERE agency_id = ? AND year = ? AND (abuse_reason IS NOT NULL OR duplicate_of IS NOT NULL)`,
    );
  }

  private compute(agencyId: string, year: number, today: string): Counts {
    const counts = emptyCounts();
    for (const row of this.byKind.all({ agency: agencyId, year, today }) as KindRow[]) {
      counts.here[row.kind] = row.n;
      counts.rejected += row.rejected;
      counts.answered += row.answered;
      counts.answeredOnTime += row.on_time;
      counts.overdue += row.overdue;
      counts.open += row.open;
      counts.ratingSum += row.rating_sum ?? 0;
      counts.ratings += row.ratings;
      if (row.kind === 'complaint') {
        counts.answeredComplaints = row.answered;
        counts.renewedComplaints = row.renewed;
      }
    }
    for (const row of this.forwardedByKind.all(agencyId, year) as { kind: Kind; n: number }[]) counts.forwardedOut[row.kind] = row.n;
    for (const row of this.days.all(agencyId, year) as { days: number; n: number }[])
      counts.answerDays[String(Math.max(0, row.days))] = row.n;
    const left = this.left.get(agencyId, year) as { abusive: number; duplicates: number };
    counts.abusive = left.abusive;
    counts.duplicates = left.duplicates;
    return counts;
  }

  /**
   * Counts of the given agencies for a year, from memory, else from `agency_kpis`, else computed
   * from the agency's rows (and kept). A few agencies are read by key; many, in one pass.
   */
  counts(agencyIds: readonly string[], year: number, today: string): Map<string, Counts> {
    const result = new Map<string, Counts>();
    const missing: string[] = [];
    for (const id of agencyIds) {
      const known = this.memo.get(`${year}|${id}`);
      if (known?.today === today) result.set(id, known.counts);
      else missing.push(id);
    }
    if (missing.length === 0) return result;
    const stored = new Map<string, string>();
    if (missing.length <= 20) {
      for (const id of missing) {
        const data = this.readOne.get(id, year, today) as string | undefined;
        if (data !== undefined) stored.set(id, data);
      }
    } else {
      for (const row of this.readYear.all(year, today) as { agency_id: string; data: string }[]) stored.set(row.agency_id, row.data);
    }
    this.db.transaction(() => {
      for (const id of missing) {
        const data = stored.get(id);
        const counts = data === undefined ? this.compute(id, year, today) : (JSON.parse(data) as Counts);
        if (data === undefined) this.writeCached.run(id, year, today, JSON.stringify(counts));
        this.memo.set(`${year}|${id}`, { today, counts });
        result.set(id, counts);
      }
    })();
    return result;
  }

  /** Forgets the counts of agencies whose submissions changed, and moves the KPI versions on. */
  invalidate(agencyIds: readonly string[], year: number): void {
    for (const id of agencyIds) {
      this.memo.delete(`${year}|${id}`);
      this.forget.run(id, year);
      this.bump.run(`agency:${id}`);
    }
    this.bump.run('all');
  }

  /** Forgets every count kept in memory: some may come from changes a failed commit took back. */
  forgetCached(): void {
    this.memo.clear();
  }

  /** The data version of a scope (`all` or `agency:<id>`), for ETags. */
  version(scope: string): number {
    return (this.readVersion.get(scope) as number | undefined) ?? 0;
  }
}
