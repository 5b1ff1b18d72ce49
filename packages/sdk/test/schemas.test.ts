/**
 * The input schemas agree with the platform: for each body, the errors found here before any
 * request are the errors a real sandbox answers (same pointers, same codes), or both accept it.
 * References that only the platform can check (an agency, a service, a region that exists) are
 * kept out: every body here names records that exist.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import * as z from 'zod/mini';
import { startClient, type Client } from '../../sandbox/test/support/sandbox.js';
import { contract } from '../../sandbox/src/generated/contract.js';
import { ValidationError, type FieldError } from '../src/errors.js';
import {
  acknowledgeInput,
  agencyOnboarding,
  answerInput,
  fieldErrorCodes,
  forwardInput,
  measureInput,
  measurePatch,
  parse,
  ratingInput,
  rejectInput,
  renewalInput,
  reportApprovalInput,
  submissionInput,
  trackingCode,
  validate,
  validateField,
  validateFields,
} from '../src/schemas/index.js';

const boKey = { authorization: 'Bearer bo_sandbox_mrafp' };
const adminKey = { authorization: 'Bearer admin_sandbox' };

// ------------------------------------------------------------------ building bodies

const REMOVE = Symbol('remove');
type Edits = Record<string, unknown>;

/** A copy of `base` with values set (or removed, with REMOVE) at simple JSON Pointers. */
function edit<T>(base: T, edits: Edits): unknown {
  const copy = structuredClone(base) as Record<string, unknown>;
  for (const [pointer, value] of Object.entries(edits)) {
    const keys = pointer.split('/').slice(1);
    let node = copy;
    for (const key of keys.slice(0, -1)) {
      if (typeof node[key] !== 'object' || node[key] === null) node[key] = {};
      node = node[key] as Record<string, unknown>;
    }
    const last = keys.at(-1)!;
    if (value === REMOVE) delete node[last];
    else node[last] = value;
  }
  return copy;
}

const chars = (count: number, unit = 'a') => unit.repeat(count);

const complaint = {
  kind: 'complaint',
  agencyId: 'mrafp',
  subject: 'Carte nationale en retard',
  description: 'Ma carte nationale est en retard depuis trois mois, sans nouvelles.',
  answerLanguage: 'fr',
  consent: true,
  complainant: { fullName: 'Amina Idrissi', nationalId: 'AB123456', email: 'amina@example.ma' },
};
const suggestion = {
  kind: 'suggestion',
  agencyId: 'mrafp',
  subject: "Horaires d'ouverture le samedi",
  description: 'Ouvrir les guichets le samedi matin aiderait ceux qui travaillent en semaine.',
  answerLanguage: 'ar',
  consent: true,
};

// ------------------------------------------------------------------ the sandbox

let api: Client;
let serviceId: string;
let regionId: string;
let provinceId: string;
let otherAgency: string;
let sectorId: string;
let serviceCategoryId: string;

before(async () => {
  api = await startClient({ seed: { submissions: 0 } });
  serviceId = (await api.get('/v1/agencies/mrafp/services')).body.items[0].id;
  const region = (await api.get('/v1/regions')).body.items[0];
  regionId = region.id;
  provinceId = region.provinces[0].id;
  otherAgency = (await api.get('/v1/agencies?pageSize=5')).body.items.find((agency: { id: string }) => agency.id !== 'mrafp').id;
  sectorId = (await api.get('/v1/sectors')).body.items[0].id;
  serviceCategoryId = (await api.get('/v1/service-categories')).body.items[0].id;
});

after(() => api.sandbox.close());

interface Lodged {
  trackingCode: string;
  accessKey: string;
}

async function lodge(body: unknown = complaint): Promise<Lodged> {
  const answer = await api.post('/v1/submissions', body);
  assert.equal(answer.status, 201, JSON.stringify(answer.body));
  return answer.body;
}

async function lodgeAnswered(body: unknown = complaint): Promise<Lodged> {
  const lodged = await lodge(body);
  const answer = await api.post(
    `/v1/back-office/submissions/${lodged.trackingCode}/answer`,
    { answer: 'Votre carte est disponible au guichet.' },
    boKey,
  );
  assert.equal(answer.status, 200, JSON.stringify(answer.body));
  return lodged;
}

const sorted = (errors: readonly FieldError[]) =>
  [...errors].map(({ pointer, code }) => `${pointer} ${code}`).sort();

/** Every code the platform answered in these tests, to prove each rule was met at least once. */
const seenCodes = new Set<string>();

/**
 * Validates `body` here and sends it there (to a fresh target when `send` needs one), then asserts
 * the two verdicts are the same, and, when given, that the errors are the `expected` ones.
 */
async function agree(
  schema: z.core.$ZodType,
  body: unknown,
  send: (body: unknown) => Promise<{ status: number; body: any }>,
  expected?: readonly string[],
): Promise<void> {
  const mine = validate(schema, body);
  const theirs = await send(body);
  if (mine.ok) {
    assert.ok(theirs.status === 200 || theirs.status === 201, `the schema accepts, the platform answers ${theirs.status} ${JSON.stringify(theirs.body)}`);
    assert.deepEqual(mine.value, body, 'a valid body is passed through unchanged');
    assert.equal(expected, undefined, 'expected errors, the schema accepted');
    return;
  }
  assert.equal(theirs.status, 422, `the schema refuses ${JSON.stringify(mine.errors)}, the platform answers ${theirs.status} ${JSON.stringify(theirs.body)}`);
  for (const error of theirs.body.errors as FieldError[]) seenCodes.add(error.code);
  assert.deepEqual(sorted(mine.errors), sorted(theirs.body.errors));
  if (expected) assert.deepEqual(sorted(mine.errors), [...expected].sort());
}

type Case = [name: string, body: () => unknown, expected?: readonly string[]];

// ------------------------------------------------------------------ submissions

