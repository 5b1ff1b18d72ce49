/**
 * Seeds the benchmark's database in a process of its own, so that its peak RSS is the seed's alone
 * and the parent stays responsive (Ctrl-C) during a seed of several minutes. Started by
 * `sandbox.bench.ts` with `fork()`; talks over the IPC channel:
 *   → { type: 'progress', done, total }                    after each committed chunk
 *   → { type: 'done', seconds, maxRSS, agencies, submissions }   maxRSS in bytes
 */
import { seedDatabase } from '../src/seed/index.js';
import { openDatabase } from '../src/store/index.js';

export type SeedMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; seconds: number; maxRSS: number; agencies: number; submissions: number };

const [database, agencies, submissions] = process.argv.slice(2);
if (database === undefined || agencies === undefined || submissions === undefined || process.send === undefined) {
  console.error('seed-child.ts is started by sandbox.bench.ts: <database> <agencies> <submissions>.');
  process.exit(2);
}
const send = (message: SeedMessage) => process.send?.(message);

const db = openDatabase(database);
const started = performance.now();
let lastReport = 0;
const result = seedDatabase(db, {
  agencies: Number(agencies),
  submissions: Number(submissions),
  onProgress: (done, total) => {
    const now = performance.now();
    if (now - lastReport < 2_000 && done < total) return;
    lastReport = now;
    send({ type: 'progress', done, total });
  },
});
const seconds = (performance.now() - started) / 1000;
db.close();
send({
  type: 'done',
  seconds,
  // resourceUsage().maxRSS is in kilobytes
  maxRSS: process.resourceUsage().maxRSS * 1024,
  agencies: result.agencies,
  submissions: result.submissions,
});
process.disconnect();
