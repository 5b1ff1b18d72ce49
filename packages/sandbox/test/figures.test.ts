/**
 * KPI and report arithmetic on a small data set built by hand through the API, with a clock the
 * test moves. Every expected figure below is worked out by hand from the story in `build()`.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { devAdminKey } from '../src/seed/index.js';
import { bearer, type Client, clock, startClient } from './support/sandbox.js';

const time = clock('2025-01-01T09:00:00Z');
let api: Client;
const keys: Record<string, string> = {};
const codes: Record<string, { trackingCode: string; accessKey: string }> = {};
let categories: string[] = [];

const names = (text: string) => ({ ar: text, fr: text, en: text, zgh: text });

async function onboard(id: string, sectorId: string) {
  const answer = await api.post(
    '/v1/admin/agencies',
    {
      id,
      acronym: id.toUpperCase(),
      names: names(`Agency ${id}`),
      type: 'public_institution',
      sectorId,
      website: `https://www.${id}.example.ma`,
      allowedOrigins: [`https://www.${id}.example.ma`],
      joinedOn: '2025-01-01',
      services: [
        { slug: 'sx', names: names('Service X'), serviceCategoryId: categories[0] },
        { slug: 'sy', names: names('Service Y'), serviceCategoryId: categories[1] },
      ],
    },
    bearer(devAdminKey),
  );
  assert.equal(answer.status, 201, JSON.stringify(answer.body));
  keys[id] = answer.body.secretKey;
}

async function lodge(
  name: string,
  at: string,
  kind: 'complaint' | 'observation' | 'suggestion',
  agencyId: string,
  extra: Record<string, unknown> = {},
  headers: Record<string, string> = {},
) {
  time.set(at);
  const answer = await api.post(
    '/v1/submissions',
    {
      kind,
      agencyId,
      subject: `Subject ${name}`,
      description: `A description long enough for ${name}.`,
      answerLanguage: 'fr',
      consent: true,
      ...(kind === 'complaint' ? { complainant: { fullName: 'Test Person', nationalId: 'AB1234', phone: '0612345678' } } : {}),
      ...extra,
    },
    headers,
  );
  assert.equal(answer.status, 201, JSON.stringify(answer.body));
  codes[name] = answer.body;
}

async function act(name: string, at: string, agencyId: string, action: string, body: Record<string, unknown> = {}) {
  time.set(at);
  const answer = await api.post(`/v1/back-office/submissions/${codes[name]!.trackingCode}/${action}`, body, bearer(keys[agencyId]!));
  assert.equal(answer.status, 200, `${action} ${name}: ${JSON.stringify(answer.body)}`);
}

async function asUser(name: string, at: string, action: 'rating' | 'renewal', body: Record<string, unknown>) {
  time.set(at);
  const answer = await api.post(`/v1/submissions/${codes[name]!.trackingCode}/${action}`, body, {
    'x-access-key': codes[name]!.accessKey,
  });
  assert.equal(answer.status, 200, `${action} ${name}: ${JSON.stringify(answer.body)}`);
}

const answer = { answer: 'Here is our answer to your request.' };

async function build() {
  const sectors = (await api.get('/v1/sectors')).body.items as { id: string }[];
  categories = ((await api.get('/v1/service-categories')).body.items as { id: string }[]).map((c) => c.id);
  await onboard('test-a', sectors[0]!.id);
  await onboard('test-b', sectors[0]!.id);

  // c1: complaint answered on time after 22 days, renewed, answered again.
  await lodge('c1', '2025-01-10T10:00:00Z', 'complaint', 'test-a', { serviceId: 'test-a-sx' });
  await act('c1', '2025-01-12T10:00:00Z', 'test-a', 'acknowledge', { note: 'In hand.' });
  await act('c1', '2025-02-01T10:00:00Z', 'test-a', 'answer', answer);
  await asUser('c1', '2025-02-10T10:00:00Z', 'renewal', { reason: 'The answer does not address my case.' });
  await act('c1', '2025-02-20T10:00:00Z', 'test-a', 'answer', answer);
  // c2: complaint answered late (76 days; due 2025-03-16), rated 4.
  await lodge('c2', '2025-01-15T10:00:00Z', 'complaint', 'test-a', { serviceId: 'test-a-sx' });
  await act('c2', '2025-04-01T10:00:00Z', 'test-a', 'answer', answer);
  await asUser('c2', '2025-04-02T10:00:00Z', 'rating', { score: 4 });
  // o1: observation answered in 4 days, rated 2.
  await lodge('o1', '2025-02-01T10:00:00Z', 'observation', 'test-a', { serviceId: 'test-a-sy' });
  await act('o1', '2025-02-05T10:00:00Z', 'test-a', 'answer', answer);
  await asUser('o1', '2025-02-06T10:00:00Z', 'rating', { score: 2, comment: 'Too short.' });
  // s1: suggestion rejected.
  await lodge('s1', '2025-03-01T10:00:00Z', 'suggestion', 'test-a');
  await act('s1', '2025-03-02T10:00:00Z', 'test-a', 'reject', { reason: 'outside_public_service' });
  // c3: complaint forwarded to test-b, which answers it in 15 days.
  await lodge('c3', '2025-03-05T10:00:00Z', 'complaint', 'test-a');
  await act('c3', '2025-03-06T10:00:00Z', 'test-a', 'forward', { toAgencyId: 'test-b', note: 'For test-b.' });
  await act('c3', '2025-03-20T10:00:00Z', 'test-b', 'answer', answer);
  // c4: complaint never answered (overdue by year end); c5: complaint from the agency's site, still open.
  await lodge('c4', '2025-05-01T10:00:00Z', 'complaint', 'test-a');
  await lodge('c5', '2025-12-20T10:00:00Z', 'complaint', 'test-a', {}, { origin: 'https://www.test-a.example.ma' });
  // measures: one in 2025, one in 2026
  time.set('2025-06-02T10:00:00Z');
  for (const [date, title] of [
    ['2025-06-01', 'Online appointments'],
    ['2026-03-01', 'Saturday opening'],
  ] as const) {
    const recorded = await api.post(
      '/v1/back-office/measures',
      { title, description: 'A measure described at length.', serviceId: 'test-a-sx', status: 'adopted', date },
      bearer(keys['test-a']!),
    );
    assert.equal(recorded.status, 201, JSON.stringify(recorded.body));
  }
  time.set('2025-12-31T12:00:00Z');
}

describe('KPIs and reports on a hand-built data set', () => {
  before(async () => {
    api = await startClient({ seed: { submissions: 0 }, now: time.now });
    await build();
  });
  after(() => api.sandbox.close());

  test("agency A's KPIs", async () => {
    const { status, body } = await api.get('/v1/kpis/agencies/test-a?year=2025');
    assert.equal(status, 200);
    assert.deepEqual(body.counts, {
      received: 7,
      admissible: 5,
      answered: 3,
      answeredOnTime: 2,
      rejected: 1,
      forwardedOut: 1,
      renewed: 1,
      overdue: 1,
      open: 1,
      byKind: { complaint: 5, observation: 1, suggestion: 1 },
    });
    assert.deepEqual(body.indicators, {
      responseRate: { value: 0.6, target: 0.7, comparison: 'atLeast', met: false },
      onTimeRate: { value: 0.6667, target: 0.7, comparison: 'atLeast', met: false },
      renewalRate: { value: 0.5, target: 0.1, comparison: 'atMost', met: false },
    });
    assert.equal(body.medianDaysToAnswer, 22);
    assert.deepEqual(body.satisfaction, { average: 3, ratings: 2 });
    assert.equal(body.asOf, '2025-12-31');
    assert.equal(body.participatingAgencies, null);
  });

  test("agency B's KPIs meet every target", async () => {
    const { body } = await api.get('/v1/kpis/agencies/test-b?year=2025');
    assert.equal(body.counts.received, 1);
    assert.equal(body.counts.answered, 1);
    assert.equal(body.medianDaysToAnswer, 15);
    assert.deepEqual(
      Object.values(body.indicators).map((indicator: any) => [indicator.value, indicator.met]),
      [
        [1, true],
        [1, true],
        [0, true],
      ],
    );
  });

  test("the nation's KPIs count a forwarded submission once", async () => {
    const { body } = await api.get('/v1/kpis/national?year=2025');
    assert.equal(body.counts.received, 7);
    assert.equal(body.counts.forwardedOut, 0);
    assert.equal(body.counts.admissible, 6);
    assert.equal(body.counts.answered, 4);
    assert.equal(body.indicators.responseRate.value, 0.6667);
    assert.equal(body.indicators.onTimeRate.value, 0.75);
    assert.equal(body.indicators.onTimeRate.met, true);
    assert.equal(body.indicators.renewalRate.value, 0.3333);
    assert.equal(body.medianDaysToAnswer, 18.5);
    assert.deepEqual(body.participatingAgencies, { count: 92, target: 90 });
  });

  test('a year with no submissions has unknown rates, not zero', async () => {
    const { body } = await api.get('/v1/kpis/agencies/test-a?year=2024');
    assert.equal(body.counts.received, 0);
    assert.equal(body.indicators.responseRate.value, null);
    assert.equal(body.indicators.responseRate.met, null);
    assert.equal(body.medianDaysToAnswer, null);
  });

  test('all agencies in one response agree with the single reads', async () => {
    const { body } = await api.get('/v1/kpis/agencies?year=2025&ids=test-b,test-a,nobody');
    assert.deepEqual(
      body.items.map((kpis: any) => kpis.agencyId),
      ['test-a', 'test-b'],
    );
    const single = await api.get('/v1/kpis/agencies/test-a?year=2025');
    assert.deepEqual(body.items[0], single.body);
  });

  test("agency A's annual report", async () => {
    const { status, body } = await api.get('/v1/reports/agencies/test-a/2025');
    assert.equal(status, 200);
    assert.equal(body.scope, 'agency');
    assert.equal(body.status, 'provisional');
    assert.deepEqual(body.classification, [
      { serviceCategoryId: 'unclassified', complaint: 2, observation: 0, suggestion: 1, total: 3 },
      { serviceCategoryId: categories[0], complaint: 2, observation: 0, suggestion: 0, total: 2 },
      { serviceCategoryId: categories[1], complaint: 0, observation: 1, suggestion: 0, total: 1 },
    ]);
    assert.deepEqual(body.byChannel, [
      { key: 'web', count: 5 },
      { key: 'widget', count: 1 },
    ]);
    assert.deepEqual(body.byMonth, [
      { month: '2025-01', received: 2, answered: 2 },
      { month: '2025-02', received: 1, answered: 1 },
      { month: '2025-03', received: 1, answered: 0 },
      { month: '2025-05', received: 1, answered: 0 },
      { month: '2025-12', received: 1, answered: 0 },
    ]);
    assert.deepEqual(body.byRegion, [{ key: 'unknown', count: 6 }]);
    assert.deepEqual(body.daysToAnswer, { median: 22, p90: 65.2 });
    assert.deepEqual(
      body.measures.map((measure: any) => measure.title),
      ['Online appointments'],
    );
    assert.equal(body.topSubjects.length, 6);
    assert.equal(body.previousYear.counts.received, 0);
    assert.deepEqual(body.lines, []);
    assert.deepEqual(body.kpis, (await api.get('/v1/kpis/agencies/test-a?year=2025')).body);
  });

  test("the sector report's lines are its agencies", async () => {
    const a = await api.get('/v1/agencies/test-a');
    const { body } = await api.get(`/v1/reports/sectors/${a.body.sectorId}/2025`);
    const lines = new Map(body.lines.map((line: any) => [line.id, line.kpis]));
    assert.deepEqual(lines.get('test-a'), (await api.get('/v1/kpis/agencies/test-a?year=2025')).body);
    assert.equal(body.kpis.scope, 'sector');
    assert.equal(body.kpis.counts.answered, 4);
  });

  test("the national report's participation line reaches 92 agencies in 2025", async () => {
    const { body } = await api.get('/v1/reports/national/2025');
    const first = body.participation[0];
    const last = body.participation[body.participation.length - 1];
    assert.deepEqual(first, { date: '2018-01-01', agencies: 61 });
    assert.deepEqual(last, { date: '2025-01-01', agencies: 92 });
    assert.equal(body.kpis.counts.received, 7);
    assert.ok(body.lines.length >= 10, 'one line per sector');
  });

  test('a change moves the ETag and the cached figures', async () => {
    const before = await api.get('/v1/kpis/agencies/test-a?year=2025');
    const etag = before.headers.get('etag')!;
    assert.equal((await api.get('/v1/kpis/agencies/test-a?year=2025', { 'if-none-match': etag })).status, 304);
    await act('c5', '2025-12-31T12:00:00Z', 'test-a', 'answer', answer);
    const after = await api.get('/v1/kpis/agencies/test-a?year=2025', { 'if-none-match': etag });
    assert.equal(after.status, 200);
    assert.notEqual(after.headers.get('etag'), etag);
    assert.equal(after.body.counts.answered, 4);
    assert.equal(after.body.counts.open, 0);
  });
});
