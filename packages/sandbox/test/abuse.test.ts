/**
 * What keeps a script from moving an agency's public figures (issue 12: 300 identical complaints
 * from one client took a response rate from 82 % to 15 %): a rate limit of creates per client and a
 * daily limit per client and agency, a proof of work on each create (ALTCHA), duplicates counted
 * once, and submissions an officer marks abusive left out of the figures, but counted in public.
 * Over HTTP, on a real sandbox; every answer checked against the contract.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { solveChallenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/sha';
import { devBackOfficeKey } from '../src/seed/index.js';
import { assertConforms } from './support/contract-validator.js';
import { bearer, type Client, clock, sandboxFor } from './support/sandbox.js';
import { complaint, suggestion } from './support/inputs.js';

const dgsn = bearer(devBackOfficeKey('dgsn'));
const cnss = bearer(devBackOfficeKey('cnss'));

/** A complaint of its own: another person, other words (the same words would be a duplicate). */
function distinct(n: number, extra: Record<string, unknown> = {}) {
  return complaint({
    subject: `Demande numéro ${n} restée sans réponse`,
    description: `Ma demande ${n} de passeport déposée au guichet ${n * 7} attend depuis ${n + 40} jours, sans aucune nouvelle.`,
    complainant: { fullName: 'Amina El Idrissi', nationalId: `AB${100000 + n}`, email: `amina${n}@example.org` },
    ...extra,
  });
}

async function kpisOf(api: Client, agencyId: string) {
  const answer = await api.get(`/v1/kpis/agencies/${agencyId}`);
  await assertConforms('getAgencyKpis', 200, answer);
  return answer.body;
}

/** The `Altcha` header for a challenge the platform gave, solved as altcha-lib solves it. */
async function proofFor(api: Client, tamper?: (payload: { challenge: any; solution: any }) => void): Promise<string> {
  const answer = await api.get('/v1/challenge');
  await assertConforms('getChallenge', 200, answer);
  const challenge = answer.body;
  const solution = await solveChallenge({ challenge, deriveKey });
  assert.ok(solution, 'altcha-lib solves the platform’s challenge');
  const payload = { challenge, solution: { counter: solution.counter, derivedKey: solution.derivedKey } };
  tamper?.(payload);
  return Buffer.from(JSON.stringify(payload)).toString('base64');
}

describe('a flood from one client', () => {
  test('300 identical complaints in a burst no longer move the agency’s response rate', async (t) => {
    const time = clock('2026-06-01T09:00:00Z');
    // The default limits, as `pnpm start` has them; no proof of work, to show the limits and the
    // duplicate rule hold on their own (a script may well solve the challenges).
    const api = await sandboxFor(t, { seed: { submissions: 3000, now: new Date('2026-06-01T00:00:00Z') }, now: time.now, rateLimits: undefined });
    // sgg: 17 admissible submissions so far this year, 76 % answered: the target met
    const before = await kpisOf(api, 'sgg');
    assert.ok(before.counts.admissible >= 10 && before.indicators.responseRate.met === true, JSON.stringify(before.counts));

    const flood = complaint({ agencyId: 'sgg', serviceId: undefined });
    const statuses: number[] = [];
    for (let batch = 0; batch < 6; batch++) {
      const answers = await Promise.all(Array.from({ length: 50 }, () => api.post('/v1/submissions', flood)));
      statuses.push(...answers.map((answer) => answer.status));
    }
    const accepted = statuses.filter((status) => status === 201).length;
    assert.ok(accepted >= 1 && accepted <= 5, `${accepted} of 300 accepted`);
    assert.equal(statuses.filter((status) => status === 429).length, 300 - accepted);

    const after = await kpisOf(api, 'sgg');
    assert.equal(after.counts.received, before.counts.received + 1, 'the same complaint, once');
    assert.equal(after.counts.duplicates, before.counts.duplicates + accepted - 1);
    const expected = Math.round((before.counts.answered / (before.counts.admissible + 1)) * 10_000) / 10_000;
    assert.equal(after.indicators.responseRate.value, expected, `from ${before.indicators.responseRate.value}`);
    assert.equal(after.indicators.responseRate.met, true, 'still met');
  });
});

