/**
 * `pnpm bench:sandbox`: the sandbox under load, on loopback, at a fixed concurrency.
 *
 * 1. Seeds a temporary database (os.tmpdir) with `--agencies` agencies and `--submissions`
 *    submissions, in a process of its own: seed time and that process's peak RSS. With
 *    `--database FILE`, the file is seeded once and kept, and a later run reuses it.
 * 2. Serves it from a child process (bench/server-child.ts: 127.0.0.1, free port, rate limits off),
 *    so that the load generator does not share the server's event loop.
 * 3. Runs each scenario with autocannon for `--duration` seconds over `--connections` connections:
 *    create a submission, between two runs of the floor (bench/floor-child.ts: bare Hono and one
 *    `INSERT`, same SQLite settings), whose ratio is printed; read a status; one agency's KPIs, all
 *    agencies' KPIs fresh (as browsers ask, `Accept-Encoding: gzip`, and without), and revalidated
 *    with `If-None-Match` (`304`). Before the KPI scenarios, the per-agency KPI cache is emptied
 *    and the first (cold) all-agencies read is timed on its own.
 * 4. Shows, with SQLite's `EXPLAIN QUERY PLAN` of the statements a request actually runs, that the
 *    warm all-agencies read never touches the submissions table.
 * 5. Prints the server's peak RSS and a table of every figure; stops the server and removes the
 *    database whatever happens (error, Ctrl-C).
 *
 *   pnpm bench:sandbox                                     full size (several minutes)
 *   pnpm bench:sandbox --submissions 50000 --duration 3    quick, while developing
 *   pnpm bench:sandbox --database /tmp/bench.db --scenarios create   creates only, on a kept database
 */
import { type ChildProcess, fork } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { type Db, openDatabase } from '../src/store/index.js';
import { describe, formatMs, type LoadFigures, type LoadOptions, runLoad } from './load.js';
import { formatTrace, TracedSandbox } from './query-plan.js';
import type { SeedMessage } from './seed-child.js';
import type { ChildMessage, ParentMessage } from './server-child.js';

// ── Options ──

const usage = `pnpm bench:sandbox [options]
  --agencies N       agencies to seed (default 2000)
  --submissions N    submissions to seed (default 1000000)
  --connections N    concurrent connections of the load generator (default 10)
  --duration S       seconds per scenario (default 10)
  --database FILE    keep the seeded database in FILE and reuse it on later runs (default: a
                     temporary one, removed at the end); creates of each run are added to it
  --scenarios LIST   some of create,status,kpis (default: all)
  --rounds N         runs of the create scenario, each followed by one of the floor (default 1)`;

// `pnpm bench:sandbox -- --duration 3` passes the `--` along
const argv = process.argv.slice(2);
if (argv[0] === '--') argv.shift();
const { values } = parseArgs({
  args: argv,
  options: {
    agencies: { type: 'string', default: '2000' },
    submissions: { type: 'string', default: '1000000' },
    connections: { type: 'string', default: '10' },
    duration: { type: 'string', default: '10' },
    database: { type: 'string' },
    scenarios: { type: 'string', default: 'create,status,kpis' },
    rounds: { type: 'string', default: '1' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (values.help) {
  console.log(usage);
  process.exit(0);
}

function count(name: string, text: string, minimum: number): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < minimum) {
    console.error(`--${name} must be an integer ≥ ${minimum}, not ${text}\n\n${usage}`);
    process.exit(2);
  }
  return value;
}
const scenarioGroups = ['create', 'status', 'kpis'] as const;
type ScenarioGroup = (typeof scenarioGroups)[number];
const chosen = values.scenarios.split(',').map((name) => name.trim());
for (const name of chosen)
  if (!(scenarioGroups as readonly string[]).includes(name)) {
    console.error(`--scenarios takes some of ${scenarioGroups.join(',')}, not ${name}\n\n${usage}`);
    process.exit(2);
  }
const options = {
  agencies: count('agencies', values.agencies, 1),
  submissions: count('submissions', values.submissions, 1),
  connections: count('connections', values.connections, 1),
  duration: count('duration', values.duration, 1),
  rounds: count('rounds', values.rounds, 1),
  database: values.database,
  scenarios: new Set(chosen as ScenarioGroup[]),
};

// ── Child processes and clean-up: nothing outlives the run ──

const children = new Set<ChildProcess>();
let temporary: string | null = null;

function cleanUp(): void {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  children.clear();
  if (temporary !== null) {
    rmSync(temporary, { recursive: true, force: true });
    temporary = null;
  }
}
process.on('exit', cleanUp);
for (const [signal, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
] as const)
  process.on(signal, () => {
    console.error(`\n${signal}: stopping the server and removing the temporary database.`);
    cleanUp();
    process.exit(code);
  });

function start(script: string, args: string[]): ChildProcess {
  // inherits this process's execArgv (`--import tsx`)
  const child = fork(fileURLToPath(new URL(script, import.meta.url)), args, { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
}

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((resolve) => child.once('exit', () => resolve()));
}

type SeedDone = Extract<SeedMessage, { type: 'done' }>;

function seed(database: string): Promise<SeedDone> {
  const child = start('./seed-child.ts', [database, String(options.agencies), String(options.submissions)]);
  let done: SeedDone | null = null;
  let lastPrinted = 0;
  child.on('message', (message: SeedMessage) => {
    if (message.type === 'done') done = message;
    else if (performance.now() - lastPrinted > 10_000 || message.done === message.total) {
      lastPrinted = performance.now();
      console.log(`  seeding… ${message.done.toLocaleString('en')} / ${message.total.toLocaleString('en')}`);
    }
  });
  return new Promise((resolve, reject) =>
    child.once('exit', (code, signal) =>
      done !== null ? resolve(done) : reject(new Error(`the seed process ended (${signal ?? `exit ${code}`}) before finishing`)),
    ),
  );
}

interface Server {
  child: ChildProcess;
  url: string;
}

function startServer(database: string, script = './server-child.ts'): Promise<Server> {
  const child = start(script, [database]);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the server did not start within 60 s')), 60_000);
    child.on('message', (message: ChildMessage) => {
      if (message.type !== 'ready') return;
      clearTimeout(timer);
      resolve({ child, url: message.url });
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`the server ended (${signal ?? `exit ${code}`})`));
    });
  });
}

