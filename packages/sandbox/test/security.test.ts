/**
 * Security: who may call from a browser (CORS), how look-ups by tracking code are throttled, what
 * the public status of a submission reveals, and what a copy of the database file would reveal.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { generateTrackingCode } from '@chikaya/sdk';
import { devAccessKey, devAdminKey, devBackOfficeKey } from '../src/seed/index.js';
import { assertConforms } from './support/contract-validator.js';
import { type Answer, bearer, type Client, clock, sandboxFor, startClient } from './support/sandbox.js';

const time = clock('2026-06-01T09:00:00Z');
const seed = { submissions: 300, now: new Date('2026-06-01T00:00:00Z') };
const dgsn = bearer(devBackOfficeKey('dgsn'));
const admin = bearer(devAdminKey);
const unknownCode = generateTrackingCode(() => new Uint8Array(9));

const complaint = (extra: Record<string, unknown> = {}) => ({
  kind: 'complaint',
  agencyId: 'dgsn',
  subject: 'Passeport bloqué au guichet',
  description: 'Mon dossier de passeport est bloqué depuis deux mois sans explication.',
  complainant: { fullName: 'Karim Benjelloun', nationalId: 'BK445566', email: 'karim@example.org' },
  answerLanguage: 'fr',
  consent: true,
  ...extra,
});

const corsHeaderNames = (answer: Answer) => [...answer.headers.keys()].filter((name) => name.startsWith('access-control-'));

describe('CORS', () => {
  let api: Client;
  let dgsnOrigin: string;
  before(async () => {
    api = await startClient({ seed: { submissions: 0 }, now: time.now });
    dgsnOrigin = (await api.get('/v1/agencies/dgsn')).body.allowedOrigins[0];
  });
  after(() => api.sandbox.close());

  test('public reads answer any page with Access-Control-Allow-Origin: *, errors included', async () => {
    const origin = { origin: 'https://blog.example.net' };
    const reads = [
      '/v1/agencies',
      '/v1/sectors',
      '/v1/kpis/national',
      '/v1/kpis/agencies?ids=dgsn',
      '/v1/reports/national/2025',
      `/v1/submissions/${unknownCode}/status`,
      '/v1/agencies/nowhere',
    ];
    for (const path of reads) {
      const answer = await api.get(path, origin);
      assert.ok(answer.status === 200 || answer.status === 404, `${path}: ${answer.status}`);
      assert.equal(answer.headers.get('access-control-allow-origin'), '*', path);
      assert.equal(answer.headers.get('timing-allow-origin'), '*', `${path}: a page may time it`);
    }
    const kpis = await api.get('/v1/kpis/national', origin);
    assert.match(kpis.headers.get('access-control-expose-headers') ?? '', /\bETag\b/i, 'a badge must be able to read the ETag');
  });

  test("a preflight for POST /v1/submissions from an agency's page is allowed, with Idempotency-Key", async () => {
    const preflight = await api.request('OPTIONS', '/v1/submissions', {
      headers: { origin: dgsnOrigin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, idempotency-key' },
    });
    assert.ok(preflight.status >= 200 && preflight.status < 300, String(preflight.status));
    assert.equal(preflight.headers.get('access-control-allow-origin'), dgsnOrigin);
    const allowed = (preflight.headers.get('access-control-allow-headers') ?? '').toLowerCase().split(/\s*,\s*/);
    assert.ok(allowed.includes('idempotency-key'), allowed.join());
    assert.ok(allowed.includes('content-type'), allowed.join());
    assert.ok((preflight.headers.get('access-control-allow-methods') ?? '').split(/\s*,\s*/).includes('POST'));
    assert.match(preflight.headers.get('vary') ?? '', /origin/i, 'an answer that depends on Origin must say so to caches');

    const details = await api.request('OPTIONS', `/v1/submissions/${unknownCode}`, {
      headers: { origin: dgsnOrigin, 'access-control-request-method': 'GET', 'access-control-request-headers': 'x-access-key' },
    });
    assert.equal(details.headers.get('access-control-allow-origin'), dgsnOrigin);
    assert.ok((details.headers.get('access-control-allow-headers') ?? '').toLowerCase().includes('x-access-key'));

    const created = await api.post('/v1/submissions', complaint(), { origin: dgsnOrigin, 'idempotency-key': 'security-cors-0001' });
    assert.equal(created.status, 201);
    assert.equal(created.headers.get('access-control-allow-origin'), dgsnOrigin);
    const exposed = (created.headers.get('access-control-expose-headers') ?? '').toLowerCase();
    assert.ok(exposed.includes('location') && exposed.includes('idempotency-replayed'), exposed);
  });

  test('a preflight from a page no agency allows gets no Access-Control-Allow-Origin', async () => {
    for (const origin of ['https://evil.example', 'null', dgsnOrigin.replace('https:', 'http:'), `${dgsnOrigin}.evil.example`]) {
      const preflight = await api.request('OPTIONS', '/v1/submissions', {
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });
      assert.equal(preflight.headers.get('access-control-allow-origin'), null, origin);
      const post = await api.post('/v1/submissions', complaint(), { origin });
      assert.equal(post.status, 403, origin);
      assert.equal(post.headers.get('access-control-allow-origin'), null, origin);
    }
  });

  test('back-office and admin routes never send CORS headers, even to an agency’s own page', async () => {
    const { trackingCode } = (await api.post('/v1/submissions', complaint())).body;
    const origin = { origin: dgsnOrigin };
    const answers = [
      await api.request('OPTIONS', '/v1/back-office/submissions', { headers: { ...origin, 'access-control-request-method': 'GET', 'access-control-request-headers': 'authorization' } }),
      await api.request('OPTIONS', `/v1/back-office/submissions/${trackingCode}/answer`, { headers: { ...origin, 'access-control-request-method': 'POST' } }),
      await api.request('OPTIONS', '/v1/back-office/measures', { headers: { ...origin, 'access-control-request-method': 'POST' } }),
      await api.request('OPTIONS', '/v1/admin/agencies', { headers: { ...origin, 'access-control-request-method': 'POST' } }),
      await api.get('/v1/back-office/submissions', { ...origin, ...dgsn }),
      await api.get(`/v1/back-office/submissions/${trackingCode}`, { ...origin, ...dgsn }),
      await api.get('/v1/back-office/submissions', origin),
      await api.post(`/v1/back-office/submissions/${trackingCode}/acknowledge`, {}, { ...origin, ...dgsn }),
      await api.get('/v1/back-office/measures', { ...origin, ...dgsn }),
      await api.post('/v1/admin/agencies', {}, { ...origin, ...admin }),
    ];
    assert.deepEqual(
      answers.map((answer) => answer.status),
      [204, 204, 204, 204, 200, 200, 401, 200, 200, 422],
    );
    for (const answer of answers) assert.deepEqual(corsHeaderNames(answer), []);
  });
});