describe('limits on creates', () => {
  test('creates run out before reads do: 429 rate_limited with Retry-After, while the client still reads', async (t) => {
    const api = await sandboxFor(t, {
      seed: { submissions: 0 },
      rateLimits: { general: { capacity: 100, refillPerSecond: 0.001 }, lookups: { capacity: 10, refillPerSecond: 0.001 }, creates: { capacity: 2, refillPerSecond: 0.01 } },
    });
    for (const n of [1, 2]) await assertConforms('createSubmission', 201, await api.post('/v1/submissions', distinct(n)));
    const limited = await api.post('/v1/submissions', distinct(3));
    await assertConforms('createSubmission', 429, limited);
    assert.equal(limited.body.code, 'rate_limited');
    assert.equal(limited.headers.get('retry-after'), '100');
    await assertConforms('listSectors', 200, await api.get('/v1/sectors'));
    // An agency's own case system, importing phone complaints with its key, is not limited.
    const imported = await api.post('/v1/submissions', distinct(4, { channel: 'phone' }), dgsn);
    await assertConforms('createSubmission', 201, imported);
    // Another agency's key is no exemption for dgsn's submissions.
    await assertConforms('createSubmission', 429, await api.post('/v1/submissions', distinct(5), cnss));
  });

  test('at most N a day with one agency: 429 daily_limit_reached until midnight UTC; other agencies, and the next day, go on', async (t) => {
    const time = clock('2026-06-01T09:00:00Z');
    const api = await sandboxFor(t, {
      seed: { submissions: 0 },
      now: time.now,
      rateLimits: { general: { capacity: 100, refillPerSecond: 1 }, lookups: { capacity: 10, refillPerSecond: 1 }, creates: { capacity: 50, refillPerSecond: 1 }, dailyPerAgency: 3 },
    });
    for (const n of [1, 2, 3]) assert.equal((await api.post('/v1/submissions', distinct(n))).status, 201);
    const capped = await api.post('/v1/submissions', distinct(4));
    await assertConforms('createSubmission', 429, capped);
    assert.equal(capped.body.code, 'daily_limit_reached');
    assert.equal(capped.headers.get('retry-after'), String(15 * 3600), 'until midnight UTC');
    // refused creates do not count; another agency is another count
    assert.equal((await api.post('/v1/submissions', distinct(5, { agencyId: 'cnss', serviceId: undefined }))).status, 201);
    // the agency's own systems are not counted
    assert.equal((await api.post('/v1/submissions', distinct(6, { channel: 'phone' }), dgsn)).status, 201);
    time.set('2026-06-02T00:00:01Z');
    assert.equal((await api.post('/v1/submissions', distinct(7))).status, 201, 'a new day');
  });

  test('a replayed create (same idempotency key) is answered again, even past the limits', async (t) => {
    const api = await sandboxFor(t, {
      seed: { submissions: 0 },
      rateLimits: { general: { capacity: 100, refillPerSecond: 1 }, lookups: { capacity: 10, refillPerSecond: 1 }, creates: { capacity: 1, refillPerSecond: 0.001 } },
    });
    const key = { 'idempotency-key': 'abuse-replay-0001' };
    const first = await api.post('/v1/submissions', distinct(1), key);
    assert.equal(first.status, 201);
    const again = await api.post('/v1/submissions', distinct(1), key);
    assert.equal(again.status, 201);
    assert.equal(again.headers.get('idempotency-replayed'), 'true');
    assert.equal(again.body.trackingCode, first.body.trackingCode);
  });
});

