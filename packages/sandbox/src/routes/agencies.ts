/** The participating agencies and their services. */
import type { Handlers } from '../http/operation.js';
import { ProblemError } from '../http/problem.js';
import type { RouteContext } from './context.js';

const agencyCache = { 'Cache-Control': 'public, max-age=300' };

export function agencyRoutes({ store }: RouteContext): Pick<Handlers, 'listAgencies' | 'getAgency' | 'listAgencyServices'> {
  const existing = (agencyId: string) => {
    const agency = store.reference.agency(agencyId);
    if (!agency) throw new ProblemError(404, 'agency_not_found');
    return agency;
  };
  return {
    listAgencies: ({ query }) => ({
      status: 200,
      body: store.reference.agencies({ sector: query.sector, q: query.q, page: query.page ?? 1, pageSize: query.pageSize ?? 20 }),
      headers: agencyCache,
    }),
    getAgency: ({ path }) => ({ status: 200, body: existing(path.agencyId), headers: agencyCache }),
    listAgencyServices: ({ path }) => {
      existing(path.agencyId);
      return { status: 200, body: { items: store.reference.services(path.agencyId) }, headers: agencyCache };
    },
  };
}
