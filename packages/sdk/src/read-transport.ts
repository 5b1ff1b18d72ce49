/**
 * A transport that only reads, on the platform's fetch alone: what a KPI badge needs, without
 * ky's 4 KB. It keeps `createTransport`'s promises for reads: the same options, the same errors,
 * the same retries (network failure, 408, 429, 5xx; backoff with jitter; the server's
 * Retry-After) and a timeout per attempt. `kpiResource(createReadTransport(options))` is the
 * lightest way to show KPIs.
 */
import { AbortError, ApiError, NetworkError, problemOf, TimeoutError } from './errors.js';
import { maxRetryAfter, retryDelay, retryLimits, retryStatusCodes } from './retry.js';
import type { ClientOptions, Transport } from './transport.js';
import { searchParams } from './url.js';

/** Resolves after `ms`, or rejects at once when `signal` aborts. */
function wait(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const abort = () => {
      clearTimeout(timer);
      reject(new AbortError(signal!.reason));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', abort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', abort, { once: true });
  });
}

export function createReadTransport(options: ClientOptions): Transport {
  const fetcher = options.fetch;
  const { limit, backoffLimit } = retryLimits(options.retry);
  const timeout = options.timeout ?? 10_000;
  return {
    options,
    async send(method, path, { query, signal, headers } = {}) {
      if (method !== 'get') throw new TypeError('a read transport: use createTransport to write');
      const params = searchParams(query)?.toString();
      const url = `${options.baseUrl.replace(/\/+$/, '')}${path}${params ? `?${params}` : ''}`;
      for (let attempt = 1; ; attempt++) {
        if (signal?.aborted) throw new AbortError(signal.reason);
        const deadline = AbortSignal.timeout(timeout);
        let response: Response;
        let data: unknown;
        try {
          const init = { headers: { ...options.headers, ...headers }, signal: signal ? AbortSignal.any([signal, deadline]) : deadline };
          // A plain call: browsers refuse a window.fetch called as a method of another object.
          response = await (fetcher ? fetcher(url, init) : fetch(url, init));
          const text = response.ok ? await response.text() : '';
          data = text === '' ? undefined : JSON.parse(text);
        } catch (error) {
          if (signal?.aborted) throw new AbortError(signal.reason);
          if (deadline.aborted) throw new TimeoutError();
          if (attempt > limit) throw new NetworkError(error);
          await wait(Math.min(retryDelay(attempt), backoffLimit), signal);
          continue;
        }
        if (response.ok) return { status: response.status, headers: response.headers, data: data as never };
        if (response.status === 304) return { status: 304, headers: response.headers, data: undefined };
        if (retryStatusCodes.includes(response.status) && attempt <= limit) {
          const after = Number(response.headers.get('retry-after')) * 1000;
          await wait(after > 0 ? Math.min(after, maxRetryAfter) : Math.min(retryDelay(attempt), backoffLimit), signal);
          continue;
        }
        throw new ApiError(response.status, await problemOf(response));
      }
    },
  };
}
