/**
 * The SDK in real browsers (Chromium and Firefox, the same file in each), against a real sandbox on
 * another origin: every call is cross-origin HTTP, with the preflights a browser makes for JSON
 * bodies and for the Idempotency-Key, X-Access-Key and If-None-Match headers.
 */
import {
  AbortError,
  ApiError,
  ChikayaError,
  createClient,
  createReadTransport,
  kpiResource,
  generateTrackingCode,
  NetworkError,
  type SubmissionInput,
  trackingCodePattern,
  ValidationError,
} from '@chikaya/sdk';
import { deepEqual, equal, match, notEqual, ok, rejects } from '../../../tools/browser/assert.js';
import { describe, it } from '../../../tools/browser/mocha.js';
import { sandbox } from '../../../tools/browser/sandbox.js';

const platform = sandbox();

/** One request as the page's fetch saw it, and the answer's status and headers once it came. */
interface Exchange {
  method: string;
  url: URL;
  headers: Headers;
  status?: number;
  responseHeaders?: Headers;
}

/** A fetch of our own for `createClient`: records each request, then lets the browser's fetch send it. */
function recordingFetch() {
  const exchanges: Exchange[] = [];
  const recorded: typeof fetch = async (input, init) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const exchange: Exchange = { method: request.method, url: new URL(request.url), headers: new Headers(request.headers) };
    exchanges.push(exchange);
    const response = await fetch(input, init);
    exchange.status = response.status;
    exchange.responseHeaders = response.headers;
    return response;
  };
  return { fetch: recorded, exchanges };
}

/** A month ago, as `YYYY-MM-DD`: a day the matter may have happened on (never in the future). */
const aMonthAgo = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10);

const complaint = (extra: Partial<SubmissionInput> = {}): SubmissionInput =>
  ({
    kind: 'complaint',
    agencyId: platform.agencyId,
    serviceId: platform.serviceId,
    subject: 'Acte de naissance toujours pas délivré',
    description: 'J’ai demandé une copie intégrale de mon acte de naissance il y a six semaines, sans réponse.',
    occurredOn: aMonthAgo,
    complainant: { fullName: 'Amina El Idrissi', nationalId: 'AB123456', email: 'amina@example.org' },
    answerLanguage: 'fr',
    consent: true,
    ...extra,
  }) as SubmissionInput;

