import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { addDays, renewalWindowDays } from '../src/domain/deadline.js';
import { targets } from '../src/domain/kpi.js';
import { hashSecret } from '../src/domain/secrets.js';
import { normalizeTrackingCode } from '@chikaya/sdk';
import { devAccessKey, devAdminKey, devBackOfficeKey, Random, seedAgencies, seedDatabase, type SeedOptions } from '../src/seed/index.js';
import { openDatabase, type Db } from '../src/store/db.js';
import { createStore } from '../src/store/index.js';

const now = new Date('2026-06-30T12:00:00.000Z');
const options: SeedOptions = { agencies: 90, submissions: 12_000, seed: 42, now };

function seeded(extra: Partial<SeedOptions> = {}): Db {
  const db = openDatabase(':memory:');
  seedDatabase(db, { ...options, ...extra });
  return db;
}

/** A digest of every row of the tables the seed fills. */
function digest(db: Db): string {
  const hash = createHash('sha256');
  for (const table of ['agencies', 'services', 'submissions', 'events', 'forwards', 'measures', 'meta', 'published_reports']) {
    for (const row of db.prepare(`SELECT * FROM ${table} ORDER BY rowid`).raw().iterate() as Iterable<unknown[]>) {
      hash.update(JSON.stringify(row));
    }
  }
  return hash.digest('hex');
}

const db = seeded();
const count = (sql: string, ...args: unknown[]): number => db.prepare(sql).pluck().get(...args) as number;

test('the same options give the same rows', () => {
  const again = seeded();
  assert.equal(digest(again), digest(db));
  const other = seeded({ seed: 43 });
  assert.notEqual(digest(other), digest(db));
});

test('the random generator is reproducible and in range', () => {
  const a = new Random(7);
  const b = new Random(7);
  for (let i = 0; i < 1000; i++) {
    const x = a.next();
    assert.equal(x, b.next());
    assert.ok(x >= 0 && x < 1);
  }
  const r = new Random(1);
  for (let i = 0; i < 1000; i++) {
    const n = r.int(3, 5);
    assert.ok(n >= 3 && n <= 5 && Number.isInteger(n));
  }
  assert.deepEqual([...new Random(9).bytes(9)], [...new Random(9).bytes(9)]);
});

test('90 agencies, 61 of them founding, with keys and services', () => {
  assert.equal(count('SELECT count(*) FROM agencies'), 90);
  assert.equal(count("SELECT count(*) FROM agencies WHERE joined_on = '2018-01-01'"), 61);
  assert.equal(count('SELECT count(*) FROM services'), count('SELECT count(*) FROM services s JOIN agencies a ON a.id = s.agency_id'));
  const mrafp = db.prepare('SELECT * FROM agencies ORDER BY position LIMIT 1').get() as { id: string; secret_key_hash: string; search_text: string };
  assert.equal(mrafp.secret_key_hash, hashSecret(devBackOfficeKey(mrafp.id)));
  assert.equal(mrafp.search_text, mrafp.search_text.toLowerCase());
  assert.equal(db.prepare("SELECT value FROM meta WHERE key = 'admin_key_hash'").pluck().get(), hashSecret(devAdminKey));
  assert.equal(count('SELECT count(*) FROM submissions'), 12_000);
});

test('the bulk load leaves the schema as it was: indexes back, foreign keys on and valid', () => {
  const indexes = db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name").pluck().all();
  for (const name of ['events_submission', 'forwards_from', 'submissions_agency_year', 'submissions_inbox']) assert.ok(indexes.includes(name), name);
  assert.equal(db.pragma('foreign_keys', { simple: true }), 1);
  assert.deepEqual(db.pragma('foreign_key_check'), []);
  assert.equal(db.pragma('integrity_check', { simple: true }), 'ok');
});