describe('submissionInput agrees with POST /v1/submissions', () => {
  const send = (body: unknown) => api.post('/v1/submissions', body);
  const c = complaint;
  const cases: Case[] = [
    // accepted
    ['a complaint with an email', () => c],
    ['a complaint with a phone 06…', () => edit(c, { '/complainant/email': REMOVE, '/complainant/phone': '0612345678' })],
    ['a complaint with a phone +212…', () => edit(c, { '/complainant/email': REMOVE, '/complainant/phone': '+212712345678' })],
    ['a complaint with a phone 05… and an email', () => edit(c, { '/complainant/phone': '0522123456' })],
    ['a complaint with an invalid email but a valid phone: only the email', () => edit(c, { '/complainant/email': 'amina', '/complainant/phone': '0612345678' }), ['/complainant/email invalid_format']],
    ['a suggestion without identity', () => suggestion],
    ['an observation with a name only', () => edit(suggestion, { '/kind': 'observation', '/complainant': { fullName: 'Yassine' } })],
    ['an observation with a full identity', () => edit(suggestion, { '/kind': 'observation', '/complainant': { fullName: 'Yassine B', nationalId: 'k9', email: 'y@b.ma', phone: '0612345678' } })],
    ['every optional field', () => ({ ...c, serviceId, location: { regionId, provinceId, commune: 'Agdal' }, occurredOn: '2024-02-29', channel: 'phone', answerLanguage: 'zgh' })],
    ['the shortest and longest texts', () => edit(c, { '/subject': chars(5), '/description': chars(5000), '/complainant/fullName': chars(120) })],
    ['lengths in characters, not UTF-16 units: 5 emoji make a subject', () => edit(c, { '/subject': chars(5, '😀'), '/description': chars(20, '𝔞') })],
    ['an email of 254 characters', () => edit(c, { '/complainant/email': `${chars(64)}@${chars(63)}.${chars(63)}.${chars(58)}.ma` })],
    ['a CIN of one letter and one digit, any case', () => edit(c, { '/complainant/nationalId': 'k1' })],
    // lengths bound the work only: a near miss is still a wrong format, a runaway value too long
    ['a CIN of 9 characters', () => edit(c, { '/complainant/nationalId': 'AB1234567' }), ['/complainant/nationalId invalid_format']],
    ['a CIN of 21 characters', () => edit(c, { '/complainant/nationalId': chars(21, '1') }), ['/complainant/nationalId too_long']],
    ['a phone of 21 characters', () => edit(c, { '/complainant/phone': chars(21, '0') }), ['/complainant/phone too_long']],
    ['a day of 31 characters', () => edit(c, { '/occurredOn': `2024-02-29${chars(21, ' ')}` }), ['/occurredOn too_long']],
    ['a date and time for a day', () => edit(c, { '/occurredOn': '2024-02-29T10:00:00Z' }), ['/occurredOn invalid_format']],
    // required
    ['no kind: only /kind is judged', () => edit(c, { '/kind': REMOVE, '/subject': 'x' }), ['/kind required']],
    ['an empty object', () => ({}), ['/kind required']],
    ['every required field missing in a complaint', () => ({ kind: 'complaint' }), ['/agencyId required', '/subject required', '/description required', '/answerLanguage required', '/consent required', '/complainant required']],
    ['every required field missing in a suggestion', () => ({ kind: 'suggestion' })],
    ['no fullName nor nationalId', () => edit(c, { '/complainant': { email: 'a@b.ma' } })],
    ['a location without regionId', () => edit(c, { '/location': { commune: 'Agdal' } }), ['/location/regionId required']],
    ['an observer without fullName', () => edit(suggestion, { '/complainant': { phone: '0612345678' } })],
    // unknown fields
    ['an unknown field', () => edit(c, { '/priority': 'high' }), ['/priority unknown_field']],
    ['unknown fields at every level, with ~ and / escaped', () => edit(c, { '/a/b': 1, '/complainant/age': 30, '/location': { regionId, x: 1 } }), ['/a unknown_field', '/complainant/age unknown_field', '/location/x unknown_field']],
    ['an unknown field named with / and ~', () => ({ ...c, 'a/b~c': true }), ['/a~1b~0c unknown_field']],
    ['an unknown field in an observer', () => edit(suggestion, { '/complainant': { fullName: 'Yassine', cin: 'AB1' } })],
    ['an unknown field next to wrong ones', () => edit(c, { '/subject': 'abc', '/foo': 1 })],
    ['an own __proto__ key', () => JSON.parse(`{"__proto__":{"admin":true},${JSON.stringify(c).slice(1)}`), ['/__proto__ unknown_field']],
    // wrong types
    ['an array', () => [], [' invalid_type']],
    ['a string', () => 'complaint'],
    ['null', () => null],
    ['a number kind', () => edit(c, { '/kind': 5 }), ['/kind invalid_value']],
    ['a null kind', () => edit(c, { '/kind': null })],
    ['a number subject', () => edit(c, { '/subject': 12345 }), ['/subject invalid_type']],
    ['consent as a string', () => edit(c, { '/consent': 'true' }), ['/consent invalid_type']],
    ['consent as 1', () => edit(c, { '/consent': 1 })],
    ['answerLanguage as a number', () => edit(c, { '/answerLanguage': 5 }), ['/answerLanguage invalid_type']],
    ['a string location', () => edit(c, { '/location': 'Rabat' })],
    ['an array location', () => edit(c, { '/location': [regionId] })],
    ['a string complainant', () => edit(c, { '/complainant': 'Amina' }), ['/complainant invalid_type']],
    ['a null complainant', () => edit(c, { '/complainant': null })],
    ['an array complainant', () => edit(c, { '/complainant': [] })],
    ['a number email and no phone', () => edit(c, { '/complainant/email': 5 }), ['/complainant/email invalid_type', '/complainant contact_required']],
    ['a number phone', () => edit(c, { '/complainant/email': REMOVE, '/complainant/phone': 612345678 })],
    ['a null serviceId', () => edit(c, { '/serviceId': null })],
    ['an observer that is a string', () => edit(suggestion, { '/complainant': 'Yassine' })],
    // invalid values
    ['an unknown kind', () => edit(c, { '/kind': 'complaints' }), ['/kind invalid_value']],
    ['consent false', () => edit(c, { '/consent': false }), ['/consent invalid_value']],
    ['an unknown language', () => edit(c, { '/answerLanguage': 'es' }), ['/answerLanguage invalid_value']],
    ['channel widget, set only by the platform', () => edit(c, { '/channel': 'widget' }), ['/channel invalid_value']],
    ['a complaint kind on an opinion body: its complainant is then required', () => edit(suggestion, { '/kind': 'complaint' })],
    // formats
    ['phones that are not Moroccan', () => edit(c, { '/complainant/phone': '0812345678' })],
    ['a phone one digit short', () => edit(c, { '/complainant/phone': '061234567' }), ['/complainant/phone invalid_format']],
    ['a phone +212 with a leading 0', () => edit(c, { '/complainant/phone': '+2120612345678' })],
    ['a phone with spaces', () => edit(c, { '/complainant/phone': '06 12 34 56 78' })],
    ['a CIN without letters', () => edit(c, { '/complainant/nationalId': '123456' }), ['/complainant/nationalId invalid_format']],
    ['a CIN of three letters', () => edit(c, { '/complainant/nationalId': 'ABC123' })],
    ['a CIN of seven digits', () => edit(c, { '/complainant/nationalId': 'A1234567' })],
    ['an email without domain dot', () => edit(c, { '/complainant/email': 'amina@example', '/complainant/phone': '0612345678' }), ['/complainant/email invalid_format']],
    ['an email with a space', () => edit(c, { '/complainant/email': 'amina idrissi@example.ma', '/complainant/phone': '0612345678' })],
    ['an email with unicode', () => edit(c, { '/complainant/email': 'amína@example.ma', '/complainant/phone': '0612345678' })],
    ['29 February of a common year', () => edit(c, { '/occurredOn': '2023-02-29' }), ['/occurredOn invalid_format']],
    ['31 April', () => edit(c, { '/occurredOn': '2024-04-31' })],
    ['month 13', () => edit(c, { '/occurredOn': '2024-13-01' })],
    ['a date without leading zeros', () => edit(c, { '/occurredOn': '2024-2-9' })],
    ['a date-time', () => edit(c, { '/occurredOn': '2024-02-09T10:00:00Z' })],
    // days: from the platform's first day to today (UTC)
    ['year 0', () => edit(c, { '/occurredOn': '0000-01-01' }), ['/occurredOn too_small']],
    ['the eve of the platform', () => edit(c, { '/occurredOn': '2017-12-31' }), ['/occurredOn too_small']],
    ['the first day of the platform', () => edit(c, { '/occurredOn': '2018-01-01' })],
    ['today', () => edit(c, { '/occurredOn': new Date().toISOString().slice(0, 10) })],
    ['tomorrow (UTC)', () => edit(c, { '/occurredOn': new Date(Date.now() + 86_400_000).toISOString().slice(0, 10) }), ['/occurredOn too_big']],
    ['year 9999', () => edit(c, { '/occurredOn': '9999-12-31' }), ['/occurredOn too_big']],
    ['a day that does not exist, before the platform: only the format', () => edit(c, { '/occurredOn': '2017-02-29' }), ['/occurredOn invalid_format']],
    ['a subject of spaces only', () => edit(c, { '/subject': chars(8, ' ') }), ['/subject no_visible_text']],
    ['a description of blanks only', () => edit(c, { '/description': chars(30, ' \n\t\u00a0') }), ['/description no_visible_text']],
    ['an agencyId in capitals', () => edit(c, { '/agencyId': 'MRAFP' }), ['/agencyId invalid_format']],
    ['a slug with a double hyphen', () => edit(c, { '/serviceId': 'mrafp--x' })],
    ['a region id with an underscore', () => edit(c, { '/location': { regionId: 'rabat_sale' } })],
    ['a lone surrogate in the description', () => edit(c, { '/description': `${chars(25)}\ud800` }), ['/description invalid_format']],
    // invisible text, control and bidi-override characters
    ...['\u200b', '\u200c\u200d', '\u2060', '\ufeff', '\u3164', '\u115f\u1160', '\uffa0', '\u2800', '\u0301', '\u00ad', '\ufe0f', '\ue000'].map(
      (unit): Case => [`a subject of U+${unit.codePointAt(0)!.toString(16)}…`, () => edit(c, { '/subject': chars(6, unit) }), ['/subject no_visible_text']],
    ),
    ['a subject of punctuation and symbols', () => edit(c, { '/subject': '?!… ★★' }), ['/subject no_visible_text']],
    ['a subject of digits', () => edit(c, { '/subject': '2024 - 2025' })],
    ['a name of digits', () => edit(c, { '/complainant/fullName': '12 34' }), ['/complainant/fullName no_visible_text']],
    ['a name of Hangul fillers, a commune of joiners', () => edit(c, { '/complainant/fullName': chars(3, '\u3164'), '/location': { regionId, commune: chars(2, '\u200d') } }), ['/complainant/fullName no_visible_text', '/location/commune no_visible_text']],
    ['a name with a decomposed accent and a joiner', () => edit(c, { '/complainant/fullName': 'Zoe\u0301 Ben\u200cAli' })],
    ['a description of zero-width spaces and line breaks', () => edit(c, { '/description': chars(25, '\u200b\n') }), ['/description no_visible_text']],
    ['a description of emoji, in lines, with tabs and CRLF', () => edit(c, { '/description': '👩‍👩‍👧‍👦\r\n\t👍👍👍👍👍👍👍👍👍👍👍👍👍👍👍👍👍👍' })],
    ['an Arabic subject with a right-to-left mark', () => edit(c, { '/subject': 'شكاية\u200f بخصوص البطاقة' })],
    ['a NUL in a subject', () => edit(c, { '/subject': 'Carte\u0000 perdue' }), ['/subject invalid_characters']],
    ['a line break or a tab in a subject', () => edit(c, { '/subject': 'Carte\nperdue', '/complainant/fullName': 'Amina\tIdrissi' }), ['/subject invalid_characters', '/complainant/fullName invalid_characters']],
    ['a line separator in a subject, allowed in a description', () => edit(c, { '/subject': 'Carte\u2028perdue', '/description': `${chars(20)}\u2028${chars(5)}` }), ['/subject invalid_characters']],
    ['overrides and isolates', () => edit(c, { '/subject': 'Carte \u202eeudrep', '/description': `\u2067${chars(25)}\u2069` }), ['/subject invalid_characters', '/description invalid_characters']],
    ['controls in a description, C0 and C1', () => edit(c, { '/description': `${chars(25)}\u001b[31m\u0085` }), ['/description invalid_characters']],
    ['a control in text with nothing visible: the control is named', () => edit(c, { '/subject': '\u0000\u200b\u200b\u200b\u200b' }), ['/subject invalid_characters']],
    ['a subject too short and invisible: too_short first', () => edit(c, { '/subject': '\u200b' }), ['/subject too_short']],
    // lengths
    ['a short subject: too_short before the blank check', () => edit(c, { '/subject': '   ' }), ['/subject too_short']],
    ['4 emoji are 4 characters, not 8 units', () => edit(c, { '/subject': chars(4, '😀') }), ['/subject too_short']],
    ['a short description', () => edit(c, { '/description': chars(19) })],
    ['a long subject', () => edit(c, { '/subject': chars(151) }), ['/subject too_long']],
    ['a long description', () => edit(c, { '/description': chars(5001) })],
    ['a one-letter name', () => edit(c, { '/complainant/fullName': 'A' })],
    ['a long name', () => edit(c, { '/complainant/fullName': chars(121) })],
    ['a long email', () => edit(c, { '/complainant/email': `${chars(64)}@${chars(63)}.${chars(63)}.${chars(59)}.ma` }), ['/complainant/email too_long', '/complainant contact_required']],
    ['a one-letter commune and a one-letter agency', () => edit(c, { '/location': { regionId, commune: 'x' }, '/agencyId': 'm' })],
    ['a long commune and a long service id', () => edit(c, { '/location': { regionId, commune: chars(101) }, '/serviceId': chars(61) })],
    // contact_required
    ['a complaint without email nor phone', () => edit(c, { '/complainant/email': REMOVE }), ['/complainant contact_required']],
    ['a complaint with an invalid email only', () => edit(c, { '/complainant/email': 'amina' }), ['/complainant/email invalid_format', '/complainant contact_required']],
    ['a complaint with an empty email and an invalid phone', () => edit(c, { '/complainant/email': '', '/complainant/phone': '123' })],
    ['a complaint with a short name and no contact', () => edit(c, { '/complainant': { fullName: 'A', nationalId: 'AB1' } })],
    ['a complaint with no name, no CIN, no contact', () => edit(c, { '/complainant': {} }), ['/complainant/fullName required', '/complainant/nationalId required', '/complainant contact_required']],
    ['a complaint with an unknown field and no contact', () => edit(c, { '/complainant': { fullName: 'Amina', nationalId: 'AB1', mobile: '0612345678' } })],
    ['an observation needs no contact', () => edit(suggestion, { '/complainant': { fullName: 'Yassine', nationalId: 'AB1' } })],
    // many at once
    ['many errors at once', () => ({ ...c, agencyId: 'M', subject: 5, description: chars(10), answerLanguage: 'de', consent: false, occurredOn: '2024-02-30', channel: 'fax', location: { provinceId: 'X' }, complainant: { fullName: 'A', nationalId: 'AB-1', phone: '+33612345678', x: 1 }, y: 2 })],
  ];
  for (const [name, body, expected] of cases) it(name, () => agree(submissionInput, body(), send, expected));
});

