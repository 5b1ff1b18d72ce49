/**
 * One load scenario: autocannon at a fixed number of connections for a fixed time, and the figures
 * the benchmark reports. Latencies are taken from autocannon's per-response timings (float
 * milliseconds, every status code) rather than from its histogram, which keeps whole milliseconds
 * only and leaves out non-2xx answers such as the `304`s of a revalidation.
 */
import autocannon from 'autocannon';
import { createRequire } from 'node:module';

/**
 * autocannon 8 decodes every response body into a string (`req.body += chunk`, for options the
 * bench does not use: `expectBody`, `onResponse`). On a large answer that costs the load
 * generator more than the server: 1.6 ms of its CPU for the 93 KB of every agency's KPIs in
 * brotli, 62 % of its profile, so that on two shared cores the latencies measured the client.
 * The bench never reads a body: they are counted (bytes), not decoded.
 */
function countBodiesOnly(): void {
  const require = createRequire(import.meta.url);
  const queue = (require('autocannon/lib/pipelinedRequestsQueue.js') as { prototype?: { addBody?: unknown } }).prototype;
  if (queue !== undefined && typeof queue.addBody === 'function') queue.addBody = () => {};
}
countBodiesOnly();

export interface LoadOptions {
  title: string;
  url: string;
  connections: number;
  /** seconds */
  duration: number;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  /** builds each request; called once per request sent */
  next?: () => { path: string; headers?: Record<string, string>; body?: string };
  /** fixed path when `next` is not given */
  path?: string;
}

export interface LoadFigures {
  title: string;
  requests: number;
  seconds: number;
  requestsPerSecond: number;
  /** milliseconds */
  p50: number;
  p99: number;
  mean: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  statusCodes: Record<string, number>;
}

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: Float64Array | number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil(p * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export function runLoad(options: LoadOptions): Promise<LoadFigures> {
  const next = options.next;
  const request: autocannon.Request = {
    method: options.method ?? 'GET',
    path: options.path ?? '/',
    headers: options.headers ?? {},
    ...(next === undefined
      ? {}
      : {
          setupRequest: (raw) => {
            const built = next();
            return {
              ...raw,
              path: built.path,
              headers: { ...raw.headers, ...built.headers },
              ...(built.body === undefined ? {} : { body: built.body }),
            };
          },
        }),
  };

  let latencies = new Float64Array(1 << 16);
  let count = 0;
  return new Promise<LoadFigures>((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.url,
        connections: options.connections,
        duration: options.duration,
        pipelining: 1,
        timeout: 30,
        requests: [request],
      },
      (error, result) => {
        if (error) {
          reject(error);
          return;
        }
        const sorted = latencies.subarray(0, count).sort();
        let total = 0;
        for (const value of sorted) total += value;
        const statusCodes: Record<string, number> = {};
        for (const [code, { count: n }] of Object.entries(result.statusCodeStats)) statusCodes[code] = n;
        resolve({
          title: options.title,
          requests: count,
          seconds: result.duration,
          requestsPerSecond: count / result.duration,
          p50: percentile(sorted, 0.5),
          p99: percentile(sorted, 0.99),
          mean: count === 0 ? Number.NaN : total / count,
          non2xx: result.non2xx,
          errors: result.errors,
          timeouts: result.timeouts,
          statusCodes,
        });
      },
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => {
      if (count === latencies.length) {
        const grown = new Float64Array(latencies.length * 2);
        grown.set(latencies);
        latencies = grown;
      }
      latencies[count++] = responseTime;
    });
  });
}

const ms = (value: number) => (value < 10 ? value.toFixed(2) : value.toFixed(1));

/** One line per scenario, as printed after each run. */
export function describe(figures: LoadFigures): string {
  const codes = Object.entries(figures.statusCodes)
    .map(([code, n]) => `${code}×${n}`)
    .join(' ');
  return (
    `  ${figures.requestsPerSecond.toFixed(0)} req/s   p50 ${ms(figures.p50)} ms   p99 ${ms(figures.p99)} ms   ` +
    `(${figures.requests} requests in ${figures.seconds.toFixed(1)} s; status ${codes || 'none'}; ` +
    `non-2xx ${figures.non2xx}; errors ${figures.errors}; timeouts ${figures.timeouts})`
  );
}

export { ms as formatMs };
