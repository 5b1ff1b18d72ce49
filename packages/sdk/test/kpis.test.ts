/**
 * KPI reads, as a portal of 90 badges makes them, against a real sandbox, with every HTTP request
 * counted: calls for one agency in the same tick go out as ONE request, identical reads in flight
 * share one, a repeated read revalidates its ETag (a 304 carries no body), and a write shows at once.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { AbortError, ApiError, createClient, type Kpis, NetworkError, ValidationError } from '@chikaya/sdk';
import { clientFor, complaint, devBackOfficeKey, failure, type SandboxClient, sandbox } from './support/sandbox.js';

let api: SandboxClient;
let agencyIds: string[];

before(async () => {
  api = await sandbox({ submissions: 2000 });
  agencyIds = (await createClient({ baseUrl: api.url }).agencies.list({ pageSize: 100 })).items.map((agency) => agency.id);
  assert.equal(agencyIds.length, 90);
});
after(() => api.sandbox.close());

const batchPath = '/v1/kpis/agencies';

describe('batching kpis.agency(id)', () => {
  test('90 badges in one tick: ONE request for the 90 agencies, each badge gets its own', async () => {
    const { client, counter } = clientFor(api);
    const badges = agencyIds.map((id) => client.kpis.agency(id));
    const figures = await Promise.all(badges);

    assert.equal(counter.calls.length, 1);
    const [request] = counter.calls;
    assert.equal(request!.url.pathname, batchPath);
    assert.deepEqual(request!.url.searchParams.get('ids')!.split(',').sort(), [...agencyIds].sort());
    assert.equal(request!.status, 200);
    assert.deepEqual(
      figures.map((kpis) => kpis.agencyId),
      agencyIds,
    );
    assert.ok(figures.every((kpis) => kpis.scope === 'agency' && kpis.year === 2026));

    // The same figures as each agency's own endpoint.
    const direct = await createClient({ baseUrl: api.url }).kpis.agency('dgsn');
    assert.deepEqual(figures[agencyIds.indexOf('dgsn')], direct);
  });

  test('elements upgraded one after another in the same task land in the same batch, asked once per agency', async () => {
    const { client, counter } = clientFor(api);
    const first = client.kpis.agency('dgsn');
    await Promise.resolve(); // a microtask later: still the same task
    const second = [client.kpis.agency('cnss'), client.kpis.agency('dgsn')];
    const [a, b, c] = await Promise.all([first, ...second]);
    assert.equal(counter.calls.length, 1);
    assert.deepEqual(counter.calls[0]!.url.searchParams.get('ids'), 'cnss,dgsn');
    assert.equal(a.agencyId, 'dgsn');
    assert.equal(b!.agencyId, 'cnss');
    assert.deepEqual(c, a);
  });

  test('calls in different tasks make different requests; one agency alone uses its own endpoint', async () => {
    const { client, counter } = clientFor(api);
    await client.kpis.agency('dgsn');
    await client.kpis.agency('cnss');
    assert.deepEqual(
      counter.calls.map((call) => call.url.pathname),
      ['/v1/kpis/agencies/dgsn', '/v1/kpis/agencies/cnss'],
    );
  });

  test('one batch per year', async () => {
    const { client, counter } = clientFor(api);
    const [now, then, thenToo] = await Promise.all([
      client.kpis.agency('dgsn'),
      client.kpis.agency('dgsn', { year: 2024 }),
      client.kpis.agency('cnss', { year: 2024 }),
    ]);
    assert.equal(now.year, 2026);
    assert.equal(then.year, 2024);
    assert.equal(thenToo.year, 2024);
    assert.deepEqual(
      counter.calls.map((call) => [call.url.pathname, call.url.searchParams.get('year'), call.url.searchParams.get('ids')]).sort(),
      [
        ['/v1/kpis/agencies', '2024', 'cnss,dgsn'],
        ['/v1/kpis/agencies/dgsn', null, null],
      ],
    );
  });

  test('an unknown agency in a batch rejects only its caller, with ApiError 404 agency_not_found', async () => {
    const { client, counter } = clientFor(api);
    const [known, unknown, other] = await Promise.allSettled([
      client.kpis.agency('dgsn'),
      client.kpis.agency('no-such-agency'),
      client.kpis.agency('cnss'),
    ]);
    assert.equal(counter.calls.length, 1);
    assert.equal(known.status === 'fulfilled' && known.value.agencyId, 'dgsn');
    assert.equal(other.status === 'fulfilled' && other.value.agencyId, 'cnss');
    assert.equal(unknown.status, 'rejected');
    const error = await failure(Promise.reject(unknown.reason), ApiError, 'agency_not_found');
    assert.equal(error.status, 404);
    assert.equal(error.problem.code, 'agency_not_found');

    // Alone, the platform itself says so.
    await failure(client.kpis.agency('no-such-agency'), ApiError, 'agency_not_found');
  });

  test('a malformed agency id rejects only its caller, before any request, and does not spoil the batch', async () => {
    const { client, counter } = clientFor(api);
    const [bad, good, alsoGood] = await Promise.allSettled([
      client.kpis.agency('Not an id!'),
      client.kpis.agency('dgsn'),
      client.kpis.agency('cnss'),
    ]);
    assert.equal(good.status === 'fulfilled' && good.value.agencyId, 'dgsn');
    assert.equal(alsoGood.status === 'fulfilled' && alsoGood.value.agencyId, 'cnss');
    const error = await failure(Promise.reject(bad.status === 'rejected' ? bad.reason : null), ValidationError, 'validation_failed');
    assert.deepEqual(error.errors, [{ parameter: 'agencyId', code: 'invalid_format' }]);
    assert.equal(counter.calls.length, 1);
    assert.equal(counter.calls[0]!.url.searchParams.get('ids'), 'cnss,dgsn');
  });

  test('aborting one batched caller does not fail the others', async () => {
    const { client, counter } = clientFor(api);
    const controller = new AbortController();
    const badges = agencyIds.slice(0, 10).map((id, index) => client.kpis.agency(id, index === 3 ? { signal: controller.signal } : {}));
    controller.abort();
    const results = await Promise.allSettled(badges);
    const error = await failure(Promise.reject(results[3]!.status === 'rejected' ? results[3]!.reason : null), AbortError, 'aborted');
    assert.equal(error.name, 'AbortError');
    results.forEach((result, index) => {
      if (index !== 3) assert.equal(result.status === 'fulfilled' && result.value.agencyId, agencyIds[index]);
    });
    assert.equal(counter.calls.length, 1);
  });

  test('a failed batch rejects each of its callers with the SDK’s error', async () => {
    const { client, faults, counter } = clientFor(api, { retry: 0 });
    faults.inject({ kind: 'drop-response' });
    const results = await Promise.allSettled(agencyIds.slice(0, 5).map((id) => client.kpis.agency(id)));
    for (const result of results) await failure(Promise.reject(result.status === 'rejected' ? result.reason : null), NetworkError, 'network_error');
    assert.equal(counter.calls.length, 1);
    // The next badges try again.
    const again = await Promise.all(agencyIds.slice(0, 5).map((id) => client.kpis.agency(id)));
    assert.deepEqual(
      again.map((kpis) => kpis.agencyId),
      agencyIds.slice(0, 5),
    );
  });
});

describe('shared reads', () => {
  test('two identical concurrent kpis.national() make one request; another year its own', async () => {
    const { client, counter } = clientFor(api);
    const [a, b, other] = await Promise.all([client.kpis.national(), client.kpis.national(), client.kpis.national({ year: 2025 })]);
    assert.deepEqual(a, b);
    assert.equal(a.scope, 'national');
    assert.equal(other.year, 2025);
    assert.deepEqual(
      counter.calls.map((call) => call.url.search).sort(),
      ['', '?year=2025'],
    );
  });

  test('allAgencies: the same ids in any order are the same read', async () => {
    const { client, counter } = clientFor(api);
    const [a, b] = await Promise.all([
      client.kpis.allAgencies({ ids: ['dgsn', 'cnss'] }),
      client.kpis.allAgencies({ ids: ['cnss', 'dgsn'] }),
    ]);
    assert.deepEqual(a, b);
    assert.equal(counter.calls.length, 1);
  });

  test('a caller that aborts leaves the shared read to the others', async () => {
    const { client, counter } = clientFor(api);
    const controller = new AbortController();
    const leaving = client.kpis.national({ signal: controller.signal });
    const staying = client.kpis.national();
    controller.abort();
    await failure(leaving, AbortError, 'aborted');
    assert.equal((await staying).scope, 'national');
    assert.equal(counter.calls.length, 1);
  });
});

describe('ETag revalidation', () => {
  test('a repeated read sends If-None-Match, gets a 304 without a body, and returns the same data', async () => {
    const { client, counter } = clientFor(api);
    const first = await client.kpis.national();
    const second = await client.kpis.national();
    const third = await client.kpis.national();
    assert.deepEqual(second, first);
    assert.deepEqual(third, first);
    const [initial, ...repeats] = counter.calls;
    const etag = initial!.responseHeaders?.get('etag');
    assert.match(etag!, /^W\/"kpi-2026-/);
    assert.equal(initial!.headers.get('if-none-match'), null);
    assert.deepEqual(
      repeats.map((call) => [call.headers.get('if-none-match'), call.status]),
      [
        [etag, 304],
        [etag, 304],
      ],
    );
    assert.equal(counter.withStatus(304).length, 2);
  });

  test('batched, single and listed reads revalidate too', async () => {
    const { client, counter } = clientFor(api);
    const read = () => Promise.all([client.kpis.agency('dgsn'), client.kpis.agency('cnss')]);
    const first = await read();
    assert.deepEqual(await read(), first);
    assert.deepEqual(await client.kpis.agency('dgsn'), first[0]);
    assert.deepEqual(await client.kpis.agency('dgsn'), first[0]);
    const all = await client.kpis.allAgencies();
    assert.deepEqual(await client.kpis.allAgencies(), all);
    assert.deepEqual(
      counter.calls.map((call) => [call.url.pathname, call.status]),
      [
        [batchPath, 200],
        [batchPath, 304],
        ['/v1/kpis/agencies/dgsn', 200],
        ['/v1/kpis/agencies/dgsn', 304],
        [batchPath, 200],
        [batchPath, 304],
      ],
    );
  });

  test('after a write (a submission answered), the next read returns fresh figures', async () => {
    const { client, counter } = clientFor(api);
    const office = createClient({ baseUrl: api.url, secretKey: devBackOfficeKey('dgsn') });
    const receipt = await client.submissions.create(complaint());
    counter.reset();

    const before = await readBoth();
    assert.deepEqual(await readBoth(), before);
    assert.deepEqual(
      counter.calls.map((call) => call.status),
      [200, 200, 304, 304],
    );

    await office.backOffice.answer(receipt.trackingCode, { answer: 'Votre carte est disponible au commissariat.' });
    counter.reset();
    const after = await readBoth();
    assert.deepEqual(
      counter.calls.map((call) => call.status),
      [200, 200],
    );
    for (const [was, is] of [
      [before.agency, after.agency],
      [before.nation, after.nation],
    ] as [Kpis, Kpis][]) {
      assert.equal(is.counts.answered, was.counts.answered + 1);
      assert.equal(is.counts.received, was.counts.received);
    }
    // And revalidating again is cheap again.
    await readBoth();
    assert.deepEqual(
      counter.calls.map((call) => call.status),
      [200, 200, 304, 304],
    );

    async function readBoth() {
      const agency = await client.kpis.agency('dgsn');
      const nation = await client.kpis.national();
      return { agency, nation };
    }
  });

  test('each client keeps its own copies', async () => {
    const one = clientFor(api);
    const other = clientFor(api);
    await one.client.kpis.national();
    await other.client.kpis.national();
    assert.equal(one.counter.calls[0]!.status, 200);
    assert.equal(other.counter.calls[0]!.status, 200);
  });
});