// ------------------------------------------------------------------ Object.prototype's names

describe("Object.prototype's names are unknown fields, here as there, at every level", () => {
  // Any well-formed code: a body is judged before the submission is looked up.
  const code = 'K7QM-4XPZ-RD';
  const key = { 'x-access-key': 'ak_x' };
  const names = { ar: 'جماعة', fr: 'Commune', en: 'Municipality', zgh: 'ⵜⴰⵎⵙⵙⵓⵔⵜ' };
  const bodies: [string, z.core.$ZodType, unknown, (body: unknown) => Promise<{ status: number; body: any }>][] = [
    ['a complaint', submissionInput, { ...complaint, location: { regionId: 'oriental' } }, (body) => api.post('/v1/submissions', body)],
    ['an observation', submissionInput, { ...suggestion, kind: 'observation', complainant: { fullName: 'Yassine' } }, (body) => api.post('/v1/submissions', body)],
    ['a rating', ratingInput, { score: 4 }, (body) => api.post(`/v1/submissions/${code}/rating`, body, key)],
    ['a renewal', renewalInput, { reason: 'La carte est toujours absente.' }, (body) => api.post(`/v1/submissions/${code}/renewal`, body, key)],
    ['a measure edit', measurePatch, { status: 'adopted' }, (body) => api.request('PATCH', '/v1/back-office/measures/1', { body, headers: boKey })],
    [
      'an agency',
      agencyOnboarding,
      { id: 'commune-x', acronym: 'CX', names, type: 'local_authority', sectorId: 'interior', website: 'https://x.ma', allowedOrigins: [], services: [{ slug: 'etat-civil', serviceCategoryId: 'civil-status', names }] },
      (body) => api.post('/v1/admin/agencies', body, adminKey),
    ],
  ];
  const levels = (value: unknown, pointer = ''): string[] =>
    Array.isArray(value)
      ? value.flatMap((item, index) => levels(item, `${pointer}/${index}`))
      : value !== null && typeof value === 'object'
        ? [pointer, ...Object.entries(value).flatMap(([name, item]) => levels(item, `${pointer}/${name}`))]
        : [];
  for (const [what, schema, body, send] of bodies)
    it(`${what}: ${levels(body).map((level) => level || '(top)').join(', ')}`, async () => {
      for (const level of levels(body))
        for (const name of Object.getOwnPropertyNames(Object.prototype)) {
          const marked = JSON.parse(JSON.stringify(body));
          level.split('/').slice(1).reduce((node, step) => node[step], marked).marker = 0;
          // Through JSON.parse, as a body arrives: `__proto__` is then an own key.
          const input = JSON.parse(JSON.stringify(marked).replace('"marker":0', `${JSON.stringify(name)}:{"isAdmin":true}`));
          await agree(schema, input, send, [`${level}/${name} unknown_field`]);
        }
    });
});

