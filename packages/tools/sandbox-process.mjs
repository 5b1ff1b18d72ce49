// A real sandbox for browser tests, in a process of its own. `web-test-runner.config.mjs` starts it
// with `node --conditions=source --import tsx` (so the sandbox and the SDK it imports run from their
// TypeScript sources, no build needed) and an IPC channel: it answers `{ url }` once listening, and
// stops when told to, when terminated, or when the runner goes away (the channel disconnects), so a
// crashed runner never leaves a server behind.
//
// argv[2]: JSON SandboxOptions (host, port, seed, rateLimits, trustedOrigins…).
import { startSandbox } from '../sandbox/src/server.ts';

if (!process.send) {
  console.error('packages/tools/sandbox-process.mjs is started by packages/tools/web-test-runner.config.mjs (it needs an IPC channel)');
  process.exit(2);
}

const options = JSON.parse(process.argv[2] ?? '{}');
const sandbox = await startSandbox({ onError: (error) => console.error(error), ...options });

let stopping = false;
function stop() {
  if (stopping) return;
  stopping = true;
  sandbox.close().finally(() => process.exit(0));
}
process.on('message', (message) => {
  if (message === 'stop') stop();
});
process.on('disconnect', stop);
process.on('SIGTERM', stop);
process.on('SIGINT', stop);

const { seeded } = sandbox;
process.send({ url: sandbox.url, agencies: seeded?.agencies ?? null, submissions: seeded?.submissions ?? null, adminKey: seeded?.adminKey ?? null });
