/**
 * KPI and report arithmetic on a small data set built by hand through the API, with a clock the
 * test moves: the seed brings only the reference data (no agency), so every figure below is worked
 * out by hand from the story in `build()`. Then the freeze: once approved, a report stays what
 * approval answered, whatever data arrives after.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { components } from '@chikaya/sdk';
import { disclose } from '../src/domain/disclosure.js';
import { devAdminKey } from '../src/seed/index.js';
import { BreakdownStore } from '../src/store/breakdowns.js';
import { bearer, type Client, clock, startClient } from './support/sandbox.js';

const time = clock('2025-01-01T09:00:00Z');
let api: Client;
const admin = bearer(devAdminKey);
const keys: Record<string, string> = {};
const codes: Record<string, { trackingCode: string; accessKey: string }> = {};
const measures: Record<string, Record<string, unknown>> = {};

/** The sector of the test agencies; every other sector has no agency. */
const health = 'health';
const sectorIds = [
  'agriculture',
  'culture',
  'digital',
  'economy',
  'education',
  'employment',
  'energy',
  'finance',
  'foreign-affairs',
  'health',
  'housing',
  'interior',
  'justice',
  'local-government',
  'public-service',
  'social-protection',
  'transport',
];
const tanger = { regionId: 'tanger-tetouan-al-hoceima' };
const oriental = { regionId: 'oriental' };
const fes = { regionId: 'fes-meknes' };

const names = (text: string) => ({ ar: text, fr: text, en: text, zgh: text });