// ------------------------------------------------------------------ rating and renewal

describe('ratingInput agrees with POST /v1/submissions/{code}/rating', () => {
  let target: Lodged;
  before(async () => {
    target = await lodgeAnswered();
  });
  const rate = (to: () => Lodged) => (body: unknown) => api.post(`/v1/submissions/${to().trackingCode}/rating`, body, { 'x-access-key': to().accessKey });
  const cases: Case[] = [
    ['a score', () => ({ score: 1 })],
    ['a score and a comment', () => ({ score: 5, comment: 'Merci, réponse rapide.' })],
    ['a score of 3.0 is an integer in JSON', () => JSON.parse('{"score":3.0}')],
    ['no score', () => ({}), ['/score required']],
    ['no score, a comment', () => ({ comment: 'Bien' })],
    ['score 0', () => ({ score: 0 }), ['/score too_small']],
    ['score 6', () => ({ score: 6 }), ['/score too_big']],
    ['score 1e20', () => ({ score: 1e20 }), ['/score too_big']],
    ['score -3', () => ({ score: -3 })],
    ['score 2.5', () => ({ score: 2.5 }), ['/score invalid_type']],
    ['score as a string', () => ({ score: '3' }), ['/score invalid_type']],
    ['score null', () => ({ score: null })],
    ['score true', () => ({ score: true })],
    ['an empty comment', () => ({ score: 4, comment: '' }), ['/comment too_short']],
    ['a long comment', () => ({ score: 4, comment: chars(1001) }), ['/comment too_long']],
    ['a comment of 1000 emoji', () => ({ score: 4, comment: chars(1000, '👍') })],
    ['a number comment', () => ({ score: 4, comment: 4 })],
    ['an unknown field', () => ({ score: 4, stars: 4 }), ['/stars unknown_field']],
    ['a comment of a zero-width space', () => ({ score: 4, comment: '\u200b' }), ['/comment no_visible_text']],
    ['a comment with a NUL', () => ({ score: 4, comment: 'Merci\u0000' }), ['/comment invalid_characters']],
    ['a body that is an array', () => [4]],
  ];
  for (const [name, body, expected] of cases)
    it(name, async () => {
      const input = body();
      // an accepted rating closes the submission: each one gets its own
      const to = validate(ratingInput, input).ok ? await lodgeAnswered() : target;
      await agree(ratingInput, input, rate(() => to), expected);
    });
});