function serverMemory(server: Server): Promise<{ maxRSS: number; rss: number }> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the server did not report its memory')), 10_000);
    const listen = (message: ChildMessage) => {
      if (message.type !== 'report') return;
      clearTimeout(timer);
      server.child.off('message', listen);
      resolve(message);
    };
    server.child.on('message', listen);
    server.child.send({ type: 'report' } satisfies ParentMessage);
  });
}

async function stopServer(server: Server): Promise<void> {
  if (server.child.exitCode !== null || server.child.signalCode !== null) return;
  server.child.send({ type: 'stop' } satisfies ParentMessage);
  const timer = setTimeout(() => server.child.kill('SIGKILL'), 10_000);
  await exited(server.child);
  clearTimeout(timer);
}

// ── Small helpers ──

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const thousands = (value: number) => value.toLocaleString('en');

async function timed(url: string, init?: RequestInit) {
  const started = performance.now();
  const response = await fetch(url, init);
  const body = await response.text();
  return { status: response.status, milliseconds: performance.now() - started, bytes: Buffer.byteLength(body), body, etag: response.headers.get('etag') };
}

function expectStatus(what: string, answer: { status: number; body: string }, status: number): void {
  if (answer.status !== status) throw new Error(`${what}: expected ${status}, got ${answer.status}: ${answer.body.slice(0, 500)}`);
}

function heading(text: string): void {
  console.log(`\n── ${text} ${'─'.repeat(Math.max(0, 76 - text.length))}`);
}

// ── The data the requests use, read from the seeded database ──

interface Fixtures {
  agencies: string[];
  serviceOf: Map<string, string>;
  provinces: { id: string; regionId: string }[];
  trackingCodes: string[];
}

function fixtures(db: Db): Fixtures {
  const agencies = db.prepare('SELECT id FROM agencies ORDER BY position').pluck().all() as string[];
  const serviceOf = new Map<string, string>();
  for (const row of db.prepare('SELECT agency_id, id FROM services ORDER BY agency_id, position').all() as { agency_id: string; id: string }[])
    if (!serviceOf.has(row.agency_id)) serviceOf.set(row.agency_id, row.id);
  const provinces = db.prepare('SELECT id, region_id AS regionId FROM provinces ORDER BY rowid').all() as { id: string; regionId: string }[];
  // 20,000 tracking codes drawn across the whole history
  const maxId = (db.prepare('SELECT max(id) FROM submissions').pluck().get() as number | null) ?? 0;
  const byId = db.prepare('SELECT tracking_code FROM submissions WHERE id = ?').pluck();
  const codes = new Set<string>();
  const wanted = Math.min(20_000, maxId);
  for (let attempts = 0; codes.size < wanted && attempts < wanted * 4; attempts++) {
    const code = byId.get(1 + Math.floor(Math.random() * maxId)) as string | undefined;
    if (code !== undefined) codes.add(code);
  }
  return { agencies, serviceOf, provinces, trackingCodes: [...codes] };
}

