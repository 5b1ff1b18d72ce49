/**
 * Contract conformance: every operation of `openapi/chikaya.yaml`, every status it documents,
 * called over HTTP on a real sandbox and checked with an OpenAPI 3.1 validator (status, content
 * type, body schema, headers). The last test proves that nothing the contract promises was skipped.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { generateTrackingCode } from '@chikaya/sdk';
import { contract as sandboxContract } from '../src/generated/contract.js';
import { devAccessKey, devAdminKey, devBackOfficeKey } from '../src/seed/index.js';
import { assertConforms, contractDocument, contractOperations, documentedPairs, exercised } from './support/contract-validator.js';
import { bearer, type Client, clock, startClient } from './support/sandbox.js';
import { complaint, suggestion } from './support/inputs.js';

const time = clock('2026-06-01T09:00:00Z');
const seed = { submissions: 2000, now: new Date('2026-06-01T00:00:00Z') };

const dgsn = bearer(devBackOfficeKey('dgsn'));
const cnss = bearer(devBackOfficeKey('cnss'));
const admin = bearer(devAdminKey);
const json = { 'content-type': 'application/json' };

/** A well-formed tracking code (valid check symbol) that the test makes sure no submission has. */
const unknownCode = generateTrackingCode(() => new Uint8Array(9));
/** The same code with another check symbol: well-shaped, but a typo. */
const badCheckCode = `${unknownCode.slice(0, -1)}${unknownCode.endsWith('1') ? '2' : '1'}`;


const answerBody = { answer: 'Votre carte est disponible au commissariat de votre quartier.', note: 'Réponse envoyée.' };

/** A value for each path parameter of the contract; the measure id is one no measure has. */
const sample: Record<string, string> = { agencyId: 'dgsn', trackingCode: unknownCode, year: '2025', sectorId: 'interior', measureId: '2147483647' };
const samplePath = (path: string) => path.replace(/\{(\w+)\}/g, (_, name: string) => sample[name]!);

interface Receipt {
  trackingCode: string;
  accessKey: string;
}

let api: Client;
let limited: Client;

/** The JSON pointers where two documents differ, with both values. */
function differences(actual: unknown, expected: unknown, pointer = ''): string[] {
  if (JSON.stringify(actual) === JSON.stringify(expected)) return [];
  if (actual && expected && typeof actual === 'object' && typeof expected === 'object' && Array.isArray(actual) === Array.isArray(expected)) {
    const a = actual as Record<string, unknown>;
    const e = expected as Record<string, unknown>;
    return [...new Set([...Object.keys(a), ...Object.keys(e)])].flatMap((key) => differences(a[key], e[key], `${pointer}/${key}`));
  }
  return [`${pointer}: ${JSON.stringify(actual)} instead of ${JSON.stringify(expected)}`];
}

async function lodge(body: Record<string, unknown> = complaint(), headers: Record<string, string> = {}): Promise<Receipt> {
  const answer = await api.post('/v1/submissions', body, headers);
  await assertConforms('createSubmission', 201, answer, { idempotencyKey: 'idempotency-key' in headers });
  return answer.body;
}

const actions = {
  acknowledge: 'acknowledgeSubmission',
  forward: 'forwardSubmission',
  reject: 'rejectSubmission',
  answer: 'answerSubmission',
  'mark-abusive': 'markSubmissionAbusive',
  'unmark-abusive': 'unmarkSubmissionAbusive',
} as const;

async function act(code: string, action: keyof typeof actions, body: Record<string, unknown>, key = dgsn) {
  const answer = await api.post(`/v1/back-office/submissions/${code}/${action}`, body, key);
  await assertConforms(actions[action], 200, answer);
  return answer.body;
}

