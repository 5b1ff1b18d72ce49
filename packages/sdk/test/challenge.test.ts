/**
 * The proof of work a platform asks for on creates (ALTCHA v2): `submissions.create` makes one when
 * asked, uses one made ahead with `prove()`, makes a new one for a proof expired or spent, and sends
 * none with an agency's key. The SDK's solver is checked by the sandbox, which verifies with
 * altcha-lib, also for an odd prefix and several rounds of hashing.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ApiError, createClient, solveChallenge } from '@chikaya/sdk';
import { clientFor, complaint, devBackOfficeKey, failure, sandbox, type SandboxClient } from './support/sandbox.js';

let api: SandboxClient;

const summary = (calls: { method: string; url: URL; status?: number }[]) => calls.map((call) => `${call.method} ${call.url.pathname} ${call.status}`);

describe('submissions.create on a platform that asks for a proof of work', () => {
  before(async () => {
    api = await sandbox({ submissions: 0, challenge: {} });
  });
  after(() => api.sandbox.close());

  test('asked for a proof, it fetches a challenge, solves it and sends again with the same idempotency key', async () => {
    const { client, counter } = clientFor(api);
    const receipt = await client.submissions.create(complaint());
    assert.match(receipt.trackingCode, /^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{2}$/);
    assert.deepEqual(summary(counter.calls), ['POST /v1/submissions 403', 'GET /v1/challenge 200', 'POST /v1/submissions 201']);
    const [first, second] = counter.to('/v1/submissions');
    assert.equal(first!.headers.get('altcha'), null);
    assert.ok(second!.headers.get('altcha'));
    assert.equal(first!.headers.get('idempotency-key'), second!.headers.get('idempotency-key'));
  });

  test('a proof made ahead with prove() goes with the first request', async () => {
    const { client, counter } = clientFor(api);
    const proof = client.submissions.prove();
    await client.submissions.create(complaint(), { proof });
    assert.deepEqual(summary(counter.calls), ['GET /v1/challenge 200', 'POST /v1/submissions 201']);
  });

  test('a spent proof is made again, transparently; an expired one is not even sent', async () => {
    const { client, counter } = clientFor(api);
    const proof = await client.submissions.prove();
    await client.submissions.create(complaint(), { proof });
    counter.reset();
    await client.submissions.create(complaint(), { proof });
    assert.deepEqual(summary(counter.calls), ['POST /v1/submissions 403', 'GET /v1/challenge 200', 'POST /v1/submissions 201']);

    counter.reset();
    const stale = { ...(await client.submissions.prove()), expires: Date.now() - 1000 };
    counter.reset();
    await client.submissions.create(complaint(), { proof: stale });
    assert.equal(counter.to('/v1/submissions')[0]!.headers.get('altcha'), null);
    assert.equal(counter.withStatus(201).length, 1);
  });

  test('a failed proof in the making (a promise that rejects) is made again', async () => {
    const { client } = clientFor(api);
    const receipt = await client.submissions.create(complaint(), { proof: Promise.reject(new Error('offline')) });
    assert.equal(receipt.status, 'received');
  });

  test('an agency’s own systems, with its key, send no proof', async () => {
    const { client, counter } = clientFor(api, { secretKey: devBackOfficeKey('dgsn') });
    await client.submissions.create(complaint({ channel: 'phone' }));
    assert.deepEqual(summary(counter.calls), ['POST /v1/submissions 201']);
  });

  test('a proof that still fails after one new try surfaces as the platform said it', async () => {
    // A proof for another platform (another secret) is refused; the SDK tries once more, then stops.
    const other = await sandbox({ submissions: 0, challenge: {} });
    try {
      const foreign = await createClient({ baseUrl: other.url }).submissions.prove();
      // every challenge comes from the other platform
      const client = createClient({
        baseUrl: api.url,
        fetch: (input, init) => {
          const request = new Request(input, init);
          return new URL(request.url).pathname === '/v1/challenge' ? fetch(`${other.url}/v1/challenge`) : fetch(request);
        },
      });
      const error = await failure(client.submissions.create(complaint(), { proof: foreign }), ApiError, 'challenge_invalid');
      assert.equal(error.status, 403);
    } finally {
      await other.sandbox.close();
    }
  });
});

describe('the solver', () => {
  test('its proofs are what altcha-lib verifies: an odd prefix, several rounds of hashing', async (t) => {
    const hard = await sandbox({ submissions: 0, challenge: { keyPrefix: '00a', cost: 3 } });
    t.after(() => hard.sandbox.close());
    const client = createClient({ baseUrl: hard.url });
    for (let i = 0; i < 3; i++) await client.submissions.create(complaint(), { proof: client.submissions.prove() });
    assert.equal(hard.sandbox.store.db.prepare('SELECT count(*) FROM submissions').pluck().get(), 3);
  });

  test('stops when aborted', async (t) => {
    const platform = await sandbox({ submissions: 0, challenge: {} });
    t.after(() => platform.sandbox.close());
    const challenge = (await (await fetch(`${platform.url}/v1/challenge`)).json()) as Parameters<typeof solveChallenge>[0];
    const impossible = { ...challenge, parameters: { ...challenge.parameters, keyPrefix: '0'.repeat(16) } };
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error('enough')), 50);
    await assert.rejects(solveChallenge(impossible, { signal: controller.signal }), /enough/);
  });
});