describe('renewalInput agrees with POST /v1/submissions/{code}/renewal', () => {
  let target: Lodged;
  before(async () => {
    target = await lodgeAnswered();
  });
  const renew = (to: Lodged) => (body: unknown) => api.post(`/v1/submissions/${to.trackingCode}/renewal`, body, { 'x-access-key': to.accessKey });
  const cases: Case[] = [
    ['a reason', () => ({ reason: 'La carte est toujours absente.' })],
    ['a reason of 10 characters', () => ({ reason: chars(10) })],
    ['a reason of 2000 characters', () => ({ reason: chars(2000) })],
    ['no reason', () => ({}), ['/reason required']],
    ['a short reason', () => ({ reason: 'Non merci' }), ['/reason too_short']],
    ['a long reason', () => ({ reason: chars(2001) }), ['/reason too_long']],
    ['a number reason', () => ({ reason: 1234567890 }), ['/reason invalid_type']],
    ['a reason of fillers', () => ({ reason: chars(12, '\u3164') }), ['/reason no_visible_text']],
    ['a reason with an override', () => ({ reason: 'La carte \u202eest absente' }), ['/reason invalid_characters']],
    ['a reason in two lines', () => ({ reason: 'La carte est absente.\nToujours.' })],
    ['an unknown field', () => ({ reason: chars(12), score: 1 }), ['/score unknown_field']],
    ['null', () => null, [' invalid_type']],
  ];
  for (const [name, body, expected] of cases)
    it(name, async () => {
      const input = body();
      const to = validate(renewalInput, input).ok ? await lodgeAnswered() : target;
      await agree(renewalInput, input, renew(to), expected);
    });
});

// ------------------------------------------------------------------ back office

describe('back-office inputs agree with the back-office operations', () => {
  let target: Lodged;
  before(async () => {
    target = await lodge();
  });
  const to = (action: string, code: string) => (body: unknown) => api.post(`/v1/back-office/submissions/${code}/${action}`, body, boKey);
  const check = (action: string, schema: z.core.$ZodType, cases: Case[]) => {
    describe(action, () => {
      for (const [name, body, expected] of cases)
        it(name, async () => {
          const input = body();
          // an accepted change moves the submission on: each one gets its own
          const code = validate(schema, input).ok ? (await lodge()).trackingCode : target.trackingCode;
          await agree(schema, input, to(action, code), expected);
        });
    });
  };

  check('acknowledge', acknowledgeInput, [
    ['no note', () => ({})],
    ['a note', () => ({ note: 'Votre demande est en cours.' })],
    ['an empty note', () => ({ note: '' }), ['/note too_short']],
    ['a long note', () => ({ note: chars(1001) }), ['/note too_long']],
    ['a number note', () => ({ note: 1 }), ['/note invalid_type']],
    ['a note of Braille blanks', () => ({ note: chars(3, '\u2800') }), ['/note no_visible_text']],
    ['an unknown field', () => ({ status: 'in_progress' }), ['/status unknown_field']],
    ['a string', () => 'ok'],
  ]);
  check('forward', forwardInput, [
    ['another agency and a note', () => ({ toAgencyId: otherAgency, note: 'Transmise.' })],
    ['nothing', () => ({}), ['/toAgencyId required', '/note required']],
    ['an agency in capitals', () => ({ toAgencyId: 'CNSS', note: 'x' }), ['/toAgencyId invalid_format']],
    ['a one-letter agency', () => ({ toAgencyId: 'c', note: 'x' }), ['/toAgencyId too_short']],
    ['a number agency and an empty note', () => ({ toAgencyId: 7, note: '' })],
    ['an unknown field', () => ({ toAgencyId: otherAgency, note: 'x', urgent: true })],
  ]);
  check('reject', rejectInput, [
    ['a reason', () => ({ reason: 'duplicate' })],
    ['a reason and a note', () => ({ reason: 'before_the_courts', note: 'Affaire pendante.' })],
    ['no reason', () => ({ note: 'x' }), ['/reason required']],
    ['an unknown reason', () => ({ reason: 'spam' }), ['/reason invalid_value']],
    ['a number reason', () => ({ reason: 3 }), ['/reason invalid_type']],
    ['an empty note', () => ({ reason: 'abusive', note: '' })],
  ]);
  check('answer', answerInput, [
    ['an answer', () => ({ answer: 'Votre carte est prête.' })],
    ['an answer of 10000 characters and a note', () => ({ answer: chars(10000), note: 'x' })],
    ['no answer', () => ({}), ['/answer required']],
    ['a short answer', () => ({ answer: 'Vu.' }), ['/answer too_short']],
    ['a long answer', () => ({ answer: chars(10001) }), ['/answer too_long']],
    ['an array answer', () => ({ answer: ['Votre carte est prête.'] }), ['/answer invalid_type']],
    ['an answer with a bell', () => ({ answer: 'Votre carte est prête.\u0007' }), ['/answer invalid_characters']],
    ['a long note', () => ({ answer: 'Votre carte est prête.', note: chars(1001) })],
  ]);
});