describe('trusted origins (a dev server, Storybook, a test runner)', () => {
  test('may read and submit like the sandbox itself, with the CORS headers a browser needs', async (t) => {
    const page = 'http://localhost:6006';
    const api = await sandboxFor(t, { seed: { submissions: 0 }, trustedOrigins: [page] });
    const read = await api.get('/v1/agencies/dgsn', { origin: page });
    assert.equal(read.headers.get('access-control-allow-origin'), '*');
    const preflight = await api.request('OPTIONS', '/v1/submissions', {
      headers: { origin: page, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,idempotency-key' },
    });
    assert.equal(preflight.headers.get('access-control-allow-origin'), page);
    const created = await api.post('/v1/submissions', complaint(), { origin: page });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    assert.equal(created.headers.get('access-control-allow-origin'), page);
    const details = await api.get(`/v1/submissions/${created.body.trackingCode}`, { 'x-access-key': created.body.accessKey });
    assert.equal(details.body.channel, 'web', 'a trusted page is not an agency widget');
  });
});

describe('rate limits', () => {
  test('look-ups by tracking code run out (429 with Retry-After) while other reads go on', async (t) => {
    const api = await sandboxFor(t, {
      seed: { submissions: 0 },
      rateLimits: { general: { capacity: 30, refillPerSecond: 0.001 }, lookups: { capacity: 3, refillPerSecond: 0.001 } },
    });
    const { trackingCode, accessKey } = (await api.post('/v1/submissions', complaint())).body;
    assert.equal((await api.get(`/v1/submissions/${trackingCode}/status`)).status, 200);
    assert.equal((await api.get(`/v1/submissions/${unknownCode}/status`)).status, 404);
    assert.equal((await api.get(`/v1/submissions/${trackingCode}`, { 'x-access-key': accessKey })).status, 200);

    for (const path of [`/v1/submissions/${unknownCode}/status`, `/v1/submissions/${trackingCode}/status`]) {
      const limited = await api.get(path);
      await assertConforms('getSubmissionStatus', 429, limited);
      assert.equal(limited.body.code, 'rate_limited');
      assert.ok(Number(limited.headers.get('retry-after')) >= 1, String(limited.headers.get('retry-after')));
    }
    const details = await api.get(`/v1/submissions/${trackingCode}`, { 'x-access-key': accessKey });
    assert.equal(details.status, 429, 'reading the details is a look-up too');
    const rating = await api.post(`/v1/submissions/${trackingCode}/rating`, { score: 5 }, { 'x-access-key': accessKey });
    assert.equal(rating.status, 429, 'so is a rating');

    // a status tracker on any page can read why it was refused and when to come back
    const fromPage = await api.get(`/v1/submissions/${trackingCode}/status`, { origin: 'https://blog.example.net' });
    assert.equal(fromPage.status, 429);
    assert.equal(fromPage.headers.get('access-control-allow-origin'), '*');
    assert.match(fromPage.headers.get('access-control-expose-headers') ?? '', /\bRetry-After\b/i);

    assert.equal((await api.get('/v1/sectors')).status, 200);
    assert.equal((await api.get('/v1/kpis/national')).status, 200);
    assert.equal((await api.get('/v1/agencies/dgsn')).status, 200);
  });
});

describe('RateLimit fields (draft-ietf-httpapi-ratelimit-headers-10)', () => {
  test('every answer names its policy and what is left of it, successes and 429s alike', async (t) => {
    const api = await sandboxFor(t, {
      seed: { submissions: 0 },
      rateLimits: { general: { capacity: 4, refillPerSecond: 0.01 }, lookups: { capacity: 2, refillPerSecond: 0.5 } },
    });
    const fields = (answer: { headers: Headers }) => [answer.headers.get('ratelimit-policy'), answer.headers.get('ratelimit')];

    // the general policy: 4 requests, back in full after 400 s; one more after 100 s
    assert.deepEqual(fields(await api.get('/v1/sectors')), ['"general";q=4;w=400', '"general";r=3;t=100']);
    const notFound = await api.get('/v1/agencies/nobody');
    assert.equal(notFound.status, 404);
    assert.deepEqual(fields(notFound), ['"general";q=4;w=400', '"general";r=2;t=100'], 'a problem carries them too');
    const created = await api.post('/v1/submissions', complaint());
    assert.equal(created.status, 201);
    assert.deepEqual(fields(created), ['"general";q=4;w=400', '"general";r=1;t=100']);
    await api.get('/v1/regions');
    const limited = await api.get('/v1/sectors');
    await assertConforms('listSectors', 429, limited);
    assert.deepEqual(fields(limited), ['"general";q=4;w=400', '"general";r=0;t=100']);
    assert.equal(limited.headers.get('retry-after'), '100', 'Retry-After is never earlier than the reset');

    // look-ups by tracking code count apart, on their own stricter policy
    const { trackingCode } = created.body;
    const status = await api.get(`/v1/submissions/${trackingCode}/status`);
    assert.equal(status.status, 200);
    assert.deepEqual(fields(status), ['"lookups";q=2;w=4', '"lookups";r=1;t=2']);
    await api.get(`/v1/submissions/${trackingCode}/status`);
    const lookup = await api.get(`/v1/submissions/${trackingCode}/status`, { origin: 'https://blog.example.net' });
    await assertConforms('getSubmissionStatus', 429, lookup);
    assert.deepEqual(fields(lookup), ['"lookups";q=2;w=4', '"lookups";r=0;t=2']);
    // a status tracker on any page can read them
    assert.match(lookup.headers.get('access-control-expose-headers') ?? '', /\bRateLimit\b.*\bRateLimit-Policy\b/i);
  });
});

describe('what the public status reveals', () => {
  test('never the complainant, the description, the answer, the rating comment or the renewal reason', async (t) => {
    const api = await sandboxFor(t, { seed: { submissions: 0 }, now: time.now });
    const secrets = {
      fullName: 'Zineb Oufkir-Tazi',
      nationalId: 'ZX987654',
      email: 'zineb.private@example.org',
      phone: '0698765432',
      description: 'Private matter: my late father’s pension file number 77-4411 was lost.',
      answer: 'Private answer: the pension file 77-4411 was found in Rabat.',
      comment: 'Private comment about agent Mohammed.',
      reason: 'Private reason: the file is still missing, agent Mohammed said.',
    };
    time.set('2026-06-01T09:00:00Z');
    const created = await api.post(
      '/v1/submissions',
      complaint({
        description: secrets.description,
        complainant: { fullName: secrets.fullName, nationalId: secrets.nationalId, email: secrets.email, phone: secrets.phone },
      }),
    );
    assert.equal(created.status, 201);
    const { trackingCode, accessKey } = created.body;
    const key = { 'x-access-key': accessKey };

    const leaks = async () => {
      const status = await api.get(`/v1/submissions/${trackingCode}/status`);
      await assertConforms('getSubmissionStatus', 200, status);
      const text = JSON.stringify(status.body);
      for (const [what, value] of Object.entries({ ...secrets, accessKey })) assert.ok(!text.includes(value), `the status shows the ${what}`);
      for (const field of ['complainant', 'description', 'answer', 'rating', 'renewal', 'subject']) assert.ok(!(field in status.body), field);
      return status.body;
    };

    await leaks();
    await api.post(`/v1/back-office/submissions/${trackingCode}/answer`, { answer: secrets.answer }, dgsn);
    assert.equal((await leaks()).status, 'answered');
    assert.equal((await api.post(`/v1/submissions/${trackingCode}/renewal`, { reason: secrets.reason }, key)).status, 200);
    await api.post(`/v1/back-office/submissions/${trackingCode}/answer`, { answer: `${secrets.answer} Again.` }, dgsn);
    assert.equal((await api.post(`/v1/submissions/${trackingCode}/rating`, { score: 2, comment: secrets.comment }, key)).status, 200);
    assert.equal((await leaks()).status, 'closed');
    // the holder of the key does see them: the test above looks where they would be
    const details = await api.get(`/v1/submissions/${trackingCode}`, key);
    assert.equal(details.body.complainant.email, secrets.email);
    assert.equal(details.body.rating.comment, secrets.comment);
  });
});

describe('caches', () => {
  test(
    'the details of a submission, opened with its access key, are never stored by a shared cache',
    async (t) => {
      const api = await sandboxFor(t, { seed: { submissions: 0 } });
      const { trackingCode, accessKey } = (await api.post('/v1/submissions', complaint())).body;
      const details = await api.get(`/v1/submissions/${trackingCode}`, { 'x-access-key': accessKey });
      assert.equal(details.status, 200);
      assert.match(details.headers.get('cache-control') ?? '', /\b(no-store|private)\b/);
    },
  );
});

describe('what a copy of the database file reveals', () => {
  let dir: string;
  let api: Client;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'chikaya-security-'));
    api = await startClient({ database: join(dir, 'sandbox.db'), seed, now: time.now });
  });
  after(async () => {
    await api.sandbox.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Every value of every column of every table, as text, and the raw bytes of the database files. */
  function everything(): { rows: string; files: Buffer } {
    const db = api.sandbox.store.db;
    db.pragma('wal_checkpoint(PASSIVE)');
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[];
    let rows = '';
    for (const table of tables) {
      const columns = (db.prepare(`PRAGMA table_info("${table}")`).all() as { name: string }[]).map((column) => column.name);
      for (const row of db.prepare(`SELECT ${columns.map((column) => `CAST("${column}" AS TEXT)`).join(', ')} FROM "${table}"`).raw().all()) {
        rows += `${(row as unknown[]).join('\u0000')}\n`;
      }
    }
    const files = Buffer.concat(readdirSync(dir).map((name) => readFileSync(join(dir, name))));
    return { rows, files };
  }

  const assertNowhere = (secrets: Record<string, string>) => {
    const { rows, files } = everything();
    assert.ok(rows.includes('dgsn') && files.includes('dgsn'), 'the dump really holds the data');
    for (const [what, secret] of Object.entries(secrets)) {
      assert.ok(!rows.includes(secret), `${what} (${secret}) is stored in a column`);
      assert.equal(files.indexOf(secret), -1, `${what} (${secret}) is in the database files`);
    }
  };

  test('access keys, back-office keys and the admin key are stored only as hashes', async () => {
    const created = await api.post('/v1/submissions', complaint());
    assert.equal(created.status, 201);
    const onboarded = await api.post(
      '/v1/admin/agencies',
      {
        id: 'commune-azrou',
        acronym: 'CAZ',
        names: { ar: 'جماعة أزرو', fr: 'Commune d’Azrou', en: 'Azrou', zgh: 'ⴰⵣⵔⵓ' },
        type: 'local_authority',
        sectorId: 'local-government',
        website: 'https://www.azrou.ma',
        allowedOrigins: ['https://www.azrou.ma'],
        services: [{ slug: 'etat-civil', serviceCategoryId: 'civil-status', names: { ar: 'الحالة المدنية', fr: 'État civil', en: 'Civil status', zgh: 'ⴰⴷⴷⴰⴷ' } }],
      },
      admin,
    );
    assert.equal(onboarded.status, 201);
    const seeded = api.sandbox.store.db.prepare('SELECT tracking_code FROM submissions ORDER BY id LIMIT 1').pluck().get() as string;
    assert.equal((await api.get(`/v1/submissions/${seeded}`, { 'x-access-key': devAccessKey(seeded) })).status, 200);
    assert.equal((await api.get('/v1/back-office/submissions', bearer(onboarded.body.secretKey))).status, 200);

    assertNowhere({
      'a new access key': created.body.accessKey,
      "a new agency's back-office key": onboarded.body.secretKey,
      'a seeded access key': devAccessKey(seeded),
      "dgsn's back-office key": devBackOfficeKey('dgsn'),
      'the admin key': devAdminKey,
    });
  });

  test(
    'an access key is not kept in clear for idempotent replays either',
    async () => {
      const created = await api.post('/v1/submissions', complaint(), { 'idempotency-key': 'security-hash-0001' });
      assert.equal(created.status, 201);
      assertNowhere({ 'an access key given with an Idempotency-Key': created.body.accessKey });
    },
  );
});
