/** Annual reports in one uniform model: an agency's, a sector's, and the national summary. */
import type { RequestOptions, Transport } from '../transport.js';
import { caller, segment } from './call.js';

export function reportResource(transport: Transport) {
  const call = caller(transport);
  return {
    agency: (agencyId: string, year: number, options: RequestOptions = {}) =>
      call<'getAgencyReport'>('get', `/v1/reports/agencies/${segment(agencyId)}/${segment(year)}`, options),
    sector: (sectorId: string, year: number, options: RequestOptions = {}) =>
      call<'getSectorReport'>('get', `/v1/reports/sectors/${segment(sectorId)}/${segment(year)}`, options),
    summary: (year: number, options: RequestOptions = {}) =>
      call<'getNationalReport'>('get', `/v1/reports/national/${segment(year)}`, options),
  };
}
