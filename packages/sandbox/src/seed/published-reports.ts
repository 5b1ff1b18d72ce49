/**
 * The past years' annual reports, approved as the ministry approves them on a real platform: the
 * report of every agency on the platform that year, of every sector and of the nation, for each
 * year up to two years before `now`. The year before `now` awaits approval; `now`'s is open.
 */
import { firstYear } from '../domain/kpi.js';
import type { Db } from '../store/db.js';
import type { ReportScope } from '../store/figures.js';
import { createStore } from '../store/index.js';

/**
 * The day the ministry approves a year's reports: 31 March of the next year, once every
 * submission of the year is past its 60-day deadline.
 */
export function approvalDay(year: number): Date {
  return new Date(Date.UTC(year + 1, 2, 31, 10));
}

/**
 * Publishes the reports of each year in turn, so that each shows the published one before it, all
 * in one transaction: a few megabytes of reports are committed once.
 */
export function publishPastReports(db: Db, now: Date): void {
  const { figures, reference } = createStore(db);
  const sectors = reference.sectors();
  const calendar = reference.agencyCalendar();
  db.transaction(() => {
    for (let year = firstYear; year <= now.getUTCFullYear() - 2; year++) {
      // The nation first: it reads every agency's breakdowns of the year, which the others then reuse.
      const scopes: ReportScope[] = [
        { scope: 'national' },
        ...sectors.map((sector) => ({ scope: 'sector' as const, sectorId: sector.id })),
        ...calendar.filter((agency) => agency.joinedOn <= `${year}-12-31`).map((agency) => ({ scope: 'agency' as const, agencyId: agency.id })),
      ];
      for (const scope of scopes) figures.publish(scope, year, approvalDay(year), { seeded: true });
    }
  })();
}
