/**
 * Opens the SQLite database and brings its schema up to date. Migrations are the numbered `.sql`
 * files beside this module, applied once each, in order, inside a transaction.
 */
import Database from 'better-sqlite3';
import { readdirSync, readFileSync } from 'node:fs';

export type Db = Database.Database;

const migrationsDir = new URL('./migrations/', import.meta.url);

export function openDatabase(path = ':memory:'): Db {
  const db = new Database(path);
  configure(db);
  migrate(db);
  return db;
}

/** The connection's settings, shared with the benchmark's floor (bench/floor-child.ts) so the two never differ. */
export function configure(db: Db): void {
  // WAL lets readers go on while a write commits. FULL syncs the WAL on every commit: a 201 means
  // the submission is on disk. NORMAL syncs only at checkpoints and may lose the last commits on
  // a power cut, which would lose submissions whose tracking codes were already handed out.
  // `pnpm --filter @chikaya/sandbox bench:durability` measures what FULL costs.
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
}

function migrate(db: Db): void {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL) STRICT');
  const applied = new Set(
    db
      .prepare('SELECT name FROM schema_migrations')
      .pluck()
      .all() as string[],
  );
  const files = readdirSync(migrationsDir)
    .filter((name) => name.endsWith('.sql'))
    .sort();
  for (const name of files) {
    if (applied.has(name)) continue;
    const sql = readFileSync(new URL(name, migrationsDir), 'utf8');
    db.transaction(() => {
      db.exec(sql);
      db.prepare('INSERT INTO schema_migrations (name, applied_at) VALUES (?, ?)').run(name, new Date().toISOString());
    })();
  }
}