async function onboard(id: string, joinedOn: string) {
  const answer = await api.post(
    '/v1/admin/agencies',
    {
      id,
      acronym: id.toUpperCase(),
      names: names(`Agency ${id}`),
      type: 'public_institution',
      sectorId: health,
      website: `https://www.${id}.example.ma`,
      allowedOrigins: [`https://www.${id}.example.ma`],
      joinedOn,
      services: [
        { slug: 'sx', names: names('Service X'), serviceCategoryId: 'health-care' },
        { slug: 'sy', names: names('Service Y'), serviceCategoryId: 'civil-status' },
      ],
    },
    admin,
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

async function recordMeasure(name: string, at: string, agencyId: string, body: Record<string, unknown>) {
  time.set(at);
  const recorded = await api.post(
    '/v1/back-office/measures',
    { description: 'A measure described at length.', ...body },
    bearer(keys[agencyId]!),
  );
  assert.equal(recorded.status, 201, JSON.stringify(recorded.body));
  measures[name] = recorded.body;
}

const answer = { answer: 'Here is our answer to your request.' };

async function build() {
  await onboard('test-a', '2024-06-01');
  await onboard('test-b', '2025-01-01');

  // c1: complaint answered on time after 22 days, renewed, answered again.
  await lodge('c1', '2025-01-10T10:00:00Z', 'complaint', 'test-a', { serviceId: 'test-a-sx', location: tanger });
  await act('c1', '2025-01-12T10:00:00Z', 'test-a', 'acknowledge', { note: 'In hand.' });
  await act('c1', '2025-02-01T10:00:00Z', 'test-a', 'answer', answer);
  await asUser('c1', '2025-02-10T10:00:00Z', 'renewal', { reason: 'The answer does not address my case.' });
  await act('c1', '2025-02-20T10:00:00Z', 'test-a', 'answer', answer);
  // c2: complaint answered late (76 days; due 2025-03-16), rated 4.
  await lodge('c2', '2025-01-15T10:00:00Z', 'complaint', 'test-a', { serviceId: 'test-a-sx', location: oriental });
  await act('c2', '2025-04-01T10:00:00Z', 'test-a', 'answer', answer);
  await asUser('c2', '2025-04-02T10:00:00Z', 'rating', { score: 4 });
  // o1: observation by phone, answered in 4 days, rated 2.
  await lodge('o1', '2025-02-01T10:00:00Z', 'observation', 'test-a', { serviceId: 'test-a-sy', channel: 'phone', location: tanger });
  await act('o1', '2025-02-05T10:00:00Z', 'test-a', 'answer', answer);
  await asUser('o1', '2025-02-06T10:00:00Z', 'rating', { score: 2, comment: 'Too short.' });
  // s1: suggestion rejected.
  await lodge('s1', '2025-03-01T10:00:00Z', 'suggestion', 'test-a');
  await act('s1', '2025-03-02T10:00:00Z', 'test-a', 'reject', { reason: 'outside_public_service' });
  // c3: complaint forwarded to test-b, which answers it in 15 days (due 2025-05-04).
  await lodge('c3', '2025-03-05T10:00:00Z', 'complaint', 'test-a', { location: fes });
  await act('c3', '2025-03-06T10:00:00Z', 'test-a', 'forward', { toAgencyId: 'test-b', note: 'For test-b.' });
  await act('c3', '2025-03-20T10:00:00Z', 'test-b', 'answer', answer);
  // c4: complaint never answered in 2025 (due 2025-06-30, overdue by the year's end).
  await lodge('c4', '2025-05-01T10:00:00Z', 'complaint', 'test-a', { location: fes });
  // o2: observation by mail to test-b, answered in 2 days.
  await lodge('o2', '2025-06-10T10:00:00Z', 'observation', 'test-b', { serviceId: 'test-b-sy', channel: 'mail', location: oriental });
  await act('o2', '2025-06-12T10:00:00Z', 'test-b', 'answer', answer);
  // c5: complaint from the agency's own site, still open at the year's end (due 2026-02-18).
  await lodge('c5', '2025-12-20T10:00:00Z', 'complaint', 'test-a', {}, { origin: 'https://www.test-a.example.ma' });
  // measures: two of 2025, one of 2026
  await recordMeasure('online', '2025-06-02T10:00:00Z', 'test-a', {
    title: 'Online appointments',
    serviceId: 'test-a-sx',
    status: 'adopted',
    date: '2025-06-01',
  });
  await recordMeasure('saturday', '2025-06-02T11:00:00Z', 'test-a', {
    title: 'Saturday opening',
    serviceId: 'test-a-sx',
    status: 'adopted',
    date: '2026-03-01',
  });
  await recordMeasure('letters', '2025-06-02T12:00:00Z', 'test-b', { title: 'Clearer letters', status: 'planned', date: '2025-09-15' });
  time.set('2025-12-31T12:00:00Z');
}

// ─── Expected figures, written out by hand ───────────────────────────────────────────────────

type Rate = [value: number | null, met: boolean | null];

function indicators(response: Rate, onTime: Rate, renewal: Rate) {
  return {
    responseRate: { value: response[0], target: 0.7, comparison: 'atLeast', met: response[1] },
    onTimeRate: { value: onTime[0], target: 0.7, comparison: 'atLeast', met: onTime[1] },
    renewalRate: { value: renewal[0], target: 0.1, comparison: 'atMost', met: renewal[1] },
  };
}

interface Whose {
  scope: 'agency' | 'sector' | 'national';
  agencyId?: string;
  sectorId?: string;
  year: number;
  asOf: string;
  /** agencies on the platform, for the nation */
  participating?: number;
}

type Tally = components['schemas']['Kpis']['counts'];

function kpis(
  whose: Whose,
  counts: Tally,
  rates: ReturnType<typeof indicators>,
  median: number | null,
  satisfaction: [number | null, number],
) {
  return {
    scope: whose.scope,
    agencyId: whose.agencyId ?? null,
    sectorId: whose.sectorId ?? null,
    year: whose.year,
    asOf: whose.asOf,
    indicators: rates,
    // nothing in the story is a duplicate or marked abusive (abuse.test.ts has those)
    counts: { abusive: 0, duplicates: 0, ...counts },
    medianDaysToAnswer: median,
    satisfaction: { average: satisfaction[0], ratings: satisfaction[1] },
    participatingAgencies: whose.participating === undefined ? null : { count: whose.participating, target: 90 },
  };
}

const none = { complaint: 0, observation: 0, suggestion: 0 };
const nothing = {
  received: 0,
  admissible: 0,
  answered: 0,
  answeredOnTime: 0,
  rejected: 0,
  forwardedOut: 0,
  renewed: 0,
  overdue: 0,
  open: 0,
  byKind: none,
};
const unknownRates = indicators([null, null], [null, null], [null, null]);
const emptyKpis = (whose: Whose) => kpis(whose, nothing, unknownRates, null, [null, 0]);

/** test-a in 2025: c1, c2, o1, s1, c4, c5 held, c3 forwarded out. */
const agencyA = (asOf: string) =>
  kpis(
    { scope: 'agency', agencyId: 'test-a', sectorId: health, year: 2025, asOf },
    {
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
    },
    indicators([0.6, false], [0.6667, false], [0.5, false]),
    22,
    [3, 2],
  );

/** test-b in 2025: c3 (forwarded in), o2. */
const agencyB = (asOf: string) =>
  kpis(
    { scope: 'agency', agencyId: 'test-b', sectorId: health, year: 2025, asOf },
    {
      received: 2,
      admissible: 2,
      answered: 2,
      answeredOnTime: 2,
      rejected: 0,
      forwardedOut: 0,
      renewed: 0,
      overdue: 0,
      open: 0,
      byKind: { complaint: 1, observation: 1, suggestion: 0 },
    },
    indicators([1, true], [1, true], [0, true]),
    8.5,
    [null, 0],
  );

/** The sector sums its agencies: c3 counts for test-a (forwarded out) and for test-b. */
const sectorHealth = (asOf: string) =>
  kpis(
    { scope: 'sector', sectorId: health, year: 2025, asOf },
    {
      received: 9,
      admissible: 7,
      answered: 5,
      answeredOnTime: 4,
      rejected: 1,
      forwardedOut: 1,
      renewed: 1,
      overdue: 1,
      open: 1,
      byKind: { complaint: 6, observation: 2, suggestion: 1 },
    },
    indicators([0.7143, true], [0.8, true], [0.3333, false]),
    15,
    [3, 2],
  );

/** The nation counts c3 once: a forward is a move inside the platform. */
const nation = (asOf: string) =>
  kpis(
    { scope: 'national', year: 2025, asOf, participating: 2 },
    {
      received: 8,
      admissible: 7,
      answered: 5,
      answeredOnTime: 4,
      rejected: 1,
      forwardedOut: 0,
      renewed: 1,
      overdue: 1,
      open: 1,
      byKind: { complaint: 5, observation: 2, suggestion: 1 },
    },
    indicators([0.7143, true], [0.8, true], [0.3333, false]),
    15,
    [3, 2],
  );

/** A 2025 report not approved yet. */
const provisional2025 = (report: Record<string, unknown>) => ({
  year: 2025,
  status: 'provisional',
  publishedAt: null,
  participation: [],
  ...report,
});

/** test-a's 2025 breakdowns as counted, before a report suppresses its small counts. */
const countedA = {
  classification: [
    { serviceCategoryId: 'unclassified', complaint: 2, observation: 0, suggestion: 1, total: 3 },
    { serviceCategoryId: 'health-care', complaint: 2, observation: 0, suggestion: 0, total: 2 },
    { serviceCategoryId: 'civil-status', complaint: 0, observation: 1, suggestion: 0, total: 1 },
  ],
  byRegion: [
    { key: 'tanger-tetouan-al-hoceima', count: 2 },
    { key: 'unknown', count: 2 },
    { key: 'fes-meknes', count: 1 },
    { key: 'oriental', count: 1 },
  ],
  byChannel: [
    { key: 'web', count: 4 },
    { key: 'phone', count: 1 },
    { key: 'widget', count: 1 },
  ],
  byMonth: [
    { month: '2025-01', received: 2, answered: 2 },
    { month: '2025-02', received: 1, answered: 1 },
    { month: '2025-03', received: 1, answered: 0 },
    { month: '2025-05', received: 1, answered: 0 },
    { month: '2025-12', received: 1, answered: 0 },
  ],
  // c1 and c2 about service X, o1 about service Y; the others name no service
  topServices: [
    { key: 'test-a-sx', count: 2 },
    { key: 'test-a-sy', count: 1 },
  ],
};

/** The report's figures for test-a in 2025 (names aside), as read on `asOf`: every count here is small. */
const reportA = (asOf: string) =>
  provisional2025({
    scope: 'agency',
    agencyId: 'test-a',
    sectorId: health,
    kpis: agencyA(asOf),
    previousYear: emptyKpis({ scope: 'agency', agencyId: 'test-a', sectorId: health, year: 2024, asOf }),
    ...disclose(countedA),
    // answered after 4, 22 and 76 days: p90 = 22 + (76 − 22) × 0.8
    daysToAnswer: { median: 22, p90: 65.2 },
    measures: [measures.online],
    lines: [],
  });

/** Breakdowns of test-a and test-b together, as counted: the sector's, and the nation's (no other agency). */
const countedBoth = {
  classification: [
    { serviceCategoryId: 'unclassified', complaint: 3, observation: 0, suggestion: 1, total: 4 },
    { serviceCategoryId: 'civil-status', complaint: 0, observation: 2, suggestion: 0, total: 2 },
    { serviceCategoryId: 'health-care', complaint: 2, observation: 0, suggestion: 0, total: 2 },
  ],
  byRegion: [
    { key: 'fes-meknes', count: 2 },
    { key: 'oriental', count: 2 },
    { key: 'tanger-tetouan-al-hoceima', count: 2 },
    { key: 'unknown', count: 2 },
  ],
  byChannel: [
    { key: 'web', count: 5 },
    { key: 'mail', count: 1 },
    { key: 'phone', count: 1 },
    { key: 'widget', count: 1 },
  ],
  byMonth: [
    { month: '2025-01', received: 2, answered: 2 },
    { month: '2025-02', received: 1, answered: 1 },
    { month: '2025-03', received: 2, answered: 1 },
    { month: '2025-05', received: 1, answered: 0 },
    { month: '2025-06', received: 1, answered: 1 },
    { month: '2025-12', received: 1, answered: 0 },
  ],
  topServices: [
    { key: 'test-a-sx', count: 2 },
    { key: 'test-a-sy', count: 1 },
    { key: 'test-b-sy', count: 1 },
  ],
};

/** What the sector's and the nation's reports publish of both agencies. */
const bothAgencies = () => ({
  ...disclose(countedBoth),
  // answered after 2, 4, 15, 22 and 76 days: p90 = 22 + (76 − 22) × 0.6
  daysToAnswer: { median: 15, p90: 54.4 },
  measures: [measures.letters, measures.online],
});

const reportHealth = (asOf: string) =>
  provisional2025({
    scope: 'sector',
    agencyId: null,
    sectorId: health,
    kpis: sectorHealth(asOf),
    previousYear: emptyKpis({ scope: 'sector', sectorId: health, year: 2024, asOf }),
    ...bothAgencies(),
    lines: [
      { id: 'test-a', kpis: agencyA(asOf) },
      { id: 'test-b', kpis: agencyB(asOf) },
    ],
  });

const reportNation = (asOf: string) =>
  provisional2025({
    scope: 'national',
    agencyId: null,
    sectorId: null,
    kpis: nation(asOf),
    // test-a joined in June 2024
    previousYear: emptyKpis({ scope: 'national', year: 2024, asOf, participating: 1 }),
    ...bothAgencies(),
    lines: sectorIds.map((id) => ({
      id,
      kpis: id === health ? sectorHealth(asOf) : emptyKpis({ scope: 'sector', sectorId: id, year: 2025, asOf }),
    })),
    participation: [
      { date: '2024-06-01', agencies: 1 },
      { date: '2025-01-01', agencies: 2 },
    ],
  });

/** A report without its names (a lookup table, not figures). */
function figures(report: Record<string, unknown>) {
  const { names: _names, ...rest } = report;
  return rest;
}

const paths = {
  agency: '/v1/reports/agencies/test-a/2025',
  sector: `/v1/reports/sectors/${health}/2025`,
  national: '/v1/reports/national/2025',
};

describe('KPIs and reports on a hand-built data set', () => {
  before(async () => {
    // no agency but the test's: the seed brings sectors, service categories and regions only
    api = await startClient({ seed: { agencies: 0, submissions: 0, now: new Date('2025-01-01T00:00:00Z') }, now: time.now });
    await build();
  });
  after(() => api.sandbox.close());

  test("agency A's KPIs", async () => {
    const { status, body } = await api.get('/v1/kpis/agencies/test-a?year=2025');
    assert.equal(status, 200);
    assert.deepEqual(body, agencyA('2025-12-31'));
  });

  test("agency B's KPIs meet every target", async () => {
    assert.deepEqual((await api.get('/v1/kpis/agencies/test-b?year=2025')).body, agencyB('2025-12-31'));
  });

  test("the nation's KPIs count a forwarded submission once", async () => {
    assert.deepEqual((await api.get('/v1/kpis/national?year=2025')).body, nation('2025-12-31'));
  });

  test('a year with no submissions has unknown rates, not zero', async () => {
    const { body } = await api.get('/v1/kpis/agencies/test-a?year=2024');
    assert.deepEqual(body, emptyKpis({ scope: 'agency', agencyId: 'test-a', sectorId: health, year: 2024, asOf: '2025-12-31' }));
  });

  test('all agencies in one response agree with the single reads', async () => {
    const { body } = await api.get('/v1/kpis/agencies?year=2025&ids=test-b,test-a,nobody');
    assert.deepEqual(body.items, [agencyA('2025-12-31'), agencyB('2025-12-31')]);
  });

  test('the breakdowns as counted, before a report suppresses its small counts', () => {
    const breakdowns = new BreakdownStore(api.sandbox.store.db);
    const { measures: _a, ...a } = breakdowns.sections(['test-a'], 2025, 0);
    assert.deepEqual(a, countedA);
    const { measures: _both, ...both } = breakdowns.sections(['test-a', 'test-b'], 2025, 0);
    assert.deepEqual(both, countedBoth);
  });

  test("agency A's annual report, figure by figure: each count from 1 to 4 suppressed, the totals exact", async () => {
    const { status, body } = await api.get(paths.agency);
    assert.equal(status, 200);
    assert.deepEqual(figures(body), reportA('2025-12-31'));
  });

  test("the sector report: its agencies' sums, one line per agency", async () => {
    assert.deepEqual(figures((await api.get(paths.sector)).body), reportHealth('2025-12-31'));
  });

  test('a sector’s report has no line for a body that joined after its year', async () => {
    // B joined on 1 January 2025: the health sector's 2024 is A's alone
    const { body } = await api.get(`/v1/reports/sectors/${health}/2024`);
    assert.deepEqual(
      body.lines.map((line: { id: string }) => line.id),
      ['test-a'],
    );
  });

  test('the national report: one line per sector, participation up to the year’s end', async () => {
    assert.deepEqual(figures((await api.get(paths.national)).body), reportNation('2025-12-31'));
  });

  test("the seed published the years before the one before its 'now': a report's previous year is the published one", async () => {
    // the seed's now is 2025-01-01: 2023 was approved on 31 March 2024; 2024 awaits approval
    const published = await api.get('/v1/reports/national/2023');
    assert.equal(published.body.status, 'published');
    assert.equal(published.body.publishedAt, '2024-03-31T10:00:00.000Z');
    assert.deepEqual(published.body.kpis, emptyKpis({ scope: 'national', year: 2023, asOf: '2024-03-31', participating: 0 }));
    const next = await api.get('/v1/reports/national/2024');
    assert.equal(next.body.status, 'provisional');
    assert.deepEqual(next.body.previousYear, published.body.kpis);
  });

  describe('approval freezes a report', () => {
    const approved: Record<keyof typeof paths, Record<string, unknown>> = { agency: {}, sector: {}, national: {} };
    const approvals = {
      agency: { scope: 'agency', id: 'test-a', year: 2025 },
      sector: { scope: 'sector', id: health, year: 2025 },
      national: { scope: 'national', year: 2025 },
    };
    const nextYear = {
      agency: '/v1/reports/agencies/test-a/2026',
      sector: `/v1/reports/sectors/${health}/2026`,
      national: '/v1/reports/national/2026',
    };
    const expected = { agency: reportA, sector: reportHealth, national: reportNation };
    const scopes = Object.keys(paths) as (keyof typeof paths)[];

    test('approved on 20 January 2026: the report as it stood, now published', async () => {
      // 2026's reports read (and kept by the server) on 1 February, before 2025's approval
      time.set('2026-02-01T09:00:00Z');
      for (const scope of scopes) assert.equal((await api.get(nextYear[scope])).body.previousYear.asOf, '2026-02-01');

      time.set('2026-01-20T09:00:00Z');
      for (const scope of scopes) {
        const provisional = await api.get(paths[scope]);
        assert.deepEqual(figures(provisional.body), expected[scope]('2026-01-20'), scope);
        const answer = await api.post('/v1/admin/reports/approvals', approvals[scope], admin);
        assert.equal(answer.status, 201, JSON.stringify(answer.body));
        assert.equal(answer.headers.get('location'), paths[scope]);
        assert.deepEqual(answer.body, { ...provisional.body, status: 'published', publishedAt: '2026-01-20T09:00:00.000Z' });
        approved[scope] = answer.body;
      }
    });

    test('once only, and never for a year still open', async () => {
      for (const scope of scopes) {
        const again = await api.post('/v1/admin/reports/approvals', approvals[scope], admin);
        assert.equal(again.status, 409);
        assert.equal(again.body.code, 'report_already_published');
        const open = await api.post('/v1/admin/reports/approvals', { ...approvals[scope], year: 2026 }, admin);
        assert.equal(open.status, 409);
        assert.equal(open.body.code, 'year_not_over');
      }
    });

    test("2026's previous year is the published 2025, even where 2026 was read before the approval", async () => {
      time.set('2026-02-01T09:00:00Z');
      for (const scope of scopes) assert.deepEqual((await api.get(nextYear[scope])).body.previousYear, approved[scope].kpis, scope);
    });

    test('data arriving later leaves every published report as approved, while a report not approved moves', async () => {
      const b = (await api.get('/v1/reports/agencies/test-b/2025')).body;
      // late submissions dated 2025, answered, rated and renewed in 2026
      await lodge('late1', '2025-11-05T10:00:00Z', 'complaint', 'test-a', { location: tanger });
      await lodge('late2', '2025-11-05T11:00:00Z', 'observation', 'test-b');
      for (const [name, agency] of [
        ['c4', 'test-a'],
        ['c5', 'test-a'],
        ['late1', 'test-a'],
        ['late2', 'test-b'],
      ] as const)
        await act(name, '2026-02-10T10:00:00Z', agency, 'answer', answer);
      await asUser('late2', '2026-02-11T10:00:00Z', 'rating', { score: 5 });
      await asUser('c5', '2026-02-12T10:00:00Z', 'renewal', { reason: 'The answer came too late to help.' });
      // 2025's measures recorded, edited and withdrawn
      await recordMeasure('late', '2026-02-12T11:00:00Z', 'test-a', { title: 'Call-back service', status: 'adopted', date: '2025-10-01' });
      const edited = await api.request('PATCH', `/v1/back-office/measures/${measures.online!.id}`, {
        body: { title: 'Online appointments for all', serviceId: null },
        headers: bearer(keys['test-a']!),
      });
      assert.equal(edited.status, 200);
      const withdrawn = await api.request('DELETE', `/v1/back-office/measures/${measures.letters!.id}`, {
        headers: bearer(keys['test-b']!),
      });
      assert.equal(withdrawn.status, 204);
      // an agency joining the sector in 2025
      time.set('2026-02-13T09:00:00Z');
      await onboard('test-c', '2025-07-01');

      time.set('2026-03-01T09:00:00Z');
      for (const scope of scopes) {
        const read = await api.get(paths[scope]);
        assert.deepEqual(read.body, approved[scope], scope);
        assert.equal(read.headers.get('cache-control'), 'public, max-age=3600');
        // byte for byte what approval answered
        assert.equal(await (await fetch(`${api.url}${paths[scope]}`)).text(), JSON.stringify(approved[scope]));
      }
      const moved = await api.get('/v1/reports/agencies/test-b/2025');
      assert.equal(moved.headers.get('cache-control'), 'public, max-age=300');
      assert.equal(moved.body.status, 'provisional');
      assert.equal(moved.body.kpis.counts.received, b.kpis.counts.received + 1);
      assert.deepEqual(b.measures, [measures.letters]);
      assert.deepEqual(moved.body.measures, []);
      // the live figures moved: the KPIs of 2025 are not the report
      const live = (await api.get('/v1/kpis/agencies/test-a?year=2025')).body;
      assert.equal(live.counts.answered, 6);
      assert.equal((approved.agency.kpis as { counts: { answered: number } }).counts.answered, 3);
      const nationLive = (await api.get('/v1/kpis/national?year=2025')).body;
      assert.equal(nationLive.participatingAgencies.count, 3);
      for (const scope of scopes) assert.deepEqual((await api.get(nextYear[scope])).body.previousYear, approved[scope].kpis, scope);
    });

    test('a change moves the ETag and the cached KPIs', async () => {
      const before = await api.get('/v1/kpis/agencies/test-a?year=2025');
      const etag = before.headers.get('etag')!;
      assert.equal((await api.get('/v1/kpis/agencies/test-a?year=2025', { 'if-none-match': etag })).status, 304);
      await lodge('late3', '2025-12-30T10:00:00Z', 'suggestion', 'test-a');
      time.set('2026-03-01T10:00:00Z');
      const after = await api.get('/v1/kpis/agencies/test-a?year=2025', { 'if-none-match': etag });
      assert.equal(after.status, 200);
      assert.notEqual(after.headers.get('etag'), etag);
      assert.equal(after.body.counts.received, before.body.counts.received + 1);
      assert.deepEqual((await api.get(paths.agency)).body, approved.agency);
    });
  });
});
