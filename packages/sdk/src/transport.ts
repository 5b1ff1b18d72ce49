/**
 * The one place that talks HTTP: a ky instance configured from the client's options, and the
 * translation of every failure into the SDK's own errors.
 */
import ky, { HTTPError, type KyInstance, type RetryOptions as KyRetryOptions, TimeoutError as KyTimeoutError } from 'ky';
import { AbortError, ApiError, ChikayaError, NetworkError, problemOf, TimeoutError } from './errors.js';
import { maxRetryAfter, retryDelay, retryLimits, type RetryOptions, retryStatusCodes } from './retry.js';
import { searchParams } from './url.js';

/** ky's retry options for `methods`; a create is retried only because it carries an idempotency key. */
function retryPolicy(options: RetryOptions | number | undefined, methods: string[]): KyRetryOptions {
  const { limit, backoffLimit } = retryLimits(options);
  return {
    limit,
    methods,
    statusCodes: retryStatusCodes,
    afterStatusCodes: [413, 429, 503],
    // The server's Retry-After is honoured even past backoffLimit (retrying sooner only earns
    // another 429), but no longer than maxRetryAfter.
    maxRetryAfter,
    backoffLimit,
    delay: retryDelay,
  };
}


export interface ClientOptions {
  /** the platform's origin, e.g. `https://api.chikaya.ma` or the sandbox's `http://127.0.0.1:8787` */
  baseUrl: string;
  /** a fetch of your own (tests, instrumentation); default: the global fetch */
  fetch?: typeof fetch;
  /** milliseconds per attempt before giving up (default 10 000) */
  timeout?: number;
  /** attempts after the first for reads and idempotent creates (default 2), or finer options */
  retry?: number | RetryOptions;
  /** headers sent with every request */
  headers?: Record<string, string>;
  /** an agency's back-office key, or the ministry's admin key, for `backOffice` and `admin` */
  secretKey?: string;
}

export interface RequestOptions {
  /** cancels the request (and its retries) */
  signal?: AbortSignal;
  /** extra headers for this request */
  headers?: Record<string, string>;
}

export interface Sent<T> {
  status: number;
  headers: Headers;
  /** `undefined` for a `304 Not Modified` */
  data: T | undefined;
}

/** The HTTP methods of the contract's operations. */
export type Method = 'get' | 'post' | 'patch' | 'delete';

export interface SendOptions extends RequestOptions {
  query?: Record<string, string | number | boolean | string[] | undefined>;
  body?: unknown;
  /** whether a POST may be retried (it carries an idempotency key) */
  idempotent?: boolean;
}

export interface Transport {
  send<T>(method: Method, path: string, options?: SendOptions): Promise<Sent<T>>;
  options: ClientOptions;
}

/** Maps anything thrown while sending into a ChikayaError. */
async function translate(error: unknown, signal: AbortSignal | undefined): Promise<ChikayaError> {
  if (error instanceof ChikayaError) return error;
  if (signal?.aborted) return new AbortError(signal.reason);
  if (error instanceof HTTPError) return new ApiError(error.response.status, await problemOf(error.response));
  if (error instanceof KyTimeoutError) return new TimeoutError();
  return new NetworkError(error);
}

export function createTransport(options: ClientOptions): Transport {
  const fetcher = options.fetch;
  const instance: KyInstance = ky.create({
    prefixUrl: options.baseUrl,
    timeout: options.timeout ?? 10_000,
    retry: retryPolicy(options.retry, ['get']),
    headers: options.headers ?? {},
    // Browsers refuse a window.fetch called as a method of another object ("Illegal invocation"),
    // as ky would call it, or as `options.fetch(…)` would: call it as a plain function.
    ...(fetcher ? { fetch: (input: RequestInfo | URL, init?: RequestInit) => fetcher(input, init) } : {}),
  });
  return {
    options,
    async send(method, path, { query, body, signal, headers, idempotent } = {}) {
      try {
        // Already aborted: reject without handing anything to fetch.
        signal?.throwIfAborted();
        const response = await instance(path.replace(/^\//, ''), {
          method,
          searchParams: searchParams(query),
          json: body,
          signal,
          // Never `headers: undefined`: ky's merge would let it replace the client's own headers.
          headers: headers ?? {},
          // ky concatenates the request's retry methods with the instance's (`get`): an idempotent
          // create adds `post`; any other POST adds nothing and is never retried.
          ...(method === 'post' ? { retry: retryPolicy(options.retry, idempotent ? ['post'] : []) } : {}),
        });
        const text = await response.text();
        return { status: response.status, headers: response.headers, data: text === '' ? undefined : JSON.parse(text) };
      } catch (error) {
        if (error instanceof HTTPError && error.response.status === 304)
          return { status: 304, headers: error.response.headers, data: undefined };
        throw await translate(error, signal);
      }
    },
  };
}