/** A valid complaint, different for each `n`: rotating agencies, services, places, authors. */
function complaint(f: Fixtures, n: number): string {
  const agencyId = f.agencies[n % f.agencies.length]!;
  const serviceId = f.serviceOf.get(agencyId);
  const province = f.provinces[n % f.provinces.length];
  return JSON.stringify({
    kind: 'complaint',
    agencyId,
    ...(serviceId === undefined ? {} : { serviceId }),
    ...(province === undefined ? {} : { location: { regionId: province.regionId, provinceId: province.id } }),
    subject: `Dossier sans réponse n° ${n}`,
    description: 'Ma demande déposée il y a trois mois est toujours sans réponse malgré deux relances au guichet.',
    answerLanguage: 'fr',
    consent: true,
    complainant: { fullName: 'Amina El Idrissi', nationalId: `AB${100000 + (n % 900000)}`, email: `amina.${n}@example.ma` },
  });
}

// ── The run ──

interface Floor {
  /** the floor's runs, before and after each of the sandbox's */
  runs: LoadFigures[];
  sandbox: LoadFigures[];
  /** the sandbox's creates per second over the floor's (the mean of its runs) */
  ratio: number;
}

interface Figures {
  seed: SeedDone | null;
  floor: Floor | null;
  databaseBytes: number;
  scenarios: LoadFigures[];
  kpis: {
    cold: { milliseconds: number; bytes: number; cachedBefore: number; computed: number };
    firstWarm: number;
    warmInProcess: number;
    fullScan: number;
    allReadsSubmissions: boolean;
  } | null;
  serverMaxRSS: number;
}

/** Counts of an existing database, or null when it holds no agencies yet. */
function seededCounts(database: string): { agencies: number; submissions: number } | null {
  if (!existsSync(database)) return null;
  const db = openDatabase(database);
  try {
    const agencies = db.prepare('SELECT count(*) FROM agencies').pluck().get() as number;
    const submissions = db.prepare('SELECT count(*) FROM submissions').pluck().get() as number;
    return agencies === 0 ? null : { agencies, submissions };
  } finally {
    db.close();
  }
}

