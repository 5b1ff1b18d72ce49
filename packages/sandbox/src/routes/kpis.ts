/**
 * KPIs, cacheable: an `ETag` made of the data version and the day (overdue counts change with the
 * calendar), so a browser revalidates with `If-None-Match` and gets a `304` while nothing moved.
 */
import type { Handlers } from '../http/operation.js';
import { ProblemError } from '../http/problem.js';
import { type RouteContext, today } from './context.js';

function cacheHeaders(version: number, year: number, day: string) {
  return {
    ETag: `W/"kpi-${year}-${version}-${day}"`,
    'Cache-Control': 'public, max-age=300, stale-while-revalidate=3600',
  };
}

export function kpiRoutes({ store }: RouteContext): Pick<Handlers, 'getNationalKpis' | 'listAgencyKpis' | 'getAgencyKpis'> {
  const { figures } = store;
  return {
    getNationalKpis: ({ query, now, revalidate }) => {
      const year = query.year ?? now.getUTCFullYear();
      const day = today(now);
      revalidate(cacheHeaders(figures.kpis.version('all'), year, day));
      return { status: 200, body: figures.national(year, day) };
    },
    listAgencyKpis: ({ query, now, revalidate }) => {
      const year = query.year ?? now.getUTCFullYear();
      const day = today(now);
      revalidate(cacheHeaders(figures.kpis.version('all'), year, day));
      return { status: 200, body: { year, items: figures.agencies(query.ids, year, day) } };
    },
    getAgencyKpis: ({ path, query, now, revalidate }) => {
      const agency = store.reference.agency(path.agencyId);
      if (!agency) throw new ProblemError(404, 'agency_not_found');
      const year = query.year ?? now.getUTCFullYear();
      const day = today(now);
      revalidate(cacheHeaders(figures.kpis.version(`agency:${agency.id}`), year, day));
      return { status: 200, body: figures.agency(agency.id, agency.sectorId, year, day) };
    },
  };
}