test('every complaint names its author, with a CIN and a contact', () => {
  assert.equal(
    count("SELECT count(*) FROM submissions WHERE kind = 'complaint' AND (full_name IS NULL OR national_id IS NULL OR (email IS NULL AND phone IS NULL))"),
    0,
  );
  assert.equal(count("SELECT count(*) FROM submissions WHERE national_id IS NOT NULL AND national_id NOT GLOB '[A-Z]*[0-9]'"), 0);
  assert.equal(count("SELECT count(*) FROM submissions WHERE phone IS NOT NULL AND phone NOT GLOB '0[67][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]'"), 0);
  assert.equal(count("SELECT count(*) FROM submissions WHERE email IS NOT NULL AND email NOT LIKE '%@example.org' AND email NOT LIKE '%@example.ma'"), 0);
  const anonymous = count("SELECT count(*) FROM submissions WHERE kind <> 'complaint' AND full_name IS NULL");
  const opinions = count("SELECT count(*) FROM submissions WHERE kind <> 'complaint'");
  assert.ok(anonymous > opinions * 0.35 && anonymous < opinions * 0.65, `${anonymous} of ${opinions} anonymous`);
});

test('nothing before the agency joined, nothing after now', () => {
  assert.equal(
    count(`SELECT count(*) FROM submissions s JOIN agencies a ON a.id = s.lodged_with WHERE substr(s.received_at, 1, 10) <= a.joined_on`),
    0,
  );
  // a forward goes to an agency that had joined by then
  assert.equal(count('SELECT count(*) FROM forwards f JOIN agencies a ON a.id = f.to_agency_id WHERE substr(f.at, 1, 10) <= a.joined_on'), 0);
  assert.equal(count('SELECT count(*) FROM submissions s WHERE s.agency_id <> s.lodged_with AND NOT EXISTS (SELECT 1 FROM forwards f WHERE f.submission_id = s.id)'), 0);
  assert.equal(count('SELECT count(*) FROM submissions WHERE received_at < ? OR received_at > ?', '2018-01-02', now.toISOString()), 0);
  for (const column of ['answered_at', 'answer_at', 'renewed_at', 'rated_at', 'closed_at']) {
    assert.equal(count(`SELECT count(*) FROM submissions WHERE ${column} > ?`, now.toISOString()), 0, column);
    assert.equal(count(`SELECT count(*) FROM submissions WHERE ${column} < received_at`), 0, column);
  }
  assert.equal(count('SELECT count(*) FROM events WHERE at > ?', now.toISOString()), 0);
  assert.equal(count('SELECT count(*) FROM measures WHERE recorded_at > ?', now.toISOString()), 0);
  // nothing received in the last days is answered yet
  assert.equal(count('SELECT count(*) FROM submissions WHERE answered_at IS NOT NULL AND received_at > ?', addDays('2026-06-30', -2)), 0);
});

test('due dates, years, tracking codes and access keys', () => {
  const rows = db.prepare('SELECT tracking_code, access_key_hash, received_at, year, due_date FROM submissions').all() as {
    tracking_code: string;
    access_key_hash: string;
    received_at: string;
    year: number;
    due_date: string;
  }[];
  for (const row of rows) {
    assert.equal(row.due_date, addDays(row.received_at.slice(0, 10), 60));
    assert.equal(row.year, new Date(row.received_at).getUTCFullYear());
    assert.equal(normalizeTrackingCode(row.tracking_code), row.tracking_code);
  }
  const first = rows[0]!;
  assert.equal(first.access_key_hash, hashSecret(devAccessKey(first.tracking_code)));
  assert.equal(devAccessKey('K7QM-4XPZ-RD'), 'ak_sandbox_k7qm4xpzrd');
});