describe('measureInput agrees with POST /v1/back-office/measures', () => {
  const send = (body: unknown) => api.post('/v1/back-office/measures', body, boKey);
  const measure = {
    title: 'Prise de rendez-vous en ligne',
    description: 'Les demandes se font désormais sur rendez-vous en ligne.',
    status: 'adopted',
    date: '2024-02-29',
  };
  const cases: Case[] = [
    ['a measure', () => measure],
    ['a planned measure for a service', () => ({ ...measure, status: 'planned', serviceId, date: '2030-12-31' })],
    ['nothing', () => ({}), ['/title required', '/description required', '/status required', '/date required']],
    ['a short title', () => ({ ...measure, title: 'ab' }), ['/title too_short']],
    ['a title of zero-width spaces, a description with an isolate', () => ({ ...measure, title: chars(4, '\u200b'), description: `\u2066${measure.description}` }), ['/title no_visible_text', '/description invalid_characters']],
    ['a long description', () => ({ ...measure, description: chars(4001) }), ['/description too_long']],
    ['an unknown status', () => ({ ...measure, status: 'done' }), ['/status invalid_value']],
    ['a day that does not exist', () => ({ ...measure, date: '2025-02-29' }), ['/date invalid_format']],
    ['a number date', () => ({ ...measure, date: 20240229 }), ['/date invalid_type']],
    ['a day before the platform', () => ({ ...measure, date: '2017-12-31' }), ['/date too_small']],
    ['a day past the last year a report covers', () => ({ ...measure, date: '2101-01-01' }), ['/date too_big']],
    ['the last day a report covers', () => ({ ...measure, status: 'planned', date: '2100-12-31' })],
    ['a service id in capitals', () => ({ ...measure, serviceId: 'MRAFP-X' })],
    ['an unknown field', () => ({ ...measure, agencyId: 'mrafp' }), ['/agencyId unknown_field']],
  ];
  for (const [name, body, expected] of cases) it(name, () => agree(measureInput, body(), send, expected));
});

describe('measurePatch agrees with PATCH /v1/back-office/measures/{measureId}', () => {
  let measureId: number;
  before(() => {
    measureId = api.sandbox.store.db.prepare("SELECT id FROM measures WHERE agency_id = 'mrafp' LIMIT 1").pluck().get() as number;
  });
  const send = (body: unknown) => api.request('PATCH', `/v1/back-office/measures/${measureId}`, { body, headers: boKey });
  const cases: Case[] = [
    ['one field', () => ({ status: 'adopted' })],
    ['every field', () => ({ title: 'Accueil sur rendez-vous', description: 'Chaque demande reçoit un rendez-vous.', serviceId, status: 'planned', date: '2030-12-31' })],
    ['serviceId null, to detach it', () => ({ serviceId: null })],
    ['nothing to change', () => ({}), [' too_short']],
    ['an unknown field alone', () => ({ agencyId: 'mrafp' }), ['/agencyId unknown_field']],
    ['a short title and a day that does not exist', () => ({ title: 'ab', date: '2025-02-29' }), ['/title too_short', '/date invalid_format']],
    ['year 1', () => ({ date: '0001-01-01' }), ['/date too_small']],
    ['a service id in capitals', () => ({ serviceId: 'MRAFP-X' }), ['/serviceId invalid_format']],
    ['a number service id', () => ({ serviceId: 42 }), ['/serviceId invalid_type']],
    ['a null status', () => ({ status: null }), ['/status invalid_type']],
    ['an array', () => [], [' invalid_type']],
  ];
  for (const [name, body, expected] of cases) it(name, () => agree(measurePatch, body(), send, expected));
});

// ------------------------------------------------------------------ admin

