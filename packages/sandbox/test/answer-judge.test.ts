/**
 * The judge the e2e suites put behind their sandboxes (support/answer-judge.ts, Prism's own
 * validator on every answer the sandbox gives): it passes the sandbox's answers as the contract
 * describes them, and it fails them when the contract says something else, here a deliberately
 * broken copy of it.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { parse, stringify } from 'yaml';
import { devBackOfficeKey } from '../src/seed/index.js';
import { type AnswerJudge, contractPath, judgeAnswers } from './support/answer-judge.js';
import { complaint } from './support/inputs.js';
import { bearer, type Client, sandboxFor } from './support/sandbox.js';

type Json = Record<string, any>;

const folder = mkdtempSync(join(tmpdir(), 'chikaya-judge-'));
after(() => rmSync(folder, { recursive: true, force: true }));

/** A copy of the contract changed by `edit`, on disk (Prism reads a file). */
function brokenContract(name: string, edit: (contract: Json) => void): string {
  const contract = parse(readFileSync(contractPath, 'utf8')) as Json;
  edit(contract);
  const path = join(folder, `${name}.yaml`);
  writeFileSync(path, stringify(contract));
  return path;
}

/** The same few answers, each a kind the e2e pages meet: a success, a problem, one behind a key, a 201. */
async function exchange(api: Client): Promise<void> {
  assert.equal((await api.get('/v1/agencies/dgsn')).status, 200);
  assert.equal((await api.get('/v1/agencies/nowhere')).status, 404);
  assert.equal((await api.get('/v1/back-office/submissions?pageSize=2', bearer(devBackOfficeKey('dgsn')))).status, 200);
  assert.equal((await api.post('/v1/submissions', complaint())).status, 201);
  assert.equal((await api.post('/v1/submissions', complaint({ consent: false }))).status, 422);
  assert.equal((await api.request('OPTIONS', '/v1/submissions', { headers: { origin: 'https://example.org' } })).status, 204);
}

async function verdicts(t: Parameters<typeof sandboxFor>[0], judge: AnswerJudge): Promise<string[]> {
  const api = await sandboxFor(t, { seed: { submissions: 20 }, onAnswer: judge.onAnswer });
  await exchange(api);
  return judge.take();
}

test("the sandbox's answers pass Prism's validator as the contract stands (preflights left out)", async (t) => {
  const judge = judgeAnswers();
  assert.deepEqual(await verdicts(t, judge), []);
  assert.equal(judge.judged, 5);
});

test('an answer that breaks the contract fails: a body, a header, a status, an address the contract does not describe', async (t) => {
  const cases: [string, (contract: Json) => void, RegExp][] = [
    ['a required property the answer lacks', (c) => c.components.schemas.Agency.required.push('motto'), /GET \/v1\/agencies\/dgsn → 200 breaks the contract[\s\S]*motto/],
    ['a header pattern the answer does not match', (c) => (c.components.headers.RateLimit.schema.pattern = '^never$'), /RateLimit|ratelimit/i],
    ['a problem code the answer gives, left out', (c) => (c.components.schemas.Problem.properties.code.enum = ['not_found']), /GET \/v1\/agencies\/nowhere → 404 breaks the contract/],
    ['a status the answer has, undocumented', (c) => delete c.paths['/v1/submissions'].post.responses['422'], /POST \/v1\/submissions → 422 breaks the contract/],
    ['an operation the contract no longer has', (c) => delete c.paths['/v1/agencies/{agencyId}'], /GET \/v1\/agencies\/dgsn → 200: no operation of the contract/],
    ['a response body of another shape', (c) => (c.paths['/v1/submissions'].post.responses['201'].content['application/json'].schema = { type: 'array' }), /POST \/v1\/submissions → 201 breaks/],
  ];
  for (const [what, edit, expected] of cases) {
    const found = await verdicts(t, judgeAnswers(brokenContract(what.replace(/\W+/g, '-'), edit)));
    assert.ok(found.length > 0, `${what}: nothing found`);
    assert.match(found.join('\n'), expected, what);
  }
});
