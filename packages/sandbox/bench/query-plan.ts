/**
 * Evidence of what a request does to the database: the sandbox's own app, in this process, on the
 * benchmark's database, with every statement it prepares instrumented. A traced request lists the
 * statements that ran, how often, how many rows they returned or changed, and SQLite's
 * `EXPLAIN QUERY PLAN` for each, so the report can show that the warm all-agencies KPI read never
 * touches the submissions table, and how a cold one reaches it (through an index, per agency).
 */
import { createApp } from '../src/http/app.js';
import { createStore, openDatabase, type Db } from '../src/store/index.js';

export interface StatementTrace {
  sql: string;
  runs: number;
  /** rows returned (`all`, `get`) or changed (`run`), summed over the runs */
  rows: number;
  plan: string[];
  /** the parameters of the first run, to explain the statement as it ran */
  args: unknown[];
}

export interface RequestTrace {
  status: number;
  milliseconds: number;
  statements: StatementTrace[];
  /** whether any statement's plan reads the submissions table or one of its indexes */
  readsSubmissions: boolean;
}

type Method = 'all' | 'get' | 'run' | 'iterate';

const oneLine = (sql: string) => sql.replace(/\s+/g, ' ').trim();

export class TracedSandbox {
  readonly db: Db;
  private readonly prepare: Db['prepare'];
  private readonly app;
  private recording: Map<string, StatementTrace> | null = null;

  constructor(databasePath: string) {
    this.db = openDatabase(databasePath);
    const prepare = this.db.prepare.bind(this.db) as Db['prepare'];
    this.prepare = prepare;
    const traced = (source: string) => {
      const statement = prepare(source);
      for (const method of ['all', 'get', 'run', 'iterate'] as const) {
        const original = (statement[method] as (...args: unknown[]) => unknown).bind(statement);
        (statement as unknown as Record<Method, (...args: unknown[]) => unknown>)[method] = (...args: unknown[]) => {
          const result = original(...args);
          this.record(source, method, result, args);
          return result;
        };
      }
      return statement;
    };
    this.db.prepare = traced as Db['prepare'];
    // after the patch: the stores prepare some statements once, in their constructors
    this.app = createApp({ store: createStore(this.db), rateLimits: false, challenge: false });
  }

  private record(source: string, method: Method, result: unknown, args: unknown[]): void {
    if (this.recording === null) return;
    const sql = oneLine(source);
    const entry = this.recording.get(sql) ?? { sql, runs: 0, rows: 0, plan: [], args };
    entry.runs += 1;
    if (method === 'all') entry.rows += (result as unknown[]).length;
    else if (method === 'get') entry.rows += result === undefined ? 0 : 1;
    else if (method === 'run') entry.rows += (result as { changes: number }).changes;
    this.recording.set(sql, entry);
  }

  plan(sql: string, args: unknown[] = []): string[] {
    const rows = this.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...args) as { id: number; parent: number; detail: string }[];
    const depth = new Map<number, number>([[0, 0]]);
    return rows.map((row) => {
      const level = (depth.get(row.parent) ?? 0) + 1;
      depth.set(row.id, level);
      return `${'  '.repeat(level - 1)}${row.detail}`;
    });
  }

  /** Runs one request through the app in this process, untraced; resolves to its status and time. */
  async request(path: string, init?: RequestInit): Promise<{ status: number; milliseconds: number; etag: string | null }> {
    const started = performance.now();
    const response = await this.app.request(path, init);
    await response.arrayBuffer();
    return { status: response.status, milliseconds: performance.now() - started, etag: response.headers.get('etag') };
  }

  /** Runs one request with every statement recorded and explained. */
  async trace(path: string, init?: RequestInit): Promise<RequestTrace> {
    const recording = new Map<string, StatementTrace>();
    this.recording = recording;
    let answer: { status: number; milliseconds: number };
    try {
      answer = await this.request(path, init);
    } finally {
      this.recording = null;
    }
    const statements = [...recording.values()];
    for (const statement of statements) statement.plan = this.plan(statement.sql, statement.args);
    // Any statement naming the table (as itself or under an alias) counts as reading it.
    const readsSubmissions = statements.some((statement) => /\bsubmissions\b/i.test(statement.sql));
    return { status: answer.status, milliseconds: answer.milliseconds, statements, readsSubmissions };
  }

  /** Runs `work` in a transaction that is rolled back: the database is left as it was. */
  async rolledBack<T>(work: () => Promise<T>): Promise<T> {
    this.db.exec('BEGIN IMMEDIATE');
    try {
      return await work();
    } finally {
      this.db.exec('ROLLBACK');
    }
  }

  close(): void {
    this.db.close();
  }
}

export function formatTrace(title: string, trace: RequestTrace): string {
  const lines = [`${title}: HTTP ${trace.status} in ${trace.milliseconds.toFixed(1)} ms (in process)`];
  for (const statement of trace.statements) {
    lines.push(`  ${statement.runs}× (${statement.rows} rows) ${statement.sql}`);
    for (const step of statement.plan) lines.push(`      ${step}`);
  }
  lines.push(`  → reads the submissions table: ${trace.readsSubmissions ? 'YES' : 'no'}`);
  return lines.join('\n');
}
