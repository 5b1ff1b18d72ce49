/**
 * createReadTransport: the ky-free transport a KPI badge uses. It must keep the same promises as
 * the full client for reads: same data, same errors, same retries, ETag revalidation and batching
 * through kpiResource. Faults come only from the injected fetch; everything else is the sandbox.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { AbortError, ApiError, createClient, createReadTransport, kpiResource, NetworkError, TimeoutError } from '@chikaya/sdk';
import { network } from './support/fetch.js';
import { failure, sandbox, type SandboxClient } from './support/sandbox.js';

let api: SandboxClient;

before(async () => {
  api = await sandbox({ submissions: 300 });
});
after(() => api.sandbox.close());

const reader = (options: Partial<Parameters<typeof createReadTransport>[0]> = {}) => {
  const { fetch, counter, faults } = network();
  const transport = createReadTransport({ baseUrl: api.url, fetch, retry: { limit: 2, backoffLimit: 20 }, ...options });
  return { transport, kpis: kpiResource(transport), counter, faults };
};

describe('createReadTransport', () => {
  test('reads what the full client reads', async () => {
    const { kpis } = reader();
    const full = createClient({ baseUrl: api.url });
    assert.deepEqual(await kpis.agency('dgsn', { year: 2025 }), await full.kpis.agency('dgsn', { year: 2025 }));
    assert.deepEqual(await kpis.national({ year: 2025 }), await full.kpis.national({ year: 2025 }));
  });

  test('90 agencies asked for in one task make one request', async () => {
    const { kpis, counter } = reader();
    const ids = (await createClient({ baseUrl: api.url }).agencies.list({ pageSize: 100 })).items.map((agency) => agency.id);
    const all = await Promise.all(ids.map((id) => kpis.agency(id, { year: 2025 })));
    assert.equal(counter.calls.length, 1);
    assert.deepEqual(
      all.map((item) => item.agencyId),
      ids,
    );
  });

  test('a repeated read revalidates with If-None-Match and gets a 304 with the same figures', async () => {
    const { kpis, counter } = reader();
    const first = await kpis.national({ year: 2024 });
    const second = await kpis.national({ year: 2024 });
    assert.deepEqual(second, first);
    assert.deepEqual(
      counter.calls.map((call) => call.status),
      [200, 304],
    );
    assert.ok(counter.calls[1]!.headers.get('if-none-match'));
  });

  test('an unknown agency is an ApiError with the problem details', async () => {
    const { transport } = reader();
    const error = await failure(transport.send('get', '/v1/agencies/nobody'), ApiError, 'agency_not_found');
    assert.equal(error.status, 404);
  });

  test('retries a 503 after its Retry-After, then answers', async () => {
    const { kpis, counter, faults } = reader();
    faults.inject({ kind: 'answer', status: 503, headers: { 'retry-after': '1' } });
    const started = performance.now();
    assert.equal((await kpis.agency('mrafp', { year: 2025 })).agencyId, 'mrafp');
    assert.ok(performance.now() - started >= 1000, 'waited the Retry-After');
    assert.deepEqual(
      counter.calls.map((call) => call.status),
      [503, 200],
    );
  });

  test('retries a lost connection, then gives up with a NetworkError', async () => {
    const { transport, counter, faults } = reader();
    faults.inject({ kind: 'drop-response' }, { times: 3 });
    await failure(transport.send('get', '/v1/sectors'), NetworkError, 'network_error');
    assert.equal(counter.calls.length, 3, 'the first attempt and two retries');
  });

  test('does not retry a 404', async () => {
    const { transport, counter } = reader();
    await failure(transport.send('get', '/v1/agencies/nobody'), ApiError, 'agency_not_found');
    assert.equal(counter.calls.length, 1);
  });

  test('gives up after the timeout with a TimeoutError', async () => {
    const { transport, faults } = reader({ timeout: 100 });
    faults.inject({ kind: 'hang' });
    await failure(transport.send('get', '/v1/sectors'), TimeoutError, 'timeout');
  });

  test('the caller aborts: AbortError, before and during the request', async () => {
    const { transport, faults } = reader();
    await failure(transport.send('get', '/v1/sectors', { signal: AbortSignal.abort() }), AbortError, 'aborted');
    faults.inject({ kind: 'hang' });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const error = await failure(transport.send('get', '/v1/sectors', { signal: controller.signal }), AbortError, 'aborted');
    assert.equal(error.name, 'AbortError');
  });

  test('refuses to write', async () => {
    const { transport } = reader();
    await assert.rejects(transport.send('post', '/v1/submissions', { body: {} }), TypeError);
  });
});
