/**
 * Idempotency keys: the first answer to a create is kept 24 hours under its key, with a hash of the
 * request, so that a retry replays it instead of creating a second submission.
 *
 * That answer holds the submission's access key, which must never sit in the database in clear.
 * So the row is found by a hash of the idempotency key and the answer is encrypted (AES-256-GCM)
 * with a key derived from the idempotency key itself: only the client that holds it can have the
 * answer replayed, and a copy of the database reveals nothing.
 */
import { createCipheriv, createDecipheriv, createHash } from 'node:crypto';
import { pooledRandomBytes } from '../domain/random-pool.js';
import type { Db } from './db.js';
import { Statements } from './statements.js';

export const idempotencyKeyLifetimeMs = 24 * 60 * 60 * 1000;

export interface StoredAnswer {
  requestHash: string;
  status: number;
  body: string;
  headers: Record<string, string>;
}

function digest(label: string, key: string): Buffer {
  return createHash('sha256').update(label).update(key, 'utf8').digest();
}

function seal(key: string, plain: string): string {
  const iv = pooledRandomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', digest('chikaya-idempotency-encryption', key), iv);
  const sealed = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString('base64');
}

function open(key: string, text: string): string {
  const bytes = Buffer.from(text, 'base64');
  const decipher = createDecipheriv('aes-256-gcm', digest('chikaya-idempotency-encryption', key), bytes.subarray(0, 12));
  decipher.setAuthTag(bytes.subarray(12, 28));
  return Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString('utf8');
}

export class IdempotencyStore {
  private lastSweep = Number.NEGATIVE_INFINITY;

  private readonly sql: Statements;

  constructor(db: Db) {
    this.sql = new Statements(db);
  }

  find(key: string, now: Date): StoredAnswer | undefined {
    const expired = now.getTime() - idempotencyKeyLifetimeMs;
    // Sweeping is a write of its own: once a minute is plenty; the look-up below ignores stale keys anyway.
    if (Math.abs(now.getTime() - this.lastSweep) > 60_000) {
      this.sql.get('DELETE FROM idempotency_keys WHERE created_at < ?').run(expired);
      this.lastSweep = now.getTime();
    }
    const row = this.sql
      .get('SELECT request_hash, status, body, headers FROM idempotency_keys WHERE key = ? AND created_at >= ?')
      .get(digest('chikaya-idempotency-id', key).toString('hex'), expired) as
      | { request_hash: string; status: number; body: string; headers: string }
      | undefined;
    if (!row) return undefined;
    return {
      requestHash: row.request_hash,
      status: row.status,
      body: open(key, row.body),
      headers: JSON.parse(row.headers) as Record<string, string>,
    };
  }

  save(key: string, answer: StoredAnswer, now: Date): void {
    this.sql
      .get('INSERT OR REPLACE INTO idempotency_keys (key, request_hash, status, body, headers, created_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(
        digest('chikaya-idempotency-id', key).toString('hex'),
        answer.requestHash,
        answer.status,
        seal(key, answer.body),
        JSON.stringify(answer.headers),
        now.getTime(),
      );
  }
}