test('answers, renewals, ratings and closures are consistent', () => {
  assert.equal(count("SELECT count(*) FROM submissions WHERE answered_at IS NOT NULL AND (answer IS NULL OR answer_at < answered_at OR answered_on_time IS NULL)"), 0);
  assert.equal(count("SELECT count(*) FROM submissions WHERE answered_on_time <> (substr(answered_at, 1, 10) <= due_date)"), 0);
  assert.equal(count("SELECT count(*) FROM submissions WHERE renewed_at IS NOT NULL AND (kind <> 'complaint' OR renewed_at < answered_at)"), 0);
  assert.equal(
    count(`SELECT count(*) FROM submissions WHERE renewed_at IS NOT NULL AND substr(renewed_at, 1, 10) > date(substr(answered_at, 1, 10), '+${renewalWindowDays} days')`),
    0,
  );
  assert.equal(count("SELECT count(*) FROM submissions WHERE status = 'closed' AND (closed_at IS NULL OR answered_at IS NULL)"), 0);
  assert.equal(count("SELECT count(*) FROM submissions WHERE rating_score IS NOT NULL AND (status <> 'closed' OR rating_score NOT BETWEEN 1 AND 5)"), 0);
  assert.equal(count("SELECT count(*) FROM submissions WHERE status = 'rejected' AND rejection_reason IS NULL"), 0);
  assert.equal(count("SELECT count(*) FROM submissions WHERE status = 'answered' AND answer_at < ?", addDays('2026-06-30', -(renewalWindowDays + 2))), 0);
  const rejected = count("SELECT count(*) FROM submissions WHERE status = 'rejected'") / 12_000;
  const forwarded = count('SELECT count(*) FROM forwards') / 12_000;
  assert.ok(rejected > 0.015 && rejected < 0.05, `rejected ${rejected}`);
  assert.ok(forwarded > 0.015 && forwarded < 0.05, `forwarded ${forwarded}`);
  assert.equal(count('SELECT count(*) FROM forwards f JOIN submissions s ON s.id = f.submission_id WHERE s.lodged_with <> f.from_agency_id OR s.agency_id <> f.to_agency_id OR f.year <> s.year'), 0);
  assert.equal(
    count('SELECT count(*) FROM forwards f JOIN agencies a ON a.id = f.from_agency_id JOIN agencies b ON b.id = f.to_agency_id WHERE a.sector_id <> b.sector_id'),
    0,
  );
});

test('each timeline starts with receipt, runs in time order and ends in the current status', () => {
  assert.equal(count("SELECT count(*) FROM submissions s WHERE (SELECT status FROM events WHERE submission_id = s.id ORDER BY id LIMIT 1) <> 'received'"), 0);
  assert.equal(count('SELECT count(*) FROM submissions s WHERE (SELECT status FROM events WHERE submission_id = s.id ORDER BY id DESC LIMIT 1) <> s.status'), 0);
  assert.equal(count('SELECT count(*) FROM events e JOIN events f ON f.submission_id = e.submission_id AND f.id = e.id + 1 WHERE f.at < e.at'), 0);
  assert.equal(count("SELECT count(*) FROM events WHERE actor NOT IN ('user', 'agency', 'system')"), 0);
  assert.equal(count("SELECT count(*) FROM events WHERE status = 'forwarded' AND note IS NULL"), 0);
});

test('in 2024 some agencies meet all three targets and some miss one', () => {
  // responseRate = answered ÷ (received − rejected − forwarded out); a forwarded submission is held,
  // and counted as received, by the agency it went to; the sender counts it as forwarded out.
  const rows = db
    .prepare(
      `WITH held AS (
         SELECT agency_id AS id, count(*) AS held, sum(status = 'rejected') AS rejected,
           sum(answered_at IS NOT NULL) AS answered, sum(coalesce(answered_on_time, 0)) AS on_time,
           sum(kind = 'complaint' AND answered_at IS NOT NULL) AS answered_complaints,
           sum(kind = 'complaint' AND renewed_at IS NOT NULL) AS renewed
         FROM submissions WHERE year = 2024 GROUP BY agency_id),
       out AS (SELECT from_agency_id AS id, count(*) AS forwarded FROM forwards WHERE year = 2024 GROUP BY from_agency_id)
       SELECT held.id, held.held + coalesce(out.forwarded, 0) AS received, rejected, coalesce(out.forwarded, 0) AS forwarded,
         answered, on_time, answered_complaints, renewed
       FROM held LEFT JOIN out ON out.id = held.id`,
    )
    .all() as { id: string; received: number; rejected: number; forwarded: number; answered: number; on_time: number; answered_complaints: number; renewed: number }[];
  let all = 0;
  let missing = 0;
  for (const row of rows) {
    const admissible = row.received - row.rejected - row.forwarded;
    if (admissible === 0 || row.answered === 0 || row.answered_complaints === 0) continue;
    const response = row.answered / admissible >= targets.responseRate.target;
    const onTime = row.on_time / row.answered >= targets.onTimeRate.target;
    const renewal = row.renewed / row.answered_complaints <= targets.renewalRate.target;
    if (response && onTime && renewal) all++;
    else missing++;
  }
  assert.ok(all >= 1, `${all} agencies meet all three targets`);
  assert.ok(missing >= 1, `${missing} agencies miss one`);
});

