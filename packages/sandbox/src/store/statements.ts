/**
 * Statements prepared once per store and reused: preparing one parses and plans its SQL, which
 * costs more than running it on a request's few rows (a create runs seven).
 */
import type { Statement } from 'better-sqlite3';
import type { Db } from './db.js';

export class Statements {
  private readonly prepared = new Map<string, Statement>();

  constructor(private readonly db: Db) {}

  /** `sql` prepared on first use; a store's SQL texts are few (a filter's variants at most). */
  get(sql: string): Statement {
    let statement = this.prepared.get(sql);
    if (statement === undefined) this.prepared.set(sql, (statement = this.db.prepare(sql)));
    return statement;
  }
}
