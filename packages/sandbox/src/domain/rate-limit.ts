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

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly policy: BucketPolicy,
    private readonly now: () => number = Date.now,
  ) {}

  /** Takes a token for `client`; returns 0 when allowed, else the seconds to wait before retrying. */
  take(client: string): number {
    const now = this.now();
    const bucket = this.buckets.get(client) ?? { tokens: this.policy.capacity, updatedAt: now };
    const elapsed = (now - bucket.updatedAt) / 1000;
    bucket.tokens = Math.min(this.policy.capacity, bucket.tokens + elapsed * this.policy.refillPerSecond);
    bucket.updatedAt = now;
    this.buckets.set(client, bucket);
    if (this.buckets.size > 100_000) this.forgetFull(now);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.ceil((1 - bucket.tokens) / this.policy.refillPerSecond);
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
