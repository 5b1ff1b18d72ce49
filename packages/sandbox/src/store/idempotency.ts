/**
 * Idempotency keys: the first answer to a create is kept 24 hours under its key, with a hash of the
 * request, so that a retry replays it instead of creating a second submission.
 */
import type { Db } from './db.js';

export const idempotencyKeyLifetimeMs = 24 * 60 * 60 * 1000;

export interface StoredAnswer {
  requestHash: string;
  status: number;
  body: string;
  headers: Record<string, string>;
}

export class IdempotencyStore {
  constructor(private readonly db: Db) {}

  find(key: string, now: Date): StoredAnswer | undefined {
    this.db.prepare('DELETE FROM idempotency_keys WHERE created_at < ?').run(now.getTime() - idempotencyKeyLifetimeMs);
    const row = this.db.prepare('SELECT request_hash, status, body, headers FROM idempotency_keys WHERE key = ?').get(key) as
      | { request_hash: string; status: number; body: string; headers: string }
      | undefined;
    return (
      row && { requestHash: row.request_hash, status: row.status, body: row.body, headers: JSON.parse(row.headers) as Record<string, string> }
    );
  }

  save(key: string, answer: StoredAnswer, now: Date): void {
    this.db
      .prepare('INSERT INTO idempotency_keys (key, request_hash, status, body, headers, created_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(key, answer.requestHash, answer.status, answer.body, JSON.stringify(answer.headers), now.getTime());
  }
}