async function main(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'chikaya-bench-'));
  temporary = folder;
  const database = options.database ?? join(folder, 'sandbox.db');
  const cpu = cpus();
  console.log(`Chikaya sandbox benchmark — ${new Date().toISOString()}`);
  console.log(
    `Node ${process.version}, ${process.platform}/${process.arch}, ${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${mb(totalmem())} RAM`,
  );
  console.log(
    `${thousands(options.agencies)} agencies, ${thousands(options.submissions)} submissions; ` +
      `${options.connections} connections, ${options.duration} s per scenario; database ${database}`,
  );

  heading('Seed');
  const existing = seededCounts(database);
  // A kept database grows by each run's creates; one seeded for other sizes is not reused.
  if (existing !== null && (existing.agencies !== options.agencies || existing.submissions < options.submissions)) {
    throw new Error(
      `${database} holds ${thousands(existing.agencies)} agencies and ${thousands(existing.submissions)} submissions, ` +
        `not the ${thousands(options.agencies)} and ${thousands(options.submissions)} asked for: remove it or pass another --database`,
    );
  }
  const seeded = existing === null ? await seed(database) : null;
  const databaseBytes = ['', '-wal'].reduce((sum, suffix) => {
    try {
      return sum + statSync(database + suffix).size;
    } catch {
      return sum;
    }
  }, 0);
  console.log(
    seeded === null
      ? `  reused ${database}: ${thousands(existing!.agencies)} agencies, ${thousands(existing!.submissions)} submissions; database ${mb(databaseBytes)}`
      : `  ${thousands(seeded.agencies)} agencies, ${thousands(seeded.submissions)} submissions in ${seeded.seconds.toFixed(1)} s; ` +
          `seed process peak RSS ${mb(seeded.maxRSS)}; database ${mb(databaseBytes)}`,
  );

  const db = openDatabase(database);
  const f = fixtures(db);
  const year = new Date().getUTCFullYear();
  const thisYear = db.prepare('SELECT count(*) FROM submissions WHERE year = ?').pluck().get(year) as number;
  console.log(`  ${thousands(thisYear)} of them received in ${year}, the year the KPIs are read for`);

  heading('Server');
  const server = await startServer(database);
  server.child.once('exit', (code, signal) => {
    if (code !== 0) console.error(`  the server ended unexpectedly (${signal ?? `exit ${code}`})`);
  });
  console.log(`  ${server.url} (pid ${server.child.pid})`);
  const base = server.url;
  const scenarios: LoadFigures[] = [];
  const load = async (scenario: Omit<LoadOptions, 'url' | 'connections' | 'duration'>, url = base) => {
    heading(scenario.title);
    const figures = await runLoad({ ...scenario, url, connections: options.connections, duration: options.duration });
    console.log(describe(figures));
    scenarios.push(figures);
    return figures;
  };

  // Sanity: each request of the scenarios works once before it is sent thousands of times.
  expectStatus(
    'create',
    await timed(`${base}/v1/submissions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: complaint(f, 0) }),
    201,
  );
  expectStatus('status', await timed(`${base}/v1/submissions/${f.trackingCodes[0]}/status`), 200);

  // (1) create, between two runs of the floor on the same machine at the same time: the ratio is
  // what a shared machine's noise leaves comparable from one run to the next.
  let floor: Floor | null = null;
  if (options.scenarios.has('create')) {
    const floorServer = await startServer(join(folder, 'floor.db'), './floor-child.ts');
    let created = 1;
    const creates = (title: string, url: string) =>
      load(
        {
          title,
          method: 'POST',
          headers: { 'content-type': 'application/json', ...browser },
          next: () => ({ path: '/v1/submissions', headers: { 'idempotency-key': randomUUID() }, body: complaint(f, created++) }),
        },
        url,
      );
    const floorTitle = '(0) floor: bare Hono, one INSERT';
    expectStatus(
      'floor',
      await timed(`${floorServer.url}/v1/submissions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: complaint(f, 0) }),
      201,
    );
    const floorRuns = [await creates(floorTitle, floorServer.url)];
    const sandboxRuns: LoadFigures[] = [];
    for (let round = 1; round <= options.rounds; round++) {
      const suffix = options.rounds === 1 ? '' : `, round ${round}`;
      const rowsBefore = db.prepare('SELECT count(*) FROM submissions').pluck().get() as number;
      const create = await creates(`(1) POST /v1/submissions${suffix}`, base);
      const rowsAfter = db.prepare('SELECT count(*) FROM submissions').pluck().get() as number;
      console.log(`  ${thousands(rowsAfter - rowsBefore)} rows added for ${thousands(create.statusCodes['201'] ?? 0)} answers 201 counted`);
      sandboxRuns.push(create);
      floorRuns.push(await creates(`${floorTitle}, again${suffix}`, floorServer.url));
    }
    await stopServer(floorServer);
    const mean = (runs: LoadFigures[]) => runs.reduce((sum, run) => sum + run.requestsPerSecond, 0) / runs.length;
    floor = { runs: floorRuns, sandbox: sandboxRuns, ratio: mean(sandboxRuns) / mean(floorRuns) };
    console.log(
      `\n  creates: sandbox ${sandboxRuns.map((run) => `${run.requestsPerSecond.toFixed(0)}/s`).join(', ')}; ` +
        `floor ${floorRuns.map((run) => `${run.requestsPerSecond.toFixed(0)}/s`).join(', ')}: ratio of the means ${floor.ratio.toFixed(2)}`,
    );
  }

  // (2) status
  if (options.scenarios.has('status')) {
    let statusIndex = 0;
    await load({
      title: '(2) GET /v1/submissions/{code}/status',
      next: () => ({ path: `/v1/submissions/${f.trackingCodes[statusIndex++ % f.trackingCodes.length]}/status` }),
    });
    console.log(`  rotating among ${thousands(f.trackingCodes.length)} tracking codes of seeded submissions`);
  }

  const kpis = options.scenarios.has('kpis') ? await kpiScenarios(db, f, base, year, load) : null;

  heading('Server memory');
  const memory = await serverMemory(server);
  console.log(`  peak RSS ${mb(memory.maxRSS)} (RSS now ${mb(memory.rss)})`);
  await stopServer(server);
  db.close();

  const evidence = kpis === null ? null : await explainKpiReads(database, f, kpis.etag);

  printTable({
    seed: seeded,
    floor,
    databaseBytes,
    scenarios,
    kpis: kpis === null || evidence === null ? null : { ...kpis.figures, ...evidence },
    serverMaxRSS: memory.maxRSS,
  });
}