describe('agencyOnboarding agrees with POST /v1/admin/agencies', () => {
  const send = (body: unknown) => api.post('/v1/admin/agencies', body, adminKey);
  let next = 0;
  const names = { ar: 'جماعة إفران', fr: "Commune d'Ifrane", en: 'Municipality of Ifrane', zgh: 'ⵜⴰⵎⵙⵙⵓⵔⵜ ⵏ ⵉⴼⵔⴰⵏ' };
  const agency = () => ({
    id: `commune-test-${++next}`,
    acronym: 'CIF',
    names,
    type: 'local_authority',
    sectorId,
    website: 'https://www.ifrane.ma',
    allowedOrigins: ['https://www.ifrane.ma', 'http://localhost:8080'],
    services: [{ slug: 'etat-civil', serviceCategoryId, names }],
  });
  const cases: Case[] = [
    ['an agency', () => agency()],
    ['with joinedOn, a website with a path, no origins', () => ({ ...agency(), joinedOn: '2024-02-29', website: 'https://www.ifrane.ma/fr/accueil?x=1', allowedOrigins: [] })],
    ['20 origins and 100 services', () => ({ ...agency(), allowedOrigins: Array.from({ length: 20 }, (_, i) => `https://s${i}.ifrane.ma`), services: Array.from({ length: 100 }, (_, i) => ({ slug: `s-${i}`, serviceCategoryId, names })) })],
    ['nothing', () => ({}), ['/id required', '/acronym required', '/names required', '/type required', '/sectorId required', '/website required', '/allowedOrigins required', '/services required']],
    ['an id with spaces', () => ({ ...agency(), id: 'Commune Ifrane' }), ['/id invalid_format']],
    ['an empty acronym', () => ({ ...agency(), acronym: '' }), ['/acronym too_short']],
    ['an acronym of a dot, a name of a soft hyphen', () => ({ ...agency(), acronym: '.', names: { ...names, en: '\u00ad' } }), ['/acronym no_visible_text', '/names/en no_visible_text']],
    ['a long acronym', () => ({ ...agency(), acronym: chars(21) })],
    ['a missing name and an empty one', () => ({ ...agency(), names: { ar: '', fr: 'x', en: 'x' } }), ['/names/ar too_short', '/names/zgh required']],
    ['names with an extra language', () => ({ ...agency(), names: { ...names, es: 'x' } }), ['/names/es unknown_field']],
    ['an unknown type', () => ({ ...agency(), type: 'agency' }), ['/type invalid_value']],
    ['an ftp website', () => ({ ...agency(), website: 'ftp://ifrane.ma' }), ['/website invalid_format']],
    ['a website with a space', () => ({ ...agency(), website: 'https://www.ifrane .ma' })],
    ['a long website', () => ({ ...agency(), website: `https://${chars(200)}.ma` }), ['/website too_long']],
    ['an origin with a path', () => ({ ...agency(), allowedOrigins: ['https://ifrane.ma/x'] }), ['/allowedOrigins/0 invalid_format']],
    ['21 origins', () => ({ ...agency(), allowedOrigins: Array.from({ length: 21 }, (_, i) => `https://s${i}.ifrane.ma`) }), ['/allowedOrigins too_many']],
    ['origins as a string', () => ({ ...agency(), allowedOrigins: 'https://ifrane.ma' }), ['/allowedOrigins invalid_type']],
    ['no services', () => ({ ...agency(), services: [] }), ['/services too_short']],
    ['101 services', () => ({ ...agency(), services: Array.from({ length: 101 }, (_, i) => ({ slug: `s-${i}`, serviceCategoryId, names })) }), ['/services too_many']],
    ['a service without names, another with an unknown field', () => ({ ...agency(), services: [{ slug: 'a1', serviceCategoryId }, { slug: 'a2', serviceCategoryId, names, x: 1 }] }), ['/services/0/names required', '/services/1/x unknown_field']],
    ['a service that is a string', () => ({ ...agency(), services: ['etat-civil'] }), ['/services/0 invalid_type']],
    ['a joinedOn that does not exist', () => ({ ...agency(), joinedOn: '2024-06-31' })],
    ['joined before the platform', () => ({ ...agency(), joinedOn: '1970-01-01' }), ['/joinedOn too_small']],
    ['joining tomorrow (UTC)', () => ({ ...agency(), joinedOn: new Date(Date.now() + 86_400_000).toISOString().slice(0, 10) }), ['/joinedOn too_big']],
  ];
  for (const [name, body, expected] of cases) it(name, () => agree(agencyOnboarding, body(), send, expected));
});

describe('reportApprovalInput agrees with POST /v1/admin/reports/approvals', () => {
  const send = (body: unknown) => api.post('/v1/admin/reports/approvals', body, adminKey);
  // the year before the seed's: over, and not yet approved
  const year = new Date().getUTCFullYear() - 1;
  const cases: Case[] = [
    ['an agency', () => ({ scope: 'agency', id: 'mrafp', year })],
    ['a sector', () => ({ scope: 'sector', id: sectorId, year })],
    ['the nation', () => ({ scope: 'national', year })],
    ['nothing', () => ({}), ['/scope required', '/year required']],
    ['an agency without its id', () => ({ scope: 'agency', year }), ['/id required']],
    ['a sector without its id', () => ({ scope: 'sector', year }), ['/id required']],
    ['the nation with an id', () => ({ scope: 'national', id: sectorId, year }), ['/id unknown_field']],
    ['no id and a year before the platform: only the year', () => ({ scope: 'agency', year: 2017 }), ['/year too_small']],
    ['no id and an unknown field: only the field', () => ({ scope: 'sector', year, region: 'oriental' }), ['/region unknown_field']],
    ['an unknown scope', () => ({ scope: 'region', id: 'oriental', year }), ['/scope invalid_value']],
    ['an id in capitals', () => ({ scope: 'agency', id: 'MRAFP', year }), ['/id invalid_format']],
    ['a year as text', () => ({ scope: 'national', year: String(year) }), ['/year invalid_type']],
    ['a year past 2100', () => ({ scope: 'national', year: 2101 }), ['/year too_big']],
  ];
  for (const [name, body, expected] of cases) it(name, () => agree(reportApprovalInput, body(), send, expected));
});

// ------------------------------------------------------------------ known differences

describe('where the platform goes beyond the contract (pinned, so a change on either side is seen)', () => {
  const send = (body: unknown) => api.post('/v1/submissions', body);

  it('a lone surrogate: the platform answers only that field, before its schema; the schema answers every field', async () => {
    const body = edit(complaint, { '/subject': 'abc', '/description': `${chars(25)}\udc00` });
    assert.deepEqual(sorted((validate(submissionInput, body) as { errors: FieldError[] }).errors), ['/description invalid_format', '/subject too_short']);
    const theirs = await send(body);
    assert.deepEqual(theirs.body.errors, [{ pointer: '/description', code: 'invalid_format' }]);
  });
});

