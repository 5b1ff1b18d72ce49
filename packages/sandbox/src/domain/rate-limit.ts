/**
 * Token buckets per client: `capacity` requests at once, refilled at `refillPerSecond`. A look-up by
 * tracking code gets a small bucket so that codes cannot be enumerated.
 */
export interface BucketPolicy {
  capacity: number;
  refillPerSecond: number;
}

interface Bucket {
  tokens: number;
  updatedAt: number;
}

/** What one request was allowed, as a client may be told it (the RateLimit fields). */
export interface Allowance {
  /** 0 when the request is allowed, else the seconds to wait before retrying */
  wait: number;
  /** whole requests left after this one */
  remaining: number;
  /** seconds until one more request is allowed than `remaining` says (at least 1) */
  reset: number;
}

/**
 * The bucket as a quota over a window, as the RateLimit-Policy field states one: `capacity`
 * requests, and the whole-second time an empty bucket takes to fill up again.
 */
export function quotaOf(policy: BucketPolicy): { quota: number; window: number } {
  return { quota: policy.capacity, window: Math.max(1, Math.ceil(policy.capacity / policy.refillPerSecond)) };
}

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    readonly policy: BucketPolicy,
    private readonly now: () => number = Date.now,
  ) {}

  /** Takes a token for `client` if there is one; says what is left either way. */
  take(client: string): Allowance {
    const now = this.now();
    const bucket = this.buckets.get(client) ?? { tokens: this.policy.capacity, updatedAt: now };
    const elapsed = (now - bucket.updatedAt) / 1000;
    bucket.tokens = Math.min(this.policy.capacity, bucket.tokens + elapsed * this.policy.refillPerSecond);
    bucket.updatedAt = now;
    this.buckets.set(client, bucket);
    if (this.buckets.size > 100_000) this.forgetFull(now);
    const allowed = bucket.tokens >= 1;
    if (allowed) bucket.tokens -= 1;
    const remaining = Math.floor(bucket.tokens);
    // The next whole token; a refused request's wait is the same number, so Retry-After is never
    // earlier than the reset the RateLimit field gives (as the draft asks).
    const reset = Math.max(1, Math.ceil((remaining + 1 - bucket.tokens) / this.policy.refillPerSecond));
    return { wait: allowed ? 0 : reset, remaining, reset };
  }

  /** Drops buckets that have refilled completely: they hold no information. */
  private forgetFull(now: number): void {
    for (const [client, bucket] of this.buckets) {
      const tokens = bucket.tokens + ((now - bucket.updatedAt) / 1000) * this.policy.refillPerSecond;
      if (tokens >= this.policy.capacity) this.buckets.delete(client);
    }
  }
}

/**
 * How many submissions each client lodged with each agency on each day (UTC), against `perDay`. A
 * day's counts are dropped when the next day starts.
 */
export class DailyQuota {
  private day = '';
  private readonly counts = new Map<string, number>();

  constructor(readonly perDay: number) {}

  private roll(now: Date): void {
    const day = now.toISOString().slice(0, 10);
    if (day === this.day) return;
    this.day = day;
    this.counts.clear();
  }

  /** 0 while `key` may lodge more today, else the seconds until midnight UTC. */
  wait(key: string, now: Date): number {
    this.roll(now);
    if ((this.counts.get(key) ?? 0) < this.perDay) return 0;
    const midnight = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1);
    return Math.max(1, Math.ceil((midnight - now.getTime()) / 1000));
  }

  add(key: string, now: Date): void {
    this.roll(now);
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }
}
