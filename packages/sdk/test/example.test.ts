/** The Node.js example in examples/node-sdk runs from start to end against a real sandbox. */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { promisify } from 'node:util';
import { sandboxFor } from '../../sandbox/test/support/sandbox.js';

const example = fileURLToPath(new URL('../../../examples/node-sdk/', import.meta.url));

test('examples/node-sdk lodges, answers, renews and rates a complaint, then prints the KPIs', async (t) => {
  const api = await sandboxFor(t, { seed: { submissions: 200 } });
  const { stdout } = await promisify(execFile)(process.execPath, ['--conditions=source', '--import', 'tsx', 'main.ts'], {
    cwd: example,
    env: { ...process.env, CHIKAYA_API: api.url },
  });
  assert.match(stdout, /^Lodged [0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{2}, due by \d{4}-\d{2}-\d{2}\./m);
  assert.match(stdout, /^Status: received, 1 event\(s\)$/m);
  assert.match(stdout, /^Renewed: the complaint is in_progress again\.$/m);
  assert.match(stdout, /^Rated 4\/5; the submission is closed\.$/m);
  assert.match(stdout, /^responseRate: \d+ % \(target ≥ 70 %, (met|not met)\)$/m);
  assert.match(stdout, /^renewalRate: \d+ % \(target ≤ 10 %, (met|not met)\)$/m);
});
