/**
 * Group commit: the writes of requests handled in the same turn of the event loop are committed
 * together, with one sync of the WAL for all of them, and each request is answered only once
 * that commit is done. With `synchronous = FULL` a commit costs a sync of the disk, far more than
 * a create's own work; ten clients creating at once then share syncs instead of queueing for one
 * each, and a `201` still means the submission is on disk.
 *
 * Each request's work runs in a savepoint of the group's transaction: a request that fails (a
 * problem, a conflict) takes back its own changes only. Should the commit itself fail (a full or
 * failing disk), every request of the group fails with it and nothing of the group is kept.
 */
import type { Db } from './db.js';

interface Waiting {
  resolve: () => void;
  reject: (error: unknown) => void;
}

export class GroupCommit {
  private waiting: Waiting[] = [];
  /** a group's transaction is open, its commit scheduled */
  private open = false;
  private readonly begin;
  private readonly commit;
  private readonly rollback;
  private readonly onRollback: (() => void)[] = [];

  constructor(private readonly db: Db) {
    // IMMEDIATE: the write lock is taken at once, so another process's writer (a bench, a
    // script) waits its turn (busy_timeout) rather than failing the group's commit.
    this.begin = db.prepare('BEGIN IMMEDIATE');
    this.commit = db.prepare('COMMIT');
    this.rollback = db.prepare('ROLLBACK');
  }

  /** `listener` is told when a failed commit took back a group's changes (to forget what it kept of them). */
  onRolledBack(listener: () => void): void {
    this.onRollback.push(listener);
  }

  /**
   * Runs `work` now, in a savepoint of the current group (opened if there is none), and resolves
   * with its result once the group is committed. A `work` that throws is rolled back to its
   * savepoint and throws here, at once; the rest of the group goes on.
   */
  run<T>(work: () => T): Promise<T> {
    if (!this.open) {
      // inside a transaction of a caller's own: nothing to group, it commits with that one
      if (this.db.inTransaction) return Promise.resolve(this.db.transaction(work)());
      this.begin.run();
      this.open = true;
      // after the I/O callbacks of this turn: every request read in it has done its work by then
      setImmediate(() => this.flush());
    }
    const result = this.db.transaction(work)();
    return new Promise<T>((resolve, reject) => this.waiting.push({ resolve: () => resolve(result), reject }));
  }

  private flush(): void {
    const group = this.waiting;
    this.waiting = [];
    this.open = false;
    try {
      if (!this.db.inTransaction) throw new Error('the group’s transaction was rolled back before its commit');
      this.commit.run();
    } catch (error) {
      if (this.db.inTransaction) this.rollback.run();
      for (const listener of this.onRollback) listener();
      for (const request of group) request.reject(error);
      return;
    }
    for (const request of group) request.resolve();
  }
}
