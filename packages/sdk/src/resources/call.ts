/** The shape every resource method shares: send, then hand back the typed body. */
import type { RequestOptions, SendOptions, Transport } from '../transport.js';
import type { OperationId, Result } from '../types.js';

export function caller(transport: Transport) {
  return <O extends OperationId>(method: 'get' | 'post', path: string, options: SendOptions = {}): Promise<Result<O>> =>
    transport.send<Result<O>>(method, path, options).then(({ data }) => data as Result<O>);
}

/** A path segment from user input, so that `../` or `?` cannot change which resource is asked for. */
export const segment = (value: string | number) => encodeURIComponent(String(value));

export function withHeaders(options: RequestOptions, headers: Record<string, string>): SendOptions {
  return { ...options, headers: { ...options.headers, ...headers } };
}
