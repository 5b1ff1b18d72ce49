/**
 * States that a healthy platform does not show on demand (a 429, a network failure, an answer that
 * is slow to come) are shown by answering some of the page's requests in its place, for one story:
 * `beforeEach: () => patchFetch(...)` patches `window.fetch` before the story renders and puts it
 * back when the story is left. The elements and the SDK are the real ones: they call the global
 * fetch at each request, as they do on any page.
 */

export interface PatchedRequest {
  url: URL;
  method: string;
}

/**
 * An answer in place of the platform's, or `undefined` to let the request through. `stall()` is an
 * answer whose headers come at once and whose body never does: a request that never ends (the
 * SDK's timeout covers waiting for the headers, not the body).
 */
export type Stand = (request: PatchedRequest, stall: () => Response) => Response | Promise<Response> | undefined;

/** Patches `window.fetch` with `stand`; returns what puts it back. */
export function patchFetch(stand: Stand): () => void {
  const original = window.fetch;
  const stalled = new Set<ReadableStreamDefaultController>();
  const stall = () =>
    new Response(
      new ReadableStream({
        start: (controller) => {
          stalled.add(controller);
        },
      }),
      { status: 200, headers: { 'Content-Type': 'application/json' } },
    );
  const patched: typeof fetch = (input, init) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url, document.baseURI);
    const method = (init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase();
    const answer = stand({ url, method }, stall);
    return answer === undefined ? original(input, init) : Promise.resolve(answer);
  };
  window.fetch = patched;
  return () => {
    if (window.fetch === patched) window.fetch = original;
    // A read still waiting for its body fails now, so that it is not shared with the next story
    // (the KPI reader shares reads in flight): tried again, it reaches the platform.
    for (const controller of stalled) controller.error(new TypeError('The story was left'));
  };
}

/** The platform's `application/problem+json` answer. */
export function problem(status: number, code: string, title: string, headers: Record<string, string> = {}): Promise<Response> {
  return Promise.resolve(
    new Response(JSON.stringify({ type: `https://chikaya.ma/problems/${code}`, title, status, code }), {
      status,
      headers: { 'Content-Type': 'application/problem+json', ...headers },
    }),
  );
}

/** What fetch does when the network is down. */
export const offline = (): Promise<Response> => Promise.reject(new TypeError('Failed to fetch'));
