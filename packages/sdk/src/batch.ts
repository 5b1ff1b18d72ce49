/**
 * Reads that many parts of a page ask for at once: identical reads in flight share one request,
 * a repeated read revalidates with its `ETag` (a `304` costs no body), and keys asked for in the
 * same turn of the event loop are fetched together, so 90 badges make one request.
 */
import { AbortError } from './errors.js';
import type { SendOptions, Transport } from './transport.js';

/** Resolves with `promise`, or rejects as soon as `signal` aborts; the shared work goes on for others. */
export function abortable<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(new AbortError(signal.reason));
  return new Promise((resolve, reject) => {
    const abort = () => reject(new AbortError(signal.reason));
    signal.addEventListener('abort', abort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
  });
}

export type SharedRead = <T>(path: string, query?: SendOptions['query'], signal?: AbortSignal) => Promise<T>;

export function sharedReads(transport: Transport): SharedRead {
  const inFlight = new Map<string, Promise<unknown>>();
  const copies = new Map<string, { etag: string; data: unknown }>();
  return <T>(path: string, query: SendOptions['query'] = {}, signal?: AbortSignal) => {
    // Already aborted: nothing to share, nothing to send.
    if (signal?.aborted) return Promise.reject(new AbortError(signal.reason));
    const key = `${path}?${JSON.stringify(query)}`;
    let shared = inFlight.get(key);
    if (!shared) {
      const copy = copies.get(key);
      shared = transport
        .send<T>('get', path, { query, headers: copy ? { 'If-None-Match': copy.etag } : {} })
        .then(({ status, headers, data }) => {
          if (status === 304 && copy) return copy.data;
          const etag = headers.get('etag');
          if (etag) copies.set(key, { etag, data });
          return data;
        })
        .finally(() => inFlight.delete(key));
      inFlight.set(key, shared);
    }
    return abortable(shared as Promise<T>, signal);
  };
}

/**
 * Collects the keys asked for until the current task ends, then loads them with one call.
 * A key the loader did not return is rejected with `missing(key)`.
 */
export function batcher<V>(load: (keys: string[]) => Promise<Map<string, V>>, missing: (key: string) => Error) {
  let waiting: Map<string, { resolve: (value: V) => void; reject: (error: unknown) => void }[]> | null = null;
  const flush = async () => {
    const batch = waiting!;
    waiting = null;
    try {
      const values = await load([...batch.keys()].sort());
      for (const [key, callers] of batch) {
        const value = values.get(key);
        for (const caller of callers) value === undefined ? caller.reject(missing(key)) : caller.resolve(value);
      }
    } catch (error) {
      for (const callers of batch.values()) for (const caller of callers) caller.reject(error);
    }
  };
  return (key: string, signal?: AbortSignal): Promise<V> => {
    // Already aborted: the key does not join (and so does not make) a batch.
    if (signal?.aborted) return Promise.reject(new AbortError(signal.reason));
    const result = new Promise<V>((resolve, reject) => {
      if (!waiting) {
        waiting = new Map();
        // A macrotask, not a microtask: elements upgraded one after another in the same parse
        // still land in the same batch.
        setTimeout(flush, 0);
      }
      waiting.set(key, [...(waiting.get(key) ?? []), { resolve, reject }]);
    });
    return abortable(result, signal);
  };
}
