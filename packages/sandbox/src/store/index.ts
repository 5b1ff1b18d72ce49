/** The sandbox's storage: one SQLite database, one class per kind of record. */
import { BreakdownStore } from './breakdowns.js';
import { SpentChallenges } from './challenges.js';
import type { Db } from './db.js';
import { Figures } from './figures.js';
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
  /** Runs `work` in one transaction: every change of a request commits together or not at all. */
  transaction<T>(work: () => T): T;
}

export function createStore(db: Db): Store {
  const reference = new ReferenceStore(db);
  return {
    db,
    reference,
    submissions: new SubmissionStore(db),
    figures: new Figures(reference, new KpiStore(db), new PublishedReports(db), new BreakdownStore(db)),
    measures: new MeasureStore(db),
    idempotency: new IdempotencyStore(db),
    challenges: new SpentChallenges(db),
    transaction: (work) => db.transaction(work)(),
  };
}

export { openDatabase, type Db } from './db.js';
