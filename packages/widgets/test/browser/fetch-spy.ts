/**
 * A `window.fetch` patched for one test: it records every request the page makes (method, URL,
 * Idempotency-Key) and what came back, and can fake the two failures a submit must survive:
 *
 * - `dropResponses`: the request really reaches the sandbox (which lodges it), then the response
 *   is lost on the way back: a TypeError instead of the response, as a cut connection gives;
 * - `refuse`: the request never leaves (offline), a TypeError at once.
 *
 * and, for any request, `intercept`: answer it with a Response of the test's own (a fault the
 * sandbox cannot make, such as a 429), or hold it for a while before it goes on.
 *
 * The original fetch is put back after the test by `cleanup()`, even when the test fails.
 */
import { onCleanup } from './support.js';

export interface Exchange {
  method: string;
  url: URL;
  idempotencyKey: string | null;
  /** the answer's status; undefined when the request was refused before leaving */
  status?: number;
  /** the answer's `Idempotency-Replayed` header */
  replayed?: string | null;
  /** the answer reached the sandbox but was thrown away */
  dropped: boolean;
  /** the answer came from `intercept`, not from the sandbox */
  faked?: boolean;
}

/**
 * Takes over the requests it picks: answers a Response to hand back instead of the sandbox's (the
 * request never leaves), or undefined to let the request go on to the sandbox. Async, it holds the
 * request until it settles (a slow network, a look-up caught while loading). Each attempt of a
 * request the SDK retries goes through it again.
 */
export type Interceptor = (exchange: Exchange) => Response | undefined | Promise<Response | undefined>;

export interface FetchSpy {
  exchanges: Exchange[];
  /** the POSTs that lodge a submission */
  readonly submissions: Exchange[];
  dropResponses: boolean;
  refuse: boolean;
  /** milliseconds to hold each submission's answer before handing it over (a slow network) */
  delay: number;
  /** see `Interceptor`; null: every request goes to the sandbox */
  intercept: Interceptor | null;
  restore(): void;
}

const isSubmission = (exchange: Exchange) => exchange.method === 'POST' && exchange.url.pathname === '/v1/submissions';

export function spyOnFetch(): FetchSpy {
  const original = window.fetch;
  const spy: FetchSpy = {
    exchanges: [],
    get submissions() {
      return this.exchanges.filter(isSubmission);
    },
    dropResponses: false,
    refuse: false,
    delay: 0,
    intercept: null,
    restore: () => {
      window.fetch = original;
    },
  };
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    // Read the headers without touching the body: a Request's body can be read only once.
    const headers = input instanceof Request ? input.headers : new Headers(init?.headers);
    const url = new URL(input instanceof Request ? input.url : String(input));
    const method = (init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase();
    const exchange: Exchange = { method, url, idempotencyKey: headers.get('Idempotency-Key'), dropped: false };
    spy.exchanges.push(exchange);
    if (spy.refuse && isSubmission(exchange)) throw new TypeError('Failed to fetch (refused by the test)');
    if (spy.intercept) {
      const faked = await spy.intercept(exchange);
      if (faked) {
        exchange.status = faked.status;
        exchange.faked = true;
        return faked;
      }
    }
    const response = await original.call(window, input, init);
    exchange.status = response.status;
    exchange.replayed = response.headers.get('Idempotency-Replayed');
    if (spy.delay > 0 && isSubmission(exchange)) await new Promise((resolve) => setTimeout(resolve, spy.delay));
    if (spy.dropResponses && isSubmission(exchange)) {
      exchange.dropped = true;
      throw new TypeError('Failed to fetch (response dropped by the test)');
    }
    return response;
  };
  onCleanup(spy.restore);
  return spy;
}

/**
 * An error answer as the platform gives it (RFC 9457 problem details, with its stable `code`), for
 * `intercept`: `problemResponse(429, 'rate_limited', { 'Retry-After': '1' })`. A new one each call
 * (a Response's body is read once).
 */
export function problemResponse(status: number, code: string, headers: Record<string, string> = {}): Response {
  const body = { type: `https://chikaya.ma/problems/${code}`, title: code.replace(/_/g, ' '), status, code };
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/problem+json', ...headers } });
}
