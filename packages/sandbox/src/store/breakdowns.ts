/**
 * The breakdowns of an annual report, as counted (`domain/disclosure.ts` says what a report may
 * publish of them): submissions by service category and kind, by region, channel, service and
 * month, and the measures. Never by what users wrote: a report publishes no free text. Each agency's for a year is read once from its own rows
 * (through the `(agency_id, year)` index) and kept while the data stays as it is; a sector's or the
 * nation's is the sum of its agencies'. So the reports of a year at every level, the national one
 * first, read the year's rows once between them (a seed publishes hundreds of reports a year).
 */
import type { components } from '@chikaya/sdk';
import type { Breakdowns } from '../domain/disclosure.js';
import type { Db } from './db.js';
// A report counts what the KPIs count: neither duplicates nor abusive submissions.
import { counted } from './kpis.js';
import { measureColumns } from './measures.js';

type Schemas = components['schemas'];
type Kind = Schemas['SubmissionKind'];

/** The breakdowns as counted, before suppression, and the measures. */
export type Sections = Breakdowns<number> & Pick<Schemas['Report'], 'measures'>;

/** How many services a report names: the most frequent. */
const topServiceCount = 10;

/** One agency's breakdowns for a year, or the sum of several. */
interface Breakdown {
  /** service category (`unclassified` for none) → submissions by kind */
  classification: Map<string, Record<Kind, number>>;
  /** region (`unknown` for none) → submissions */
  regions: Map<string, number>;
  channels: Map<string, number>;
  /** service → submissions (those naming no service are counted in `classification` only) */
  services: Map<string, number>;
  /** `YYYY-MM` → submissions received, and answered since */
  months: Map<string, { received: number; answered: number }>;
  measures: Schemas['Measure'][];
}

/** A submission as the breakdowns see it: agency, category, kind, region, channel, service, month, answered (0 or 1). */
type Row = [agencyId: string, category: string, kind: Kind, region: string, channel: string, service: string | null, month: string, answered: number];

function emptyBreakdown(): Breakdown {
  return { classification: new Map(), regions: new Map(), channels: new Map(), services: new Map(), months: new Map(), measures: [] };
}

function addTo(map: Map<string, number>, key: string, n: number): void {
  map.set(key, (map.get(key) ?? 0) + n);
}

function addBreakdown(into: Breakdown, from: Breakdown): void {
  for (const [category, kinds] of from.classification) {
    const line = into.classification.get(category) ?? { complaint: 0, observation: 0, suggestion: 0 };
    line.complaint += kinds.complaint;
    line.observation += kinds.observation;
    line.suggestion += kinds.suggestion;
    into.classification.set(category, line);
  }
  for (const [region, n] of from.regions) addTo(into.regions, region, n);
  for (const [channel, n] of from.channels) addTo(into.channels, channel, n);
  for (const [service, n] of from.services) addTo(into.services, service, n);
  for (const [month, counts] of from.months) {
    const line = into.months.get(month) ?? { received: 0, answered: 0 };
    line.received += counts.received;
    line.answered += counts.answered;
    into.months.set(month, line);
  }
  into.measures.push(...from.measures);
}

function addRow(into: Breakdown, [, category, kind, region, channel, service, month, answered]: Row): void {
  const kinds = into.classification.get(category) ?? { complaint: 0, observation: 0, suggestion: 0 };
  kinds[kind] += 1;
  into.classification.set(category, kinds);
  addTo(into.regions, region, 1);
  addTo(into.channels, channel, 1);
  if (service !== null) addTo(into.services, service, 1);
  const counts = into.months.get(month) ?? { received: 0, answered: 0 };
  counts.received += 1;
  counts.answered += answered;
  into.months.set(month, counts);
}

/** Most first; ties by key, in code unit order. */
function countRows(counts: Map<string, number>): { key: string; count: number }[] {
  return [...counts]
    .map(([key, count]) => ({ key, count }))
    .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

function sections(breakdown: Breakdown): Sections {
  return {
    classification: [...breakdown.classification]
      .map(([serviceCategoryId, kinds]) => ({ serviceCategoryId, ...kinds, total: kinds.complaint + kinds.observation + kinds.suggestion }))
      .sort((a, b) => b.total - a.total || a.serviceCategoryId.localeCompare(b.serviceCategoryId)),
    byRegion: countRows(breakdown.regions),
    byChannel: countRows(breakdown.channels),
    byMonth: [...breakdown.months]
      .map(([month, counts]) => ({ month, ...counts }))
      .sort((a, b) => (a.month < b.month ? -1 : 1)),
    topServices: countRows(breakdown.services).slice(0, topServiceCount),
    measures: [...breakdown.measures].sort((a, b) => (a.date !== b.date ? (a.date < b.date ? 1 : -1) : b.id - a.id)),
  };
}

export class BreakdownStore {
  /** the agencies' breakdowns read so far, for one year at one data version */
  private kept = { year: 0, version: -1, byAgency: new Map<string, Breakdown>() };
  private readonly rows;
  private readonly measures;

  constructor(db: Db) {
    // Every dimension at once, so that each row of the year is read once; counted here, as rows
    // hardly repeat on all eight (grouping them in SQL costs more than it saves).
    this.rows = db
      .prepare(
        `SELECT s.agency_id, coalesce(v.service_category_id, 'unclassified'), s.kind, coalesce(s.region_id, 'unknown'), s.channel,
           s.service_id, substr(s.received_at, 1, 7), s.answered_at IS NOT NULL
         FROM submissions s LEFT JOIN services v ON v.id = s.service_id
         WHERE s.agency_id IN (SELECT value FROM json_each(?)) AND s.year = ? AND ${counted('s.')}`,
      )
      .raw();
    this.measures = db.prepare(`SELECT ${measureColumns} FROM measures WHERE agency_id IN (SELECT value FROM json_each(?)) AND year = ?`);
  }

  /** The report's breakdowns of these agencies together, for `year`, at data `version`. */
  sections(agencyIds: readonly string[], year: number, version: number): Sections {
    if (this.kept.year !== year || this.kept.version !== version) this.kept = { year, version, byAgency: new Map() };
    const { byAgency } = this.kept;
    const missing = agencyIds.filter((id) => !byAgency.has(id));
    if (missing.length > 0) {
      for (const id of missing) byAgency.set(id, emptyBreakdown());
      const list = JSON.stringify(missing);
      for (const row of this.rows.all(list, year) as Row[]) addRow(byAgency.get(row[0])!, row);
      for (const measure of this.measures.all(list, year) as Schemas['Measure'][]) byAgency.get(measure.agencyId)!.measures.push(measure);
    }
    if (agencyIds.length === 1) return sections(byAgency.get(agencyIds[0]!)!);
    const total = emptyBreakdown();
    for (const id of agencyIds) addBreakdown(total, byAgency.get(id)!);
    return sections(total);
  }
}
