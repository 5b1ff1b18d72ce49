/**
 * A `window.fetch` patched for one test: it records every request the page makes (method, URL,
 * Idempotency-Key) and what came back, and can fake the two failures a submit must survive:
 *
 * - `dropResponses`: the request really reaches the sandbox (which lodges it), then the response
 *   is lost on the way back: a TypeError instead of the response, as a cut connection gives;
 * - `refuse`: the request never leaves (offline), a TypeError at once.
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
}

export interface FetchSpy {
  exchanges: Exchange[];
  /** the POSTs that lodge a submission */
  readonly submissions: Exchange[];
  dropResponses: boolean;
  refuse: boolean;
  /** milliseconds to hold each submission's answer before handing it over (a slow network) */
  delay: number;
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
