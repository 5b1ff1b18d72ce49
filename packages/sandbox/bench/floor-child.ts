/**
 * The floor of a create: bare Hono on @hono/node-server, the body parsed and stored with ONE
 * `INSERT` into SQLite, no validation, no idempotency, no timeline, no compression. Nothing that
 * stores a submission on this stack can be faster, so the sandbox's creates are reported as a
 * ratio of this. The connection has the sandbox's own settings (`configure` of src/store/db.ts:
 * WAL, `synchronous = FULL`), on a file of its own beside the sandbox's database.
 *
 * Started by `sandbox.bench.ts` with `fork()`, it speaks server-child.ts's IPC messages:
 *   → { type: 'ready', url }      ← { type: 'stop' }
 */
import { serve } from '@hono/node-server';
import Database from 'better-sqlite3';
import { Hono } from 'hono';
import type { AddressInfo } from 'node:net';
import { configure } from '../src/store/db.js';
import type { ChildMessage, ParentMessage } from './server-child.js';

const database = process.argv[2];
if (database === undefined || process.send === undefined) {
  console.error('floor-child.ts is started by sandbox.bench.ts, with a database file as argument.');
  process.exit(2);
}

const db = new Database(database);
configure(db);
db.exec(`CREATE TABLE IF NOT EXISTS submissions (
  id INTEGER PRIMARY KEY, agency_id TEXT NOT NULL, subject TEXT NOT NULL, body TEXT NOT NULL, received_at TEXT NOT NULL
) STRICT`);
const insert = db.prepare('INSERT INTO submissions (agency_id, subject, body, received_at) VALUES (?, ?, ?, ?)');

const app = new Hono();
app.post('/v1/submissions', async (c) => {
  const text = await c.req.text();
  const body = JSON.parse(text) as { agencyId: string; subject: string };
  const receivedAt = new Date().toISOString();
  const { lastInsertRowid } = insert.run(body.agencyId, body.subject, text, receivedAt);
  return c.json({ id: Number(lastInsertRowid), receivedAt }, 201);
});

const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 });
await new Promise<void>((resolve) => server.once('listening', resolve));
const { port } = server.address() as AddressInfo;

const stop = () => {
  server.close(() => {
    db.close();
    process.exit(0);
  });
  (server as { closeAllConnections?: () => void }).closeAllConnections?.();
};
process.on('message', (message: ParentMessage) => {
  if (message.type === 'stop') stop();
  else if (message.type === 'report')
    process.send?.({ type: 'report', maxRSS: process.resourceUsage().maxRSS * 1024, rss: process.memoryUsage().rss } satisfies ChildMessage);
});
process.on('disconnect', stop);
process.on('SIGINT', () => {});
process.on('SIGTERM', stop);

process.send({ type: 'ready', url: `http://127.0.0.1:${port}` } satisfies ChildMessage);