describe('@chikaya/sdk in a browser, against the sandbox', () => {
  it('runs on a page of another origin than the platform (so CORS applies for real)', () => {
    notEqual(location.origin, new URL(platform.url).origin);
    match(location.protocol, /^https?:$/);
  });

  it('reads agencies and KPIs', async () => {
    const client = createClient({ baseUrl: platform.url });

    const page = await client.agencies.list({ pageSize: 5 });
    equal(page.items.length, 5);
    ok(page.total >= 90, `the seeded platform has its 90 agencies, got ${page.total}`);
    const dgsn = await client.agencies.get('dgsn');
    equal(dgsn.id, 'dgsn');
    ok(dgsn.names.ar && dgsn.names.fr && dgsn.names.en && dgsn.names.zgh);
    const services = await client.agencies.services('dgsn');
    ok(services.items.some((service) => service.id === 'dgsn-cnie'));

    const national = await client.kpis.national();
    equal(national.scope, 'national');
    ok(national.participatingAgencies !== null && national.participatingAgencies.target === 90);
    const kpis = await client.kpis.agency('dgsn');
    equal(kpis.scope, 'agency');
    equal(kpis.agencyId, 'dgsn');
    equal(kpis.indicators.responseRate.target, 0.7);
    equal(kpis.indicators.renewalRate.comparison, 'atMost');
  });

  it('lodges a complaint (the Idempotency-Key crosses CORS), then reads its status and its details with the access key', async () => {
    const recorder = recordingFetch();
    const client = createClient({ baseUrl: platform.url, fetch: recorder.fetch });
    const idempotencyKey = crypto.randomUUID();

    const receipt = await client.submissions.create(complaint(), { idempotencyKey });
    match(receipt.trackingCode, new RegExp(trackingCodePattern));
    ok(receipt.accessKey.length > 10);
    equal(receipt.kind, 'complaint');
    equal(receipt.agencyId, platform.agencyId);
    equal(receipt.status, 'received');
    match(receipt.dueDate, /^\d{4}-\d{2}-\d{2}$/);
    // Without a proof made ahead, the platform asks for one: the SDK fetches a challenge, solves it
    // and sends the same complaint again, with the same key, and the proof in the Altcha header.
    deepEqual(
      recorder.exchanges.map((exchange) => `${exchange.method} ${exchange.url.pathname} ${exchange.status}`),
      ['POST /v1/submissions 403', 'GET /v1/challenge 200', 'POST /v1/submissions 201'],
    );
    const [asked, , lodged] = recorder.exchanges;
    equal(asked!.headers.get('idempotency-key'), idempotencyKey);
    equal(lodged!.headers.get('idempotency-key'), idempotencyKey);
    ok(lodged!.headers.get('altcha'), 'the proof, sent cross-origin (the preflight allows the header)');
    equal(lodged!.responseHeaders!.get('idempotency-replayed'), 'false', 'an exposed header, readable cross-origin');

    // The same key again, as a retry after a lost answer would send it: the platform got the header
    // (through the preflight) and answers the first receipt instead of lodging a second complaint.
    const replay = await client.submissions.create(complaint(), { idempotencyKey });
    deepEqual(replay, receipt);
    equal(recorder.exchanges.at(-1)!.responseHeaders!.get('idempotency-replayed'), 'true');

    // Read as a person types it: lower case, spaces instead of hyphens.
    const status = await client.submissions.status(receipt.trackingCode.toLowerCase().replace(/-/g, ' '));
    equal(status.trackingCode, receipt.trackingCode);
    equal(status.status, 'received');
    equal(status.timeline[0]?.status, 'received');
    ok(!('complainant' in status), 'the public status carries no personal data');

    const details = await client.submissions.details(receipt.trackingCode, receipt.accessKey);
    equal(details.trackingCode, receipt.trackingCode);
    equal(details.subject, complaint().subject);
    equal(details.serviceId, platform.serviceId);
    equal(details.complainant?.fullName, 'Amina El Idrissi');
    equal(details.channel, 'widget', 'lodged from an agency’s page');
    equal(recorder.exchanges.at(-1)!.headers.get('x-access-key'), receipt.accessKey);

    const wrongKey = await rejects(client.submissions.details(receipt.trackingCode, `${receipt.accessKey}x`), ApiError);
    equal(wrongKey.status, 403);
    equal(wrongKey.code, 'access_key_invalid');
  });

  it('an unknown agency: ApiError 404 with the problem details', async () => {
    const client = createClient({ baseUrl: platform.url });
    const error = await rejects(client.agencies.get('no-such-agency'), ApiError);
    ok(error instanceof ChikayaError);
    equal(error.name, 'ApiError');
    equal(error.status, 404);
    equal(error.code, 'agency_not_found');
    equal(error.problem.status, 404);
    equal(error.problem.code, 'agency_not_found');
    ok(error.problem.title.length > 0);
    match(error.problem.type, /agency_not_found/);
    deepEqual(error.errors, []);

    const kpis = await rejects(client.kpis.agency('no-such-agency'), ApiError);
    equal(kpis.status, 404);
    equal(kpis.code, 'agency_not_found');
  });

  it('an invalid submission: ApiError 422 with one error per field', async () => {
    const recorder = recordingFetch();
    const client = createClient({ baseUrl: platform.url, fetch: recorder.fetch });
    const error = await rejects(client.submissions.create(complaint({ subject: '   ', description: 'Trop court' })), ApiError);
    equal(error.status, 422);
    equal(error.code, 'validation_failed');
    equal(error.problem.code, 'validation_failed');
    const pointers = error.errors.map((field) => field.pointer).sort();
    deepEqual(pointers, ['/description', '/subject']);
    ok(error.errors.every((field) => typeof field.code === 'string' && field.code.length > 0));
    equal(recorder.exchanges.length, 1, 'a 422 is not retried');
  });

  it('a mistyped tracking code: ValidationError, without any request', async () => {
    const recorder = recordingFetch();
    const client = createClient({ baseUrl: platform.url, fetch: recorder.fetch });
    const code = generateTrackingCode((count) => crypto.getRandomValues(new Uint8Array(count)));
    // One symbol mistyped: the check symbol catches it.
    const typo = code.replace(/^./, (first) => (first === 'A' ? 'B' : 'A'));

    for (const call of [() => client.submissions.status(typo), () => client.submissions.details(typo, 'ak_whatever')]) {
      const error = await rejects(call(), ValidationError);
      ok(error instanceof ChikayaError);
      equal(error.code, 'validation_failed');
      deepEqual(error.errors, [{ parameter: 'trackingCode', code: 'invalid_format' }]);
    }
    await rejects(client.submissions.status('K7QM'), ValidationError);
    equal(recorder.exchanges.length, 0);
  });

  it('30 kpis.agency() calls in one task make one request', async () => {
    const ids = (await createClient({ baseUrl: platform.url }).agencies.list({ pageSize: 30 })).items.map((agency) => agency.id);
    equal(ids.length, 30);
    const recorder = recordingFetch();
    const client = createClient({ baseUrl: platform.url, fetch: recorder.fetch });

    const results = await Promise.all(ids.map((id) => client.kpis.agency(id)));

    equal(recorder.exchanges.length, 1);
    const [request] = recorder.exchanges;
    equal(request!.url.pathname, '/v1/kpis/agencies');
    deepEqual(request!.url.searchParams.get('ids')?.split(','), [...ids].sort());
    deepEqual(
      results.map((kpis) => kpis.agencyId),
      ids,
    );
  });

  it('an identical read again revalidates with If-None-Match (304) and answers the same data', async () => {
    const recorder = recordingFetch();
    const client = createClient({ baseUrl: platform.url, fetch: recorder.fetch });

    // A past year: figures no other test reads (the browser's HTTP cache keeps KPI answers for
    // 5 minutes, so a read made earlier on this page would come from there) or changes.
    const year = new Date().getFullYear() - 1;
    const first = await client.kpis.national({ year });
    const second = await client.kpis.national({ year });

    equal(recorder.exchanges.length, 2);
    const [fresh, revalidation] = recorder.exchanges;
    equal(fresh!.status, 200);
    const etag = fresh!.responseHeaders!.get('etag');
    ok(etag, 'ETag is exposed to cross-origin pages');
    equal(fresh!.headers.get('if-none-match'), null);
    equal(revalidation!.headers.get('if-none-match'), etag);
    equal(revalidation!.status, 304);
    deepEqual(second, first);

    // The same for one agency's figures, through the batch.
    const kpis = await client.kpis.agency('dgsn', { year });
    const again = await client.kpis.agency('dgsn', { year });
    equal(recorder.exchanges.length, 4);
    equal(recorder.exchanges[2]!.status, 200);
    equal(recorder.exchanges[3]!.headers.get('if-none-match'), recorder.exchanges[2]!.responseHeaders!.get('etag'));
    equal(recorder.exchanges[3]!.status, 304);
    deepEqual(again, kpis);
  });

  it('an AbortSignal aborts a request: AbortError', async () => {
    const recorder = recordingFetch();
    const client = createClient({ baseUrl: platform.url, fetch: recorder.fetch });

    const controller = new AbortController();
    const pending = client.agencies.list({}, { signal: controller.signal });
    controller.abort();
    const error = await rejects(pending, AbortError);
    equal(error.name, 'AbortError');
    equal(error.code, 'aborted');
    ok(error instanceof ChikayaError);

    // An abort during a shared read (KPIs) and with a signal aborted before the call.
    const kpisController = new AbortController();
    const kpis = client.kpis.national({ signal: kpisController.signal });
    kpisController.abort(new Error('the user left the page'));
    equal((await rejects(kpis, AbortError)).name, 'AbortError');
    equal((await rejects(client.agencies.get('dgsn', { signal: AbortSignal.abort() }), AbortError)).name, 'AbortError');

    // An aborted request is not retried.
    ok(recorder.exchanges.length <= 3, `expected at most one attempt per call, got ${recorder.exchanges.length}`);
  });

  it('NetworkError when nothing listens at the base URL', async () => {
    const once = recordingFetch();
    const error = await rejects(createClient({ baseUrl: platform.closedUrl, fetch: once.fetch, retry: 0 }).agencies.list(), NetworkError);
    ok(error instanceof ChikayaError);
    equal(error.name, 'NetworkError');
    equal(error.code, 'network_error');
    ok(error.cause !== undefined, 'the browser’s own error is kept as the cause');
    equal(once.exchanges.length, 1);

    // Reads are retried on a network failure (2 more attempts by default).
    const retried = recordingFetch();
    const client = createClient({ baseUrl: platform.closedUrl, fetch: retried.fetch, retry: { limit: 2, backoffLimit: 50 } });
    await rejects(client.kpis.national(), NetworkError);
    equal(retried.exchanges.length, 3);
  });

  // Browsers refuse a window.fetch called as a method of another object (ky's options).
  it('the read-only transport reads KPIs cross-origin, with the page’s own fetch too', async () => {
    const kpis = kpiResource(createReadTransport({ baseUrl: platform.url, fetch: window.fetch }));
    const [one, two] = await Promise.all([kpis.agency('dgsn'), kpis.agency('mrafp')]);
    equal(one.agencyId, 'dgsn');
    equal(two.agencyId, 'mrafp');
    equal((await kpiResource(createReadTransport({ baseUrl: platform.url })).national()).scope, 'national');
  });

  it('accepts the page’s own fetch as the `fetch` option', async () => {
    const client = createClient({ baseUrl: platform.url, fetch: window.fetch });
    equal((await client.agencies.get('dgsn')).id, 'dgsn');
  });
});
