/** The ministry's operations, with the admin key as the client's `secretKey`. */
import type { RequestOptions, Transport } from '../transport.js';
import type { Input } from '../types.js';
import { caller, withHeaders } from './call.js';

export function adminResource(transport: Transport) {
  const call = caller(transport);
  return {
    /** Adds an agency with its services and allowed origins; the answer holds its back-office key, once. */
    onboardAgency: (input: Input<'onboardAgency'>, options: RequestOptions = {}) =>
      call<'onboardAgency'>('post', '/v1/admin/agencies', {
        ...withHeaders(options, transport.options.secretKey ? { Authorization: `Bearer ${transport.options.secretKey}` } : {}),
        body: input,
      }),
  };
}
