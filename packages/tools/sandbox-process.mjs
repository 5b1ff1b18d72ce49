// A real sandbox for browser tests, in a process of its own. `web-test-runner.config.mjs` starts it
// with `node --conditions=source --import tsx` (so the sandbox and the SDK it imports run from their
// TypeScript sources, no build needed) and an IPC channel: it answers `{ url }` once listening, and
// stops when told to, when terminated, or when the runner goes away (the channel disconnects), so a
// crashed runner never leaves a server behind.
//
// argv[2]: JSON SandboxOptions (host, port, seed, rateLimits, trustedOrigins…).
//
// It also answers `{ type: 'request', id, at, method, path, headers, body }`: one request through
// the platform as if it ran at the instant `at`, over the same database. That is how a test makes
// a submission received 70 days ago, and so overdue today whatever today is, instead of hoping
// that the seed holds one (which submissions of a seed are overdue changes from day to day).
import { createApp } from '../sandbox/src/http/app.ts';
import { startSandbox } from '../sandbox/src/server.ts';

if (!process.send) {
  console.error('packages/tools/sandbox-process.mjs is started by packages/tools/web-test-runner.config.mjs (it needs an IPC channel)');
  process.exit(2);
}

// `clockOffset` (ms, default 0): the platform's clock runs that far ahead of the machine's, from
// the seed on (see dated-tests.mjs, which runs the suites a year ahead and on a 29 February).
const { clockOffset = 0, ...options } = JSON.parse(process.argv[2] ?? '{}');
const clock = () => new Date(Date.now() + clockOffset);
const sandbox = await startSandbox({ onError: (error) => console.error(error), ...(clockOffset ? { now: clock } : {}), ...options });

let stopping = false;
function stop() {
  if (stopping) return;
  stopping = true;
  sandbox.close().finally(() => process.exit(0));
}
/** One request as of `at`: an app of its own per request, so that two tests' clocks never mix. */
async function requestAt({ id, at, method, path, headers, body }) {
  try {
    // What only a clock can make (a complaint lodged 70 days ago), set up by a test: neither limited
    // nor asked for a proof of work, which the pages meet over HTTP.
    const app = createApp({ store: sandbox.store, now: () => new Date(at), rateLimits: false, challenge: false, publicOrigin: sandbox.url });
    const response = await app.request(path, { method, headers, body });
    process.send({ type: 'answer', id, status: response.status, body: await response.text() });
  } catch (error) {
    process.send({ type: 'answer', id, error: String(error?.stack ?? error) });
  }
}

process.on('message', (message) => {
  if (message === 'stop') stop();
  else if (message?.type === 'request') requestAt(message);
});
process.on('disconnect', stop);
process.on('SIGTERM', stop);
process.on('SIGINT', stop);

const { seeded } = sandbox;
process.send({ url: sandbox.url, agencies: seeded?.agencies ?? null, submissions: seeded?.submissions ?? null, adminKey: seeded?.adminKey ?? null });
