/**
 * The proof of work a platform asks for on a create (ALTCHA's v2 format, as altcha-lib makes and
 * checks it): find a counter such that the key derived from the salt and the nonce followed by the
 * counter (4 bytes, big-endian), hashed `cost` times, starts with the challenge's `keyPrefix`.
 *
 * WebCrypto only (`crypto.subtle.digest`), on the calling thread in batches that yield between
 * them: no eval, no worker from a blob, so it runs under a strict Content-Security-Policy, in a
 * browser or in Node ≥ 20. It shows nothing; a person only waits for it if they send within the
 * second or two it takes, which a form avoids by starting it as soon as they start typing.
 */
import type { components } from './generated/api.js';

export type Challenge = components['schemas']['Challenge'];

/** A solved challenge, ready to send: the `Altcha` header's value, and when the platform stops accepting it. */
export interface Proof {
  header: string;
  /** milliseconds since 1970 by this machine's clock (the platform's may be another) */
  expires: number;
}

/** counters tried together: enough to keep WebCrypto busy, few enough to stop soon after a match */
const batch = 256;

const hexOf = (bytes: Uint8Array) => Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');

async function derive(challenge: Challenge, seed: Uint8Array, counter: number): Promise<Uint8Array> {
  const { algorithm, cost, keyLength } = challenge.parameters;
  const data = seed.slice();
  new DataView(data.buffer).setUint32(data.length - 4, counter, false);
  let key = new Uint8Array(await crypto.subtle.digest(algorithm, data));
  for (let i = 1; i < cost; i++) key = new Uint8Array(await crypto.subtle.digest(algorithm, key));
  return key.subarray(0, keyLength);
}

/** Solves a challenge; rejects with the signal's reason when aborted, or for an algorithm WebCrypto has not. */
export async function solveChallenge(challenge: Challenge, { signal }: { signal?: AbortSignal } = {}): Promise<Proof> {
  const { salt, nonce, keyPrefix, data } = challenge.parameters;
  const expires = Date.now() + (data.expires - data.issued) * 1000;
  // salt ‖ nonce ‖ counter, the counter written in place for each try
  const seed = new Uint8Array(`${salt}${nonce}00000000`.match(/../g)!.map((pair) => parseInt(pair, 16)));
  for (let start = 0; start <= 0xffffffff; start += batch) {
    signal?.throwIfAborted();
    const keys = await Promise.all(Array.from({ length: batch }, (_, i) => derive(challenge, seed, start + i)));
    const found = keys.findIndex((key) => hexOf(key.subarray(0, (keyPrefix.length + 1) >> 1)).startsWith(keyPrefix));
    if (found !== -1) {
      const solution = { counter: start + found, derivedKey: hexOf(keys[found]!) };
      return { header: btoa(JSON.stringify({ challenge, solution })), expires };
    }
  }
  throw new Error('Unsolvable');
}
