/**
 * Lodging a submission and what its author does next. `create` always sends an idempotency key
 * (yours, or a new one) and reuses it on every retry: a retried create never makes two submissions.
 *
 * A platform asks a create made without the agency's key for a proof of work (`challenge_required`,
 * or `challenge_invalid` for one expired or spent): `create` then fetches a challenge, solves it and
 * sends again, once, with the same idempotency key. A form saves that second or two by starting
 * `prove()` as soon as its user starts, and handing the proof to `create`.
 */
import { ApiError } from '../errors.js';
import { type Proof, solveChallenge } from '../challenge.js';
import type { RequestOptions, Transport } from '../transport.js';
import type { Input } from '../types.js';
import { caller, trackingCodeSegment, withHeaders, withSecretKey } from './call.js';

export interface CreateOptions extends RequestOptions {
  /** reuse the key of an earlier attempt (e.g. kept with a draft) to make a retry safe */
  idempotencyKey?: string;
  /** a proof made ahead with `prove()` (while the user typed); one expired or failed is made again */
  proof?: Proof | Promise<Proof>;
}

/** A proof sent less than this before it expires may expire on the way. */
const proofMargin = 15_000;

/** `challenge_required` or `challenge_invalid` */
const askedForProof = (error: unknown) => error instanceof ApiError && error.code.startsWith('challenge_');

export function submissionResource(transport: Transport) {
  const call = caller(transport);
  const keyed = (accessKey: string, options: RequestOptions) => withHeaders(options, { 'X-Access-Key': accessKey });
  /** A new challenge of the platform's, solved. */
  const prove = async (options: RequestOptions = {}): Promise<Proof> =>
    solveChallenge(await call<'getChallenge'>('get', '/v1/challenge', options), options);
  return {
    prove,
    create: async (input: Input<'createSubmission'>, { idempotencyKey = crypto.randomUUID(), proof, ...options }: CreateOptions = {}) => {
      // An agency's systems send its key, and need no proof.
      const send = (altcha: Proof | undefined) =>
        call<'createSubmission'>('post', '/v1/submissions', {
          ...withSecretKey(transport, withHeaders(options, { 'Idempotency-Key': idempotencyKey, ...(altcha ? { Altcha: altcha.header } : {}) })),
          body: input,
          idempotent: true,
        });
      const ready = await Promise.resolve(proof).catch(() => undefined);
      try {
        return await send(ready && ready.expires - proofMargin > Date.now() ? ready : undefined);
      } catch (error) {
        if (!askedForProof(error)) throw error;
        return send(await prove(options));
      }
    },
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
