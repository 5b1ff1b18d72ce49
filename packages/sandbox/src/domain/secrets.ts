/**
 * Secrets handed to people once: access keys (a complainant's key to their submission) and
 * back-office keys (an agency's key). Only a SHA-256 hash is stored, so a copy of the database
 * reveals none of them; comparisons run in constant time.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

const readable = '23456789abcdefghjkmnpqrstuvwxyz';

/** A random secret of `length` unambiguous lowercase symbols, prefixed to say what it opens. */
export function generateSecret(prefix: string, length = 24, bytes: (n: number) => Uint8Array = randomBytes): string {
  const source = bytes(length);
  let secret = '';
  for (const byte of source) secret += readable[byte % readable.length];
  return `${prefix}_${secret}`;
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

export function secretMatches(secret: string, storedHash: string): boolean {
  const given = Buffer.from(hashSecret(secret), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return given.length === stored.length && timingSafeEqual(given, stored);
}
