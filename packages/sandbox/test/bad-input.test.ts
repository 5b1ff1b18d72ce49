/**
 * Bad input: whatever a client sends, the answer is a 4xx problem+json with the contract's stable
 * `code` (and, for a validation failure, the field that is wrong), never a 5xx, and nothing is
 * written. Also: text that looks like an attack, and every script the platform's users write,
 * comes back exactly as it was sent.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { generateTrackingCode } from '@chikaya/sdk';
import { operations } from '../src/http/contract.js';
import { devAdminKey, devBackOfficeKey } from '../src/seed/index.js';
import { assertConforms, assertMatchesSchema } from './support/contract-validator.js';
import { type Answer, bearer, type Client, clock, startClient } from './support/sandbox.js';

const time = clock('2026-06-01T09:00:00Z');
const dgsn = bearer(devBackOfficeKey('dgsn'));
const cnss = bearer(devBackOfficeKey('cnss'));
const admin = bearer(devAdminKey);

const unknownCode = generateTrackingCode(() => new Uint8Array(9));
const withBadCheck = (code: string) => `${code.slice(0, -1)}${code.endsWith('1') ? '2' : '1'}`;

const complaint = (extra: Record<string, unknown> = {}) => ({
  kind: 'complaint',
  agencyId: 'dgsn',
  serviceId: 'dgsn-cnie',
  location: { regionId: 'rabat-sale-kenitra', provinceId: 'rabat' },
  subject: 'Carte d’identité non délivrée',
  description: 'Ma demande de renouvellement est sans nouvelles depuis trois mois.',
  occurredOn: '2026-05-20',
  complainant: { fullName: 'Amina El Idrissi', nationalId: 'AB123456', phone: '0612345678' },
  answerLanguage: 'fr',
  consent: true,
  ...extra,
});

const observation = (extra: Record<string, unknown> = {}) => ({
  kind: 'observation',
  agencyId: 'dgsn',
  subject: 'Accueil au commissariat',
  description: 'L’accueil a été rapide et courtois, merci aux agents.',
  answerLanguage: 'ar',
  consent: true,
  ...extra,
});

const answerBody = { answer: 'Votre carte est disponible au commissariat.' };

let api: Client;

interface FieldError {
  pointer?: string;
  parameter?: string;
  code: string;
}

/** Row counts, and a fingerprint of every row of the tables a request may change: what "nothing was written" means. */
function snapshot() {
  const db = api.sandbox.store.db;
  const count = (table: string) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
  const fingerprint = (table: string) =>
    createHash('sha256')
      .update(JSON.stringify(db.prepare(`SELECT * FROM ${table} ORDER BY rowid`).all()))
      .digest('hex');
  return {
    submissions: count('submissions'),
    events: count('events'),
    measures: count('measures'),
    agencies: count('agencies'),
    forwards: count('forwards'),
    idempotencyKeys: count('idempotency_keys'),
    publishedReports: count('published_reports'),
    fingerprint: fingerprint('submissions'),
    measureRows: fingerprint('measures'),
    publishedRows: fingerprint('published_reports'),
  };
}

/** Runs `work` and asserts that the database did not change. */
async function unchanged(work: () => Promise<void>): Promise<void> {
  const before = snapshot();
  await work();
  assert.deepEqual(snapshot(), before, 'the database changed');
}

/**
 * Asserts a refusal: a documented status of `operationId` (checked against the contract), a
 * problem+json with `code`, and, when given, exactly these field errors in any order.
 */
async function refused(operationId: string, answer: Answer, status: number, code: string, errors?: FieldError[]): Promise<void> {
  assert.ok(answer.status >= 400 && answer.status < 500, `${operationId}: ${answer.status} ${JSON.stringify(answer.body)}`);
  await assertConforms(operationId, status, answer);
  assert.equal(answer.body.code, code, JSON.stringify(answer.body));
  if (errors) {
    const key = (error: FieldError) => JSON.stringify([error.pointer ?? null, error.parameter ?? null, error.code]);
    assert.deepEqual((answer.body.errors as FieldError[]).map(key).sort(), errors.map(key).sort(), JSON.stringify(answer.body.errors));
  }
}

const create = (body: unknown, headers: Record<string, string> = {}) => api.post('/v1/submissions', body, headers);

async function lodge(body: Record<string, unknown> = complaint(), headers: Record<string, string> = {}) {
  const answer = await create(body, headers);
  assert.equal(answer.status, 201, JSON.stringify(answer.body));
  return answer.body as { trackingCode: string; accessKey: string };
}

async function act(code: string, action: string, body: Record<string, unknown>, key = dgsn) {
  const answer = await api.post(`/v1/back-office/submissions/${code}/${action}`, body, key);
  assert.equal(answer.status, 200, `${action}: ${JSON.stringify(answer.body)}`);
  return answer.body;
}

