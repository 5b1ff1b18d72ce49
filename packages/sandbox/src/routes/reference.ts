/** Sectors, service categories and regions: reference data, cacheable for an hour. */
import type { Handlers } from '../http/operation.js';
import type { RouteContext } from './context.js';

export const referenceCache = { 'Cache-Control': 'public, max-age=3600' };

export function referenceRoutes({ store }: RouteContext): Pick<Handlers, 'listSectors' | 'listServiceCategories' | 'listRegions'> {
  return {
    listSectors: () => ({ status: 200, body: { items: store.reference.sectors() }, headers: referenceCache }),
    listServiceCategories: () => ({ status: 200, body: { items: store.reference.serviceCategories() }, headers: referenceCache }),
    listRegions: () => ({ status: 200, body: { items: store.reference.regions() }, headers: referenceCache }),
  };
}
