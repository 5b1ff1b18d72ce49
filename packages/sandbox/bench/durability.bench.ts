/**
 * `pnpm --filter @chikaya/sandbox bench:durability`: what `synchronous = FULL` costs a create.
 *
 * Creates `--creates` submissions over HTTP (POST /v1/submissions, on loopback) against a sandbox
 * on a database file in the OS temporary folder, once with SQLite's `synchronous = NORMAL` (the
 * WAL synced at checkpoints only: the last commits may be lost on a power cut) and once with
 * `FULL` (the WAL synced on every commit: a 201 means the submission is on disk), first one at a
 * time (a person sending a form) and then `--concurrency` at a time. Prints creates per second
 * and p50/p99 latencies of each, and removes the databases at the end.
 *
 * The server runs in this process: a create's commit, and so its fsync, blocks the event loop,
 * which is the cost to see. The figures depend on the disk: run it where the platform would run.
 *
 *   pnpm --filter @chikaya/sandbox bench:durability -- --creates 2000 --concurrency 10
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startSandbox } from '../src/server.js';

const argv = process.argv.slice(2);
if (argv[0] === '--') argv.shift();
const { values } = parseArgs({
  args: argv,
  options: {
    creates: { type: 'string', default: '1000' },
    concurrency: { type: 'string', default: '10' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (values.help) {
  console.log(`bench:durability [--creates N (default 1000)] [--concurrency N (default 10)]`);
  process.exit(0);
}
const creates = Number(values.creates);
const concurrency = Number(values.concurrency);
if (!(creates >= 10 && concurrency >= 1)) {
  console.error('--creates must be at least 10, --concurrency at least 1');
  process.exit(2);
}

const body = (index: number) =>
  JSON.stringify({
    kind: 'complaint',
    agencyId: 'dgsn',
    subject: `Passeport bloqué au guichet (${index})`,
    description: 'Mon dossier de passeport est bloqué depuis deux mois sans explication.',
    complainant: { fullName: 'Karim Benjelloun', nationalId: 'BK445566', email: 'karim@example.org' },
    answerLanguage: 'fr',
    consent: true,
  });

interface Figures {
  synchronous: string;
  concurrency: number;
  perSecond: number;
  p50: number;
  p99: number;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

async function run(synchronous: 'NORMAL' | 'FULL', folder: string, parallel: number): Promise<Figures> {
  const database = join(folder, `${synchronous.toLowerCase()}-${parallel}.db`);
  const sandbox = await startSandbox({ database, seed: { submissions: 0 }, rateLimits: false });
  try {
    sandbox.store.db.pragma(`synchronous = ${synchronous}`);
    const latencies: number[] = [];
    let next = 0;
    const worker = async () => {
      while (next < creates) {
        const index = next++;
        const started = performance.now();
        const response = await fetch(`${sandbox.url}/v1/submissions`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: body(index),
        });
        await response.arrayBuffer();
        if (response.status !== 201) throw new Error(`create ${index}: ${response.status}`);
        latencies.push(performance.now() - started);
      }
    };
    const started = performance.now();
    await Promise.all(Array.from({ length: parallel }, worker));
    const seconds = (performance.now() - started) / 1000;
    latencies.sort((a, b) => a - b);
    return { synchronous, concurrency: parallel, perSecond: creates / seconds, p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
  } finally {
    await sandbox.close();
  }
}

const folder = mkdtempSync(join(tmpdir(), 'chikaya-durability-'));
const results: Figures[] = [];
try {
  for (const parallel of [1, concurrency]) {
    for (const synchronous of ['NORMAL', 'FULL'] as const) {
      const figures = await run(synchronous, folder, parallel);
      results.push(figures);
      console.error(`${synchronous.padEnd(6)} ×${parallel}: ${figures.perSecond.toFixed(0)} creates/s`);
    }
  }
} finally {
  rmSync(folder, { recursive: true, force: true });
}

console.log(`\n${creates} creates per run, database in ${tmpdir()}\n`);
console.log('synchronous  concurrency  creates/s   p50 ms   p99 ms');
for (const figures of results)
  console.log(
    `${figures.synchronous.padEnd(11)}  ${String(figures.concurrency).padStart(11)}  ${figures.perSecond.toFixed(0).padStart(9)}  ${figures.p50.toFixed(2).padStart(7)}  ${figures.p99.toFixed(2).padStart(7)}`,
  );
