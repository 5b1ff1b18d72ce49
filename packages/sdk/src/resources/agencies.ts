/** The participating agencies and the services each delivers. */
import type { RequestOptions, Transport } from '../transport.js';
import type { Query } from '../types.js';
import { caller, segment } from './call.js';

export function agencyResource(transport: Transport) {
  const call = caller(transport);
  return {
    /** Agencies in joining order, filtered by `sector` and by text `q` in any name or the acronym. */
    list: (query: Query<'listAgencies'> = {}, options: RequestOptions = {}) =>
      call<'listAgencies'>('get', '/v1/agencies', { ...options, query }),
    get: (agencyId: string, options: RequestOptions = {}) => call<'getAgency'>('get', `/v1/agencies/${segment(agencyId)}`, options),
    services: (agencyId: string, options: RequestOptions = {}) =>
      call<'listAgencyServices'>('get', `/v1/agencies/${segment(agencyId)}/services`, options),
  };
}
