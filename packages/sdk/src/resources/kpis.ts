/** KPIs against the public targets: one agency (batched), every agency, the nation. */
import { ApiError, ValidationError } from '../errors.js';
import { batcher, sharedReads } from '../batch.js';
import type { Transport } from '../transport.js';
import type { Kpis, Result } from '../types.js';

export interface KpiOptions {
  /** calendar year (default: the current year, as the platform counts it) */
  year?: number;
  signal?: AbortSignal;
}

/**
 * The contract's `Slug` rules for an agency id. A malformed id is refused for its caller alone:
 * sent in a batch, the platform would refuse the whole batch, and every other badge with it.
 */
function agencyIdError(agencyId: string): ValidationError | null {
  const code =
    typeof agencyId !== 'string' || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(agencyId)
      ? 'invalid_format'
      : agencyId.length < 2
        ? 'too_short'
        : agencyId.length > 60
          ? 'too_long'
          : null;
  return code === null ? null : new ValidationError([{ parameter: 'agencyId', code }]);
}

export function kpiResource(transport: Transport) {
  const read = sharedReads(transport);
  const batches = new Map<string, (agencyId: string, signal?: AbortSignal) => Promise<Kpis>>();

  const batchFor = (year: number | undefined) => {
    const key = String(year ?? '');
    let batch = batches.get(key);
    if (!batch) {
      batch = batcher<Kpis>(
        async (ids) => {
          if (ids.length === 1) {
            const one = await read<Kpis>(`/v1/kpis/agencies/${encodeURIComponent(ids[0]!)}`, { year });
            return new Map([[ids[0]!, one]]);
          }
          const many = await read<Result<'listAgencyKpis'>>('/v1/kpis/agencies', { year, ids });
          return new Map(many.items.map((kpis) => [kpis.agencyId!, kpis]));
        },
        () =>
          new ApiError(404, {
            type: 'https://chikaya.ma/problems/agency_not_found',
            title: 'No agency has this id',
            status: 404,
            code: 'agency_not_found',
          }),
      );
      batches.set(key, batch);
    }
    return batch;
  };

  return {
    /** One agency's KPIs. Calls made in the same task are sent as one request. */
    agency: (agencyId: string, { year, signal }: KpiOptions = {}): Promise<Kpis> => {
      const invalid = agencyIdError(agencyId);
      return invalid ? Promise.reject(invalid) : batchFor(year)(agencyId, signal);
    },
    /** The nation's KPIs, with the participating agencies against their target. */
    national: ({ year, signal }: KpiOptions = {}) => read<Result<'getNationalKpis'>>('/v1/kpis/national', { year }, signal),
    /** Every agency's KPIs (or those of `ids`) in one response. */
    allAgencies: ({ year, ids, signal }: KpiOptions & { ids?: string[] } = {}) =>
      read<Result<'listAgencyKpis'>>('/v1/kpis/agencies', { year, ids: ids && [...ids].sort() }, signal),
  };
}

export type KpiResource = ReturnType<typeof kpiResource>;
