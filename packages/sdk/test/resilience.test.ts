/**
 * What the SDK does when things go wrong, against a real sandbox: every kind of error with its
 * code, retries (which requests, how often, how long apart, Retry-After), idempotent creates that
 * never make two submissions, abort and timeout. Faults are injected in the fetch only; every
 * request that is not failed on purpose reaches the real server.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  AbortError,
  ApiError,
  ChikayaError,
  createClient,
  isChikayaError,
  NetworkError,
  TimeoutError,
  ValidationError,
} from '@chikaya/sdk';
import { HTTPError, TimeoutError as KyTimeoutError } from 'ky';
import {
  clientFor,
  complaint,
  devBackOfficeKey,
  failure,
  rowsWithSubject,
  type SandboxClient,
  sandbox,
  sleep,
  suggestion,
} from './support/sandbox.js';

let api: SandboxClient;
before(async () => {
  api = await sandbox({ submissions: 300 });
});
after(() => api.sandbox.close());

const html502 = { kind: 'answer', status: 502, headers: { 'content-type': 'text/html' }, body: '<h1>Bad gateway</h1>' } as const;
const unavailable = (headers: Record<string, string> = {}) =>
  ({
    kind: 'answer',
    status: 503,
    headers: { 'content-type': 'application/problem+json', ...headers },
    body: JSON.stringify({ type: 'about:blank', title: 'Service Unavailable', status: 503, code: 'unavailable' }),
  }) as const;
const gaps = (times: number[]) => times.slice(1).map((time, index) => time - times[index]!);

describe('errors', () => {
  test('ApiError: the status and the problem details (code, title, detail, field errors)', async () => {
    const { client } = clientFor(api);
    const missing = await failure(client.agencies.get('no-such-agency'), ApiError, 'agency_not_found');
    assert.equal(missing.status, 404);
    assert.equal(missing.problem.type, 'https://chikaya.ma/problems/agency_not_found');
    assert.equal(missing.problem.title, 'No agency has this id');
    assert.equal(missing.message, missing.problem.title);
    assert.deepEqual(missing.errors, []);
    assert.equal(missing.name, 'ApiError');

    const receipt = await client.submissions.create(suggestion());
    const office = createClient({ baseUrl: api.url, secretKey: devBackOfficeKey('dgsn') });
    await office.backOffice.reject(receipt.trackingCode, { reason: 'abusive' });
    const conflict = await failure(office.backOffice.acknowledge(receipt.trackingCode), ApiError, 'invalid_transition');
    assert.equal(conflict.status, 409);
    assert.equal(conflict.problem.detail, 'Not possible while the submission is rejected.');
    assert.equal(conflict.message, conflict.problem.detail);

    const invalid = await failure(client.submissions.create(suggestion({ subject: 'Hé', answerLanguage: 'xx' as never })), ApiError, 'validation_failed');
    assert.equal(invalid.status, 422);
    assert.deepEqual(
      [...invalid.errors].sort((a, b) => String(a.pointer).localeCompare(String(b.pointer))),
      [
        { pointer: '/answerLanguage', code: 'invalid_value' },
        { pointer: '/subject', code: 'too_short' },
      ],
    );
  });

  test('ValidationError: a mistyped tracking code, refused before any request, in the platform’s shape', async () => {
    const { client, counter } = clientFor(api);
    const typo = await failure(client.submissions.status('K7QM-4XPZ-R3'), ValidationError, 'validation_failed');
    assert.deepEqual(typo.errors, [{ parameter: 'trackingCode', code: 'invalid_format' }]);
    assert.equal(typo.name, 'ValidationError');
    await failure(client.submissions.status('K7QM-4XPZ'), ValidationError, 'validation_failed');
    await failure(client.submissions.status('K7QM-4XPZ-R!'), ValidationError, 'validation_failed');
    assert.equal(counter.calls.length, 0);

    // The platform says the same about the same code.
    const server = await api.get('/v1/submissions/K7QM-4XPZ-R3/status');
    assert.equal(server.status, 422);
    assert.equal(server.body.code, typo.code);
    assert.deepEqual(server.body.errors, typo.errors);
  });

  test('tracking codes are read as people type them: any case, spaces, O for 0, I and L for 1', async () => {
    const { client, counter } = clientFor(api);
    const { trackingCode } = await client.submissions.create(suggestion());
    counter.reset();
    const typed = [
      trackingCode.toLowerCase(),
      ` ${trackingCode.replace(/-/g, ' ')} `,
      trackingCode.replace(/-/g, ''),
      trackingCode.replace(/0/g, 'O').replace(/1/g, 'l').toLowerCase(),
    ];
    for (const code of typed) assert.equal((await client.submissions.status(code)).trackingCode, trackingCode);
    assert.deepEqual(
      counter.calls.map((call) => call.url.pathname),
      typed.map(() => `/v1/submissions/${trackingCode}/status`),
    );
  });

  test('NetworkError: nobody listens; retried, then the cause is kept', async () => {
    const gone = await sandbox({ submissions: 0 });
    await gone.sandbox.close();
    const { client, counter } = clientFor(gone);
    const error = await failure(client.reference.sectors(), NetworkError, 'network_error');
    assert.ok(error.cause instanceof TypeError, 'the fetch error is the cause');
    assert.equal(error.name, 'NetworkError');
    assert.equal(counter.calls.length, 3, 'the first attempt and two retries');
    assert.ok(counter.calls.every((call) => call.error instanceof TypeError));
  });

  test('an error page that is not problem+json (a proxy’s) is still an ApiError with its status', async () => {
    const { client, faults, counter } = clientFor(api, { retry: 0 });
    faults.inject(html502);
    const error = await failure(client.reference.regions(), ApiError, 'http_error');
    assert.equal(error.status, 502);
    assert.equal(error.problem.status, 502);
    assert.equal(counter.calls.length, 1);
  });

  test('TimeoutError: an attempt that takes longer than `timeout`', async () => {
    const { client, faults, counter } = clientFor(api, { timeout: 100 });
    faults.inject({ kind: 'hang' });
    const started = performance.now();
    const error = await failure(client.agencies.list(), TimeoutError, 'timeout');
    const elapsed = performance.now() - started;
    assert.equal(error.name, 'TimeoutError');
    assert.ok(elapsed >= 95 && elapsed < 1000, `${elapsed} ms`);
    // A timed-out attempt is given up (its fetch aborted) and, with ky, not tried again.
    assert.equal(counter.calls.length, 1);
    assert.ok(counter.calls[0]!.error !== undefined);
  });

  test('the default timeout is 10 s per attempt', async (t) => {
    const { client, faults } = clientFor(api);
    faults.inject({ kind: 'hang' });
    t.mock.timers.enable({ apis: ['setTimeout'] });
    let settled: unknown = undefined;
    const reading = client.reference.sectors().then(
      () => (settled = 'answered'),
      (error: unknown) => (settled = error),
    );
    await new Promise((resolve) => setImmediate(resolve));
    t.mock.timers.tick(9_999);
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(settled, undefined, 'still waiting after 9.999 s');
    t.mock.timers.tick(1);
    await reading;
    await failure(Promise.reject(settled), TimeoutError, 'timeout');
  });

  test('isChikayaError tells the SDK’s errors from any other', () => {
    const request = new Request('http://127.0.0.1/');
    for (const error of [
      new ApiError(404, { type: 'about:blank', title: 'x', status: 404, code: 'not_found' }),
      new ValidationError([]),
      new NetworkError(new TypeError('fetch failed')),
      new TimeoutError(),
      new AbortError(undefined),
    ])
      assert.ok(isChikayaError(error) && error instanceof ChikayaError, error.name);
    for (const other of [
      new Error('x'),
      new TypeError('fetch failed'),
      new DOMException('aborted', 'AbortError'),
      new HTTPError(new Response(null, { status: 500 }), request, {} as never),
      new KyTimeoutError(request),
      { code: 'aborted', name: 'AbortError' },
      'aborted',
      null,
      undefined,
    ])
      assert.equal(isChikayaError(other), false);
  });
});

describe('retries', () => {
  test('a read is retried after a dropped connection, and succeeds', async () => {
    const { client, faults, counter } = clientFor(api);
    faults.inject({ kind: 'drop-response' });
    const sectors = await client.reference.sectors();
    assert.ok(sectors.items.length > 0);
    assert.deepEqual(faults.dropped, [200]);
    assert.deepEqual(
      counter.calls.map((call) => [call.method, call.url.pathname, call.status ?? 'failed']),
      [
        ['GET', '/v1/sectors', 'failed'],
        ['GET', '/v1/sectors', 200],
      ],
    );
  });

  test('a read is retried on 408, 429, 500, 502, 503 and 504', async () => {
    for (const status of [408, 429, 500, 502, 503, 504]) {
      const { client, faults, counter } = clientFor(api);
      faults.inject({ kind: 'answer', status, headers: { 'content-type': 'text/plain' }, body: 'busy' });
      const agency = await client.agencies.get('dgsn');
      assert.equal(agency.id, 'dgsn');
      assert.deepEqual(
        counter.calls.map((call) => call.status),
        [status, 200],
        `status ${status}`,
      );
    }
  });

  test('no retry on an answer that will not change: 400, 401, 403, 404, 409, 422, 501', async () => {
    const { client, counter, faults } = clientFor(api);
    await failure(client.agencies.get('no-such-agency'), ApiError, 'agency_not_found');
    await failure(client.agencies.list({ pageSize: 0 }), ApiError, 'validation_failed');
    await failure(client.backOffice.inbox(), ApiError, 'unauthorized');
    for (const status of [400, 403, 409, 501]) {
      faults.inject({ kind: 'answer', status, headers: { 'content-type': 'text/plain' }, body: 'no' });
      const error = await failure(client.reference.sectors(), ApiError, 'http_error');
      assert.equal(error.status, status);
    }
    assert.deepEqual(
      counter.calls.map((call) => call.status),
      [404, 422, 401, 400, 403, 409, 501],
    );
  });

  test('`retry.limit` attempts after the first, then the last error; `retry: 0` never retries', async () => {
    const { client, faults, counter } = clientFor(api);
    faults.inject(unavailable(), { times: 3 });
    const error = await failure(client.reference.sectors(), ApiError, 'unavailable');
    assert.equal(error.status, 503);
    assert.equal(counter.calls.length, 3);

    const once = clientFor(api, { retry: 0 });
    once.faults.inject({ kind: 'drop-response' });
    await failure(once.client.reference.sectors(), NetworkError, 'network_error');
    assert.equal(once.counter.calls.length, 1);
  });

  test('the default policy waits 300 ms, then 600 ms, each with jitter (half to all of it)', async () => {
    const { client, faults, counter } = clientFor(api, { retry: undefined });
    faults.inject(unavailable(), { times: 2 });
    await client.reference.serviceCategories();
    const [first, second] = gaps(counter.calls.map((call) => call.at));
    assert.equal(counter.calls.length, 3);
    assert.ok(first! >= 149 && first! <= 300 + 150, `first wait ${first} ms`);
    assert.ok(second! >= 299 && second! <= 600 + 150, `second wait ${second} ms`);
  });

  test('jitter: readers cut off together do not come back together', async () => {
    const { client, faults, counter } = clientFor(api, { retry: undefined });
    const ids = ['dgsn', 'cnss', 'mrafp', 'mi', 'dgpc', 'ms'];
    faults.inject(unavailable(), { times: ids.length });
    await Promise.all(ids.map((id) => client.agencies.get(id)));
    const waits = ids.map((id) => {
      const [wait] = gaps(counter.to(`/v1/agencies/${id}`).map((call) => call.at));
      assert.ok(wait! >= 149 && wait! <= 300 + 150, `${id} waited ${wait} ms`);
      return wait!;
    });
    // Six draws between 150 and 300 ms: all within 10 ms of each other about once in a million runs.
    assert.ok(Math.max(...waits) - Math.min(...waits) > 10, `waits ${waits.map(Math.round).join(', ')} ms`);
  });

  test('`backoffLimit` caps the wait between attempts', async () => {
    const { client, faults, counter } = clientFor(api, { retry: { limit: 2, backoffLimit: 20 } });
    faults.inject(unavailable(), { times: 2 });
    await client.reference.serviceCategories();
    // Uncapped, the two waits take at least 150 + 300 ms (300 ms, then 600 ms, each with jitter
    // down to half); capped at 20 ms, far less, even on a busy machine.
    const waits = gaps(counter.calls.map((call) => call.at));
    assert.equal(waits.length, 2);
    const total = waits.reduce((sum, gap) => sum + gap, 0);
    assert.ok(total < 400, `waited ${waits.map((gap) => Math.round(gap)).join(' + ')} ms`);
  });

  test('the default policy honours `Retry-After: 1` from a rate-limited sandbox', async () => {
    const limited = await sandbox({ submissions: 0, rateLimits: { general: { capacity: 1, refillPerSecond: 1 }, lookups: { capacity: 1, refillPerSecond: 1 } } });
    try {
      const { client, counter } = clientFor(limited, { retry: undefined });
      await client.reference.sectors();
      const sectors = await client.reference.sectors();
      assert.ok(sectors.items.length > 0);
      assert.deepEqual(
        counter.calls.map((call) => [call.status, call.responseHeaders?.get('retry-after') ?? null]),
        [
          [200, null],
          [429, '1'],
          [200, null],
        ],
      );
      const [, wait] = gaps(counter.calls.map((call) => call.at));
      assert.ok(wait! >= 1000, `retried after ${wait} ms`);
    } finally {
      await limited.sandbox.close();
    }
  });

  test('a 429 is retried after Retry-After, then surfaces as ApiError rate_limited while the limit stays exhausted', async () => {
    // One request a second for the whole client: of three readers, one passes at once, one after
    // its retry, and the third, told to wait again, has no retry left.
    const limited = await sandbox({ submissions: 0, rateLimits: { general: { capacity: 1, refillPerSecond: 1 }, lookups: { capacity: 1, refillPerSecond: 1 } } });
    try {
      const { client, counter } = clientFor(limited, { retry: { limit: 1, backoffLimit: 50 } });
      const reads = {
        '/v1/sectors': client.reference.sectors(),
        '/v1/service-categories': client.reference.serviceCategories(),
        '/v1/regions': client.reference.regions(),
      };
      const results = await Promise.allSettled(Object.values(reads));
      assert.deepEqual(results.map((result) => result.status).sort(), ['fulfilled', 'fulfilled', 'rejected']);
      const index = results.findIndex((result) => result.status === 'rejected');
      const refused = await failure(Object.values(reads)[index]!, ApiError, 'rate_limited');
      assert.equal(refused.status, 429);
      assert.equal(refused.problem.title, 'Too many requests');

      const attempts = counter.to(Object.keys(reads)[index]!);
      assert.deepEqual(
        attempts.map((call) => [call.status, call.responseHeaders?.get('retry-after')]),
        [
          [429, '1'],
          [429, '1'],
        ],
      );
      const [wait] = gaps(attempts.map((call) => call.at));
      assert.ok(wait! >= 1000, `retried after ${wait} ms`);
      assert.equal(counter.withStatus(429).length, 3);
      assert.equal(counter.withStatus(200).length, 2);
    } finally {
      await limited.sandbox.close();
    }
  });

  test('a POST without an idempotency key is never retried: the server may have done it already', async () => {
    const { client, faults, counter } = clientFor(api);
    const office = clientFor(api, { secretKey: devBackOfficeKey('dgsn') });
    const receipt = await client.submissions.create(complaint());
    await office.client.backOffice.answer(receipt.trackingCode, { answer: 'Votre carte est prête au commissariat.' });
    counter.reset();

    faults.inject({ kind: 'drop-response' });
    await failure(client.submissions.rate(receipt.trackingCode, receipt.accessKey, { score: 5 }), NetworkError, 'network_error');
    assert.equal(counter.calls.length, 1);
    assert.deepEqual(faults.dropped, [200]);
    // It was done: a retry would have met `already_rated`.
    const details = await client.submissions.details(receipt.trackingCode, receipt.accessKey);
    assert.equal(details.rating?.score, 5);

    faults.inject(unavailable());
    await failure(
      client.submissions.renew(receipt.trackingCode, receipt.accessKey, { reason: 'Je conteste la réponse reçue.' }),
      ApiError,
      'unavailable',
    );
    office.faults.inject({ kind: 'drop-response' });
    await failure(
      office.client.backOffice.recordMeasure({ title: 'Guichet unique', description: 'Un guichet unique pour les cartes.', status: 'planned', date: '2026-09-01' }),
      NetworkError,
      'network_error',
    );
    assert.equal(office.counter.calls.length, 2);
    assert.deepEqual(
      counter.calls.map((call) => [call.method, call.status ?? 'failed']),
      [
        ['POST', 'failed'],
        ['GET', 200],
        ['POST', 503],
      ],
    );
  });
});

describe('idempotent creates', () => {
  test('a create whose answer is lost is retried with the same Idempotency-Key: one submission, not two', async () => {
    const { client, faults, counter } = clientFor(api);
    const input = complaint();
    faults.inject({ kind: 'drop-response' });
    const receipt = await client.submissions.create(input);

    assert.deepEqual(faults.dropped, [201], 'the server answered the first attempt');
    assert.equal(counter.calls.length, 2);
    const [first, second] = counter.calls.map((call) => call.headers.get('idempotency-key'));
    assert.match(first!, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    assert.equal(second, first);
    assert.equal(counter.calls[1]!.responseHeaders?.get('idempotency-replayed'), 'true');

    assert.equal(rowsWithSubject(api, input.subject), 1);
    const office = createClient({ baseUrl: api.url, secretKey: devBackOfficeKey('dgsn') });
    const inbox = await office.backOffice.inbox({ q: input.subject });
    assert.deepEqual(
      inbox.items.map((item) => item.trackingCode),
      [receipt.trackingCode],
    );
    // The receipt the caller got is the one the server made: its access key opens it.
    assert.equal((await client.submissions.details(receipt.trackingCode, receipt.accessKey)).subject, input.subject);
  });

  test('a create is retried on 503 too, still one submission', async () => {
    const { client, faults, counter } = clientFor(api);
    const input = suggestion();
    faults.inject(unavailable());
    await client.submissions.create(input);
    assert.deepEqual(
      counter.calls.map((call) => call.status),
      [503, 201],
    );
    assert.equal(rowsWithSubject(api, input.subject), 1);
  });

  test('the caller’s own idempotencyKey is sent, and sending it again replays the first receipt', async () => {
    const { client, counter } = clientFor(api);
    const input = suggestion();
    const idempotencyKey = `draft-${process.pid}-${Date.now()}`;
    const first = await client.submissions.create(input, { idempotencyKey });
    const again = await client.submissions.create(input, { idempotencyKey });
    assert.deepEqual(again, first);
    assert.deepEqual(
      counter.calls.map((call) => call.headers.get('idempotency-key')),
      [idempotencyKey, idempotencyKey],
    );
    assert.equal(rowsWithSubject(api, input.subject), 1);

    const reused = await failure(client.submissions.create(suggestion(), { idempotencyKey }), ApiError, 'idempotency_key_reused');
    assert.equal(reused.status, 409);
  });

  test('each create makes its own key', async () => {
    const { client, counter } = clientFor(api);
    const input = suggestion();
    const [a, b] = await Promise.all([client.submissions.create(input), client.submissions.create(input)]);
    assert.notEqual(a.trackingCode, b.trackingCode);
    const keys = counter.calls.map((call) => call.headers.get('idempotency-key'));
    assert.equal(new Set(keys).size, 2);
    assert.equal(rowsWithSubject(api, input.subject), 2);
  });

  test('nothing lost: after the retries give up, sending again later with the kept key returns the one submission', async () => {
    const { client, faults, counter } = clientFor(api);
    const input = complaint();
    faults.inject({ kind: 'drop-response' }, { times: 3 });
    await failure(client.submissions.create(input), NetworkError, 'network_error');
    assert.deepEqual(faults.dropped, [201, 201, 201]);
    const keys = new Set(counter.calls.map((call) => call.headers.get('idempotency-key')));
    assert.equal(keys.size, 1);
    assert.equal(rowsWithSubject(api, input.subject), 1);

    const [idempotencyKey] = keys;
    const receipt = await client.submissions.create(input, { idempotencyKey: idempotencyKey! });
    assert.equal((await client.submissions.status(receipt.trackingCode)).status, 'received');
    assert.equal(rowsWithSubject(api, input.subject), 1);
  });
});

describe('abort', () => {
  test('every method takes a signal: aborted before, each rejects with AbortError and sends nothing', async () => {
    const { client, counter } = clientFor(api, { secretKey: devBackOfficeKey('dgsn') });
    const { trackingCode } = await client.submissions.create(suggestion());
    counter.reset();
    const reason = new Error('the user left the page');
    const controller = new AbortController();
    controller.abort(reason);
    const { signal } = controller;
    const key = 'ak_x';
    const calls: Record<string, () => Promise<unknown>> = {
      'reference.sectors': () => client.reference.sectors({ signal }),
      'reference.serviceCategories': () => client.reference.serviceCategories({ signal }),
      'reference.regions': () => client.reference.regions({ signal }),
      'agencies.list': () => client.agencies.list({}, { signal }),
      'agencies.get': () => client.agencies.get('dgsn', { signal }),
      'agencies.services': () => client.agencies.services('dgsn', { signal }),
      'submissions.create': () => client.submissions.create(suggestion(), { signal }),
      'submissions.prove': () => client.submissions.prove({ signal }),
      'submissions.status': () => client.submissions.status(trackingCode, { signal }),
      'submissions.details': () => client.submissions.details(trackingCode, key, { signal }),
      'submissions.rate': () => client.submissions.rate(trackingCode, key, { score: 3 }, { signal }),
      'submissions.renew': () => client.submissions.renew(trackingCode, key, { reason: 'Une raison suffisante.' }, { signal }),
      'kpis.agency': () => client.kpis.agency('dgsn', { signal }),
      'kpis.national': () => client.kpis.national({ signal }),
      'kpis.allAgencies': () => client.kpis.allAgencies({ signal }),
      'reports.agency': () => client.reports.agency('dgsn', 2025, { signal }),
      'reports.sector': () => client.reports.sector('interior', 2025, { signal }),
      'reports.summary': () => client.reports.summary(2025, { signal }),
      'backOffice.inbox': () => client.backOffice.inbox({}, { signal }),
      'backOffice.get': () => client.backOffice.get(trackingCode, { signal }),
      'backOffice.acknowledge': () => client.backOffice.acknowledge(trackingCode, {}, { signal }),
      'backOffice.forward': () => client.backOffice.forward(trackingCode, { toAgencyId: 'cnss', note: 'Transmise.' }, { signal }),
      'backOffice.reject': () => client.backOffice.reject(trackingCode, { reason: 'duplicate' }, { signal }),
      'backOffice.answer': () => client.backOffice.answer(trackingCode, { answer: 'Une réponse complète.' }, { signal }),
      'backOffice.markAbusive': () => client.backOffice.markAbusive(trackingCode, { reason: 'spam' }, { signal }),
      'backOffice.unmarkAbusive': () => client.backOffice.unmarkAbusive(trackingCode, { note: 'Par erreur.' }, { signal }),
      'backOffice.measures': () => client.backOffice.measures({}, { signal }),
      'backOffice.recordMeasure': () =>
        client.backOffice.recordMeasure({ title: 'Titre', description: 'Une description assez longue.', status: 'planned', date: '2026-09-01' }, { signal }),
      'backOffice.updateMeasure': () => client.backOffice.updateMeasure(1, { status: 'adopted' }, { signal }),
      'backOffice.deleteMeasure': () => client.backOffice.deleteMeasure(1, { signal }),
      'admin.onboardAgency': () => client.admin.onboardAgency({} as never, { signal }),
      'admin.approveReport': () => client.admin.approveReport({ scope: 'national', year: 2025 }, { signal }),
    };
    const every = Object.entries(client).flatMap(([resource, methods]) => Object.keys(methods).map((name) => `${resource}.${name}`));
    assert.deepEqual(Object.keys(calls).sort(), every.sort());
    for (const [method, call] of Object.entries(calls)) {
      const error = await failure(call(), AbortError, 'aborted');
      assert.equal(error.name, 'AbortError', method);
      assert.equal(error.cause, reason, method);
    }
    await sleep(20);
    assert.equal(counter.calls.length, 0);
    assert.equal((await client.submissions.status(trackingCode)).status, 'received', 'nothing was done');
  });

  test('aborted during the request: AbortError at once', async () => {
    const { client, faults, counter } = clientFor(api);
    faults.inject({ kind: 'hang' });
    const controller = new AbortController();
    const started = performance.now();
    setTimeout(() => controller.abort(), 30);
    await failure(client.agencies.list({}, { signal: controller.signal }), AbortError, 'aborted');
    assert.ok(performance.now() - started < 500);
    assert.equal(counter.calls.length, 1);
  });

  test('aborted during a real request to the server', async () => {
    const { client, counter } = clientFor(api);
    const controller = new AbortController();
    const reading = client.reports.summary(2025, { signal: controller.signal });
    // As soon as the request is on its way.
    while (counter.calls.length === 0) await new Promise((resolve) => setImmediate(resolve));
    controller.abort();
    await failure(reading, AbortError, 'aborted');
    assert.equal(counter.calls.length, 1);
  });

  test('aborted while waiting to retry: no further attempt', async () => {
    const { client, faults, counter } = clientFor(api);
    faults.inject(unavailable({ 'retry-after': '1' }));
    const controller = new AbortController();
    const started = performance.now();
    setTimeout(() => controller.abort(), 100);
    await failure(client.agencies.services('dgsn', { signal: controller.signal }), AbortError, 'aborted');
    const elapsed = performance.now() - started;
    assert.ok(elapsed < 800, `${elapsed} ms`);
    await sleep(1100);
    assert.deepEqual(
      counter.calls.map((call) => call.status),
      [503],
    );
  });

  test('an aborted create during its request: AbortError; with the same key sent again, still one submission', async () => {
    const { client, faults, counter } = clientFor(api);
    const input = complaint();
    faults.inject({ kind: 'drop-response' });
    faults.inject({ kind: 'hang' });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 150);
    await failure(client.submissions.create(input, { signal: controller.signal }), AbortError, 'aborted');
    assert.equal(counter.calls.length, 2);
    const idempotencyKey = counter.calls[0]!.headers.get('idempotency-key')!;
    await client.submissions.create(input, { idempotencyKey });
    assert.equal(rowsWithSubject(api, input.subject), 1);
  });
});
