/**
 * KPIs and annual reports for a scope (an agency, a sector, the nation), assembled from the
 * per-agency counts of `KpiStore` and, for the report's breakdowns, from the scope's rows.
 */
import { histogramPercentile } from '../domain/kpi.js';
import type { components } from '@chikaya/sdk';
import type { Db } from './db.js';
import { addCounts, emptyCounts, type Counts, KpiStore, kpisFrom } from './kpis.js';
import type { ReferenceStore } from './reference.js';

type Schemas = components['schemas'];
type Kind = Schemas['SubmissionKind'];

export type ReportScope = { scope: 'agency'; agencyId: string } | { scope: 'sector'; sectorId: string } | { scope: 'national' };

const firstYear = 2018;

export class Figures {
  private readonly reportCache = new Map<string, Schemas['Report']>();

  constructor(
    private readonly db: Db,
    private readonly reference: ReferenceStore,
    readonly kpis: KpiStore,
  ) {}

  agency(agencyId: string, sectorId: string, year: number, today: string): Schemas['Kpis'] {
    const counts = this.kpis.counts([agencyId], year, today).get(agencyId)!;
    return kpisFrom(counts, { scope: 'agency', agencyId, sectorId, year, today });
  }

  /** Each known agency among `ids` (all when omitted), in joining order. */
  agencies(ids: readonly string[] | undefined, year: number, today: string): Schemas['Kpis'][] {
    const calendar = this.reference.agencyCalendar();
    const wanted = ids === undefined ? undefined : new Set(ids);
    const chosen = this.reference
      .agencyIds()
      .filter((id) => wanted === undefined || wanted.has(id));
    const sectors = new Map(calendar.map((agency) => [agency.id, agency.sectorId]));
    const counts = this.kpis.counts(chosen, year, today);
    return chosen.map((agencyId) =>
      kpisFrom(counts.get(agencyId)!, { scope: 'agency', agencyId, sectorId: sectors.get(agencyId)!, year, today }),
    );
  }

  private sum(agencyIds: readonly string[], year: number, today: string): Counts {
    const total = emptyCounts();
    for (const counts of this.kpis.counts(agencyIds, year, today).values()) addCounts(total, counts);
    return total;
  }

  sector(sectorId: string, year: number, today: string): Schemas['Kpis'] {
    const counts = this.sum(this.reference.agencyIds(sectorId), year, today);
    return kpisFrom(counts, { scope: 'sector', agencyId: null, sectorId, year, today });
  }

  /** Agencies on the platform at the end of `year`, or today for the current year. */
  participating(year: number, today: string): number {
    const until = `${year}-12-31` < today ? `${year}-12-31` : today;
    return this.reference.agencyCalendar().filter((agency) => agency.joinedOn <= until).length;
  }

  national(year: number, today: string): Schemas['Kpis'] {
    const counts = this.sum(this.reference.agencyIds(), year, today);
    return kpisFrom(counts, {
      scope: 'national',
      agencyId: null,
      sectorId: null,
      year,
      today,
      participatingAgencies: this.participating(year, today),
    });
  }

  private scopeKpis(scope: ReportScope, year: number, today: string): Schemas['Kpis'] {
    if (scope.scope === 'agency') {
      const sectorId = this.reference.agency(scope.agencyId)!.sectorId;
      return this.agency(scope.agencyId, sectorId, year, today);
    }
    return scope.scope === 'sector' ? this.sector(scope.sectorId, year, today) : this.national(year, today);
  }

  report(scope: ReportScope, year: number, today: string): Schemas['Report'] {
    const key = `${JSON.stringify(scope)} ${year} ${today} ${this.kpis.version('all')}`;
    const cached = this.reportCache.get(key);
    if (cached) return cached;
    const report = this.buildReport(scope, year, today);
    if (this.reportCache.size > 200) this.reportCache.clear();
    this.reportCache.set(key, report);
    return report;
  }