// ------------------------------------------------------------------ coverage of the codes

describe('the codes', () => {
  it('fieldErrorCodes lists exactly the contract codes of FieldError', () => {
    const schemas = (contract as any).components.schemas;
    const description: string = schemas.FieldError.properties.code.description;
    const listed = [...description.matchAll(/`([a-z_]+)`/g)].map((match) => match[1]);
    assert.deepEqual([...fieldErrorCodes].sort(), listed.sort());
  });

  it('every code a schema can find was met, and agreed on, at least once above', () => {
    const schemaCodes = fieldErrorCodes.filter((code) => (!code.startsWith('unknown_') || code === 'unknown_field') && code !== 'duplicate_key');
    assert.deepEqual(
      schemaCodes.filter((code) => !seenCodes.has(code)),
      [],
    );
  });

  it('the message of every zod issue is its contract code', () => {
    const bad = { ...complaint, subject: 'abc', consent: 'yes', complainant: { fullName: 'A', nationalId: '1', x: 1 }, y: 1 };
    const result = z.safeParse(submissionInput, bad);
    assert.equal(result.success, false);
    for (const issue of result.error!.issues) assert.ok((fieldErrorCodes as readonly string[]).includes(issue.message), issue.message);
  });
});

// ------------------------------------------------------------------ one field, one step

describe('validateField and validateFields, for a form', () => {
  it('judges one field of a partial draft, as the platform judges it in the whole body', async () => {
    const drafts: unknown[] = [
      { kind: 'complaint' },
      { kind: 'complaint', subject: 'abc', complainant: { fullName: 'Amina' } },
      { kind: 'complaint', subject: 'Carte en retard', description: 'court', complainant: { fullName: 'Amina', nationalId: 'AB1', email: 'amina@' } },
      { kind: 'complaint', complainant: { fullName: 'Amina', nationalId: 'AB1', phone: '0612345678' }, location: { commune: 'x' } },
      { kind: 'observation', subject: '      ', consent: false, answerLanguage: 'fr' },
    ];
    const pointers = [
      '/subject',
      '/description',
      '/agencyId',
      '/consent',
      '/answerLanguage',
      '/complainant',
      '/complainant/fullName',
      '/complainant/nationalId',
      '/complainant/email',
      '/complainant/phone',
      '/location/regionId',
      '/location/commune',
    ];
    for (const draft of drafts) {
      const server = await api.post('/v1/submissions', draft);
      assert.equal(server.status, 422);
      for (const pointer of pointers) {
        const theirs = (server.body.errors as FieldError[]).find((error) => error.pointer === pointer)?.code ?? null;
        assert.equal(validateField(submissionInput, draft, pointer), theirs, `${JSON.stringify(draft)} at ${pointer}`);
      }
    }
  });

  it('answers the codes a form shows as the user leaves each field', () => {
    const draft = { kind: 'complaint', subject: 'abc', complainant: { fullName: 'Amina Idrissi', nationalId: 'AB1', email: 'amina@' } };
    assert.equal(validateField(submissionInput, draft, '/subject'), 'too_short');
    assert.equal(validateField(submissionInput, draft, '/description'), 'required');
    assert.equal(validateField(submissionInput, draft, '/complainant/email'), 'invalid_format');
    assert.equal(validateField(submissionInput, draft, '/complainant'), 'contact_required');
    assert.equal(validateField(submissionInput, draft, '/complainant/fullName'), null);
    assert.equal(validateField(submissionInput, draft, '/complainant/phone'), null);
    assert.equal(validateField(submissionInput, { ...complaint }, '/subject'), null);
    assert.equal(validateField(ratingInput, { score: 9 }, '/score'), 'too_big');
  });

  it('checks one step: the fields of the step and what they hold', () => {
    const draft = { kind: 'complaint', subject: 'abc', complainant: { fullName: 'A', nationalId: 'AB1' } };
    assert.deepEqual(sorted(validateFields(submissionInput, draft, ['/complainant'])), ['/complainant contact_required', '/complainant/fullName too_short']);
    assert.deepEqual(sorted(validateFields(submissionInput, draft, ['/subject', '/description'])), ['/description required', '/subject too_short']);
    assert.deepEqual(validateFields(submissionInput, complaint, ['/subject']), []);
  });
});

// ------------------------------------------------------------------ parse and tracking codes

describe('parse and trackingCode', () => {
  it('parse answers the value, or throws the SDK ValidationError with the field errors', () => {
    assert.deepEqual(parse(submissionInput, complaint), complaint);
    assert.throws(
      () => parse(ratingInput, { score: 0, x: 1 }),
      (error: unknown) =>
        error instanceof ValidationError &&
        error.code === 'validation_failed' &&
        sorted(error.errors).join() === ['/score too_small', '/x unknown_field'].join(),
    );
  });

  it('reads a tracking code as typed and gives it back canonical', async () => {
    const { trackingCode: code } = await lodge();
    const typed = code.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o').replace(/1/g, 'l');
    assert.deepEqual(validate(trackingCode, typed), { ok: true, value: code });
    const status = await api.get(`/v1/submissions/${parse(trackingCode, typed)}/status`);
    assert.equal(status.status, 200);
  });

  it('refuses a wrong check symbol, a wrong length, another type, nothing', () => {
    // One symbol off: the check symbol of K7QM-4XPZ-R? is D, not 2.
    assert.deepEqual(validate(trackingCode, 'K7QM-4XPZ-R2'), { ok: false, errors: [{ pointer: '', code: 'invalid_format' }] });
    assert.deepEqual(validate(trackingCode, 'K7QM-4XPZ'), { ok: false, errors: [{ pointer: '', code: 'invalid_format' }] });
    assert.deepEqual(validate(trackingCode, 42), { ok: false, errors: [{ pointer: '', code: 'invalid_type' }] });
    assert.deepEqual(validate(trackingCode, undefined), { ok: false, errors: [{ pointer: '', code: 'required' }] });
    assert.deepEqual(validate(trackingCode, 'k7qm4xpzrd'), { ok: true, value: 'K7QM-4XPZ-RD' });
  });
});
