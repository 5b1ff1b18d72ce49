/**
 * Proofs of work on creates, in ALTCHA's v2 format (altcha-lib): the platform hands out signed
 * challenges, and a create proves the work with the challenge and its solution in the `Altcha`
 * header. A challenge expires after `ttl` seconds by the platform's clock (in `data.expires`, under
 * the signature, rather than ALTCHA's `expiresAt`, which altcha-lib judges by the machine's clock),
 * and a proof is spent by the submission it lodged (the store's `spent_challenges`).
 */
import { type Challenge, createChallenge, verifySolution } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/sha';
import type { components } from '@chikaya/sdk';
import { ProblemError } from './problem.js';

/** A challenge as the contract describes it: altcha-lib's, with the parameters this class always sets. */
export type IssuedChallenge = components['schemas']['Challenge'];

export interface ChallengeOptions {
  /**
   * The hex digits the derived key must start with: each one multiplies the work by 16. Default
   * `0000`: 65 536 hashes on average, a second or two of a phone's background time while its user
   * types, 20 ms of a script's. The work only slows a flood; the limits and duplicate detection stop it.
   */
  keyPrefix?: string;
  /** times the hash is applied per try (default 1) */
  cost?: number;
  /** seconds a challenge is accepted (default 600) */
  ttl?: number;
}

export interface Proof {
  nonce: string;
  /** seconds since 1970 */
  expires: number;
}

const refused = () => new ProblemError(403, 'challenge_invalid');

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

export class Challenges {
  private readonly keyPrefix: string;
  private readonly cost: number;
  private readonly ttl: number;

  constructor(
    options: ChallengeOptions,
    private readonly secret: string,
  ) {
    this.keyPrefix = options.keyPrefix ?? '0000';
    this.cost = options.cost ?? 1;
    this.ttl = options.ttl ?? 600;
  }

  async issue(now: Date): Promise<IssuedChallenge> {
    const challenge = await createChallenge({
      algorithm: 'SHA-256',
      cost: this.cost,
      keyPrefix: this.keyPrefix,
      deriveKey,
      data: { issued: Math.floor(now.getTime() / 1000), expires: Math.floor(now.getTime() / 1000) + this.ttl },
      hmacSignatureSecret: this.secret,
    });
    // altcha-lib types what it may hold; SHA-256, the key length and `data.expires` are always set here.
    return challenge as IssuedChallenge;
  }

  /** The proof in an `Altcha` header once it holds, else a 403 problem saying why not. */
  async verify(header: string | undefined, now: Date): Promise<Proof> {
    if (header === undefined) throw new ProblemError(403, 'challenge_required');
    let payload: unknown;
    try {
      payload = JSON.parse(Buffer.from(header, 'base64').toString('utf8'));
    } catch {
      throw refused();
    }
    if (!isRecord(payload) || !isRecord(payload.challenge) || !isRecord(payload.solution)) throw refused();
    const challenge = payload.challenge as unknown as Challenge;
    if (!isRecord(challenge.parameters) || typeof challenge.signature !== 'string') throw refused();
    const expires = challenge.parameters.data?.expires;
    if (typeof expires !== 'number' || expires * 1000 <= now.getTime()) throw refused();
    let verified = false;
    try {
      ({ verified } = await verifySolution({
        challenge,
        solution: payload.solution as never,
        deriveKey,
        hmacSignatureSecret: this.secret,
      }));
    } catch {
      // a parameter of the wrong type, an unknown algorithm: not a proof
    }
    if (!verified) throw refused();
    return { nonce: String(challenge.parameters.nonce), expires };
  }
}
