/**
 * The sandbox under load, in its own process so that the load generator does not share its event
 * loop. Started by `sandbox.bench.ts` with `fork()`: serves an already seeded database on
 * 127.0.0.1 (a free port, rate limits off) and talks to its parent over the IPC channel only:
 *   → { type: 'ready', url }                      once listening
 *   ← { type: 'report' }  → { type: 'report', maxRSS, rss }   peak and current RSS, in bytes
 *   ← { type: 'stop' }                            closes the server and exits
 * It also exits when the parent goes away (the IPC channel closes), so it never outlives a run.
 */
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { startSandbox } from '../src/server.js';

export type ParentMessage = { type: 'report' } | { type: 'stop' };
export type ChildMessage = { type: 'ready'; url: string } | { type: 'report'; maxRSS: number; rss: number };

const database = process.argv[2];
if (database === undefined || process.send === undefined) {
  console.error('server-child.ts is started by sandbox.bench.ts, with the database file as argument.');
  process.exit(2);
}

const send = (message: ChildMessage) => process.send?.(message);

const sandbox = await startSandbox({
  database,
  host: '127.0.0.1',
  port: 0,
  seed: false,
  rateLimits: false,
  // the benchmark measures the platform, not a client's proof of work
  challenge: false,
  onError: (error) => console.error('[server]', error),
});

let stopping = false;
const stop = async (code: number, then?: () => void) => {
  if (stopping) return;
  stopping = true;
  await sandbox.close();
  then?.();
  process.exit(code);
};

process.on('message', (message: ParentMessage) => {
  if (message.type === 'report') {
    // resourceUsage().maxRSS is in kilobytes
    send({ type: 'report', maxRSS: process.resourceUsage().maxRSS * 1024, rss: process.memoryUsage().rss });
  } else if (message.type === 'stop') void stop(0);
});
// The parent went away without stopping us (killed): also remove its temporary database.
process.on('disconnect', () => {
  const folder = dirname(database);
  void stop(0, () => {
    if (basename(folder).startsWith('chikaya-bench-') && join(tmpdir(), basename(folder)) === folder) rmSync(folder, { recursive: true, force: true });
  });
});
// Ctrl-C reaches the whole process group: the parent decides when the server stops.
process.on('SIGINT', () => {});
process.on('SIGTERM', () => void stop(0));

send({ type: 'ready', url: sandbox.url });