type Load = (scenario: Omit<LoadOptions, 'url' | 'connections' | 'duration'>) => Promise<LoadFigures>;

/** Browsers ask for compressed answers; so do these scenarios, as the platform's readers would. */
const browser = { 'accept-encoding': 'gzip, deflate, br, zstd' };
const gzip = { 'accept-encoding': 'gzip' };

async function kpiScenarios(db: Db, f: Fixtures, base: string, year: number, load: Load) {
  // Cold: the per-agency KPI cache emptied, then the first all-agencies read computes every agency.
  heading('Cold and first warm read of GET /v1/kpis/agencies');
  const cachedBefore = db.prepare('SELECT count(*) FROM agency_kpis').pluck().get() as number;
  db.prepare('DELETE FROM agency_kpis').run();
  const cold = await timed(`${base}/v1/kpis/agencies`);
  expectStatus('all agencies (cold)', cold, 200);
  const computed = db.prepare('SELECT count(*) FROM agency_kpis WHERE year = ?').pluck().get(year) as number;
  const firstWarm = await timed(`${base}/v1/kpis/agencies`);
  expectStatus('all agencies (warm)', firstWarm, 200);
  const items = (JSON.parse(cold.body) as { items: unknown[] }).items.length;
  console.log(
    `  cold: ${formatMs(cold.milliseconds)} ms (cache emptied: ${thousands(cachedBefore)} rows before; ${thousands(computed)} agencies computed); ` +
      `${thousands(items)} agencies in ${thousands(cold.bytes)} bytes of JSON`,
  );
  console.log(`  first warm: ${formatMs(firstWarm.milliseconds)} ms`);

  // (3) one agency
  let agencyIndex = 0;
  await load({
    title: '(3) GET /v1/kpis/agencies/{id}, gzip',
    headers: browser,
    next: () => ({ path: `/v1/kpis/agencies/${f.agencies[agencyIndex++ % f.agencies.length]}` }),
  });

  // (4) all agencies, fresh: gzip, what a browser asks for (brotli), and no encoding at all
  for (const accept of [gzip, browser]) {
    const compressed = await fetch(`${base}/v1/kpis/agencies`, { headers: accept });
    const bytes = Number(compressed.headers.get('content-length'));
    await compressed.arrayBuffer();
    const encoding = compressed.headers.get('content-encoding');
    if (encoding === null) throw new Error(`GET /v1/kpis/agencies answered Accept-Encoding: ${accept['accept-encoding']} uncompressed`);
    await load({ title: `(4) GET /v1/kpis/agencies (200), ${encoding}`, path: '/v1/kpis/agencies', headers: accept });
    console.log(`  Accept-Encoding: ${accept['accept-encoding']} → ${encoding}, ${thousands(bytes)} bytes`);
  }
  await load({ title: '(4) GET /v1/kpis/agencies (200), no encoding', path: '/v1/kpis/agencies' });

  // (5) all agencies, revalidated
  const current = await timed(`${base}/v1/kpis/agencies`, { headers: browser });
  if (current.etag === null) throw new Error('GET /v1/kpis/agencies answered without an ETag');
  const check = await timed(`${base}/v1/kpis/agencies`, { headers: { ...browser, 'if-none-match': current.etag } });
  expectStatus('all agencies with If-None-Match', check, 304);
  const revalidated = await load({
    title: '(5) GET /v1/kpis/agencies (If-None-Match → 304)',
    path: '/v1/kpis/agencies',
    headers: { ...browser, 'if-none-match': current.etag },
  });
  const notModified = revalidated.statusCodes['304'] ?? 0;
  console.log(
    notModified === revalidated.requests
      ? `  all ${thousands(notModified)} answers were 304 Not Modified (ETag ${current.etag})`
      : `  WARNING: only ${thousands(notModified)} of ${thousands(revalidated.requests)} answers were 304`,
  );
  return {
    etag: current.etag,
    figures: { cold: { milliseconds: cold.milliseconds, bytes: cold.bytes, cachedBefore, computed }, firstWarm: firstWarm.milliseconds },
  };
}

