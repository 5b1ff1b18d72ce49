/**
 * Lodging a submission and what its author does next. `create` always sends an idempotency key
 * (yours, or a new one) and reuses it on every retry: a retried create never makes two submissions.
 */
import type { RequestOptions, Transport } from '../transport.js';
import type { Input } from '../types.js';
import { caller, trackingCodeSegment, withHeaders } from './call.js';

export interface CreateOptions extends RequestOptions {
  /** reuse the key of an earlier attempt (e.g. kept with a draft) to make a retry safe */
  idempotencyKey?: string;
}

export function submissionResource(transport: Transport) {
  const call = caller(transport);
  const keyed = (accessKey: string, options: RequestOptions) => withHeaders(options, { 'X-Access-Key': accessKey });
  return {
    create: (input: Input<'createSubmission'>, { idempotencyKey = crypto.randomUUID(), ...options }: CreateOptions = {}) =>
      call<'createSubmission'>('post', '/v1/submissions', {
        ...withHeaders(options, { 'Idempotency-Key': idempotencyKey }),
        body: input,
        idempotent: true,
      }),
    /** Public status and timeline by tracking code; no personal data. Codes are read as typed (any case, spaces, O for 0). */
    status: async (trackingCode: string, options: RequestOptions = {}) =>
      call<'getSubmissionStatus'>('get', `/v1/submissions/${trackingCodeSegment(trackingCode)}/status`, options),
    details: async (trackingCode: string, accessKey: string, options: RequestOptions = {}) =>
      call<'getSubmissionDetails'>('get', `/v1/submissions/${trackingCodeSegment(trackingCode)}`, keyed(accessKey, options)),
    rate: async (trackingCode: string, accessKey: string, rating: Input<'rateSubmission'>, options: RequestOptions = {}) =>
      call<'rateSubmission'>('post', `/v1/submissions/${trackingCodeSegment(trackingCode)}/rating`, {
        ...keyed(accessKey, options),
        body: rating,
      }),
    renew: async (trackingCode: string, accessKey: string, renewal: Input<'renewSubmission'>, options: RequestOptions = {}) =>
      call<'renewSubmission'>('post', `/v1/submissions/${trackingCodeSegment(trackingCode)}/renewal`, {
        ...keyed(accessKey, options),
        body: renewal,
      }),
  };
}
