/** Annual reports for an agency, a sector and the nation, in one uniform model. */
import type { Handlers } from '../http/operation.js';
import { ProblemError } from '../http/problem.js';
import { type RouteContext, today } from './context.js';

const reportCache = { 'Cache-Control': 'public, max-age=300' };

export function reportRoutes({ store }: RouteContext): Pick<Handlers, 'getAgencyReport' | 'getSectorReport' | 'getNationalReport'> {
  return {
    getAgencyReport: ({ path, now }) => {
      if (!store.reference.agency(path.agencyId)) throw new ProblemError(404, 'agency_not_found');
      const body = store.figures.report({ scope: 'agency', agencyId: path.agencyId }, path.year, today(now));
      return { status: 200, body, headers: reportCache };
    },
    getSectorReport: ({ path, now }) => {
      if (!store.reference.sectorExists(path.sectorId)) throw new ProblemError(404, 'sector_not_found');
      const body = store.figures.report({ scope: 'sector', sectorId: path.sectorId }, path.year, today(now));
      return { status: 200, body, headers: reportCache };
    },
    getNationalReport: ({ path, now }) => ({
      status: 200,
      body: store.figures.report({ scope: 'national' }, path.year, today(now)),
      headers: reportCache,
    }),
  };
}
