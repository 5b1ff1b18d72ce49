/** Proofs of work already spent, each kept until its challenge expires (then it is refused as expired anyway). */
import type { Db } from './db.js';

export class SpentChallenges {
  private readonly prune;
  private readonly insert;

  constructor(db: Db) {
    this.prune = db.prepare('DELETE FROM spent_challenges WHERE expires < ?');
    this.insert = db.prepare('INSERT INTO spent_challenges (nonce, expires) VALUES (?, ?) ON CONFLICT (nonce) DO NOTHING');
  }

  /** Spends a proof: true the first time, false when it was spent before. */
  spend(nonce: string, expires: number, now: Date): boolean {
    this.prune.run(Math.floor(now.getTime() / 1000));
    return this.insert.run(nonce, expires).changes === 1;
  }
}