test("the reports of 2018 to 2024 are published as the ministry approves them: every agency of the year's, every sector's, the nation's", () => {
  const rows = db.prepare('SELECT scope, subject_id AS id, year, published_at AS publishedAt, report FROM published_reports').all() as {
    scope: string;
    id: string;
    year: number;
    publishedAt: string;
    report: string;
  }[];
  const sectors = db.prepare('SELECT id FROM sectors ORDER BY id').pluck().all() as string[];
  const kpisOf = new Map(rows.map((row) => [`${row.scope} ${row.id} ${row.year}`, JSON.parse(row.report).kpis]));
  for (let year = 2018; year <= 2025; year++) {
    const agencies = db.prepare('SELECT id FROM agencies WHERE joined_on <= ? ORDER BY id').pluck().all(`${year}-12-31`) as string[];
    const published = (scope: string) => rows.filter((row) => row.year === year && row.scope === scope).map((row) => row.id).sort();
    // 2025, the year before now's, awaits approval
    assert.deepEqual(published('agency'), year < 2025 ? agencies : [], `${year}`);
    assert.deepEqual(published('sector'), year < 2025 ? sectors : [], `${year}`);
    assert.deepEqual(published('national'), year < 2025 ? [''] : [], `${year}`);
  }
  // an agency that joined later has no report of the years before
  assert.ok(rows.filter((row) => row.year === 2018 && row.scope === 'agency').length < 90);
  for (const row of rows) {
    const report = JSON.parse(row.report);
    const approvedOn = `${row.year + 1}-03-31`;
    assert.equal(row.publishedAt, `${approvedOn}T10:00:00.000Z`);
    assert.equal(report.status, 'published');
    assert.equal(report.publishedAt, row.publishedAt);
    assert.equal(report.year, row.year);
    assert.equal(report.kpis.asOf, approvedOn);
    // once a year is published, the next shows its published KPIs as previousYear
    const previous = kpisOf.get(`${row.scope} ${row.id} ${row.year - 1}`);
    if (previous !== undefined) assert.deepEqual(report.previousYear, previous, `${row.scope} ${row.id} ${row.year}`);
  }
  assert.ok(rows.some((row) => JSON.parse(row.report).kpis.counts.received > 0));
  // …and is answered as stored, while 2025's is computed
  const { figures } = createStore(db);
  const national2024 = rows.find((row) => row.scope === 'national' && row.year === 2024)!;
  assert.equal(JSON.stringify(figures.report({ scope: 'national' }, 2024, '2026-06-30')), national2024.report);
  const national2025 = figures.report({ scope: 'national' }, 2025, '2026-06-30');
  assert.equal(national2025.status, 'provisional');
  assert.deepEqual(national2025.previousYear, JSON.parse(national2024.report).kpis);
});

test('the published reports hold nothing a user wrote: no subject, no complainant’s name, CIN or phone', () => {
  const written = new Set<string>();
  for (const row of db.prepare('SELECT subject, description, full_name, national_id, phone FROM submissions').raw().iterate() as Iterable<(string | null)[]>)
    for (const words of row) if (words) written.add(words);
  assert.ok(written.size > 10_000);
  const strings = (value: unknown): string[] =>
    typeof value === 'string' ? [value] : typeof value === 'object' && value !== null ? Object.values(value).flatMap(strings) : [];
  let reports = 0;
  for (const text of db.prepare('SELECT report FROM published_reports').pluck().iterate() as Iterable<string>) {
    const report = JSON.parse(text);
    assert.ok(!('topSubjects' in report));
    for (const found of strings(report)) assert.ok(!written.has(found), `a published report holds “${found}”`);
    reports += 1;
  }
  assert.ok(reports > 500, `${reports} reports`);
  assert.equal(count('SELECT count(*) FROM published_reports WHERE seeded = 0'), 0, 'every one is marked as the seed’s');
});

