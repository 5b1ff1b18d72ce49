/**
 * Fetch wrappers for the SDK's tests. `countingFetch` only watches: every call, its request
 * headers, what came back and when. `faultyFetch` injects the failures a real network makes, and
 * is the only fake of the suite: everything it does not intercept goes to the real sandbox.
 */

export interface Exchange {
  method: string;
  url: URL;
  /** the request's headers, as sent (a copy) */
  headers: Headers;
  /** `performance.now()` when the SDK called fetch */
  at: number;
  /** the answer's status, when there was one */
  status?: number;
  responseHeaders?: Headers;
  /** what fetch threw instead of answering */
  error?: unknown;
}

export interface CountingFetch {
  fetch: typeof fetch;
  /** every call, in order */
  readonly calls: Exchange[];
  /** the calls to this path (`/v1/kpis/national`), any query */
  to(pathname: string): Exchange[];
  /** the calls that got an answer with this status */
  withStatus(status: number): Exchange[];
  reset(): void;
}

/** The request to look at (ky hands fetch a `Request`, plus options it does not know in `init`). */
function requestOf(input: RequestInfo | URL, init?: RequestInit): Request {
  return input instanceof Request ? input : new Request(input, init);
}

/** Records every call made through it, then hands it to `inner` (default: the real fetch). */
export function countingFetch(inner: typeof fetch = globalThis.fetch): CountingFetch {
  const calls: Exchange[] = [];
  const counting = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = requestOf(input, init);
    const exchange: Exchange = { method: request.method, url: new URL(request.url), headers: new Headers(request.headers), at: performance.now() };
    calls.push(exchange);
    try {
      const response = await inner(input, init);
      exchange.status = response.status;
      exchange.responseHeaders = response.headers;
      return response;
    } catch (error) {
      exchange.error = error;
      throw error;
    }
  };
  return {
    fetch: counting as typeof fetch,
    calls,
    to: (pathname) => calls.filter((call) => call.url.pathname === pathname),
    withStatus: (status) => calls.filter((call) => call.status === status),
    reset: () => {
      calls.length = 0;
    },
  };
}

export type Fault =
  /** let the server answer in full, then fail as if the connection dropped before the answer arrived */
  | { kind: 'drop-response' }
  /** answer this instead of asking the server (a proxy or an overloaded platform) */
  | { kind: 'answer'; status: number; headers?: Record<string, string>; body?: string }
  /** never answer; give up only when the request's signal aborts (timeout or caller) */
  | { kind: 'hang' };

interface Planned {
  fault: Fault;
  times: number;
  match: (request: Request) => boolean;
}

export interface FaultyFetch {
  fetch: typeof fetch;
  /** fails the next `times` (default 1) requests that `match` (default: any) with `fault` */
  inject(fault: Fault, options?: { times?: number; match?: (request: Request) => boolean }): void;
  /** statuses the server answered but the caller never saw (`drop-response`) */
  readonly dropped: number[];
  /** faults planned and not yet used */
  pending(): number;
  clear(): void;
}

/** The error a browser's or Node's fetch throws when the connection fails. */
export const connectionLost = () => new TypeError('fetch failed', { cause: new Error('socket hang up (injected)') });

export function faultyFetch(inner: typeof fetch = globalThis.fetch): FaultyFetch {
  const plan: Planned[] = [];
  const dropped: number[] = [];
  const faulty = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = requestOf(input, init);
    const index = plan.findIndex((planned) => planned.match(request));
    if (index === -1) return inner(input, init);
    const planned = plan[index]!;
    if (--planned.times === 0) plan.splice(index, 1);
    const { fault } = planned;
    if (fault.kind !== 'drop-response') {
      // The request goes out in full, as with a real fetch (ky waits on the body it keeps for retries).
      await request.arrayBuffer();
    }
    switch (fault.kind) {
      case 'drop-response': {
        const response = await inner(input, init);
        // Read the whole answer: the server has finished its work when the "network" fails.
        await response.arrayBuffer();
        dropped.push(response.status);
        throw connectionLost();
      }
      case 'answer':
        return new Response(fault.body ?? null, { status: fault.status, headers: fault.headers ?? {} });
      case 'hang':
        return new Promise<Response>((_, reject) => {
          const { signal } = request;
          if (signal.aborted) reject(signal.reason);
          signal.addEventListener('abort', () => reject(signal.reason), { once: true });
        });
    }
  };
  return {
    fetch: faulty as typeof fetch,
    inject(fault, { times = 1, match = () => true } = {}) {
      plan.push({ fault, times, match });
    },
    dropped,
    pending: () => plan.length,
    clear: () => {
      plan.length = 0;
      dropped.length = 0;
    },
  };
}

/** A counting fetch in front of a faulty one: the count sees every attempt, faulted or not. */
export function network() {
  const faults = faultyFetch();
  const counter = countingFetch(faults.fetch);
  return { fetch: counter.fetch, counter, faults };
}