describe('a proof of work on each create (ALTCHA)', () => {
  test('a challenge is public, never cached, and new each time', async (t) => {
    const api = await sandboxFor(t, { seed: { submissions: 0 }, challenge: {} });
    const [a, b] = await Promise.all([api.get('/v1/challenge'), api.get('/v1/challenge', { origin: 'https://anywhere.example' })]);
    await assertConforms('getChallenge', 200, a);
    assert.equal(a.headers.get('cache-control'), 'no-store');
    assert.equal(b.headers.get('access-control-allow-origin'), '*');
    assert.notEqual(a.body.parameters.nonce, b.body.parameters.nonce);
    assert.equal(a.body.parameters.algorithm, 'SHA-256');
  });

  test('a create without a proof is refused (challenge_required); with one, lodged; the same proof again, refused', async (t) => {
    const api = await sandboxFor(t, { seed: { submissions: 0 }, challenge: {} });
    const bare = await api.post('/v1/submissions', distinct(1));
    await assertConforms('createSubmission', 403, bare);
    assert.equal(bare.body.code, 'challenge_required');

    const proof = await proofFor(api);
    const lodged = await api.post('/v1/submissions', distinct(1), { altcha: proof, 'idempotency-key': 'abuse-proof-0001' });
    await assertConforms('createSubmission', 201, lodged, { idempotencyKey: true });

    const reused = await api.post('/v1/submissions', distinct(2), { altcha: proof });
    await assertConforms('createSubmission', 403, reused);
    assert.equal(reused.body.code, 'challenge_invalid');
    // …but a retry of the very create it lodged is answered again
    const replay = await api.post('/v1/submissions', distinct(1), { altcha: proof, 'idempotency-key': 'abuse-proof-0001' });
    assert.equal(replay.status, 201);
    assert.equal(replay.body.trackingCode, lodged.body.trackingCode);
    assert.equal(api.sandbox.store.db.prepare('SELECT count(*) FROM submissions').pluck().get(), 1);
  });

  test('a proof refused by a create that fails is not spent', async (t) => {
    const api = await sandboxFor(t, { seed: { submissions: 0 }, challenge: {} });
    const proof = await proofFor(api);
    const foreign = await api.post('/v1/submissions', distinct(1), { altcha: proof, origin: 'https://www.example.com' });
    assert.equal(foreign.body.code, 'origin_not_allowed');
    assert.equal((await api.post('/v1/submissions', distinct(1), { altcha: proof })).status, 201);
  });

  test('an expired, forged or garbled proof is refused (challenge_invalid)', async (t) => {
    const time = clock('2026-06-01T09:00:00Z');
    const api = await sandboxFor(t, { seed: { submissions: 0 }, now: time.now, challenge: {} });
    const old = await proofFor(api);
    time.set('2026-06-01T09:10:01Z');
    const expired = await api.post('/v1/submissions', distinct(1), { altcha: old });
    await assertConforms('createSubmission', 403, expired);
    assert.equal(expired.body.code, 'challenge_invalid');

    const forgeries: [string, (payload: { challenge: any; solution: any }) => void][] = [
      ['an easier prefix', (p) => (p.challenge.parameters.keyPrefix = '0')],
      ['a later expiry', (p) => (p.challenge.parameters.data.expires += 3600)],
      ['another counter', (p) => (p.solution.counter += 1)],
      ['another key', (p) => (p.solution.derivedKey = '00'.repeat(32))],
      ['no signature', (p) => delete p.challenge.signature],
    ];
    for (const [what, tamper] of forgeries) {
      const answer = await api.post('/v1/submissions', distinct(2), { altcha: await proofFor(api, tamper) });
      assert.equal(answer.status, 403, what);
      assert.equal(answer.body.code, 'challenge_invalid', what);
    }
    for (const garbage of ['x', Buffer.from('[]').toString('base64'), Buffer.from('{"challenge":1,"solution":{}}').toString('base64')]) {
      const answer = await api.post('/v1/submissions', distinct(2), { altcha: garbage });
      assert.equal(answer.body.code, 'challenge_invalid', garbage);
    }
    assert.equal(api.sandbox.store.db.prepare('SELECT count(*) FROM submissions').pluck().get(), 0);
  });

  test('an agency’s own systems lodge with its key and no proof; an unknown key is 401', async (t) => {
    const api = await sandboxFor(t, { seed: { submissions: 0 }, challenge: {} });
    await assertConforms('createSubmission', 201, await api.post('/v1/submissions', distinct(1, { channel: 'phone' }), dgsn));
    assert.equal((await api.post('/v1/submissions', distinct(2), cnss)).body.code, 'challenge_required', 'another agency’s key is no proof');
    const unknown = await api.post('/v1/submissions', distinct(3), bearer('bo_sandbox_nobody'));
    await assertConforms('createSubmission', 401, unknown);
    assert.equal(unknown.body.code, 'unauthorized');
  });
});