test("an older seed's published reports are taken out by the migration; a report the ministry approved stays as approved", () => {
  const folder = mkdtempSync(join(tmpdir(), 'chikaya-migration-'));
  try {
    const file = join(folder, 'old.db');
    // a database as the migrations before 003 left it
    const old = new Database(file);
    old.exec('CREATE TABLE schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL) STRICT');
    for (const name of ['001-initial.sql', '002-published-reports.sql']) {
      old.exec(readFileSync(new URL(`../src/store/migrations/${name}`, import.meta.url), 'utf8'));
      old.prepare('INSERT INTO schema_migrations VALUES (?, ?)').run(name, '2026-01-01T00:00:00.000Z');
    }
    const insert = old.prepare('INSERT INTO published_reports (scope, subject_id, year, published_at, report) VALUES (?, ?, ?, ?, ?)');
    const oldReport = (publishedAt: string) => JSON.stringify({ year: 2024, status: 'published', publishedAt, topSubjects: [{ key: 'Carte non reçue', count: 3 }] });
    insert.run('national', '', 2024, '2025-03-31T10:00:00.000Z', oldReport('2025-03-31T10:00:00.000Z'));
    insert.run('agency', 'dgsn', 2023, '2024-03-31T10:00:00.000Z', oldReport('2024-03-31T10:00:00.000Z'));
    // approved by the ministry through the API, on another day (or at another moment of that day)
    insert.run('agency', 'mrafp', 2024, '2025-04-02T08:15:00.000Z', oldReport('2025-04-02T08:15:00.000Z'));
    insert.run('sector', 'health', 2024, '2025-03-31T10:00:00.001Z', oldReport('2025-03-31T10:00:00.001Z'));
    old.close();

    const migrated = openDatabase(file);
    const rows = migrated.prepare('SELECT scope, subject_id, year, published_at, report, seeded FROM published_reports ORDER BY scope').all();
    assert.deepEqual(rows, [
      { scope: 'agency', subject_id: 'mrafp', year: 2024, published_at: '2025-04-02T08:15:00.000Z', report: oldReport('2025-04-02T08:15:00.000Z'), seeded: 0 },
      { scope: 'sector', subject_id: 'health', year: 2024, published_at: '2025-03-31T10:00:00.001Z', report: oldReport('2025-03-31T10:00:00.001Z'), seeded: 0 },
    ]);
    migrated.close();
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});

test('synthetic agencies: unique valid slugs in the local sector, joined 2021 to mid-2026', () => {
  const list = seedAgencies(400, 5, now);
  assert.equal(list.length, 400);
  const ids = new Set(list.map((agency) => agency.id));
  assert.equal(ids.size, 400);
  const serviceIds = new Set<string>();
  for (const agency of list.slice(90)) {
    assert.match(agency.id, /^[a-z0-9]+(-[a-z0-9]+)*$/);
    assert.ok(agency.id.length <= 60);
    assert.equal(agency.sectorId, 'local-government');
    assert.ok(agency.joinedOn >= '2021-01-01' && agency.joinedOn <= '2026-06-30', agency.joinedOn);
    assert.ok(agency.services.length >= 2 && agency.services.length <= 3);
    assert.ok(agency.acronym.length <= 20);
    for (const service of agency.services) {
      assert.match(service.id, /^[a-z0-9]+(-[a-z0-9]+)*$/);
      assert.ok(service.id.length <= 60, service.id);
      assert.ok(!serviceIds.has(service.id));
      serviceIds.add(service.id);
    }
    for (const name of Object.values(agency.names)) assert.ok(name.length > 0 && name.length <= 200);
  }
  assert.deepEqual(seedAgencies(400, 5, now), list);
});

test('a bigger seed with synthetic agencies fills them too', () => {
  const big = openDatabase(':memory:');
  const progress: number[] = [];
  const result = seedDatabase(big, { agencies: 300, submissions: 3_000, seed: 1, now, onProgress: (done) => progress.push(done) });
  assert.equal(result.agencies, 300);
  assert.equal(result.submissions, 3_000);
  assert.equal(Object.keys(result.backOfficeKeys).length, 90);
  assert.equal(progress.at(-1), 3_000);
  assert.ok(big.prepare("SELECT count(*) FROM submissions s JOIN agencies a ON a.id = s.lodged_with WHERE a.position >= 90").pluck().get() as number > 0);
  assert.equal(
    big.prepare('SELECT count(*) FROM submissions s JOIN agencies a ON a.id = s.lodged_with WHERE substr(s.received_at, 1, 10) <= a.joined_on').pluck().get(),
    0,
  );
});