describe('every operation of the contract, over HTTP', () => {
  before(async () => {
    [api, limited] = await Promise.all([
      // Both behind Prism: a second, independent validator judges every answer too.
      startClient({ seed, now: time.now }, { throughPrism: true }),
      startClient(
        {
          seed: { submissions: 0 },
          rateLimits: { general: { capacity: 2, refillPerSecond: 0.001 }, lookups: { capacity: 1, refillPerSecond: 0.001 } },
        },
        { throughPrism: true },
      ),
    ]);
    assert.equal(api.sandbox.store.submissions.byCode(unknownCode), undefined, 'the "unknown" code must really be unknown');
  });
  after(() => Promise.all([api.sandbox.close(), limited.sandbox.close()]));

  test('the validator refuses what the contract forbids', async () => {
    const agency = (await api.get('/v1/agencies/dgsn')).body;
    const limits = { ratelimit: '"general";r=41;t=1', 'ratelimit-policy': '"general";q=600;w=6' };
    const answer = (status: number, headers: Record<string, string>, body: unknown) => ({ status, headers: new Headers({ ...limits, ...headers }), body });
    const ok = answer(200, { 'content-type': 'application/json', 'cache-control': 'public' }, agency);
    /** The good answer with its RateLimit fields changed (a string) or left out (null). */
    const withLimits = (fields: Record<string, string | null>) => {
      const headers = new Headers(ok.headers);
      for (const [name, value] of Object.entries(fields)) {
        if (value === null) headers.delete(name);
        else headers.set(name, value);
      }
      return { ...ok, headers };
    };
    const problem = { type: 'https://chikaya.ma/problems/rate_limited', title: 'Too many requests', status: 429, code: 'rate_limited' };
    const limitedAfter = (seconds: string, body: unknown) => answer(429, { 'content-type': 'application/problem+json', 'retry-after': seconds }, body);
    const receipt = {
      trackingCode: unknownCode,
      accessKey: 'ak_x',
      kind: 'complaint',
      agencyId: 'dgsn',
      status: 'received',
      receivedAt: '2026-06-01T09:00:00.000Z',
      dueDate: '2026-07-31',
    };
    const created = answer(201, { 'content-type': 'application/json', location: `/v1/submissions/${unknownCode}/status` }, receipt);
    const check = (id: string | { method: string; path: string }, status: number, response: typeof ok, options = {}) =>
      assertConforms(id, status, response, { record: false, ...options });

    // the controls: good answers pass, found by operationId or by method and path
    await check('getAgency', 200, ok);
    await check({ method: 'GET', path: '/v1/agencies/{agencyId}' }, 200, ok);
    await check('createSubmission', 201, created);
    await check('listSectors', 429, limitedAfter('5', problem));

    const refusals: [string, () => Promise<void>][] = [
      ['an undocumented status', () => check('getAgency', 503, { ...ok, status: 503 })],
      ['another status than expected', () => check('getAgency', 404, ok)],
      ['another content type', () => check('getAgency', 200, answer(200, { 'content-type': 'text/html', 'cache-control': 'public' }, agency))],
      ['a body off its schema', () => check('getAgency', 200, { ...ok, body: { ...agency, joinedOn: 'yesterday' } })],
      ['an unknown property', () => check('getAgency', 200, { ...ok, body: { ...agency, secretKeyHash: 'x' } })],
      ['a documented header missing', () => check('getAgency', 200, answer(200, { 'content-type': 'application/json' }, agency))],
      ['no RateLimit field', () => check('getAgency', 200, withLimits({ ratelimit: null }))],
      ['no RateLimit-Policy field', () => check('getAgency', 200, withLimits({ 'ratelimit-policy': null }))],
      ['a RateLimit of an older draft', () => check('getAgency', 200, withLimits({ ratelimit: 'limit=600, remaining=41, reset=1' }))],
      ['a RateLimit-Policy without its quota', () => check('getAgency', 200, withLimits({ 'ratelimit-policy': '"general";w=6' }))],
      ['a policy name as a token, not a string', () => check('getAgency', 200, withLimits({ ratelimit: 'general;r=41;t=1' }))],
      ['a body on a 304', () => check('getNationalKpis', 304, answer(304, { etag: 'W/"x"', 'cache-control': 'public' }, agency))],
      ['Retry-After 0', () => check('listSectors', 429, limitedAfter('0', problem))],
      ['a problem whose status is not the answer’s', () => check('listSectors', 429, limitedAfter('5', { ...problem, status: 400 }))],
      ['an unknown problem code', () => check('listSectors', 429, limitedAfter('5', { ...problem, code: 'slow_down' }))],
      ['no Idempotency-Replayed for a request with an Idempotency-Key', () => check('createSubmission', 201, created, { idempotencyKey: true })],
    ];
    for (const [what, attempt] of refusals) await assert.rejects(attempt, assert.AssertionError, what);
  });

  test(
    "the sandbox validates requests with the contract's own text",
    () => {
      assert.deepEqual(differences(sandboxContract, contractDocument), [], 'src/generated/contract.ts differs from openapi/chikaya.yaml');
    },
  );

  test('reference data: sectors, service categories, regions', async () => {
    const sectors = await api.get('/v1/sectors');
    await assertConforms('listSectors', 200, sectors);
    assert.ok(sectors.body.items.some((sector: { id: string }) => sector.id === 'interior'));
    const categories = await api.get('/v1/service-categories');
    await assertConforms('listServiceCategories', 200, categories);
    assert.ok(categories.body.items.length >= 10);
    const regions = await api.get('/v1/regions');
    await assertConforms('listRegions', 200, regions);
    assert.equal(regions.body.items.length, 12);
  });

  test('agencies: list, filter, one, its services, and the errors', async () => {
    const all = await api.get('/v1/agencies?pageSize=100');
    await assertConforms('listAgencies', 200, all);
    assert.equal(all.body.total, 90);
    assert.equal(all.body.items.length, 90);
    const interior = await api.get('/v1/agencies?sector=interior&q=dgsn&page=1&pageSize=5');
    await assertConforms('listAgencies', 200, interior);
    assert.deepEqual(
      interior.body.items.map((agency: { id: string }) => agency.id),
      ['dgsn'],
    );
    await assertConforms('listAgencies', 422, await api.get('/v1/agencies?pageSize=1000'));

    const mrafp = await api.get('/v1/agencies/mrafp');
    await assertConforms('getAgency', 200, mrafp);
    assert.equal(mrafp.body.id, 'mrafp');
    const missing = await api.get('/v1/agencies/nowhere');
    await assertConforms('getAgency', 404, missing);
    assert.equal(missing.body.code, 'agency_not_found');
    await assertConforms('getAgency', 422, await api.get('/v1/agencies/Not_A_Slug'));

    const services = await api.get('/v1/agencies/dgsn/services');
    await assertConforms('listAgencyServices', 200, services);
    assert.ok(services.body.items.some((service: { id: string }) => service.id === 'dgsn-cnie'));
    await assertConforms('listAgencyServices', 404, await api.get('/v1/agencies/nowhere/services'));
    await assertConforms('listAgencyServices', 422, await api.get('/v1/agencies/x/services'));
  });

  test('a complaint: lodged, followed, read, taken in hand, forwarded, answered by the other agency, rated', async () => {
    time.set('2026-06-01T09:00:00Z');
    const headers = { 'idempotency-key': 'conformance-lifecycle-0001' };
    const created = await api.post('/v1/submissions', complaint(), headers);
    await assertConforms('createSubmission', 201, created, { idempotencyKey: true });
    const { trackingCode, accessKey } = created.body as Receipt;
    assert.equal(created.headers.get('location'), `/v1/submissions/${trackingCode}/status`);
    assert.equal(created.headers.get('idempotency-replayed'), 'false');
    assert.equal(created.body.dueDate, '2026-07-31');
    const replay = await api.post('/v1/submissions', complaint(), headers);
    await assertConforms('createSubmission', 201, replay, { idempotencyKey: true });
    assert.equal(replay.headers.get('idempotency-replayed'), 'true');
    assert.equal(replay.body.trackingCode, trackingCode);

    const status = await api.get(created.headers.get('location')!);
    await assertConforms('getSubmissionStatus', 200, status);
    assert.equal(status.body.status, 'received');

    const details = await api.get(`/v1/submissions/${trackingCode}`, { 'x-access-key': accessKey });
    await assertConforms('getSubmissionDetails', 200, details);
    assert.equal(details.body.complainant.fullName, 'Amina El Idrissi');

    const inbox = await api.get(`/v1/back-office/submissions?q=${trackingCode}&status=received,in_progress&kind=complaint&overdue=false`, dgsn);
    await assertConforms('listInbox', 200, inbox);
    assert.deepEqual(
      inbox.body.items.map((item: { trackingCode: string }) => item.trackingCode),
      [trackingCode],
    );
    const held = await api.get(`/v1/back-office/submissions/${trackingCode}`, dgsn);
    await assertConforms('getInboxSubmission', 200, held);

    time.set('2026-06-02T09:00:00Z');
    assert.equal((await act(trackingCode, 'acknowledge', { note: 'Dossier en cours d’examen.' })).status, 'in_progress');
    time.set('2026-06-03T09:00:00Z');
    const forwarded = await act(trackingCode, 'forward', { toAgencyId: 'cnss', note: 'Transmise à la CNSS.' });
    assert.equal(forwarded.status, 'forwarded');
    assert.equal(forwarded.agencyId, 'cnss');
    // dgsn no longer holds it; cnss does.
    assert.equal((await api.get(`/v1/back-office/submissions/${trackingCode}`, dgsn)).status, 404);
    await assertConforms('getInboxSubmission', 200, await api.get(`/v1/back-office/submissions/${trackingCode}`, cnss));
    time.set('2026-06-04T09:00:00Z');
    assert.equal((await act(trackingCode, 'acknowledge', {}, cnss)).status, 'in_progress');
    time.set('2026-06-10T09:00:00Z');
    const answered = await act(trackingCode, 'answer', answerBody, cnss);
    assert.equal(answered.status, 'answered');
    assert.equal(answered.canRate, true);

    time.set('2026-06-11T09:00:00Z');
    const rated = await api.post(`/v1/submissions/${trackingCode}/rating`, { score: 4, comment: 'Réponse claire, merci.' }, { 'x-access-key': accessKey });
    await assertConforms('rateSubmission', 200, rated);
    assert.equal(rated.body.status, 'closed');
    assert.deepEqual(rated.body.rating, { score: 4, comment: 'Réponse claire, merci.', at: '2026-06-11T09:00:00.000Z' });
    const final = await api.get(`/v1/submissions/${trackingCode}/status`);
    await assertConforms('getSubmissionStatus', 200, final);
    assert.deepEqual(
      final.body.timeline.map((event: { status: string; agencyId: string }) => `${event.status}@${event.agencyId}`),
      ['received@dgsn', 'in_progress@dgsn', 'forwarded@cnss', 'in_progress@cnss', 'answered@cnss', 'closed@cnss'],
    );
  });

  test('another complaint answered, then renewed; a suggestion rejected', async () => {
    time.set('2026-06-01T10:00:00Z');
    const { trackingCode, accessKey } = await lodge();
    time.set('2026-06-05T10:00:00Z');
    await act(trackingCode, 'answer', answerBody);
    time.set('2026-06-20T10:00:00Z');
    const renewed = await api.post(
      `/v1/submissions/${trackingCode}/renewal`,
      { reason: 'La réponse ne traite pas le retard de délivrance.' },
      { 'x-access-key': accessKey },
    );
    await assertConforms('renewSubmission', 200, renewed);
    assert.equal(renewed.body.status, 'in_progress');
    assert.equal(renewed.body.renewed, true);
    assert.equal(renewed.body.canRenew, false);

    const opinion = await lodge(suggestion());
    const rejected = await act(opinion.trackingCode, 'reject', { reason: 'outside_public_service', note: 'Hors du champ du service public.' });
    assert.equal(rejected.status, 'rejected');
    assert.equal(rejected.rejectionReason, 'outside_public_service');
  });

  test('a submission marked abusive, then the mark withdrawn; a proof-of-work challenge; an unknown key on a create', async () => {
    const receipt = await lodge(suggestion({ subject: 'Publicité pour un site de paris en ligne' }));
    const marked = await act(receipt.trackingCode, 'mark-abusive', { reason: 'spam', note: 'Publicité.' });
    assert.equal(marked.abuse.reason, 'spam');
    const unmarked = await act(receipt.trackingCode, 'unmark-abusive', { note: 'Marquée par erreur.' });
    assert.equal(unmarked.abuse, null);
    const challenge = await api.get('/v1/challenge');
    await assertConforms('getChallenge', 200, challenge);
    const unknownKey = await api.post('/v1/submissions', complaint(), bearer('bo_sandbox_nobody'));
    await assertConforms('createSubmission', 401, unknownKey);
    assert.equal(unknownKey.body.code, 'unauthorized');
  });

  test('a seeded submission opens with its documented development access key', async () => {
    const code = api.sandbox.store.db.prepare("SELECT tracking_code FROM submissions WHERE agency_id = 'dgsn' ORDER BY id LIMIT 1").pluck().get() as string;
    assert.ok(code, 'the seed gave dgsn submissions');
    await assertConforms('getSubmissionDetails', 200, await api.get(`/v1/submissions/${code}`, { 'x-access-key': devAccessKey(code) }));
  });

  test('measures: recorded, then listed', async () => {
    const body = {
      title: 'Prise de rendez-vous en ligne',
      description: 'Les demandes de carte se font désormais sur rendez-vous en ligne.',
      serviceId: 'dgsn-cnie',
      status: 'adopted',
      date: '2026-05-15',
    };
    const recorded = await api.post('/v1/back-office/measures', body, dgsn);
    await assertConforms('recordMeasure', 201, recorded);
    assert.equal(recorded.body.agencyId, 'dgsn');
    const listed = await api.get('/v1/back-office/measures?year=2026', dgsn);
    await assertConforms('listMeasures', 200, listed);
    assert.ok(listed.body.items.some((measure: { id: number }) => measure.id === recorded.body.id));
    await assertConforms('listMeasures', 200, await api.get('/v1/back-office/measures', dgsn));
  });

  test('measures: edited (a new date moves it to that year, serviceId null detaches it), then withdrawn', async () => {
    time.set('2026-06-05T09:00:00Z');
    const recorded = await api.post(
      '/v1/back-office/measures',
      { title: 'Guichet du samedi', description: 'Les guichets ouvrent le samedi matin.', serviceId: 'dgsn-cnie', status: 'planned', date: '2026-09-01' },
      dgsn,
    );
    assert.equal(recorded.status, 201);
    const path = `/v1/back-office/measures/${recorded.body.id}`;
    const edited = await api.request('PATCH', path, { body: { status: 'adopted', date: '2025-12-15', serviceId: null }, headers: dgsn });
    await assertConforms('updateMeasure', 200, edited);
    assert.deepEqual(edited.body, { ...recorded.body, status: 'adopted', date: '2025-12-15', serviceId: null });
    const ids = async (year: number) =>
      ((await api.get(`/v1/back-office/measures?year=${year}`, dgsn)).body.items as { id: number }[]).map((measure) => measure.id);
    assert.ok((await ids(2025)).includes(recorded.body.id));
    assert.ok(!(await ids(2026)).includes(recorded.body.id));
    const titled = await api.request('PATCH', path, { body: { title: 'Guichet du samedi matin' }, headers: dgsn });
    await assertConforms('updateMeasure', 200, titled);
    assert.deepEqual(titled.body, { ...edited.body, title: 'Guichet du samedi matin' });

    const withdrawn = await api.request('DELETE', path, { headers: dgsn });
    await assertConforms('deleteMeasure', 204, withdrawn);
    assert.ok(!(await ids(2025)).includes(recorded.body.id));
    const again = await api.request('DELETE', path, { headers: dgsn });
    await assertConforms('deleteMeasure', 404, again);
    assert.equal(again.body.code, 'measure_not_found');
  });

  test('admin: onboarding an agency, whose key then opens its own back office', async () => {
    const body = {
      id: 'commune-ifrane',
      acronym: 'CIF',
      names: { ar: 'جماعة إفران', fr: 'Commune d’Ifrane', en: 'Municipality of Ifrane', zgh: 'ⵜⴰⵎⵙⵙⵓⵔⵜ ⵏ ⵉⴼⵔⴰⵏ' },
      type: 'local_authority',
      sectorId: 'local-government',
      website: 'https://www.ifrane.ma',
      allowedOrigins: ['https://www.ifrane.ma'],
      services: [{ slug: 'etat-civil', serviceCategoryId: 'civil-status', names: { ar: 'الحالة المدنية', fr: 'État civil', en: 'Civil status', zgh: 'ⴰⴷⴷⴰⴷ ⴰⵖⵍⴰⵏ' } }],
    };
    time.set('2026-06-20T10:00:00Z');
    const nationalBefore = await api.get('/v1/kpis/national');
    assert.equal(nationalBefore.body.participatingAgencies.count, 90);
    const onboarded = await api.post('/v1/admin/agencies', body, admin);
    await assertConforms('onboardAgency', 201, onboarded);
    assert.equal(onboarded.headers.get('location'), '/v1/agencies/commune-ifrane');
    assert.equal(onboarded.body.agency.joinedOn, '2026-06-20');
    const inbox = await api.get('/v1/back-office/submissions', bearer(onboarded.body.secretKey));
    await assertConforms('listInbox', 200, inbox);
    assert.equal(inbox.body.total, 0);
    await assertConforms('getAgency', 200, await api.get(onboarded.headers.get('location')!));
    // a cached national badge must not keep saying 90
    const nationalAfter = await api.get('/v1/kpis/national', { 'if-none-match': nationalBefore.headers.get('etag')! });
    assert.equal(nationalAfter.status, 200);
    assert.equal(nationalAfter.body.participatingAgencies.count, 91);

    const again = await api.post('/v1/admin/agencies', body, admin);
    await assertConforms('onboardAgency', 409, again);
    assert.equal(again.body.code, 'agency_exists');
  });

  test('annual reports for an agency, a sector and the nation', async () => {
    const busiest = api.sandbox.store.db
      .prepare('SELECT agency_id FROM submissions WHERE year = 2025 GROUP BY agency_id ORDER BY count(*) DESC LIMIT 1')
      .pluck()
      .get() as string;
    const agency = await api.get(`/v1/reports/agencies/${busiest}/2025`);
    await assertConforms('getAgencyReport', 200, agency);
    assert.equal(agency.body.scope, 'agency');
    assert.equal(agency.body.agencyId, busiest);
    assert.ok(agency.body.kpis.counts.received > 0, `the seed gave ${busiest} submissions in 2025`);
    const { totals, classification, suppressedBelow, kpis } = agency.body;
    assert.equal(totals.total, kpis.counts.received - kpis.counts.forwardedOut, 'the totals account for every submission the agency holds');
    assert.equal(suppressedBelow, 5);
    const rows = classification as { total: number | null }[];
    const shown = rows.reduce((sum, row) => sum + (row.total ?? 0), 0);
    const hidden = rows.filter((row) => row.total === null).length;
    assert.ok(totals.total - shown >= hidden && totals.total - shown <= hidden * (suppressedBelow - 1), 'each suppressed row holds 1 to 4');
    await assertConforms('getAgencyReport', 404, await api.get('/v1/reports/agencies/nowhere/2025'));
    await assertConforms('getAgencyReport', 422, await api.get('/v1/reports/agencies/dgsn/1999'));

    const sector = await api.get('/v1/reports/sectors/interior/2025');
    await assertConforms('getSectorReport', 200, sector);
    assert.ok(sector.body.lines.some((line: { id: string }) => line.id === 'dgsn'));
    const noSector = await api.get('/v1/reports/sectors/nowhere/2025');
    await assertConforms('getSectorReport', 404, noSector);
    assert.equal(noSector.body.code, 'sector_not_found');
    await assertConforms('getSectorReport', 422, await api.get('/v1/reports/sectors/interior/2101'));

    const national = await api.get('/v1/reports/national/2025');
    await assertConforms('getNationalReport', 200, national);
    assert.equal(national.body.scope, 'national');
    assert.ok(national.body.participation.length > 0);
    await assertConforms('getNationalReport', 422, await api.get('/v1/reports/national/twenty'));
  });

  test('annual reports approved: published at their address for good, cached longer; the seed published the years before last', async () => {
    time.set('2026-06-21T10:00:00Z');
    const provisional = await api.get('/v1/reports/sectors/interior/2025');
    assert.equal(provisional.body.status, 'provisional');
    assert.equal(provisional.body.publishedAt, null);
    assert.equal(provisional.headers.get('cache-control'), 'public, max-age=300');
    for (const [input, location] of [
      [{ scope: 'agency', id: 'dgsn', year: 2025 }, '/v1/reports/agencies/dgsn/2025'],
      [{ scope: 'sector', id: 'interior', year: 2025 }, '/v1/reports/sectors/interior/2025'],
      [{ scope: 'national', year: 2025 }, '/v1/reports/national/2025'],
    ] as const) {
      const approved = await api.post('/v1/admin/reports/approvals', input, admin);
      await assertConforms('approveReport', 201, approved);
      assert.equal(approved.headers.get('location'), location);
      assert.equal(approved.body.status, 'published');
      assert.equal(approved.body.publishedAt, '2026-06-21T10:00:00.000Z');
      assert.equal(approved.body.year, 2025);
      const read = await api.get(location);
      await assertConforms(input.scope === 'agency' ? 'getAgencyReport' : input.scope === 'sector' ? 'getSectorReport' : 'getNationalReport', 200, read);
      assert.deepEqual(read.body, approved.body);
      assert.equal(read.headers.get('cache-control'), 'public, max-age=3600');
    }
    // the seed's "now" is in 2026: 2024 and before were approved on 31 March of the year after
    const seeded = await api.get('/v1/reports/national/2024');
    assert.equal(seeded.body.status, 'published');
    assert.equal(seeded.body.publishedAt, '2025-03-31T10:00:00.000Z');
    assert.equal(seeded.body.kpis.asOf, '2025-03-31');
  });

  test('KPIs of the nation, of one agency and of many, revalidated with If-None-Match', async () => {
    const national = await api.get('/v1/kpis/national');
    await assertConforms('getNationalKpis', 200, national);
    assert.equal(national.body.year, 2026);
    assert.equal(national.body.participatingAgencies.count, 91);
    const notModified = await api.get('/v1/kpis/national', { 'if-none-match': national.headers.get('etag')! });
    await assertConforms('getNationalKpis', 304, notModified);
    assert.equal(notModified.headers.get('etag'), national.headers.get('etag'));
    await assertConforms('getNationalKpis', 422, await api.get('/v1/kpis/national?year=1999'));

    const one = await api.get('/v1/kpis/agencies/dgsn?year=2025');
    await assertConforms('getAgencyKpis', 200, one);
    assert.equal(one.body.agencyId, 'dgsn');
    await assertConforms('getAgencyKpis', 304, await api.get('/v1/kpis/agencies/dgsn?year=2025', { 'if-none-match': one.headers.get('etag')! }));
    await assertConforms('getAgencyKpis', 404, await api.get('/v1/kpis/agencies/nowhere'));
    await assertConforms('getAgencyKpis', 422, await api.get('/v1/kpis/agencies/dgsn?year=2101'));

    const many = await api.get('/v1/kpis/agencies?year=2025&ids=cnss,nobody,dgsn,mrafp');
    await assertConforms('listAgencyKpis', 200, many);
    assert.deepEqual(
      many.body.items.map((kpis: { agencyId: string }) => kpis.agencyId),
      ['mrafp', 'dgsn', 'cnss'],
    );
    await assertConforms('listAgencyKpis', 304, await api.get('/v1/kpis/agencies?year=2025&ids=cnss,nobody,dgsn,mrafp', { 'if-none-match': many.headers.get('etag')! }));
    const every = await api.get('/v1/kpis/agencies');
    await assertConforms('listAgencyKpis', 200, every);
    assert.equal(every.body.items.length, 91);
    await assertConforms('listAgencyKpis', 422, await api.get('/v1/kpis/agencies?ids=Not_A_Slug'));
  });

  describe('the documented errors of each operation', () => {
    let open: Receipt; // received, held by dgsn
    let closed: Receipt; // answered and rated
    let rejected: Receipt;
    let measureId: number; // dgsn's
    let othersMeasureId: number; // cnss's

    before(async () => {
      time.set('2026-06-20T12:00:00Z');
      const measure = { title: 'Accueil sur rendez-vous', description: 'Un rendez-vous pour chaque demande.', status: 'planned', date: '2026-10-01' };
      measureId = (await api.post('/v1/back-office/measures', measure, dgsn)).body.id;
      othersMeasureId = (await api.post('/v1/back-office/measures', measure, cnss)).body.id;
      open = await lodge();
      closed = await lodge();
      rejected = await lodge(suggestion());
      await act(closed.trackingCode, 'answer', answerBody);
      await assertConforms('rateSubmission', 200, await api.post(`/v1/submissions/${closed.trackingCode}/rating`, { score: 2 }, { 'x-access-key': closed.accessKey }));
      await act(rejected.trackingCode, 'reject', { reason: 'duplicate' });
    });

    /** Every operation with a body, its method and address, its keys, and a body it would accept. */
    const bodyOperations = () =>
      [
        { id: 'createSubmission', method: 'POST', path: '/v1/submissions', headers: {}, body: complaint() },
        { id: 'rateSubmission', method: 'POST', path: `/v1/submissions/${open.trackingCode}/rating`, headers: { 'x-access-key': open.accessKey }, body: { score: 3 } },
        { id: 'renewSubmission', method: 'POST', path: `/v1/submissions/${open.trackingCode}/renewal`, headers: { 'x-access-key': open.accessKey }, body: { reason: 'Not a good answer at all.' } },
        { id: 'acknowledgeSubmission', method: 'POST', path: `/v1/back-office/submissions/${open.trackingCode}/acknowledge`, headers: dgsn, body: {} },
        { id: 'forwardSubmission', method: 'POST', path: `/v1/back-office/submissions/${open.trackingCode}/forward`, headers: dgsn, body: { toAgencyId: 'cnss', note: 'For CNSS.' } },
        { id: 'rejectSubmission', method: 'POST', path: `/v1/back-office/submissions/${open.trackingCode}/reject`, headers: dgsn, body: { reason: 'duplicate' } },
        { id: 'answerSubmission', method: 'POST', path: `/v1/back-office/submissions/${open.trackingCode}/answer`, headers: dgsn, body: answerBody },
        { id: 'markSubmissionAbusive', method: 'POST', path: `/v1/back-office/submissions/${open.trackingCode}/mark-abusive`, headers: dgsn, body: { reason: 'spam' } },
        { id: 'unmarkSubmissionAbusive', method: 'POST', path: `/v1/back-office/submissions/${open.trackingCode}/unmark-abusive`, headers: dgsn, body: { note: 'Par erreur.' } },
        { id: 'recordMeasure', method: 'POST', path: '/v1/back-office/measures', headers: dgsn, body: { title: 'A measure', description: 'Described at length.', status: 'planned', date: '2026-09-01' } },
        { id: 'updateMeasure', method: 'PATCH', path: `/v1/back-office/measures/${measureId}`, headers: dgsn, body: { status: 'adopted' } },
        { id: 'onboardAgency', method: 'POST', path: '/v1/admin/agencies', headers: admin, body: { id: 'x' } },
        { id: 'approveReport', method: 'POST', path: '/v1/admin/reports/approvals', headers: admin, body: { scope: 'national', year: 2025 } },
      ] as const;

    test('400 malformed JSON, 413 too large, 415 not JSON, 422 invalid, on every operation with a body', async () => {
      const huge = JSON.stringify({ description: 'x'.repeat(70 * 1024) });
      for (const operation of bodyOperations()) {
        const send = (raw: string, type: string) =>
          api.request(operation.method, operation.path, { raw, headers: { ...operation.headers, 'content-type': type } });
        const malformed = await send('{"score": 3,', 'application/json');
        await assertConforms(operation.id, 400, malformed);
        assert.equal(malformed.body.code, 'malformed_json', operation.id);
        const large = await send(huge, 'application/json');
        await assertConforms(operation.id, 413, large);
        assert.equal(large.body.code, 'payload_too_large', operation.id);
        const text = await send(JSON.stringify(operation.body), 'text/plain');
        await assertConforms(operation.id, 415, text);
        assert.equal(text.body.code, 'unsupported_media_type', operation.id);
        const invalid = await send(JSON.stringify({ ...operation.body, unexpected: true }), 'application/json');
        await assertConforms(operation.id, 422, invalid);
        assert.equal(invalid.body.code, 'validation_failed', operation.id);
        assert.ok(
          invalid.body.errors.some((error: { pointer?: string; code: string }) => error.pointer === '/unexpected' && error.code === 'unknown_field'),
          `${operation.id}: ${JSON.stringify(invalid.body.errors)}`,
        );
      }
      // nothing above reached a handler
      assert.equal((await api.get(`/v1/submissions/${open.trackingCode}/status`)).body.status, 'received');
      assert.equal(api.sandbox.store.db.prepare('SELECT status FROM measures WHERE id = ?').pluck().get(measureId), 'planned');
    });

    test('401 without a back-office or admin key, or with an unknown one, with a WWW-Authenticate challenge', async () => {
      const code = open.trackingCode;
      const requests: [string, string, string, unknown][] = [
        ['listInbox', 'GET', '/v1/back-office/submissions', undefined],
        ['getInboxSubmission', 'GET', `/v1/back-office/submissions/${code}`, undefined],
        ['acknowledgeSubmission', 'POST', `/v1/back-office/submissions/${code}/acknowledge`, {}],
        ['forwardSubmission', 'POST', `/v1/back-office/submissions/${code}/forward`, { toAgencyId: 'cnss', note: 'x' }],
        ['rejectSubmission', 'POST', `/v1/back-office/submissions/${code}/reject`, { reason: 'duplicate' }],
        ['answerSubmission', 'POST', `/v1/back-office/submissions/${code}/answer`, answerBody],
        ['markSubmissionAbusive', 'POST', `/v1/back-office/submissions/${code}/mark-abusive`, { reason: 'spam' }],
        ['unmarkSubmissionAbusive', 'POST', `/v1/back-office/submissions/${code}/unmark-abusive`, { note: 'Par erreur.' }],
        ['listMeasures', 'GET', '/v1/back-office/measures', undefined],
        ['recordMeasure', 'POST', '/v1/back-office/measures', {}],
        ['updateMeasure', 'PATCH', `/v1/back-office/measures/${measureId}`, { status: 'adopted' }],
        ['deleteMeasure', 'DELETE', `/v1/back-office/measures/${measureId}`, undefined],
        ['onboardAgency', 'POST', '/v1/admin/agencies', {}],
        ['approveReport', 'POST', '/v1/admin/reports/approvals', { scope: 'national', year: 2025 }],
      ];
      for (const [id, method, path, body] of requests) {
        for (const headers of [{}, bearer('bo_sandbox_nobody'), { authorization: `Basic ${Buffer.from('dgsn:x').toString('base64')}` }]) {
          const answer = await api.request(method, path, { body, headers });
          await assertConforms(id, 401, answer);
          assert.equal(answer.body.code, 'unauthorized', id);
          assert.match(answer.headers.get('www-authenticate') ?? '', /^Bearer\b/, id);
        }
      }
      // an agency's key is not the ministry's
      await assertConforms('onboardAgency', 401, await api.post('/v1/admin/agencies', {}, dgsn));
      await assertConforms('approveReport', 401, await api.post('/v1/admin/reports/approvals', { scope: 'national', year: 2025 }, dgsn));
      assert.equal((await api.get(`/v1/submissions/${code}/status`)).body.status, 'received');
      assert.equal(api.sandbox.store.db.prepare('SELECT count(*) FROM measures WHERE id = ?').pluck().get(measureId), 1);
    });

    test(
      '401 without the access key of a submission, with the documented WWW-Authenticate challenge',
      async () => {
        const failures: unknown[] = [];
        for (const [id, method, suffix, body] of [
          ['getSubmissionDetails', 'GET', '', undefined],
          ['rateSubmission', 'POST', '/rating', { score: 5 }],
          ['renewSubmission', 'POST', '/renewal', { reason: 'Not a good answer at all.' }],
        ] as const) {
          const answer = await api.request(method, `/v1/submissions/${closed.trackingCode}${suffix}`, { body });
          assert.equal(answer.body.code, 'access_key_required', id);
          await assertConforms(id, 401, answer).catch((error: unknown) => failures.push(error));
        }
        if (failures.length > 0) throw failures[0];
      },
    );

    test('403 with the wrong access key, or from a page the agency does not allow', async () => {
      const wrong = { 'x-access-key': open.accessKey };
      const details = await api.get(`/v1/submissions/${closed.trackingCode}`, wrong);
      await assertConforms('getSubmissionDetails', 403, details);
      assert.equal(details.body.code, 'access_key_invalid');
      await assertConforms('rateSubmission', 403, await api.post(`/v1/submissions/${closed.trackingCode}/rating`, { score: 5 }, wrong));
      await assertConforms('renewSubmission', 403, await api.post(`/v1/submissions/${closed.trackingCode}/renewal`, { reason: 'Not a good answer at all.' }, wrong));
      const foreign = await api.post('/v1/submissions', complaint(), { origin: 'https://www.example.com' });
      await assertConforms('createSubmission', 403, foreign);
      assert.equal(foreign.body.code, 'origin_not_allowed');
    });

    test('404 for a well-formed tracking code that no submission has', async () => {
      const key = { 'x-access-key': open.accessKey };
      const requests: [string, string, string, unknown, Record<string, string>][] = [
        ['getSubmissionStatus', 'GET', `/v1/submissions/${unknownCode}/status`, undefined, {}],
        ['getSubmissionDetails', 'GET', `/v1/submissions/${unknownCode}`, undefined, key],
        ['rateSubmission', 'POST', `/v1/submissions/${unknownCode}/rating`, { score: 5 }, key],
        ['renewSubmission', 'POST', `/v1/submissions/${unknownCode}/renewal`, { reason: 'Not a good answer at all.' }, key],
        ['getInboxSubmission', 'GET', `/v1/back-office/submissions/${unknownCode}`, undefined, dgsn],
        ['acknowledgeSubmission', 'POST', `/v1/back-office/submissions/${unknownCode}/acknowledge`, {}, dgsn],
        ['forwardSubmission', 'POST', `/v1/back-office/submissions/${unknownCode}/forward`, { toAgencyId: 'cnss', note: 'x' }, dgsn],
        ['rejectSubmission', 'POST', `/v1/back-office/submissions/${unknownCode}/reject`, { reason: 'duplicate' }, dgsn],
        ['answerSubmission', 'POST', `/v1/back-office/submissions/${unknownCode}/answer`, answerBody, dgsn],
        ['markSubmissionAbusive', 'POST', `/v1/back-office/submissions/${unknownCode}/mark-abusive`, { reason: 'spam' }, dgsn],
        ['unmarkSubmissionAbusive', 'POST', `/v1/back-office/submissions/${unknownCode}/unmark-abusive`, { note: 'Par erreur.' }, dgsn],
      ];
      for (const [id, method, path, body, headers] of requests) {
        const answer = await api.request(method, path, { body, headers });
        await assertConforms(id, 404, answer);
        assert.equal(answer.body.code, 'submission_not_found', id);
      }
    });

    test("404 for another agency's measure as for none, and for a report of an unknown agency or sector", async () => {
      for (const id of [othersMeasureId, Number(sample.measureId)]) {
        const path = `/v1/back-office/measures/${id}`;
        const edit = await api.request('PATCH', path, { body: { title: 'Not mine' }, headers: dgsn });
        await assertConforms('updateMeasure', 404, edit);
        assert.equal(edit.body.code, 'measure_not_found');
        const withdraw = await api.request('DELETE', path, { headers: dgsn });
        await assertConforms('deleteMeasure', 404, withdraw);
        assert.equal(withdraw.body.code, 'measure_not_found');
      }
      assert.equal((await api.get('/v1/back-office/measures?year=2026', cnss)).body.items.filter((m: { id: number }) => m.id === othersMeasureId).length, 1);
      for (const [input, code] of [
        [{ scope: 'agency', id: 'nowhere', year: 2025 }, 'agency_not_found'],
        [{ scope: 'sector', id: 'nowhere', year: 2025 }, 'sector_not_found'],
      ] as const) {
        const answer = await api.post('/v1/admin/reports/approvals', input, admin);
        await assertConforms('approveReport', 404, answer);
        assert.equal(answer.body.code, code);
      }
    });

    test('409 when the request contradicts the current state', async () => {
      await lodge(complaint(), { 'idempotency-key': 'conformance-conflict-0001' });
      const reused = await api.post('/v1/submissions', suggestion(), { 'idempotency-key': 'conformance-conflict-0001' });
      await assertConforms('createSubmission', 409, reused);
      assert.equal(reused.body.code, 'idempotency_key_reused');

      const closedKey = { 'x-access-key': closed.accessKey };
      const again = await api.post(`/v1/submissions/${closed.trackingCode}/rating`, { score: 5 }, closedKey);
      await assertConforms('rateSubmission', 409, again);
      assert.equal(again.body.code, 'already_rated');
      const early = await api.post(`/v1/submissions/${open.trackingCode}/renewal`, { reason: 'Not a good answer at all.' }, { 'x-access-key': open.accessKey });
      await assertConforms('renewSubmission', 409, early);
      assert.equal(early.body.code, 'not_renewable');

      for (const [action, code, body] of [
        ['acknowledge', closed.trackingCode, {}],
        ['forward', rejected.trackingCode, { toAgencyId: 'cnss', note: 'For CNSS.' }],
        ['reject', closed.trackingCode, { reason: 'duplicate' }],
        ['answer', rejected.trackingCode, answerBody],
      ] as const) {
        const answer = await api.post(`/v1/back-office/submissions/${code}/${action}`, body, dgsn);
        await assertConforms(actions[action], 409, answer);
        assert.equal(answer.body.code, 'invalid_transition', action);
      }
      // a mark twice, a withdrawal of none
      const unmarked = await api.post(`/v1/back-office/submissions/${closed.trackingCode}/unmark-abusive`, { note: 'Rien à retirer.' }, dgsn);
      await assertConforms('unmarkSubmissionAbusive', 409, unmarked);
      await act(closed.trackingCode, 'mark-abusive', { reason: 'test' });
      const twice = await api.post(`/v1/back-office/submissions/${closed.trackingCode}/mark-abusive`, { reason: 'test' }, dgsn);
      await assertConforms('markSubmissionAbusive', 409, twice);
      assert.equal(twice.body.code, 'invalid_transition');
      await act(closed.trackingCode, 'unmark-abusive', { note: 'Un vrai usager.' });

      // 2026 is the year of the clock: open; 2024 the seed published
      for (const [input, code] of [
        [{ scope: 'agency', id: 'dgsn', year: 2026 }, 'year_not_over'],
        [{ scope: 'national', year: 2027 }, 'year_not_over'],
        [{ scope: 'sector', id: 'interior', year: 2024 }, 'report_already_published'],
      ] as const) {
        const answer = await api.post('/v1/admin/reports/approvals', input, admin);
        await assertConforms('approveReport', 409, answer);
        assert.equal(answer.body.code, code, JSON.stringify(input));
      }
    });

    test('422 when an approval names no agency or sector, or names one for the nation; when an edit changes nothing or names another agency’s service', async () => {
      const cases: [string, string, string, unknown, { pointer: string; code: string }][] = [
        ['approveReport', 'POST', '/v1/admin/reports/approvals', { scope: 'agency', year: 2025 }, { pointer: '/id', code: 'required' }],
        ['approveReport', 'POST', '/v1/admin/reports/approvals', { scope: 'sector', year: 2025 }, { pointer: '/id', code: 'required' }],
        ['approveReport', 'POST', '/v1/admin/reports/approvals', { scope: 'national', id: 'interior', year: 2025 }, { pointer: '/id', code: 'unknown_field' }],
        ['approveReport', 'POST', '/v1/admin/reports/approvals', { scope: 'city', id: 'rabat', year: 2025 }, { pointer: '/scope', code: 'invalid_value' }],
        ['updateMeasure', 'PATCH', `/v1/back-office/measures/${measureId}`, {}, { pointer: '', code: 'too_short' }],
        ['updateMeasure', 'PATCH', `/v1/back-office/measures/${measureId}`, { serviceId: 'cnss-immatriculation' }, { pointer: '/serviceId', code: 'unknown_service' }],
      ];
      for (const [id, method, path, body, error] of cases) {
        const answer = await api.request(method, path, { body, headers: id === 'approveReport' ? admin : dgsn });
        await assertConforms(id, 422, answer);
        assert.deepEqual(answer.body.errors, [error], JSON.stringify(body));
      }
    });

    test('422 for an invalid parameter of every operation that has one', async () => {
      const key = { 'x-access-key': open.accessKey };
      const requests: [string, string, string, unknown, Record<string, string>][] = [
        ['getSubmissionStatus', 'GET', `/v1/submissions/${badCheckCode}/status`, undefined, {}],
        ['getSubmissionDetails', 'GET', `/v1/submissions/${open.trackingCode.toLowerCase()}`, undefined, key],
        ['rateSubmission', 'POST', `/v1/submissions/${badCheckCode}/rating`, { score: 5 }, key],
        ['renewSubmission', 'POST', `/v1/submissions/${badCheckCode}/renewal`, { reason: 'Not a good answer at all.' }, key],
        ['listInbox', 'GET', '/v1/back-office/submissions?status=lost', undefined, dgsn],
        ['getInboxSubmission', 'GET', `/v1/back-office/submissions/${badCheckCode}`, undefined, dgsn],
        ['markSubmissionAbusive', 'POST', `/v1/back-office/submissions/${badCheckCode}/mark-abusive`, { reason: 'spam' }, dgsn],
        ['unmarkSubmissionAbusive', 'POST', `/v1/back-office/submissions/${badCheckCode}/unmark-abusive`, { note: 'Par erreur.' }, dgsn],
        ['listMeasures', 'GET', '/v1/back-office/measures?year=last', undefined, dgsn],
        ['updateMeasure', 'PATCH', '/v1/back-office/measures/0', { title: 'Zero is no id' }, dgsn],
        ['deleteMeasure', 'DELETE', '/v1/back-office/measures/first', undefined, dgsn],
        ['createSubmission', 'POST', '/v1/submissions', complaint(), { 'idempotency-key': 'short' }],
      ];
      for (const [id, method, path, body, headers] of requests) {
        const answer = await api.request(method, path, { body, headers });
        await assertConforms(id, 422, answer);
        assert.equal(answer.body.code, 'validation_failed', id);
        assert.ok(answer.body.errors.length > 0 && answer.body.errors.every((error: { parameter?: string }) => error.parameter), id);
      }
    });
  });

  test('429 with Retry-After on every operation once the client has spent its requests', async () => {
    const sectors = await limited.get('/v1/sectors');
    await assertConforms('listSectors', 200, sectors);
    await assertConforms('listRegions', 200, await limited.get('/v1/regions'));
    const lookup = await limited.get(`/v1/submissions/${unknownCode}/status`);
    await assertConforms('getSubmissionStatus', 404, lookup);

    for (const operation of contractOperations) {
      const path = samplePath(operation.path);
      const answer = await limited.request(operation.method.toUpperCase(), path, {
        ...(operation.hasBody ? { body: {} } : {}),
        headers: { ...dgsn, 'x-access-key': 'ak_whatever' },
      });
      await assertConforms(operation.operationId, 429, answer);
      assert.equal(answer.body.code, 'rate_limited', operation.operationId);
      assert.ok(Number(answer.headers.get('retry-after')) >= 1, operation.operationId);
    }
  });

  test('500 on every operation when the platform fails, and nothing of the failure in the answer', async () => {
    const failures: unknown[] = [];
    const broken = await startClient({ seed: { submissions: 0 }, onError: (error) => failures.push(error) }, { throughPrism: true });
    try {
      // The fault where a platform meets one: its database is gone (a disk lost, a file removed).
      broken.sandbox.store.db.close();
      const key = { 'x-access-key': 'ak_whatever' };
      /** Bodies that pass the schema, so that the request reaches the database (keys are read there first). */
      const bodies: Record<string, unknown> = {
        createSubmission: complaint(),
        rateSubmission: { score: 5 },
        renewSubmission: { reason: 'Not a good answer at all.' },
      };
      // Every operation that touches the store declares its 500 (a challenge is made in memory).
      const failing = contractOperations.filter((operation) => operation.statuses.includes('500'));
      const without = contractOperations.filter((operation) => !failing.includes(operation)).map((operation) => operation.operationId);
      assert.deepEqual(without, ['getChallenge'], 'the operations that declare no 500');
      for (const operation of failing) {
        const answer = await broken.request(operation.method.toUpperCase(), samplePath(operation.path), {
          ...(operation.hasBody ? { body: bodies[operation.operationId] ?? {} } : {}),
          headers: { ...(operation.path.startsWith('/v1/admin/') ? admin : dgsn), ...key },
        });
        await assertConforms(operation.operationId, 500, answer);
        assert.deepEqual(
          answer.body,
          { type: 'https://chikaya.ma/problems/internal_error', title: 'The platform failed to answer', status: 500, code: 'internal_error' },
          operation.operationId,
        );
      }
      assert.equal(failures.length, failing.length, 'each failure is told to onError, where the operator reads it');
      assert.match(String(failures[0]), /database connection is not open/);
    } finally {
      await broken.sandbox.close();
    }
  });

  test('every operation is routed: a well-formed request never meets the "no such address" 404', async () => {
    for (const operation of contractOperations) {
      const path = samplePath(operation.path);
      const answer = await api.request(operation.method.toUpperCase(), path, {
        ...(operation.hasBody ? { body: {} } : {}),
        headers: { ...dgsn, 'x-access-key': 'ak_whatever' },
      });
      assert.ok(answer.status < 500, `${operation.operationId}: ${answer.status}`);
      assert.ok(!(answer.status === 404 && answer.body?.code === 'not_found'), `${operation.operationId} (${operation.method} ${path}) is not routed`);
    }
    // …while an address outside the contract is one.
    const nowhere = await api.get('/v1/nowhere');
    assert.equal(nowhere.status, 404);
    assert.equal(nowhere.body.code, 'not_found');
    assert.match(nowhere.headers.get('content-type') ?? '', /^application\/problem\+json/);
  });

  test('every documented (operation, status) pair was exercised and conformed', () => {
    const missing = documentedPairs().filter((pair) => !exercised.has(pair));
    assert.deepEqual(missing, [], `never exercised: ${missing.join(', ')}`);
    assert.ok(contractOperations.length >= 20);
  });
});
