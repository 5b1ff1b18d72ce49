/**
 * Approved annual reports, kept as the JSON that approval answered and read back as stored, so a
 * published report's figures are the same, byte for byte, whatever data arrives later.
 */
import type { components } from '@chikaya/sdk';
import type { Db } from './db.js';
import type { ReportScope } from './figures.js';

type Report = components['schemas']['Report'];
type Kpis = components['schemas']['Kpis'];

/** The key's subject: the agency or the sector, '' for the nation. */
function subjectOf(scope: ReportScope): string {
  return scope.scope === 'agency' ? scope.agencyId : scope.scope === 'sector' ? scope.sectorId : '';
}

function keyOf(scope: ReportScope, year: number): string {
  return `${scope.scope} ${subjectOf(scope)} ${year}`;
}

export class PublishedReports {
  /** published KPIs already read or written here; they never change */
  private readonly knownKpis = new Map<string, Kpis>();
  private readonly read;
  private readonly exists;
  private readonly readKpis;
  private readonly insert;
  private readonly last;

  constructor(db: Db) {
    this.read = db.prepare('SELECT report FROM published_reports WHERE scope = ? AND subject_id = ? AND year = ?').pluck();
    this.exists = db.prepare('SELECT 1 FROM published_reports WHERE scope = ? AND subject_id = ? AND year = ?');
    this.readKpis = db
      .prepare("SELECT json_extract(report, '$.kpis') FROM published_reports WHERE scope = ? AND subject_id = ? AND year = ?")
      .pluck();
    this.insert = db.prepare('INSERT INTO published_reports (scope, subject_id, year, published_at, report, seeded) VALUES (?, ?, ?, ?, ?, ?)');
    this.last = db.prepare('SELECT max(rowid) FROM published_reports').pluck();
  }

  has(scope: ReportScope, year: number): boolean {
    return this.exists.get(scope.scope, subjectOf(scope), year) !== undefined;
  }

  find(scope: ReportScope, year: number): Report | undefined {
    const text = this.read.get(scope.scope, subjectOf(scope), year) as string | undefined;
    return text === undefined ? undefined : (JSON.parse(text) as Report);
  }

  /** The published report's KPIs alone (a national report is large, and often only they are wanted). */
  kpis(scope: ReportScope, year: number): Kpis | undefined {
    // The table says whether it is published (an approval rolled back is not); memory only saves reading it again.
    if (!this.has(scope, year)) return undefined;
    const key = keyOf(scope, year);
    let kpis = this.knownKpis.get(key);
    if (kpis === undefined) {
      kpis = JSON.parse(this.readKpis.get(scope.scope, subjectOf(scope), year) as string) as Kpis;
      this.knownKpis.set(key, kpis);
    }
    return kpis;
  }

  /**
   * Keeps `report` for good; a second approval of the same report breaks the table's key.
   * `seeded`: the seed's, which a later version of the seed may replace, unlike an approval.
   */
  add(scope: ReportScope, report: Report & { publishedAt: string }, seeded = false): void {
    this.insert.run(scope.scope, subjectOf(scope), report.year, report.publishedAt, JSON.stringify(report), seeded ? 1 : 0);
    this.knownKpis.set(keyOf(scope, report.year), report.kpis);
  }

  /**
   * Moves on with every approval (rows are only ever added), for caches of provisional reports:
   * the previous year's report they show may have just been published.
   */
  version(): number {
    return (this.last.get() as number | null) ?? 0;
  }
}
