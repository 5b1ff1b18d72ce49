/**
 * KPIs and annual reports for a scope (an agency, a sector, the nation), assembled from the
 * per-agency counts of `KpiStore` and the per-agency breakdowns of `BreakdownStore`; a report once
 * approved is answered as `PublishedReports` keeps it.
 */
import { isoDate } from '../domain/deadline.js';
import { disclose } from '../domain/disclosure.js';
import { firstYear, histogramPercentile } from '../domain/kpi.js';
import type { components } from '@chikaya/sdk';
import type { BreakdownStore } from './breakdowns.js';
import { addCounts, emptyCounts, type Counts, KpiStore, kpisFrom } from './kpis.js';
import type { PublishedReports } from './published-reports.js';
import type { ReferenceStore } from './reference.js';
import { reportNames } from './report-names.js';

type Schemas = components['schemas'];

export type ReportScope = { scope: 'agency'; agencyId: string } | { scope: 'sector'; sectorId: string } | { scope: 'national' };

export class Figures {
  private readonly reportCache = new Map<string, Schemas['Report']>();

  constructor(
    private readonly reference: ReferenceStore,
    readonly kpis: KpiStore,
    readonly published: PublishedReports,
    private readonly breakdowns: BreakdownStore,
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
    return this.scopeKpis({ scope: 'sector', sectorId }, year, today);
  }

  /** Agencies on the platform at the end of `year`, or today for the current year. */
  participating(year: number, today: string): number {
    const until = `${year}-12-31` < today ? `${year}-12-31` : today;
    return this.reference.agencyCalendar().filter((agency) => agency.joinedOn <= until).length;
  }

  national(year: number, today: string): Schemas['Kpis'] {
    return this.scopeKpis({ scope: 'national' }, year, today);
  }

  /** The agencies a scope is made of: one, a sector's, or all. */
  private agencyIdsOf(scope: ReportScope): string[] {
    return scope.scope === 'agency' ? [scope.agencyId] : this.reference.agencyIds(scope.scope === 'sector' ? scope.sectorId : undefined);
  }

  /** A scope's KPIs from its counts, already summed. */
  private kpisOf(scope: ReportScope, counts: Counts, year: number, today: string): Schemas['Kpis'] {
    if (scope.scope === 'agency')
      return kpisFrom(counts, { scope: 'agency', agencyId: scope.agencyId, sectorId: this.reference.agency(scope.agencyId)!.sectorId, year, today });
    if (scope.scope === 'sector') return kpisFrom(counts, { scope: 'sector', agencyId: null, sectorId: scope.sectorId, year, today });
    const participatingAgencies = this.participating(year, today);
    return kpisFrom(counts, { scope: 'national', agencyId: null, sectorId: null, year, today, participatingAgencies });
  }

  private scopeKpis(scope: ReportScope, year: number, today: string): Schemas['Kpis'] {
    return this.kpisOf(scope, this.sum(this.agencyIdsOf(scope), year, today), year, today);
  }

  /** The report as published when it was approved; until then, computed from the data as it stands. */
  report(scope: ReportScope, year: number, today: string): Schemas['Report'] {
    const published = this.published.find(scope, year);
    if (published) return published;
    const key = `${JSON.stringify(scope)} ${year} ${today} ${this.kpis.version('all')} ${this.published.version()}`;
    const cached = this.reportCache.get(key);
    if (cached) return cached;
    const report = this.buildReport(scope, year, today);
    if (this.reportCache.size > 200) this.reportCache.clear();
    this.reportCache.set(key, report);
    return report;
  }

  /** Approves a report: its figures as they stand at `now`, kept for good (`seeded`: by the seed, standing in for the ministry). */
  publish(scope: ReportScope, year: number, now: Date, { seeded = false } = {}): Schemas['Report'] {
    const report = { ...this.report(scope, year, isoDate(now)), status: 'published' as const, publishedAt: now.toISOString() };
    this.published.add(scope, report, seeded);
    return report;
  }

  /** Those of `agencyIds` on the platform by the end of `year`: a sector's report has no line for a body that joined later. */
  private joinedBy(agencyIds: readonly string[], year: number): string[] {
    const joined = new Set(
      this.reference
        .agencyCalendar()
        .filter((agency) => agency.joinedOn <= `${year}-12-31`)
        .map((agency) => agency.id),
    );
    return agencyIds.filter((id) => joined.has(id));
  }

  private buildReport(scope: ReportScope, year: number, today: string): Schemas['Report'] {
    const agencyIds = this.agencyIdsOf(scope);
    const counts = this.sum(agencyIds, year, today);
    const { measures, ...counted } = this.breakdowns.sections(agencyIds, year, this.kpis.version('all'));
    const { classification, byRegion, byChannel, byMonth, topServices, suppressedBelow, totals } = disclose(counted);

    const lines: Schemas['ReportLine'][] =
      scope.scope === 'sector'
        ? this.agencies(this.joinedBy(agencyIds, year), year, today).map((kpis) => ({ id: kpis.agencyId!, kpis }))
        : scope.scope === 'national'
          ? this.reference.sectors().map((sector) => ({ id: sector.id, kpis: this.sector(sector.id, year, today) }))
          : [];

    const report: Omit<Schemas['Report'], 'names'> = {
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
      publishedAt: null,
      kpis: this.kpisOf(scope, counts, year, today),
      // A published number never has two values: last year's, once approved, is the approved one.
      previousYear: year > firstYear ? (this.published.kpis(scope, year - 1) ?? this.scopeKpis(scope, year - 1, today)) : null,
      classification,
      byRegion,
      byChannel,
      byMonth,
      daysToAnswer: {
        median: histogramPercentile(counts.answerDays, 0.5),
        p90: histogramPercentile(counts.answerDays, 0.9),
      },
      topServices,
      suppressedBelow,
      totals,
      measures,
      lines,
      participation: scope.scope === 'national' ? this.participation(year, today) : [],
    };
    return { ...report, names: reportNames(this.reference, report) };
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
