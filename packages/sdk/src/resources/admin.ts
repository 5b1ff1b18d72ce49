/** The ministry's operations, with the admin key as the client's `secretKey`. */
import type { RequestOptions, Transport } from '../transport.js';
import type { Input } from '../types.js';
import { caller, withSecretKey } from './call.js';

export function adminResource(transport: Transport) {
  const call = caller(transport);
  return {
    /** Adds an agency with its services and allowed origins; the answer holds its back-office key, once. */
    onboardAgency: (input: Input<'onboardAgency'>, options: RequestOptions = {}) =>
      call<'onboardAgency'>('post', '/v1/admin/agencies', withSecretKey(transport, { ...options, body: input })),
    /**
     * Approves and publishes the report of an agency, a sector (`id`) or the nation (no `id`) for a
     * year that has ended; the answer is the published report, whose figures never change again.
     */
    approveReport: (input: Input<'approveReport'>, options: RequestOptions = {}) =>
      call<'approveReport'>('post', '/v1/admin/reports/approvals', withSecretKey(transport, { ...options, body: input })),
  };
}
