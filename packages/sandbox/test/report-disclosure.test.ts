/**
 * What a public report may say about the people behind it: counts over the platform's
 * classification, never their own words, and no count so small it could point at them. Checked
 * on reports read fresh and once approved (published, cached and frozen for good), through HTTP.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { devAdminKey } from '../src/seed/index.js';
import { assertConforms } from './support/contract-validator.js';
import { bearer, type Client, clock, startClient } from './support/sandbox.js';

const time = clock('2025-01-01T09:00:00Z');
const admin = bearer(devAdminKey);
let api: Client;

/** What a citizen typed into the subject line: a name, a national ID number and a phone number. */
const personal = { name: 'Khadija Benali', nationalId: 'BK482913', phone: '0661384207' };
const subject = `${personal.name}, CIN ${personal.nationalId}, tél. ${personal.phone} : dossier bloqué`;

const names = (text: string) => ({ ar: text, fr: text, en: text, zgh: text });
const paths = {
  agency: '/v1/reports/agencies/disclosure-a/2025',
  sector: '/v1/reports/sectors/health/2025',
  national: '/v1/reports/national/2025',
};
const operations = { agency: 'getAgencyReport', sector: 'getSectorReport', national: 'getNationalReport' } as const;
const approvals = {
  agency: { scope: 'agency', id: 'disclosure-a', year: 2025 },
  sector: { scope: 'sector', id: 'health', year: 2025 },
  national: { scope: 'national', year: 2025 },
} as const;

async function lodge(at: string, body: Record<string, unknown>): Promise<void> {
  time.set(at);
  const answer = await api.post('/v1/submissions', {
    agencyId: 'disclosure-a',
    description: `${subject}. Merci de me rappeler au ${personal.phone}.`,
    answerLanguage: 'fr',
    consent: true,
    ...body,
  });
  assert.equal(answer.status, 201, JSON.stringify(answer.body));
}

/** The words a report must never hold, whatever field they would hide in. */
function assertNoOwnWords(report: unknown, what: string): void {
  const json = JSON.stringify(report);
  for (const words of [subject, personal.name, 'Benali', personal.nationalId, personal.phone])
    assert.ok(!json.includes(words), `${what} holds “${words}”`);
  assert.ok(!('topSubjects' in (report as object)), `${what} has no subjects`);
}

/**
 * The breakdowns of the story below: six complaints by web from Tanger about service X (shown:
 * six is not small), two observations by phone with no region about service Y (suppressed).
 */
const breakdowns = {
  classification: [
    { serviceCategoryId: 'health-care', complaint: 6, observation: 0, suggestion: 0, total: 6 },
    { serviceCategoryId: 'civil-status', complaint: 0, observation: null, suggestion: 0, total: null },
  ],
  byRegion: [
    { key: 'tanger-tetouan-al-hoceima', count: 6 },
    { key: 'unknown', count: null },
  ],
  byChannel: [
    { key: 'web', count: 6 },
    { key: 'phone', count: null },
  ],
  byMonth: [
    { month: '2025-01', received: 6, answered: 0 },
    { month: '2025-02', received: null, answered: 0 },
  ],
  topServices: [
    { key: 'disclosure-a-sx', count: 6 },
    { key: 'disclosure-a-sy', count: null },
  ],
  suppressedBelow: 5,
  totals: { complaint: 6, observation: 2, suggestion: 0, total: 8 },
};

function assertBreakdowns(report: Record<string, unknown>, what: string): void {
  for (const [key, value] of Object.entries(breakdowns)) assert.deepEqual(report[key], value, `${what}: ${key}`);
  // the KPIs stay exact
  assert.equal((report.kpis as { counts: { received: number } }).counts.received, 8, `${what}: received`);
}

describe('what a public report discloses', () => {
  before(async () => {
    api = await startClient({ seed: { agencies: 0, submissions: 0, now: new Date('2025-01-01T00:00:00Z') }, now: time.now });
    const onboarded = await api.post(
      '/v1/admin/agencies',
      {
        id: 'disclosure-a',
        acronym: 'DA',
        names: names('Agency A'),
        type: 'public_institution',
        sectorId: 'health',
        website: 'https://www.disclosure-a.example.ma',
        allowedOrigins: [],
        joinedOn: '2024-06-01',
        services: [
          { slug: 'sx', names: names('Service X'), serviceCategoryId: 'health-care' },
          { slug: 'sy', names: names('Service Y'), serviceCategoryId: 'civil-status' },
        ],
      },
      admin,
    );
    assert.equal(onboarded.status, 201, JSON.stringify(onboarded.body));
    // The same subject six times: the old "most frequent subjects" listed it first, by far. Under
    // six identities: one person sending the same text six times is one complaint, counted once.
    for (let day = 10; day < 16; day++)
      await lodge(`2025-01-${day}T10:00:00Z`, {
        kind: 'complaint',
        subject,
        serviceId: 'disclosure-a-sx',
        location: { regionId: 'tanger-tetouan-al-hoceima' },
        complainant: { fullName: personal.name, nationalId: `BK48291${day - 10}`, phone: `066138420${day - 10}` },
      });
    for (const day of [3, 4]) await lodge(`2025-02-0${day}T10:00:00Z`, { kind: 'observation', subject, serviceId: 'disclosure-a-sy', channel: 'phone' });
    time.set('2026-04-01T10:00:00Z');
  });
  after(() => api.sandbox.close());

  test('a report read fresh holds none of a subject line’s words, and suppresses its small counts', async () => {
    for (const scope of ['agency', 'sector', 'national'] as const) {
      const answer = await api.get(paths[scope]);
      assertNoOwnWords(answer.body, `the ${scope} report`);
      await assertConforms(operations[scope], 200, answer);
      assert.equal(answer.body.status, 'provisional');
      assertBreakdowns(answer.body, `the ${scope} report`);
    }
  });

  test('approved, published and frozen: still none of those words, the small counts still suppressed', async () => {
    for (const scope of ['agency', 'sector', 'national'] as const) {
      const approved = await api.post('/v1/admin/reports/approvals', approvals[scope], admin);
      assertNoOwnWords(approved.body, `the approved ${scope} report`);
      await assertConforms('approveReport', 201, approved);
      assertBreakdowns(approved.body, `the approved ${scope} report`);
      const read = await api.get(paths[scope]);
      await assertConforms(operations[scope], 200, read);
      assert.equal(read.body.status, 'published');
      assertNoOwnWords(read.body, `the published ${scope} report`);
      assert.deepEqual(read.body, approved.body);
    }
  });

  test('the names a report carries are those of what it counts: its services too', async () => {
    const { body } = await api.get(paths.agency);
    assert.deepEqual(Object.keys(body.names.services).sort(), ['disclosure-a-sx', 'disclosure-a-sy']);
  });
});
