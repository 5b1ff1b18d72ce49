/** What every route handler may use: the store, and the sources of time and randomness. */
import type { Challenges } from '../http/challenge.js';
import type { Store } from '../store/index.js';

export interface RouteContext {
  store: Store;
  /** random bytes for tracking codes and keys (crypto in production; seeded in tests if needed) */
  randomBytes: (count: number) => Uint8Array;
  /** the platform's proofs of work */
  challenges: Challenges;
}

/** `YYYY-MM-DD` in UTC, the platform's calendar. */
export function today(now: Date): string {
  return now.toISOString().slice(0, 10);
}