describe('duplicates', () => {
  test('the same person, agency and words within 30 days: flagged for the agency, counted once', async (t) => {
    const time = clock('2026-06-01T09:00:00Z');
    const api = await sandboxFor(t, { seed: { submissions: 0 }, now: time.now });
    const before = await kpisOf(api, 'dgsn');
    const first = (await api.post('/v1/submissions', complaint())).body;

    time.set('2026-06-05T09:00:00Z');
    const base = complaint();
    // other case, spacing, accents and punctuation; reached by the phone alone
    const again = await api.post('/v1/submissions', {
      ...base,
      subject: `  ${base.subject.toUpperCase().replace('’', "'")} `,
      description: base.description.normalize('NFD').replace(/\p{M}/gu, '').replace(/ /g, '  '),
      complainant: { fullName: 'A. El Idrissi', nationalId: 'ZZ999999', phone: '+212612345678' },
    });
    assert.equal(again.status, 201, 'a duplicate is lodged all the same');
    const seen = await api.get(`/v1/back-office/submissions/${again.body.trackingCode}`, dgsn);
    await assertConforms('getInboxSubmission', 200, seen);
    assert.equal(seen.body.duplicateOf, first.trackingCode);
    assert.equal((await api.get(`/v1/back-office/submissions/${first.trackingCode}`, dgsn)).body.duplicateOf, null);
    const own = await api.get(`/v1/submissions/${again.body.trackingCode}`, { 'x-access-key': again.body.accessKey });
    assert.ok(!('duplicateOf' in own.body), 'the complainant’s view has no flag');

    // not duplicates: other words; another person; the same words 30 days and more after the first
    const other = await api.post('/v1/submissions', complaint({ description: 'Le guichet de mon quartier refuse de me donner un rendez-vous pour ma carte.' }));
    const someoneElse = await api.post('/v1/submissions', complaint({ complainant: { fullName: 'Said Amrani', nationalId: 'CD654321', email: 'said@example.org' } }));
    time.set('2026-07-01T09:00:01Z');
    const later = await api.post('/v1/submissions', complaint({ complainant: { fullName: 'Amina El Idrissi', nationalId: 'AB123456', email: 'amina@example.org' } }));
    for (const answer of [other, someoneElse, later])
      assert.equal((await api.get(`/v1/back-office/submissions/${answer.body.trackingCode}`, dgsn)).body.duplicateOf, null);

    const after = await kpisOf(api, 'dgsn');
    assert.equal(after.counts.received, before.counts.received + 4);
    assert.equal(after.counts.duplicates, 1);
    const report = await api.get('/v1/reports/agencies/dgsn/2026');
    await assertConforms('getAgencyReport', 200, report);
    assert.equal(report.body.kpis.counts.duplicates, 1);
    assert.equal(report.body.totals.total, 4, "the breakdowns count it once too");
  });
});