// ── Evidence: what the KPI reads do to the database ──
async function explainKpiReads(database: string, f: Fixtures, etag: string) {
  heading('What the KPI reads run (EXPLAIN QUERY PLAN, server stopped, same database)');
  const traced = new TracedSandbox(database);
  await traced.request('/v1/kpis/agencies'); // warm this process's statements; the cache is already filled
  const warm = await traced.trace('/v1/kpis/agencies');
  console.log(formatTrace('Warm GET /v1/kpis/agencies', warm));
  const notModifiedTrace = await traced.trace('/v1/kpis/agencies', { headers: { 'if-none-match': etag } });
  console.log(formatTrace('Warm GET /v1/kpis/agencies with If-None-Match', notModifiedTrace));
  const sample = f.agencies[0]!;
  // A fresh app has no counts in memory: with the agency's cache row gone, it must compute them.
  const fresh = new TracedSandbox(database);
  const coldOne = await fresh.rolledBack(async () => {
    fresh.db.prepare('DELETE FROM agency_kpis WHERE agency_id = ?').run(sample);
    return fresh.trace(`/v1/kpis/agencies/${sample}`);
  });
  fresh.close();
  console.log(
    formatTrace(
      `For contrast, cold GET /v1/kpis/agencies/${sample} (its cache row removed, then rolled back): ` +
        'computed from its own rows, by index',
      coldOne,
    ),
  );

  const repeats: number[] = [];
  for (let i = 0; i < 20; i++) repeats.push((await traced.request('/v1/kpis/agencies')).milliseconds);
  repeats.sort((a, b) => a - b);
  const warmInProcess = repeats[Math.floor(repeats.length / 2)]!;
  const scanStarted = performance.now();
  traced.db.prepare('SELECT count(*), sum(length(description)) FROM submissions').get();
  const fullScan = performance.now() - scanStarted;
  console.log(
    `\n  a warm all-agencies read takes ${formatMs(warmInProcess)} ms in process (median of 20); ` +
      `one pass over the submissions table takes ${formatMs(fullScan)} ms`,
  );
  traced.close();
  return { warmInProcess, fullScan, allReadsSubmissions: warm.readsSubmissions || notModifiedTrace.readsSubmissions };
}

function printTable(figures: Figures): void {
  heading('Summary');
  const rows: string[][] = [['scenario', 'req/s', 'p50 ms', 'p99 ms', 'non-2xx', 'errors']];
  for (const s of figures.scenarios)
    rows.push([s.title, s.requestsPerSecond.toFixed(0), formatMs(s.p50), formatMs(s.p99), String(s.non2xx), String(s.errors + s.timeouts)]);
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  for (const [index, row] of rows.entries()) {
    console.log(row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  '));
    if (index === 0) console.log(widths.map((width) => '─'.repeat(width)).join('  '));
  }
  const { seed, floor, kpis } = figures;
  const lines: [string, string][] = [
    [
      'seed',
      seed === null
        ? `reused a kept database (${mb(figures.databaseBytes)})`
        : `${seed.seconds.toFixed(1)} s for ${thousands(seed.agencies)} agencies and ${thousands(seed.submissions)} submissions; ` +
          `peak RSS ${mb(seed.maxRSS)}; database ${mb(figures.databaseBytes)}`,
    ],
  ];
  if (floor !== null)
    lines.push([
      'creates, sandbox / floor',
      `${floor.ratio.toFixed(2)} (sandbox ${floor.sandbox.map((run) => `${run.requestsPerSecond.toFixed(0)}/s`).join(', ')}; ` +
        `floor ${floor.runs.map((run) => `${run.requestsPerSecond.toFixed(0)}/s`).join(', ')}; alternating, same run)`,
    ]);
  if (kpis !== null)
    lines.push(
      ['all agencies, cold', `${formatMs(kpis.cold.milliseconds)} ms (${thousands(kpis.cold.computed)} agencies computed, ${thousands(kpis.cold.bytes)} bytes)`],
      ['all agencies, first warm', `${formatMs(kpis.firstWarm)} ms`],
      ['all agencies, warm, in process', `${formatMs(kpis.warmInProcess)} ms (one pass over submissions: ${formatMs(kpis.fullScan)} ms)`],
      ['warm read scans submissions', kpis.allReadsSubmissions ? 'YES' : 'no'],
    );
  lines.push(['server peak RSS', mb(figures.serverMaxRSS)]);
  console.log('');
  const width = Math.max(...lines.map(([label]) => label.length));
  for (const [label, value] of lines) console.log(`${label.padEnd(width)}  ${value}`);
}


try {
  await main();
} catch (error) {
  console.error('\nThe benchmark failed:', error);
  process.exitCode = 1;
} finally {
  cleanUp();
}
// keep-alive sockets or a stuck child must not keep the run alive
process.exit();
