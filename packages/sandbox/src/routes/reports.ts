/** Annual reports for an agency, a sector and the nation, in one uniform model. */
import type { Handlers } from '../http/operation.js';
import { ProblemError } from '../http/problem.js';
import type { ReportScope } from '../store/figures.js';
import type { Store } from '../store/index.js';
import { type RouteContext, today } from './context.js';

// A published report never changes again; a provisional one moves with every new answer.
const provisionalCache = { 'Cache-Control': 'public, max-age=300' };
const publishedCache = { 'Cache-Control': 'public, max-age=3600' };

/** The scope, once the agency or sector it names is known. */
export function existingScope(store: Store, scope: ReportScope): ReportScope {
  if (scope.scope === 'agency' && !store.reference.agency(scope.agencyId)) throw new ProblemError(404, 'agency_not_found');
  if (scope.scope === 'sector' && !store.reference.sectorExists(scope.sectorId)) throw new ProblemError(404, 'sector_not_found');
  return scope;
}

/** Where a report is read. */
export function reportPath(scope: ReportScope, year: number): string {
  if (scope.scope === 'agency') return `/v1/reports/agencies/${scope.agencyId}/${year}`;
  return scope.scope === 'sector' ? `/v1/reports/sectors/${scope.sectorId}/${year}` : `/v1/reports/national/${year}`;
}

export function reportRoutes({ store }: RouteContext): Pick<Handlers, 'getAgencyReport' | 'getSectorReport' | 'getNationalReport'> {
  const read = (scope: ReportScope, year: number, now: Date) => {
    const body = store.figures.report(existingScope(store, scope), year, today(now));
    return { status: 200 as const, body, headers: body.status === 'published' ? publishedCache : provisionalCache };
  };
  return {
    getAgencyReport: ({ path, now }) => read({ scope: 'agency', agencyId: path.agencyId }, path.year, now),
    getSectorReport: ({ path, now }) => read({ scope: 'sector', sectorId: path.sectorId }, path.year, now),
    getNationalReport: ({ path, now }) => read({ scope: 'national' }, path.year, now),
  };
}