describe('submissions marked abusive', () => {
  test('an officer marks one abusive: it leaves the KPIs and reports, the public count of abusive ones grows; withdrawn, it is back', async (t) => {
    const time = clock('2026-06-01T09:00:00Z');
    const api = await sandboxFor(t, { seed: { submissions: 0 }, now: time.now });
    const kept = (await api.post('/v1/submissions', distinct(1))).body;
    const insult = (await api.post('/v1/submissions', distinct(2))).body;
    const spam = (await api.post('/v1/submissions', suggestion())).body;
    await api.post(`/v1/back-office/submissions/${kept.trackingCode}/answer`, { answer: 'Votre passeport est prêt au guichet.' }, dgsn);
    const before = await kpisOf(api, 'dgsn');
    assert.deepEqual([before.counts.received, before.counts.abusive, before.indicators.responseRate.value], [3, 0, 0.3333]);

    time.set('2026-06-02T10:00:00Z');
    const marked = await api.post(`/v1/back-office/submissions/${insult.trackingCode}/mark-abusive`, { reason: 'insulting', note: 'Insultes envers un agent.' }, dgsn);
    await assertConforms('markSubmissionAbusive', 200, marked);
    assert.equal(marked.body.status, 'received', 'its status does not change');
    assert.deepEqual(marked.body.abuse, { reason: 'insulting', note: 'Insultes envers un agent.', at: '2026-06-02T10:00:00.000Z', by: 'dgsn' });
    assert.deepEqual(marked.body.timeline.at(-1), {
      at: '2026-06-02T10:00:00.000Z',
      status: 'received',
      actor: 'agency',
      agencyId: 'dgsn',
      note: 'Insultes envers un agent.',
      abuse: { action: 'marked', reason: 'insulting' },
    });
    await assertConforms('markSubmissionAbusive', 200, await api.post(`/v1/back-office/submissions/${spam.trackingCode}/mark-abusive`, { reason: 'spam' }, dgsn));

    const status = await api.get(`/v1/submissions/${insult.trackingCode}/status`);
    assert.equal(status.body.timeline.length, 1, 'the public timeline shows no abuse event');
    const details = await api.get(`/v1/submissions/${insult.trackingCode}`, { 'x-access-key': insult.accessKey });
    assert.ok(!('abuse' in details.body) && details.body.timeline.length === 1, 'nor does the complainant’s view');

    const after = await kpisOf(api, 'dgsn');
    assert.deepEqual([after.counts.received, after.counts.abusive, after.indicators.responseRate.value], [1, 2, 1]);
    const national = (await api.get('/v1/kpis/national')).body;
    assert.equal(national.counts.abusive, 2);
    const report = await api.get('/v1/reports/agencies/dgsn/2026');
    await assertConforms('getAgencyReport', 200, report);
    assert.equal(report.body.kpis.counts.abusive, 2, 'published in the report');
    assert.equal(report.body.totals.total, 1, "nor in the breakdowns");

    const twice = await api.post(`/v1/back-office/submissions/${insult.trackingCode}/mark-abusive`, { reason: 'spam' }, dgsn);
    await assertConforms('markSubmissionAbusive', 409, twice);
    assert.equal(twice.body.code, 'invalid_transition');
    const notHers = await api.post(`/v1/back-office/submissions/${insult.trackingCode}/mark-abusive`, { reason: 'spam' }, cnss);
    await assertConforms('markSubmissionAbusive', 404, notHers);

    time.set('2026-06-03T10:00:00Z');
    const unmarked = await api.post(`/v1/back-office/submissions/${insult.trackingCode}/unmark-abusive`, { note: 'Relue : une plainte réelle, vive mais fondée.' }, dgsn);
    await assertConforms('unmarkSubmissionAbusive', 200, unmarked);
    assert.equal(unmarked.body.abuse, null);
    assert.deepEqual(unmarked.body.timeline.slice(-2).map((event: { abuse?: unknown; agencyId: string }) => [event.abuse, event.agencyId]), [
      [{ action: 'marked', reason: 'insulting' }, 'dgsn'],
      [{ action: 'unmarked', reason: null }, 'dgsn'],
    ]);
    const back = await kpisOf(api, 'dgsn');
    assert.deepEqual([back.counts.received, back.counts.abusive], [2, 1]);
    const again = await api.post(`/v1/back-office/submissions/${insult.trackingCode}/unmark-abusive`, { note: 'Encore.' }, dgsn);
    await assertConforms('unmarkSubmissionAbusive', 409, again);

    const badReason = await api.post(`/v1/back-office/submissions/${kept.trackingCode}/mark-abusive`, { reason: 'boring' }, dgsn);
    await assertConforms('markSubmissionAbusive', 422, badReason);
    assert.deepEqual(badReason.body.errors, [{ pointer: '/reason', code: 'invalid_value' }]);
  });
});
