/** Sectors, service categories and regions with their provinces. */
import type { RequestOptions, Transport } from '../transport.js';
import { caller } from './call.js';

export function referenceResource(transport: Transport) {
  const call = caller(transport);
  return {
    sectors: (options: RequestOptions = {}) => call<'listSectors'>('get', '/v1/sectors', options),
    serviceCategories: (options: RequestOptions = {}) => call<'listServiceCategories'>('get', '/v1/service-categories', options),
    regions: (options: RequestOptions = {}) => call<'listRegions'>('get', '/v1/regions', options),
  };
}
