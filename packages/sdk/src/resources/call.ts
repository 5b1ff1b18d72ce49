/** The shape every resource method shares: send, then hand back the typed body. */
import { ValidationError } from '../errors.js';
import { normalizeTrackingCode } from '../tracking-code.js';
import type { Method, RequestOptions, SendOptions, Transport } from '../transport.js';
import type { OperationId, Result } from '../types.js';

export function caller(transport: Transport) {
  return <O extends OperationId>(method: Method, path: string, options: SendOptions = {}): Promise<Result<O>> =>
    transport.send<Result<O>>(method, path, options).then(({ data }) => data as Result<O>);
}

/** A path segment from user input, so that `../` or `?` cannot change which resource is asked for. */
export const segment = (value: string | number) => encodeURIComponent(String(value));

export function withHeaders(options: RequestOptions, headers: Record<string, string>): SendOptions {
  return { ...options, headers: { ...options.headers, ...headers } };
}

/** The options with the client's secret key (an agency's back-office key, or the admin key), when it has one. */
export function withSecretKey(transport: Transport, options: RequestOptions & Pick<SendOptions, 'query' | 'body'>): SendOptions {
  return withHeaders(options, transport.options.secretKey ? { Authorization: `Bearer ${transport.options.secretKey}` } : {});
}

/**
 * A tracking code as a path segment, read as a person typed it (any case, spaces, O for 0), or a
 * ValidationError before any request when its length or check symbol is wrong.
 */
export function trackingCodeSegment(trackingCode: string): string {
  const code = normalizeTrackingCode(trackingCode);
  if (code === null) throw new ValidationError([{ parameter: 'trackingCode', code: 'invalid_format' }]);
  return segment(code);
}
