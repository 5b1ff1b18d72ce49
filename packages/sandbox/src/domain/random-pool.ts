/**
 * Random bytes from the system's CSPRNG, drawn 4 KiB at a time: a create needs three small draws
 * (tracking code, access key, the idempotency record's IV), and each call into the CSPRNG costs
 * more than its few bytes. Node's own `randomUUID` keeps a pool the same way.
 */
import { randomFillSync } from 'node:crypto';

const pool = new Uint8Array(4096);
let offset = pool.length;

/** `count` fresh random bytes, a copy nobody else is handed. */
export function pooledRandomBytes(count: number): Uint8Array {
  if (count > pool.length) return randomFillSync(new Uint8Array(count));
  if (offset + count > pool.length) {
    randomFillSync(pool);
    offset = 0;
  }
  const bytes = pool.slice(offset, offset + count);
  // never handed out twice: the pool's used bytes are overwritten only by a refill
  offset += count;
  return bytes;
}