describe('bad input', () => {
  before(async () => {
    api = await startClient({ seed: { submissions: 2000, now: new Date('2026-06-01T00:00:00Z') }, now: time.now });
  });
  after(() => api.sandbox.close());

  describe('the body as bytes', () => {
    test('malformed JSON is a 400 malformed_json', async () => {
      await unchanged(async () => {
        for (const raw of ['{"kind": "complaint",', '', '{kind: "complaint"}', "{'kind': 'complaint'}", '{"kind": "complaint"} trailing', '[1, 2,]']) {
          const answer = await api.request('POST', '/v1/submissions', { raw, headers: { 'content-type': 'application/json' } });
          await refused('createSubmission', answer, 400, 'malformed_json');
        }
        const rating = await api.request('POST', `/v1/submissions/${unknownCode}/rating`, {
          raw: '{"score": 5',
          headers: { 'content-type': 'application/json', 'x-access-key': 'ak_x' },
        });
        await refused('rateSubmission', rating, 400, 'malformed_json');
      });
    });

    test('bytes that are not UTF-8 are a 400 malformed_json', async () => {
      await unchanged(async () => {
        const bytes = Buffer.concat([Buffer.from('{"kind": "observation", "subject": "'), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from('"}')]);
        const response = await fetch(`${api.url}/v1/submissions`, { method: 'POST', body: bytes, headers: { 'content-type': 'application/json' } });
        await refused('createSubmission', { status: response.status, headers: response.headers, body: await response.json() }, 400, 'malformed_json');
      });
    });

    test('a body that is not JSON is a 415 unsupported_media_type', async () => {
      await unchanged(async () => {
        const cases: [string, string][] = [
          [JSON.stringify(complaint()), 'text/plain'],
          [JSON.stringify(complaint()), 'text/plain;charset=UTF-8'],
          ['kind=complaint&agencyId=dgsn&subject=Hello+there', 'application/x-www-form-urlencoded'],
          ['<submission kind="complaint"/>', 'application/xml'],
        ];
        for (const [raw, type] of cases) {
          await refused('createSubmission', await api.request('POST', '/v1/submissions', { raw, headers: { 'content-type': type } }), 415, 'unsupported_media_type');
        }
        await refused(
          'answerSubmission',
          await api.request('POST', `/v1/back-office/submissions/${unknownCode}/answer`, { raw: 'answer=Hello+there+friend', headers: { ...dgsn, 'content-type': 'application/x-www-form-urlencoded' } }),
          415,
          'unsupported_media_type',
        );
        // no Content-Type at all
        const response = await fetch(`${api.url}/v1/submissions`, { method: 'POST', body: new TextEncoder().encode(JSON.stringify(complaint())) });
        await refused('createSubmission', { status: response.status, headers: response.headers, body: await response.json() }, 415, 'unsupported_media_type');
      });
    });

    test('a body over 64 KiB is a 413 payload_too_large, with or without Content-Length', async () => {
      await unchanged(async () => {
        const large = JSON.stringify(complaint({ description: 'x'.repeat(64 * 1024) }));
        await refused('createSubmission', await create(JSON.parse(large)), 413, 'payload_too_large');
        await refused('recordMeasure', await api.post('/v1/back-office/measures', { title: 'x'.repeat(70_000) }, dgsn), 413, 'payload_too_large');
        // streamed in chunks, so that the size is only known once read
        const chunk = new TextEncoder().encode(large);
        const response = await fetch(`${api.url}/v1/submissions`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: new ReadableStream({
            start(controller) {
              controller.enqueue(chunk.slice(0, 30_000));
              controller.enqueue(chunk.slice(30_000));
              controller.close();
            },
          }),
          duplex: 'half',
        } as RequestInit);
        await refused('createSubmission', { status: response.status, headers: response.headers, body: await response.json() }, 413, 'payload_too_large');
      });
    });

    test('a body just under the limit is judged on its fields, not its size', async () => {
      await unchanged(async () => {
        const answer = await create(complaint({ description: 'x'.repeat(60_000) }));
        await refused('createSubmission', answer, 422, 'validation_failed', [{ pointer: '/description', code: 'too_long' }]);
      });
    });

    test('no JSON value, however odd, makes any operation fail on the server', async () => {
      const deep = `${'['.repeat(20_000)}${']'.repeat(20_000)}`;
      const raws = [
        '[]',
        '42',
        '"text"',
        'null',
        'true',
        '{"kind": null}',
        '{"kind": "complaint", "complainant": []}',
        '{"kind": "complaint", "complainant": {"fullName": 123}}',
        '{"kind": ["complaint"]}',
        '{"location": "x", "kind": "observation"}',
        '{"__proto__": {"polluted": true}, "score": 3}',
        '{"constructor": {"prototype": {}}, "score": 3}',
        '{"score": 1e400}',
        '{"score": -0}',
        deep,
      ];
      const code = unknownCode;
      const measureId = api.sandbox.store.db.prepare("SELECT id FROM measures WHERE agency_id = 'dgsn' LIMIT 1").pluck().get() as number;
      const operations: [string, string, string, Record<string, string>][] = [
        ['createSubmission', 'POST', '/v1/submissions', {}],
        ['rateSubmission', 'POST', `/v1/submissions/${code}/rating`, { 'x-access-key': 'ak_x' }],
        ['renewSubmission', 'POST', `/v1/submissions/${code}/renewal`, { 'x-access-key': 'ak_x' }],
        ['acknowledgeSubmission', 'POST', `/v1/back-office/submissions/${code}/acknowledge`, dgsn],
        ['forwardSubmission', 'POST', `/v1/back-office/submissions/${code}/forward`, dgsn],
        ['rejectSubmission', 'POST', `/v1/back-office/submissions/${code}/reject`, dgsn],
        ['answerSubmission', 'POST', `/v1/back-office/submissions/${code}/answer`, dgsn],
        ['recordMeasure', 'POST', '/v1/back-office/measures', dgsn],
        ['updateMeasure', 'PATCH', `/v1/back-office/measures/${measureId}`, dgsn],
        ['onboardAgency', 'POST', '/v1/admin/agencies', admin],
        ['approveReport', 'POST', '/v1/admin/reports/approvals', admin],
      ];
      await unchanged(async () => {
        for (const [id, method, path, headers] of operations) {
          for (const raw of raws) {
            const answer = await api.request(method, path, { raw, headers: { ...headers, 'content-type': 'application/json' } });
            assert.ok(answer.status >= 400 && answer.status < 500, `${id} ${raw.slice(0, 60)}: ${answer.status} ${JSON.stringify(answer.body)}`);
            await assertConforms(id, answer.status, answer);
          }
        }
      });
      assert.equal(({} as Record<string, unknown>).polluted, undefined);
    });
  });

  describe('the fields', () => {
    test('unknown fields are named with their pointer', async () => {
      await unchanged(async () => {
        await refused('createSubmission', await create(complaint({ admin: true })), 422, 'validation_failed', [{ pointer: '/admin', code: 'unknown_field' }]);
        await refused(
          'createSubmission',
          await create(complaint({ complainant: { fullName: 'Amina El Idrissi', nationalId: 'AB123456', phone: '0612345678', role: 'judge' } })),
          422,
          'validation_failed',
          [{ pointer: '/complainant/role', code: 'unknown_field' }],
        );
        await refused(
          'createSubmission',
          await create(observation({ location: { regionId: 'rabat-sale-kenitra', street: 'Avenue Mohammed V' } })),
          422,
          'validation_failed',
          [{ pointer: '/location/street', code: 'unknown_field' }],
        );
        await refused(
          'createSubmission',
          await create(observation({ complainant: { fullName: 'Yassine', age: 34 } })),
          422,
          'validation_failed',
          [{ pointer: '/complainant/age', code: 'unknown_field' }],
        );
        await refused(
          'rateSubmission',
          await api.post(`/v1/submissions/${unknownCode}/rating`, { score: 3, extra: 1 }, { 'x-access-key': 'ak_x' }),
          422,
          'validation_failed',
          [{ pointer: '/extra', code: 'unknown_field' }],
        );
        await refused(
          'createSubmission',
          await api.request('POST', '/v1/submissions', { raw: JSON.stringify(complaint()).replace(/^\{/, '{"__proto__": {"admin": true}, '), headers: { 'content-type': 'application/json' } }),
          422,
          'validation_failed',
          [{ pointer: '/__proto__', code: 'unknown_field' }],
        );
      });
    });

    test("Object.prototype's names are unknown fields like any other, at every level of every body", async () => {
      const key = { 'x-access-key': 'ak_x' };
      const names = { ar: 'أزرو', fr: 'Azrou', en: 'Azrou', zgh: 'ⴰⵣⵔⵓ' };
      // A valid body of every operation that takes one, with an object at each level it has.
      const bodies: Record<string, [string, string, Record<string, unknown>, Record<string, string>]> = {
        createSubmission: ['POST', '/v1/submissions', complaint({ location: { regionId: 'rabat-sale-kenitra' } }), {}],
        rateSubmission: ['POST', `/v1/submissions/${unknownCode}/rating`, { score: 4, comment: 'Merci.' }, key],
        renewSubmission: ['POST', `/v1/submissions/${unknownCode}/renewal`, { reason: 'La carte n’est toujours pas prête.' }, key],
        acknowledgeSubmission: ['POST', `/v1/back-office/submissions/${unknownCode}/acknowledge`, { note: 'Pris en charge.' }, dgsn],
        forwardSubmission: ['POST', `/v1/back-office/submissions/${unknownCode}/forward`, { toAgencyId: 'cnss', note: 'Transmis.' }, dgsn],
        rejectSubmission: ['POST', `/v1/back-office/submissions/${unknownCode}/reject`, { reason: 'duplicate', note: 'Doublon.' }, dgsn],
        answerSubmission: ['POST', `/v1/back-office/submissions/${unknownCode}/answer`, answerBody, dgsn],
        markSubmissionAbusive: ['POST', `/v1/back-office/submissions/${unknownCode}/mark-abusive`, { reason: 'spam', note: 'Publicité.' }, dgsn],
        unmarkSubmissionAbusive: ['POST', `/v1/back-office/submissions/${unknownCode}/unmark-abusive`, { note: 'Marquée par erreur.' }, dgsn],
        recordMeasure: ['POST', '/v1/back-office/measures', { title: 'A measure', description: 'Described at length.', status: 'adopted', date: '2026-05-01' }, dgsn],
        updateMeasure: ['PATCH', '/v1/back-office/measures/1', { title: 'A new title' }, dgsn],
        onboardAgency: [
          'POST',
          '/v1/admin/agencies',
          { id: 'commune-azrou', acronym: 'CAZ', names, type: 'local_authority', sectorId: 'interior', website: 'https://www.azrou.ma', allowedOrigins: [], services: [{ slug: 'etat-civil', serviceCategoryId: 'civil-status', names }] },
          admin,
        ],
        approveReport: ['POST', '/v1/admin/reports/approvals', { scope: 'agency', id: 'dgsn', year: 2025 }, admin],
      };
      const withBody = operations.filter((operation) => operation.validateBody !== null).map((operation) => operation.operationId);
      assert.deepEqual(Object.keys(bodies).sort(), withBody.sort(), 'a body for every operation that takes one');
      const objectsIn = (value: unknown, pointer = ''): string[] =>
        Array.isArray(value)
          ? value.flatMap((item, index) => objectsIn(item, `${pointer}/${index}`))
          : value !== null && typeof value === 'object'
            ? [pointer, ...Object.entries(value).flatMap(([name, item]) => objectsIn(item, `${pointer}/${name}`))]
            : [];
      const at = (root: unknown, pointer: string) => pointer.split('/').slice(1).reduce((node: any, name) => node[name], root);
      const refusedBodies: string[] = [];
      await unchanged(async () => {
        for (const [operationId, [method, path, body, headers]] of Object.entries(bodies)) {
          for (const level of objectsIn(body)) {
            for (const name of Object.getOwnPropertyNames(Object.prototype)) {
              // Written as text: only JSON.parse makes `__proto__` an own key, as the platform reads it.
              const marked = JSON.parse(JSON.stringify(body));
              at(marked, level).marker = 0;
              const raw = JSON.stringify(marked).replace('"marker":0', `${JSON.stringify(name)}:{"isAdmin":true}`);
              const answer = await api.request(method, path, { raw, headers: { ...headers, 'content-type': 'application/json' } });
              const expected = [{ pointer: `${level}/${name}`, code: 'unknown_field' }];
              if (answer.status === 422 && JSON.stringify(answer.body.errors) === JSON.stringify(expected)) {
                await assertConforms(operationId, 422, answer);
                refusedBodies.push(`${operationId} ${level}/${name}`);
              } else assert.fail(`${operationId} ${level}/${name}: ${answer.status} ${JSON.stringify(answer.body)}`);
            }
          }
        }
      });
      assert.ok(refusedBodies.includes('createSubmission /complainant/constructor'));
      assert.equal(({} as Record<string, unknown>).isAdmin, undefined);
    });

    test('wrong enums and formats: kind, answerLanguage, channel, email, phone, CIN, dates', async () => {
      const cases: [Record<string, unknown>, FieldError[]][] = [
        [complaint({ kind: 'praise' }), [{ pointer: '/kind', code: 'invalid_value' }]],
        [complaint({ answerLanguage: 'es' }), [{ pointer: '/answerLanguage', code: 'invalid_value' }]],
        [observation({ channel: 'widget' }), [{ pointer: '/channel', code: 'invalid_value' }]],
        [complaint({ consent: false }), [{ pointer: '/consent', code: 'invalid_value' }]],
        [
          complaint({ complainant: { fullName: 'Amina El Idrissi', nationalId: 'AB123456', phone: '0612345678', email: 'amina@' } }),
          [{ pointer: '/complainant/email', code: 'invalid_format' }],
        ],
        [
          complaint({ complainant: { fullName: 'Amina El Idrissi', nationalId: 'AB123456', email: 'amina@example.org', phone: '+33612345678' } }),
          [{ pointer: '/complainant/phone', code: 'invalid_format' }],
        ],
        [
          complaint({ complainant: { fullName: 'Amina El Idrissi', nationalId: 'AB1234567', phone: '0612345678' } }),
          [{ pointer: '/complainant/nationalId', code: 'invalid_format' }],
        ],
        [
          complaint({ complainant: { fullName: 'Amina El Idrissi', nationalId: '123456', phone: '0612345678' } }),
          [{ pointer: '/complainant/nationalId', code: 'invalid_format' }],
        ],
        [complaint({ occurredOn: '2026-02-30' }), [{ pointer: '/occurredOn', code: 'invalid_format' }]],
        [complaint({ occurredOn: '20/05/2026' }), [{ pointer: '/occurredOn', code: 'invalid_format' }]],
        [complaint({ occurredOn: '2026-05-20T10:00:00Z' }), [{ pointer: '/occurredOn', code: 'invalid_format' }]],
        [complaint({ agencyId: 'DGSN' }), [{ pointer: '/agencyId', code: 'invalid_format' }]],
        [complaint({ subject: 42 }), [{ pointer: '/subject', code: 'invalid_type' }]],
      ];
      await unchanged(async () => {
        for (const [body, errors] of cases) await refused('createSubmission', await create(body), 422, 'validation_failed', errors);
        await refused(
          'recordMeasure',
          await api.post('/v1/back-office/measures', { title: 'A measure', description: 'Described at length.', status: 'adopted', date: '2026-13-01' }, dgsn),
          422,
          'validation_failed',
          [{ pointer: '/date', code: 'invalid_format' }],
        );
        await refused(
          'recordMeasure',
          await api.post('/v1/back-office/measures', { title: 'A measure', description: 'Described at length.', status: 'done', date: '2026-01-01' }, dgsn),
          422,
          'validation_failed',
          [{ pointer: '/status', code: 'invalid_value' }],
        );
        await refused(
          'rejectSubmission',
          await api.post(`/v1/back-office/submissions/${unknownCode}/reject`, { reason: 'boring' }, dgsn),
          422,
          'validation_failed',
          [{ pointer: '/reason', code: 'invalid_value' }],
        );
      });
    });

    test('out-of-range numbers: rating 0 and 6, page 0, pageSize 1000, year 1999', async () => {
      await unchanged(async () => {
        const key = { 'x-access-key': 'ak_x' };
        const rate = (body: unknown) => api.post(`/v1/submissions/${unknownCode}/rating`, body, key);
        await refused('rateSubmission', await rate({ score: 0 }), 422, 'validation_failed', [{ pointer: '/score', code: 'too_small' }]);
        await refused('rateSubmission', await rate({ score: 6 }), 422, 'validation_failed', [{ pointer: '/score', code: 'too_big' }]);
        await refused('rateSubmission', await rate({ score: 4.5 }), 422, 'validation_failed', [{ pointer: '/score', code: 'invalid_type' }]);
        await refused('rateSubmission', await rate({ score: '5' }), 422, 'validation_failed', [{ pointer: '/score', code: 'invalid_type' }]);
        await refused('listAgencies', await api.get('/v1/agencies?page=0'), 422, 'validation_failed', [{ parameter: 'page', code: 'too_small' }]);
        await refused('listAgencies', await api.get('/v1/agencies?pageSize=1000'), 422, 'validation_failed', [{ parameter: 'pageSize', code: 'too_big' }]);
        await refused('listAgencies', await api.get('/v1/agencies?page=1.5'), 422, 'validation_failed', [{ parameter: 'page', code: 'invalid_type' }]);
        await refused('listInbox', await api.get('/v1/back-office/submissions?page=0&pageSize=1000', dgsn), 422, 'validation_failed', [
          { parameter: 'page', code: 'too_small' },
          { parameter: 'pageSize', code: 'too_big' },
        ]);
        await refused('getNationalKpis', await api.get('/v1/kpis/national?year=1999'), 422, 'validation_failed', [{ parameter: 'year', code: 'too_small' }]);
        await refused('getAgencyKpis', await api.get('/v1/kpis/agencies/dgsn?year=2101'), 422, 'validation_failed', [{ parameter: 'year', code: 'too_big' }]);
        await refused('getNationalReport', await api.get('/v1/reports/national/1999'), 422, 'validation_failed', [{ parameter: 'year', code: 'too_small' }]);
        await refused('listMeasures', await api.get('/v1/back-office/measures?year=1999', dgsn), 422, 'validation_failed', [{ parameter: 'year', code: 'too_small' }]);
        await refused('listAgencies', await api.get(`/v1/agencies?q=${'a'.repeat(101)}`), 422, 'validation_failed', [{ parameter: 'q', code: 'too_long' }]);
        await refused('createSubmission', await create(complaint({ subject: 'Hey' })), 422, 'validation_failed', [{ pointer: '/subject', code: 'too_short' }]);
      });
    });

    test('missing required fields are each named', async () => {
      await unchanged(async () => {
        await refused('createSubmission', await create({}), 422, 'validation_failed', [{ pointer: '/kind', code: 'required' }]);
        const { subject: _s, description: _d, answerLanguage: _l, consent: _c, ...bare } = complaint();
        await refused('createSubmission', await create(bare), 422, 'validation_failed', [
          { pointer: '/subject', code: 'required' },
          { pointer: '/description', code: 'required' },
          { pointer: '/answerLanguage', code: 'required' },
          { pointer: '/consent', code: 'required' },
        ]);
        const { complainant: _p, ...anonymous } = complaint();
        await refused('createSubmission', await create(anonymous), 422, 'validation_failed', [{ pointer: '/complainant', code: 'required' }]);
        await refused(
          'createSubmission',
          await create(complaint({ complainant: { fullName: 'Amina El Idrissi', phone: '0612345678' } })),
          422,
          'validation_failed',
          [{ pointer: '/complainant/nationalId', code: 'required' }],
        );
        await refused('createSubmission', await create(observation({ location: {} })), 422, 'validation_failed', [{ pointer: '/location/regionId', code: 'required' }]);
        await refused('rateSubmission', await api.post(`/v1/submissions/${unknownCode}/rating`, {}, { 'x-access-key': 'ak_x' }), 422, 'validation_failed', [
          { pointer: '/score', code: 'required' },
        ]);
        await refused('forwardSubmission', await api.post(`/v1/back-office/submissions/${unknownCode}/forward`, {}, dgsn), 422, 'validation_failed', [
          { pointer: '/toAgencyId', code: 'required' },
          { pointer: '/note', code: 'required' },
        ]);
      });
    });

    test('a complaint without an email or a phone is contact_required at /complainant', async () => {
      await unchanged(async () => {
        await refused(
          'createSubmission',
          await create(complaint({ complainant: { fullName: 'Amina El Idrissi', nationalId: 'AB123456' } })),
          422,
          'validation_failed',
          [{ pointer: '/complainant', code: 'contact_required' }],
        );
      });
      // an observation may come without any contact
      const anonymous = await create(observation({ complainant: { fullName: 'Yassine Alami' } }));
      assert.equal(anonymous.status, 201);
    });

    test('unknown agency, service, region and province are named', async () => {
      await unchanged(async () => {
        const cases: [Record<string, unknown>, FieldError[]][] = [
          [complaint({ agencyId: 'nowhere', serviceId: undefined }), [{ pointer: '/agencyId', code: 'unknown_agency' }]],
          [complaint({ serviceId: 'dgsn-nothing' }), [{ pointer: '/serviceId', code: 'unknown_service' }]],
          [complaint({ serviceId: 'mrafp-chikaya' }), [{ pointer: '/serviceId', code: 'unknown_service' }]],
          [complaint({ location: { regionId: 'atlantis' } }), [{ pointer: '/location/regionId', code: 'unknown_region' }]],
          [complaint({ location: { regionId: 'rabat-sale-kenitra', provinceId: 'casablanca' } }), [{ pointer: '/location/provinceId', code: 'unknown_province' }]],
          [complaint({ location: { regionId: 'rabat-sale-kenitra', provinceId: 'nowhere' } }), [{ pointer: '/location/provinceId', code: 'unknown_province' }]],
        ];
        for (const [body, errors] of cases) await refused('createSubmission', await create(body), 422, 'validation_failed', errors);
      });
      const { trackingCode } = await lodge();
      await unchanged(async () => {
        const forward = (toAgencyId: string) => api.post(`/v1/back-office/submissions/${trackingCode}/forward`, { toAgencyId, note: 'Over to you.' }, dgsn);
        await refused('forwardSubmission', await forward('nowhere'), 422, 'validation_failed', [{ pointer: '/toAgencyId', code: 'unknown_agency' }]);
        await refused('forwardSubmission', await forward('dgsn'), 422, 'validation_failed', [{ pointer: '/toAgencyId', code: 'invalid_value' }]);
        await refused(
          'recordMeasure',
          await api.post('/v1/back-office/measures', { title: 'A measure', description: 'Described at length.', status: 'adopted', date: '2026-05-01', serviceId: 'mrafp-chikaya' }, dgsn),
          422,
          'validation_failed',
          [{ pointer: '/serviceId', code: 'unknown_service' }],
        );
        const onboarding = {
          id: 'commune-azrou',
          acronym: 'CAZ',
          names: { ar: 'أزرو', fr: 'Azrou', en: 'Azrou', zgh: 'ⴰⵣⵔⵓ' },
          type: 'local_authority',
          sectorId: 'space',
          website: 'https://www.azrou.ma',
          allowedOrigins: ['https://www.azrou.ma'],
          services: [{ slug: 'etat-civil', serviceCategoryId: 'teleportation', names: { ar: 'أ', fr: 'É', en: 'C', zgh: 'ⴰ' } }],
        };
        await refused('onboardAgency', await api.post('/v1/admin/agencies', onboarding, admin), 422, 'validation_failed', [
          { pointer: '/sectorId', code: 'unknown_sector' },
          { pointer: '/services/0/serviceCategoryId', code: 'unknown_service_category' },
        ]);
      });
    });

    test('a matter that happens tomorrow is refused; one that happened today is not', async () => {
      time.set('2026-06-01T09:00:00Z');
      await unchanged(async () => {
        await refused('createSubmission', await create(complaint({ occurredOn: '2026-06-02' })), 422, 'validation_failed', [
          { pointer: '/occurredOn', code: 'too_big' },
        ]);
      });
      assert.equal((await create(complaint({ occurredOn: '2026-06-01' }))).status, 201);
    });

    test('dates are days of the platform: none before 2018, none after today where the day has passed, none past the last year a report covers', async () => {
      time.set('2026-06-01T09:00:00Z');
      const measure = (date: string) => ({ title: 'A measure', description: 'Described at length.', status: 'planned', date });
      const onboarding = (joinedOn: string) => ({
        id: 'commune-ifrane',
        acronym: 'CIF',
        names: { ar: 'إفران', fr: 'Ifrane', en: 'Ifrane', zgh: 'ⵉⴼⵔⴰⵏ' },
        type: 'local_authority',
        sectorId: 'interior',
        website: 'https://www.ifrane.ma',
        allowedOrigins: [],
        joinedOn,
        services: [{ slug: 'etat-civil', serviceCategoryId: 'civil-status', names: { ar: 'أ', fr: 'É', en: 'C', zgh: 'ⴰ' } }],
      });
      await unchanged(async () => {
        for (const occurredOn of ['0000-01-01', '1900-01-01', '2017-12-31'])
          await refused('createSubmission', await create(complaint({ occurredOn })), 422, 'validation_failed', [{ pointer: '/occurredOn', code: 'too_small' }]);
        for (const date of ['0001-01-01', '2017-12-31'])
          await refused('recordMeasure', await api.post('/v1/back-office/measures', measure(date), dgsn), 422, 'validation_failed', [{ pointer: '/date', code: 'too_small' }]);
        await refused('recordMeasure', await api.post('/v1/back-office/measures', measure('2101-01-01'), dgsn), 422, 'validation_failed', [{ pointer: '/date', code: 'too_big' }]);
        await refused('updateMeasure', await api.request('PATCH', '/v1/back-office/measures/1', { body: { date: '9999-12-31' }, headers: dgsn }), 422, 'validation_failed', [{ pointer: '/date', code: 'too_big' }]);
        await refused('onboardAgency', await api.post('/v1/admin/agencies', onboarding('1970-01-01'), admin), 422, 'validation_failed', [{ pointer: '/joinedOn', code: 'too_small' }]);
        await refused('onboardAgency', await api.post('/v1/admin/agencies', onboarding('2026-06-02'), admin), 422, 'validation_failed', [{ pointer: '/joinedOn', code: 'too_big' }]);
      });
      assert.equal((await create(complaint({ occurredOn: '2018-01-01' }))).status, 201);
      assert.equal((await api.post('/v1/back-office/measures', measure('2100-12-31'), dgsn)).status, 201);
      assert.equal((await api.post('/v1/admin/agencies', onboarding('2026-06-01'), admin)).status, 201);
    });
  });

  describe('measures and report approvals', () => {
    const bo = (agencyId: string) => bearer(devBackOfficeKey(agencyId));
    let mine: { id: number; serviceId: string | null }; // dgsn's, on a service
    let theirs: number; // cnss's
    const measure = { title: 'Accueil sur rendez-vous', description: 'Chaque demande reçoit un rendez-vous.', serviceId: 'dgsn-cnie', status: 'planned', date: '2026-10-01' };
    const path = (id: number | string) => `/v1/back-office/measures/${id}`;
    type Key = Record<string, string>;
    const edit = (id: number | string, body: unknown, key: Key = dgsn) => api.request('PATCH', path(id), { body, headers: key });
    const withdraw = (id: number | string, key: Key = dgsn) => api.request('DELETE', path(id), { headers: key });
    const approve = (body: unknown, key: Key = admin) => api.post('/v1/admin/reports/approvals', body, key);

    before(async () => {
      time.set('2026-06-01T09:00:00Z');
      mine = (await api.post('/v1/back-office/measures', measure, dgsn)).body;
      theirs = (await api.post('/v1/back-office/measures', { ...measure, serviceId: 'cnss-immatriculation' }, bo('cnss'))).body.id;
      assert.ok(mine.serviceId === 'dgsn-cnie' && theirs > 0);
    });

    test("another agency's measure is not found: 404 measure_not_found, and it is left as it was", async () => {
      await unchanged(async () => {
        await refused('updateMeasure', await edit(theirs, { title: 'Taken over' }), 404, 'measure_not_found');
        await refused('updateMeasure', await edit(theirs, { serviceId: 'dgsn-cnie' }), 404, 'measure_not_found');
        await refused('deleteMeasure', await withdraw(theirs), 404, 'measure_not_found');
        await refused('updateMeasure', await edit(2_000_000_000, { title: 'Nobody’s' }), 404, 'measure_not_found');
        await refused('deleteMeasure', await withdraw(2_000_000_000), 404, 'measure_not_found');
      });
      const own = await api.get('/v1/back-office/measures?year=2026', bo('cnss'));
      assert.deepEqual(
        own.body.items.filter((item: { id: number }) => item.id === theirs).map((item: { title: string; serviceId: string }) => [item.title, item.serviceId]),
        [[measure.title, 'cnss-immatriculation']],
      );
    });

    test('an edit is judged whole: nothing to change, unknown fields, bad values, a service of another agency', async () => {
      await unchanged(async () => {
        const cases: [unknown, FieldError[]][] = [
          [{}, [{ pointer: '', code: 'too_short' }]],
          [{ agencyId: 'cnss' }, [{ pointer: '/agencyId', code: 'unknown_field' }]],
          [{ title: 'ab', date: '2026-02-30', status: 'done' }, [
            { pointer: '/title', code: 'too_short' },
            { pointer: '/date', code: 'invalid_format' },
            { pointer: '/status', code: 'invalid_value' },
          ]],
          [{ serviceId: 'DGSN-CNIE' }, [{ pointer: '/serviceId', code: 'invalid_format' }]],
          [{ serviceId: 42 }, [{ pointer: '/serviceId', code: 'invalid_type' }]],
          [{ serviceId: 'cnss-immatriculation' }, [{ pointer: '/serviceId', code: 'unknown_service' }]],
          [{ serviceId: 'dgsn-nothing', title: 'A new title' }, [{ pointer: '/serviceId', code: 'unknown_service' }]],
        ];
        for (const [body, errors] of cases) await refused('updateMeasure', await edit(mine.id, body), 422, 'validation_failed', errors);
        for (const id of ['0', 'first', '1.5', '99999999999']) {
          await refused('updateMeasure', await edit(id, { title: 'A new title' }), 422, 'validation_failed');
          await refused('deleteMeasure', await withdraw(id), 422, 'validation_failed');
        }
        await refused('updateMeasure', await api.request('PATCH', path(mine.id), { raw: '{"title": ', headers: { ...dgsn, 'content-type': 'application/json' } }), 400, 'malformed_json');
        await refused('updateMeasure', await api.request('PATCH', path(mine.id), { raw: 'title=x', headers: { ...dgsn, 'content-type': 'text/plain' } }), 415, 'unsupported_media_type');
        await refused('updateMeasure', await edit(mine.id, { description: 'x'.repeat(70_000) }), 413, 'payload_too_large');
        for (const key of [{}, bo('nowhere'), admin]) {
          await refused('updateMeasure', await edit(mine.id, { title: 'A new title' }, key), 401, 'unauthorized');
          await refused('deleteMeasure', await withdraw(mine.id, key), 401, 'unauthorized');
        }
      });
    });

    test('serviceId null detaches the measure from its service; the other fields stay', async () => {
      const detached = await edit(mine.id, { serviceId: null });
      await assertConforms('updateMeasure', 200, detached);
      assert.deepEqual(detached.body, { ...mine, serviceId: null });
      assert.equal(api.sandbox.store.db.prepare('SELECT service_id FROM measures WHERE id = ?').pluck().get(mine.id), null);
    });

    test('an approval is refused, and nothing published, for a year still open, a report already published, or what names nothing', async () => {
      await unchanged(async () => {
        const cases: [unknown, number, string, FieldError[]?][] = [
          [{ scope: 'agency', year: 2025 }, 422, 'validation_failed', [{ pointer: '/id', code: 'required' }]],
          [{ scope: 'sector', year: 2025 }, 422, 'validation_failed', [{ pointer: '/id', code: 'required' }]],
          [{ scope: 'national', id: 'dgsn', year: 2025 }, 422, 'validation_failed', [{ pointer: '/id', code: 'unknown_field' }]],
          [{ scope: 'agency', id: 'dgsn' }, 422, 'validation_failed', [{ pointer: '/year', code: 'required' }]],
          [{ scope: 'agency', id: 'dgsn', year: 2017 }, 422, 'validation_failed', [{ pointer: '/year', code: 'too_small' }]],
          [{ scope: 'agency', id: 'dgsn', year: '2025' }, 422, 'validation_failed', [{ pointer: '/year', code: 'invalid_type' }]],
          [{ scope: 'region', id: 'oriental', year: 2025 }, 422, 'validation_failed', [{ pointer: '/scope', code: 'invalid_value' }]],
          [{ scope: 'agency', id: 'DGSN', year: 2025 }, 422, 'validation_failed', [{ pointer: '/id', code: 'invalid_format' }]],
          [{ scope: 'agency', id: 'nowhere', year: 2025 }, 404, 'agency_not_found'],
          [{ scope: 'sector', id: 'nowhere', year: 2025 }, 404, 'sector_not_found'],
          [{ scope: 'agency', id: 'dgsn', year: 2026 }, 409, 'year_not_over'],
          [{ scope: 'national', year: 2030 }, 409, 'year_not_over'],
          [{ scope: 'agency', id: 'dgsn', year: 2024 }, 409, 'report_already_published'],
          [{ scope: 'national', year: 2018 }, 409, 'report_already_published'],
        ];
        for (const [body, status, code, errors] of cases) await refused('approveReport', await approve(body), status, code, errors);
        // the back office's key is not the ministry's
        await refused('approveReport', await approve({ scope: 'national', year: 2025 }, dgsn), 401, 'unauthorized');
      });
    });
  });

  describe('tracking codes and keys', () => {
    let mine: { trackingCode: string; accessKey: string };
    let theirs: { trackingCode: string; accessKey: string };
    before(async () => {
      time.set('2026-06-01T09:00:00Z');
      mine = await lodge();
      theirs = await lodge();
    });

    test('a code with a wrong check symbol is a typo (422 on trackingCode); a well-formed unknown one is a 404', async () => {
      await unchanged(async () => {
        const typo = withBadCheck(mine.trackingCode);
        const codeError = [{ parameter: 'trackingCode', code: 'invalid_format' }];
        await refused('getSubmissionStatus', await api.get(`/v1/submissions/${typo}/status`), 422, 'validation_failed', codeError);
        await refused('getSubmissionDetails', await api.get(`/v1/submissions/${typo}`, { 'x-access-key': mine.accessKey }), 422, 'validation_failed', codeError);
        await refused('getInboxSubmission', await api.get(`/v1/back-office/submissions/${typo}`, dgsn), 422, 'validation_failed', codeError);
        await refused('getSubmissionStatus', await api.get(`/v1/submissions/${mine.trackingCode.toLowerCase()}/status`), 422, 'validation_failed', codeError);
        await refused('getSubmissionStatus', await api.get(`/v1/submissions/${mine.trackingCode.replace(/-/g, '')}/status`), 422, 'validation_failed', codeError);
        await refused('getSubmissionStatus', await api.get(`/v1/submissions/${unknownCode}/status`), 404, 'submission_not_found');
        assert.equal((await api.get(`/v1/submissions/${mine.trackingCode}/status`)).status, 200);
      });
    });

    test('the access key: missing is 401 access_key_required, wrong is 403 access_key_invalid', async () => {
      await unchanged(async () => {
        const details = `/v1/submissions/${mine.trackingCode}`;
        const missing = await api.get(details);
        assert.equal(missing.status, 401);
        assert.equal(missing.body.code, 'access_key_required');
        assert.equal((await api.get(details, { 'x-access-key': '' })).body.code, 'access_key_required');
        await refused('getSubmissionDetails', await api.get(details, { 'x-access-key': 'ak_guess' }), 403, 'access_key_invalid');
        await refused('getSubmissionDetails', await api.get(details, { 'x-access-key': theirs.accessKey }), 403, 'access_key_invalid');
        await refused('getSubmissionDetails', await api.get(details, { 'x-access-key': mine.accessKey.toUpperCase() }), 403, 'access_key_invalid');
        await refused('renewSubmission', await api.post(`${details}/renewal`, { reason: 'I want it reopened now.' }, { 'x-access-key': theirs.accessKey }), 403, 'access_key_invalid');
        const rating = await api.post(`${details}/rating`, { score: 1 });
        assert.equal(rating.status, 401);
        assert.equal(rating.body.code, 'access_key_required');
      });
    });

    test('a missing or unknown back-office key is a 401 with a WWW-Authenticate challenge', async () => {
      await unchanged(async () => {
        for (const headers of [{}, bearer('bo_sandbox_nowhere'), { authorization: 'Bearer' }, { authorization: devBackOfficeKey('dgsn') }, bearer(devAdminKey)]) {
          const answer = await api.post(`/v1/back-office/submissions/${mine.trackingCode}/answer`, answerBody, headers);
          await refused('answerSubmission', answer, 401, 'unauthorized');
          assert.match(answer.headers.get('www-authenticate') ?? '', /^Bearer realm=/);
        }
        const onboard = await api.post('/v1/admin/agencies', {}, dgsn);
        await refused('onboardAgency', onboard, 401, 'unauthorized');
        assert.match(onboard.headers.get('www-authenticate') ?? '', /^Bearer/);
      });
    });

    test("another agency's key finds nothing: 404 submission_not_found, and its inbox never lists the submission", async () => {
      await unchanged(async () => {
        await refused('getInboxSubmission', await api.get(`/v1/back-office/submissions/${mine.trackingCode}`, cnss), 404, 'submission_not_found');
        for (const [action, body] of [
          ['acknowledge', {}],
          ['answer', answerBody],
          ['reject', { reason: 'duplicate' }],
          ['forward', { toAgencyId: 'cnss', note: 'Mine now.' }],
        ] as const) {
          const operationId = `${action}Submission`;
          await refused(operationId, await api.post(`/v1/back-office/submissions/${mine.trackingCode}/${action}`, body, cnss), 404, 'submission_not_found');
        }
        const search = await api.get(`/v1/back-office/submissions?q=${mine.trackingCode}`, cnss);
        assert.equal(search.status, 200);
        assert.equal(search.body.total, 0);
        assert.equal((await api.get(`/v1/back-office/submissions?q=${mine.trackingCode}`, dgsn)).body.total, 1);

        const db = api.sandbox.store.db;
        const holder = db.prepare('SELECT agency_id FROM submissions WHERE tracking_code = ?').pluck();
        let page = 1;
        let seen = 0;
        for (;;) {
          const inbox = await api.get(`/v1/back-office/submissions?pageSize=100&page=${page}`, cnss);
          assert.equal(inbox.status, 200);
          for (const item of inbox.body.items as { trackingCode: string }[]) assert.equal(holder.get(item.trackingCode), 'cnss', item.trackingCode);
          seen += inbox.body.items.length;
          if (seen >= inbox.body.total || inbox.body.items.length === 0) break;
          page++;
        }
        assert.equal(seen, db.prepare("SELECT count(*) FROM submissions WHERE agency_id = 'cnss'").pluck().get());
        assert.ok(seen > 0, 'the seed gave cnss submissions, so the walk above proved something');
      });
    });
  });

  describe('idempotency', () => {
    test('the same key with the same body replays the first answer; no second row', async () => {
      const key = { 'idempotency-key': 'bad-input-retry-0001' };
      const first = await create(complaint(), key);
      assert.equal(first.status, 201);
      assert.equal(first.headers.get('idempotency-replayed'), 'false');
      await unchanged(async () => {
        // the same body with its keys in another order is the same request
        const reordered = Object.fromEntries(Object.entries(complaint()).reverse());
        const replay = await create(reordered, key);
        await assertConforms('createSubmission', 201, replay, { idempotencyKey: true });
        assert.equal(replay.headers.get('idempotency-replayed'), 'true');
        assert.deepEqual(replay.body, first.body);
        assert.equal(replay.headers.get('location'), first.headers.get('location'));
      });
    });

    test('two retries racing with one key make one submission', async () => {
      const before = snapshot();
      const key = { 'idempotency-key': 'bad-input-race-0001' };
      const answers = await Promise.all([create(complaint(), key), create(complaint(), key), create(complaint(), key)]);
      assert.deepEqual(
        answers.map((answer) => answer.status),
        [201, 201, 201],
      );
      assert.equal(new Set(answers.map((answer) => answer.body.trackingCode)).size, 1);
      assert.equal(snapshot().submissions, before.submissions + 1);
    });

    test('a key is kept 24 hours: after that, it is free for a new submission', async () => {
      time.set('2026-06-01T09:00:00Z');
      const key = { 'idempotency-key': 'bad-input-expiry-0001' };
      const first = await create(complaint(), key);
      assert.equal(first.status, 201);
      time.set('2026-06-02T08:59:00Z');
      assert.equal((await create(observation(), key)).status, 409);
      time.set('2026-06-02T09:01:00Z');
      const later = await create(observation(), key);
      assert.equal(later.status, 201, JSON.stringify(later.body));
      assert.equal(later.headers.get('idempotency-replayed'), 'false');
      assert.notEqual(later.body.trackingCode, first.body.trackingCode);
      time.set('2026-06-01T09:00:00Z');
    });

    test('the same key with another body is 409 idempotency_key_reused', async () => {
      const key = { 'idempotency-key': 'bad-input-reuse-0001' };
      assert.equal((await create(complaint(), key)).status, 201);
      await unchanged(async () => {
        await refused('createSubmission', await create(complaint({ subject: 'Another subject entirely' }), key), 409, 'idempotency_key_reused');
        await refused('createSubmission', await create(observation(), key), 409, 'idempotency_key_reused');
        await refused('createSubmission', await create(complaint(), { 'idempotency-key': 'short' }), 422, 'validation_failed', [
          { parameter: 'Idempotency-Key', code: 'too_short' },
        ]);
        await refused('createSubmission', await create(complaint(), { 'idempotency-key': 'spaces are not allowed' }), 422, 'validation_failed', [
          { parameter: 'Idempotency-Key', code: 'invalid_format' },
        ]);
      });
    });
  });

  describe('transitions', () => {
    test('answering a rejected submission, acknowledging one in progress, rejecting an answered one: 409 invalid_transition', async () => {
      time.set('2026-06-01T09:00:00Z');
      const rejected = await lodge(observation());
      await act(rejected.trackingCode, 'reject', { reason: 'abusive' });
      const inProgress = await lodge();
      await act(inProgress.trackingCode, 'acknowledge', {});
      const answered = await lodge();
      await act(answered.trackingCode, 'answer', answerBody);
      await unchanged(async () => {
        const attempt = async (code: string, action: string, body: Record<string, unknown>) =>
          refused(`${action}Submission`, await api.post(`/v1/back-office/submissions/${code}/${action}`, body, dgsn), 409, 'invalid_transition');
        await attempt(rejected.trackingCode, 'answer', answerBody);
        await attempt(rejected.trackingCode, 'acknowledge', {});
        await attempt(rejected.trackingCode, 'forward', { toAgencyId: 'cnss', note: 'Over to you.' });
        await attempt(inProgress.trackingCode, 'acknowledge', {});
        await attempt(answered.trackingCode, 'reject', { reason: 'duplicate' });
        await attempt(answered.trackingCode, 'answer', answerBody);
      });
    });

    test('rating before the answer is not_answered; rating twice is already_rated', async () => {
      time.set('2026-06-01T09:00:00Z');
      const { trackingCode, accessKey } = await lodge();
      const rate = (score: number) => api.post(`/v1/submissions/${trackingCode}/rating`, { score }, { 'x-access-key': accessKey });
      await unchanged(async () => refused('rateSubmission', await rate(5), 409, 'not_answered'));
      await act(trackingCode, 'answer', answerBody);
      assert.equal((await rate(3)).status, 200);
      await unchanged(async () => refused('rateSubmission', await rate(5), 409, 'already_rated'));
      const details = await api.get(`/v1/submissions/${trackingCode}`, { 'x-access-key': accessKey });
      assert.equal(details.body.rating.score, 3);
    });

    test('renewal: never for an observation, not before the answer, not twice, not after the 30-day window', async () => {
      time.set('2026-06-01T09:00:00Z');
      const reason = { reason: 'The answer does not address my case.' };
      const renew = (receipt: { trackingCode: string; accessKey: string }) =>
        api.post(`/v1/submissions/${receipt.trackingCode}/renewal`, reason, { 'x-access-key': receipt.accessKey });

      const opinion = await lodge(observation());
      await act(opinion.trackingCode, 'answer', answerBody);
      const unanswered = await lodge();
      const twice = await lodge();
      await act(twice.trackingCode, 'answer', answerBody);
      const late = await lodge();
      await act(late.trackingCode, 'answer', answerBody);
      const lastDay = await lodge();
      await act(lastDay.trackingCode, 'answer', answerBody);

      await unchanged(async () => {
        await refused('renewSubmission', await renew(opinion), 409, 'not_renewable');
        await refused('renewSubmission', await renew(unanswered), 409, 'not_renewable');
      });
      assert.equal((await renew(twice)).status, 200);
      await act(twice.trackingCode, 'answer', answerBody);
      await unchanged(async () => refused('renewSubmission', await renew(twice), 409, 'not_renewable'));

      time.set('2026-07-01T23:00:00Z'); // the 30th day after the answer: still open
      const inTime = await renew(lastDay);
      assert.equal(inTime.status, 200, JSON.stringify(inTime.body));
      time.set('2026-07-02T00:30:00Z'); // the 31st: closed
      const details = await api.get(`/v1/submissions/${late.trackingCode}`, { 'x-access-key': late.accessKey });
      assert.equal(details.body.canRenew, false);
      assert.equal(details.body.renewableUntil, null);
      await unchanged(async () => refused('renewSubmission', await renew(late), 409, 'not_renewable'));
      time.set('2026-06-01T09:00:00Z');
    });
  });

  describe('browser origins', () => {
    test("a page outside the agency's allowedOrigins is 403 origin_not_allowed, even another agency's", async () => {
      const mrafp = (await api.get('/v1/agencies/mrafp')).body.allowedOrigins as string[];
      assert.ok(mrafp.length > 0);
      await unchanged(async () => {
        for (const origin of ['https://evil.example', 'null', mrafp[0]!, 'http://www.dgsn.gov.ma']) {
          await refused('createSubmission', await create(complaint(), { origin }), 403, 'origin_not_allowed');
        }
      });
    });

    test("the agency's own page is recorded as channel widget, whatever the body claims", async () => {
      const origin = ((await api.get('/v1/agencies/dgsn')).body.allowedOrigins as string[])[0]!;
      const created = await create(observation({ channel: 'phone' }), { origin });
      assert.equal(created.status, 201, JSON.stringify(created.body));
      assert.equal(created.headers.get('access-control-allow-origin'), origin);
      const details = await api.get(`/v1/submissions/${created.body.trackingCode}`, { 'x-access-key': created.body.accessKey });
      assert.equal(details.body.channel, 'widget');
      const direct = await create(observation({ channel: 'phone' }));
      const directDetails = await api.get(`/v1/submissions/${direct.body.trackingCode}`, { 'x-access-key': direct.body.accessKey });
      assert.equal(directDetails.body.channel, 'phone');
      // the sandbox's own pages are not a foreign origin
      const own = await create(observation(), { origin: api.url });
      assert.equal(own.status, 201);
      assert.equal((await api.get(`/v1/submissions/${own.body.trackingCode}`, { 'x-access-key': own.body.accessKey })).body.channel, 'web');
    });
  });

  describe('text is data', () => {
    test(
      'a string with a lone surrogate is refused, or kept as sent, never silently altered',
      async () => {
        const subject = 'Lone \ud800 surrogate';
        const answer = await api.request('POST', '/v1/submissions', { raw: JSON.stringify(observation({ subject })), headers: { 'content-type': 'application/json' } });
        if (answer.status !== 201) return refused('createSubmission', answer, 422, 'validation_failed', [{ pointer: '/subject', code: 'invalid_format' }]);
        const details = await api.get(`/v1/submissions/${answer.body.trackingCode}`, { 'x-access-key': answer.body.accessKey });
        assert.equal(details.body.subject, subject);
      },
    );


    test('invisible text is refused as no_visible_text, control and bidi-override characters as invalid_characters', async () => {
      const key = { 'x-access-key': 'ak_x' };
      const zw = (count: number, unit = '\u200b') => unit.repeat(count);
      const fields = (answer: Answer) => answer.body.errors as FieldError[];
      const cases: [string, string, () => Promise<Answer>, FieldError[]][] = [];
      const lodging = (what: string, body: Record<string, unknown>, errors: FieldError[]) => cases.push([what, 'createSubmission', () => create(body), errors]);
      const withName = (fullName: string) => complaint({ complainant: { fullName, nationalId: 'AB123456', phone: '0612345678' } });
      await unchanged(async () => {
        // Nothing a reader sees: zero-width and filler characters, combining marks, a Braille blank, spaces.
        for (const unit of ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u3164', '\u115f\u1160', '\uffa0', '\u2800', '\u0301', '\u0651', ' \u00a0\u3000'])
          lodging(`a subject of ${[...unit].map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase()}`).join(' ')}`, complaint({ subject: zw(6, unit) }), [{ pointer: '/subject', code: 'no_visible_text' }]);
        lodging('a description of zero-width spaces and line breaks', complaint({ description: zw(30, '\u200b\n') }), [{ pointer: '/description', code: 'no_visible_text' }]);
        lodging('a name of Hangul fillers', withName(zw(4, '\u3164')), [{ pointer: '/complainant/fullName', code: 'no_visible_text' }]);
        lodging('a name without a letter', withName('12 34'), [{ pointer: '/complainant/fullName', code: 'no_visible_text' }]);
        lodging('a subject of punctuation only', complaint({ subject: '?!?!?!' }), [{ pointer: '/subject', code: 'no_visible_text' }]);
        lodging('a commune of zero-width joiners', complaint({ location: { regionId: 'rabat-sale-kenitra', commune: zw(3, '\u200d') } }), [{ pointer: '/location/commune', code: 'no_visible_text' }]);
        // Characters that hide or reorder what a reader sees, or break a line where there is none.
        lodging('a NUL in a subject', complaint({ subject: 'Carte\u0000 perdue' }), [{ pointer: '/subject', code: 'invalid_characters' }]);
        lodging('a line break in a subject', complaint({ subject: 'Carte\nperdue' }), [{ pointer: '/subject', code: 'invalid_characters' }]);
        lodging('a right-to-left override in a subject', complaint({ subject: 'Carte \u202eeudrep' }), [{ pointer: '/subject', code: 'invalid_characters' }]);
        lodging('an isolate in a name', withName('\u2066Amina\u2069 Idrissi'), [{ pointer: '/complainant/fullName', code: 'invalid_characters' }]);
        lodging('a bell in a description', complaint({ description: `${'Une description assez longue.'}\u0007` }), [{ pointer: '/description', code: 'invalid_characters' }]);
        lodging('an escape in a description', complaint({ description: 'Une description \u001b[31m assez longue.' }), [{ pointer: '/description', code: 'invalid_characters' }]);
        lodging('a C1 control in a commune', complaint({ location: { regionId: 'rabat-sale-kenitra', commune: 'Agdal\u0085' } }), [{ pointer: '/location/commune', code: 'invalid_characters' }]);
        lodging('both, in two fields', complaint({ subject: zw(8), description: `Une description assez longue.\u202d` }), [
          { pointer: '/subject', code: 'no_visible_text' },
          { pointer: '/description', code: 'invalid_characters' },
        ]);
        cases.push(['a renewal reason of fillers', 'renewSubmission', () => api.post(`/v1/submissions/${unknownCode}/renewal`, { reason: zw(12, '\u3164') }, key), [{ pointer: '/reason', code: 'no_visible_text' }]]);
        cases.push(['a rating comment with a NUL', 'rateSubmission', () => api.post(`/v1/submissions/${unknownCode}/rating`, { score: 3, comment: 'Bien\u0000' }, key), [{ pointer: '/comment', code: 'invalid_characters' }]]);
        cases.push(['an answer with an override', 'answerSubmission', () => api.post(`/v1/back-office/submissions/${unknownCode}/answer`, { answer: 'Votre carte \u202eest prête.' }, dgsn), [{ pointer: '/answer', code: 'invalid_characters' }]]);
        cases.push(['a note of zero-width spaces', 'acknowledgeSubmission', () => api.post(`/v1/back-office/submissions/${unknownCode}/acknowledge`, { note: zw(3) }, dgsn), [{ pointer: '/note', code: 'no_visible_text' }]]);
        cases.push(['a measure titled in Braille blanks', 'recordMeasure', () => api.post('/v1/back-office/measures', { title: zw(5, '\u2800'), description: 'Described at length.', status: 'adopted', date: '2026-05-01' }, dgsn), [{ pointer: '/title', code: 'no_visible_text' }]]);
        cases.push(['an agency named by a zero-width space', 'onboardAgency', () => api.post('/v1/admin/agencies', { id: 'commune-azrou', acronym: 'CAZ', names: { ar: 'أزرو', fr: '\u200b', en: 'Azrou', zgh: 'ⴰⵣⵔⵓ' }, type: 'local_authority', sectorId: 'interior', website: 'https://www.azrou.ma', allowedOrigins: [], services: [] }, admin), [{ pointer: '/names/fr', code: 'no_visible_text' }, { pointer: '/services', code: 'too_short' }]]);
        cases.push(['a search with a NUL', 'listAgencies', () => api.get(`/v1/agencies?q=${encodeURIComponent('dgsn\u0000')}`), [{ parameter: 'q', code: 'invalid_characters' }]]);
        for (const [what, operationId, answer, errors] of cases) {
          const got = await answer();
          assert.equal(got.status, 422, `${what}: ${got.status} ${JSON.stringify(got.body)}`);
          assert.deepEqual(fields(got), errors, what);
          await refused(operationId, got, 422, 'validation_failed', errors);
        }
      });
      // What real text holds is kept: marks of direction, joiners inside words and emoji, decomposed accents, tabs and line breaks.
      for (const body of [
        complaint({ subject: 'شكاية\u200f بخصوص البطاقة', description: 'Ligne un,\r\n\tligne deux 👩‍👩‍👧‍👦, et Zoe\u0301 signe.' }),
        complaint({ subject: '2e relance', complainant: { fullName: 'Zoe\u0301 Ben\u200cAli', nationalId: 'AB123456', phone: '0612345678' } }),
        observation({ description: '👍👍👍👍👍👍👍👍👍👍👍👍👍👍👍👍👍👍👍👍' }),
      ]) {
        const answer = await create(body);
        assert.equal(answer.status, 201, `${JSON.stringify(body)}: ${JSON.stringify(answer.body)}`);
      }
    });

    test('script, SQL, Arabic, Tifinagh and emoji come back byte for byte', async () => {
      const subject = `<script>alert(1)</script> '); DROP TABLE submissions;-- 😀`;
      const description = [
        "'); DROP TABLE submissions;--",
        'Robert"); DELETE FROM events; --',
        '<img src=x onerror=alert(1)> {{constructor.constructor("alert(1)")()}} ${process.exit()}',
        'لم أتوصل بأي رد منذ ثلاثة أشهر، رغم تقديم جميع الوثائق المطلوبة.',
        'ⵜⴰⵎⴰⵣⵉⵖⵜ ⴰⵣⵓⵍ ⴼⵍⵍⴰⵡⵏ',
        '𝕏 😀 🇲🇦 👩‍👩‍👧‍👦 👩🏽‍💻 e\u0301 \u200f marked \u200e \u061c zero\u200bwidth \u00ad',
        'back\\slash "quotes" \t tab % _ wildcards',
      ].join('\n');
      const fullName = 'أمينة ⵜⴰⵎⴰⵣⵉⵖⵜ 👩‍👩‍👧‍👦';
      const before = snapshot();
      const created = await create(complaint({ subject, description, complainant: { fullName, nationalId: 'AB123456', email: 'amina@example.org' } }));
      assert.equal(created.status, 201, JSON.stringify(created.body));
      const details = await api.get(`/v1/submissions/${created.body.trackingCode}`, { 'x-access-key': created.body.accessKey });
      assert.equal(details.status, 200);
      for (const [sent, got] of [
        [subject, details.body.subject],
        [description, details.body.description],
        [fullName, details.body.complainant.fullName],
      ] as const) {
        assert.equal(got, sent);
        assert.ok(Buffer.from(got, 'utf8').equals(Buffer.from(sent, 'utf8')), 'byte for byte');
      }
      const after = snapshot();
      assert.equal(after.submissions, before.submissions + 1, 'the submissions table is intact and gained one row');
      assert.equal(after.agencies, before.agencies);
      // the back office sees the same text, and can search for it
      const inbox = await api.get(`/v1/back-office/submissions?q=${encodeURIComponent('DROP TABLE')}`, dgsn);
      assert.ok(inbox.body.items.some((item: { subject: string }) => item.subject === subject));
      const wildcard = await api.get(`/v1/back-office/submissions?q=${encodeURIComponent('%')}`, dgsn);
      assert.ok(wildcard.body.total < (await api.get('/v1/back-office/submissions', dgsn)).body.total, '% is searched as text, not as a wildcard');
      await assertMatchesSchema('/components/schemas/SubmissionDetails', details.body, 'details');
    });
  });
});