  private buildReport(scope: ReportScope, year: number, today: string): Schemas['Report'] {
    const filter =
      scope.scope === 'agency'
        ? { sql: 's.agency_id = @agency', args: { agency: scope.agencyId } }
        : scope.scope === 'sector'
          ? { sql: 's.agency_id IN (SELECT id FROM agencies WHERE sector_id = @sector)', args: { sector: scope.sectorId } }
          : { sql: '1 = 1', args: {} };
    const args = { ...filter.args, year };
    const where = `${filter.sql} AND s.year = @year`;

    const classification = new Map<string, Schemas['ClassificationRow']>();
    const categoryRows = this.db
      .prepare(
        `SELECT coalesce(v.service_category_id, 'unclassified') AS category, s.kind AS kind, count(*) AS n
         FROM submissions s LEFT JOIN services v ON v.id = s.service_id WHERE ${where} GROUP BY category, s.kind`,
      )
      .all(args) as { category: string; kind: Kind; n: number }[];
    for (const row of categoryRows) {
      const line = classification.get(row.category) ?? {
        serviceCategoryId: row.category,
        complaint: 0,
        observation: 0,
        suggestion: 0,
        total: 0,
      };
      line[row.kind] += row.n;
      line.total += row.n;
      classification.set(row.category, line);
    }

    const countBy = (expression: string, limit = -1) =>
      this.db
        .prepare(
          `SELECT ${expression} AS key, count(*) AS count FROM submissions s WHERE ${where}
           GROUP BY key ORDER BY count DESC, key LIMIT ${limit}`,
        )
        .all(args) as Schemas['CountRow'][];

    const byMonth = this.db
      .prepare(
        `SELECT substr(s.received_at, 1, 7) AS month, count(*) AS received, sum(s.answered_at IS NOT NULL) AS answered
         FROM submissions s WHERE ${where} GROUP BY month ORDER BY month`,
      )
      .all(args) as Schemas['MonthRow'][];

    const agencyIds =
      scope.scope === 'agency'
        ? [scope.agencyId]
        : this.reference.agencyIds(scope.scope === 'sector' ? scope.sectorId : undefined);
    const counts = this.sum(agencyIds, year, today);

    const measures = this.db
      .prepare(
        `SELECT m.id, m.agency_id AS agencyId, m.title, m.description, m.service_id AS serviceId, m.status, m.date,
           m.recorded_at AS recordedAt
         FROM measures m WHERE m.year = @year AND ${filter.sql.replace(/s\.agency_id/g, 'm.agency_id')}
         ORDER BY m.date DESC, m.id DESC`,
      )
      .all(args) as Schemas['Measure'][];

    const lines: Schemas['ReportLine'][] =
      scope.scope === 'sector'
        ? this.agencies(agencyIds, year, today).map((kpis) => ({ id: kpis.agencyId!, kpis }))
        : scope.scope === 'national'
          ? this.reference.sectors().map((sector) => ({ id: sector.id, kpis: this.sector(sector.id, year, today) }))
          : [];

    return {
      scope: scope.scope,
      agencyId: scope.scope === 'agency' ? scope.agencyId : null,
      sectorId:
        scope.scope === 'agency'
          ? this.reference.agency(scope.agencyId)!.sectorId
          : scope.scope === 'sector'
            ? scope.sectorId
            : null,
      year,
      status: 'provisional',
      kpis: this.scopeKpis(scope, year, today),
      previousYear: year > firstYear ? this.scopeKpis(scope, year - 1, today) : null,
      classification: [...classification.values()].sort((a, b) => b.total - a.total || a.serviceCategoryId.localeCompare(b.serviceCategoryId)),
      byRegion: countBy("coalesce(s.region_id, 'unknown')"),
      byChannel: countBy('s.channel'),
      byMonth,
      daysToAnswer: {
        median: histogramPercentile(counts.answerDays, 0.5),
        p90: histogramPercentile(counts.answerDays, 0.9),
      },
      topSubjects: countBy('s.subject', 10),
      measures,
      lines,
      participation: scope.scope === 'national' ? this.participation(year, today) : [],
    };
  }

  /** Agencies on the platform after each joining day, up to the end of `year`. */
  private participation(year: number, today: string): Schemas['ParticipationPoint'][] {
    const until = `${year}-12-31` < today ? `${year}-12-31` : today;
    const points: Schemas['ParticipationPoint'][] = [];
    let agencies = 0;
    for (const agency of this.reference.agencyCalendar()) {
      if (agency.joinedOn > until) break;
      agencies += 1;
      const last = points[points.length - 1];
      if (last?.date === agency.joinedOn) last.agencies = agencies;
      else points.push({ date: agency.joinedOn, agencies });
    }
    return points;
  }
}
