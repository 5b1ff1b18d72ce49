/** The sandbox's storage: one SQLite database, one class per kind of record. */
import { BreakdownStore } from './breakdowns.js';
import { SpentChallenges } from './challenges.js';
import type { Db } from './db.js';
import { Figures } from './figures.js';
import { GroupCommit } from './group-commit.js';
import { IdempotencyStore } from './idempotency.js';
import { KpiStore } from './kpis.js';
import { MeasureStore } from './measures.js';
import { PublishedReports } from './published-reports.js';
import { ReferenceStore } from './reference.js';
import { SubmissionStore } from './submissions.js';

export interface Store {
  db: Db;
  reference: ReferenceStore;
  submissions: SubmissionStore;
  figures: Figures;
  measures: MeasureStore;
  idempotency: IdempotencyStore;
  challenges: SpentChallenges;
  /**
   * Runs `work` at once in a transaction of its own (a savepoint): every change of a request
   * commits together or not at all. Resolves once committed, with the other requests of the same
   * moment (see group-commit.ts): answer only then, and the answer's data is on disk.
   */
  transaction<T>(work: () => T): Promise<T>;
  /** `listener` is told when a failed commit took back changes that caches may hold. */
  onRolledBack(listener: () => void): void;
}

export function createStore(db: Db): Store {
  const reference = new ReferenceStore(db);
  const kpis = new KpiStore(db);
  const group = new GroupCommit(db);
  group.onRolledBack(() => {
    reference.forgetCached();
    kpis.forgetCached();
  });
  return {
    db,
    reference,
    submissions: new SubmissionStore(db),
    figures: new Figures(reference, kpis, new PublishedReports(db), new BreakdownStore(db)),
    measures: new MeasureStore(db),
    idempotency: new IdempotencyStore(db),
    challenges: new SpentChallenges(db),
    transaction: (work) => group.run(work),
    onRolledBack: (listener) => group.onRolledBack(listener),
  };
}

export { openDatabase, type Db } from './db.js';
