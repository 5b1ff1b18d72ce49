/**
 * Every method of every resource of `createClient`, against one real seeded sandbox over HTTP:
 * the reference data, the agencies, a complaint's whole life (lodged, followed, taken in hand,
 * answered, renewed, answered again, rated), a forward and a rejection, the measures, the
 * onboarding of a new agency, the reports and the KPIs. The last test proves no method was skipped.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ApiError, type ChikayaClient, createClient, type Input, type SubmissionReceipt, ValidationError } from '@chikaya/sdk';
import {
  clientFor,
  complaint,
  devAccessKey,
  devAdminKey,
  devBackOfficeKey,
  failure,
  rowsWithSubject,
  type SandboxClient,
  sandbox,
  suggestion,
} from './support/sandbox.js';

let api: SandboxClient;
const called = new Set<string>();

/** The client, with each method call recorded as `resource.method`. */
function tracked(client: ChikayaClient): ChikayaClient {
  const wrapped: Record<string, unknown> = {};
  for (const [resource, methods] of Object.entries(client)) {
    wrapped[resource] = Object.fromEntries(
      Object.entries(methods as Record<string, (...args: unknown[]) => unknown>).map(([name, method]) => [
        name,
        (...args: unknown[]) => {
          called.add(`${resource}.${name}`);
          return method(...args);
        },
      ]),
    );
  }
  return wrapped as ChikayaClient;
}

let publicClient: ChikayaClient;
let dgsn: ChikayaClient;
let cnss: ChikayaClient;
let admin: ChikayaClient;

before(async () => {
  api = await sandbox({ submissions: 2000 });
  const make = (secretKey?: string) => tracked(createClient({ baseUrl: api.url, ...(secretKey ? { secretKey } : {}) }));
  publicClient = make();
  dgsn = make(devBackOfficeKey('dgsn'));
  cnss = make(devBackOfficeKey('cnss'));
  admin = make(devAdminKey);
});
after(() => api.sandbox.close());

describe('reference', () => {
  test('sectors, service categories and regions with their provinces, named in the four languages', async () => {
    const [sectors, categories, regions] = await Promise.all([
      publicClient.reference.sectors(),
      publicClient.reference.serviceCategories(),
      publicClient.reference.regions(),
    ]);
    assert.ok(sectors.items.some((sector) => sector.id === 'interior'));
    assert.ok(categories.items.some((category) => category.id === 'identity-documents'));
    assert.equal(regions.items.length, 12);
    const rabat = regions.items.find((region) => region.id === 'rabat-sale-kenitra');
    assert.ok(rabat?.provinces.some((province) => province.id === 'rabat'));
    for (const { names } of [...sectors.items, ...categories.items, ...regions.items])
      assert.deepEqual(Object.keys(names).sort(), ['ar', 'en', 'fr', 'zgh']);
  });
});

describe('agencies', () => {
  test('list: the 90 agencies in joining order, by page, by sector and by text', async () => {
    const all = await publicClient.agencies.list({ pageSize: 100 });
    assert.equal(all.total, 90);
    assert.equal(all.items.length, 90);
    assert.equal(all.items[0]!.id, 'mrafp');
    const sorted = [...all.items].sort((a, b) => a.joinedOn.localeCompare(b.joinedOn));
    assert.deepEqual(
      all.items.map((agency) => agency.joinedOn),
      sorted.map((agency) => agency.joinedOn),
    );

    const second = await publicClient.agencies.list({ page: 2, pageSize: 10 });
    assert.deepEqual(
      second.items.map((agency) => agency.id),
      all.items.slice(10, 20).map((agency) => agency.id),
    );
    assert.equal(second.page, 2);

    const interior = await publicClient.agencies.list({ sector: 'interior', pageSize: 100 });
    assert.ok(interior.total > 0 && interior.total < 90);
    assert.ok(interior.items.every((agency) => agency.sectorId === 'interior'));
    assert.ok(interior.items.some((agency) => agency.id === 'dgsn'));

    const found = await publicClient.agencies.list({ q: 'DGSN' });
    assert.ok(found.items.some((agency) => agency.id === 'dgsn'));
  });

  test('get and services: one agency and the services it delivers', async () => {
    const agency = await publicClient.agencies.get('dgsn');
    assert.equal(agency.id, 'dgsn');
    assert.equal(agency.sectorId, 'interior');
    assert.ok(agency.names.fr.length > 0);
    const services = await publicClient.agencies.services('dgsn');
    assert.ok(services.items.length > 0);
    assert.ok(services.items.every((service) => service.agencyId === 'dgsn'));
    assert.ok(services.items.some((service) => service.id === 'dgsn-cnie' && service.serviceCategoryId === 'identity-documents'));
  });

  test('an unknown agency is an ApiError 404 agency_not_found; a bad page size a 422 naming the parameter', async () => {
    const missing = await failure(publicClient.agencies.get('no-such-agency'), ApiError, 'agency_not_found');
    assert.equal(missing.status, 404);
    assert.equal(missing.problem.status, 404);
    await failure(publicClient.agencies.services('no-such-agency'), ApiError, 'agency_not_found');

    const invalid = await failure(publicClient.agencies.list({ pageSize: 1000 }), ApiError, 'validation_failed');
    assert.equal(invalid.status, 422);
    assert.deepEqual(invalid.errors, [{ parameter: 'pageSize', code: 'too_big' }]);
    assert.deepEqual(invalid.problem.errors, invalid.errors);
  });

  test('an id is one path segment: `../` cannot reach another resource', async () => {
    await failure(publicClient.agencies.get('../sectors'), ApiError, 'validation_failed');
  });
});

describe('a complaint, from lodging to rating', () => {
  const input = complaint();
  let receipt: SubmissionReceipt;

  test('create: a tracking code, an access key shown once, the due date 60 days on', async () => {
    receipt = await publicClient.submissions.create(input);
    assert.match(receipt.trackingCode, /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{2}$/);
    assert.match(receipt.accessKey, /^ak_/);
    assert.equal(receipt.status, 'received');
    assert.equal(receipt.agencyId, 'dgsn');
    assert.equal(receipt.kind, 'complaint');
    assert.equal(receipt.receivedAt, '2026-06-01T09:00:00.000Z');
    assert.equal(receipt.dueDate, '2026-07-31');
    assert.equal(rowsWithSubject(api, input.subject), 1);
  });

  test('status: public, without personal data, read as the user types the code', async () => {
    const status = await publicClient.submissions.status(receipt.trackingCode);
    assert.equal(status.trackingCode, receipt.trackingCode);
    assert.equal(status.status, 'received');
    assert.deepEqual(
      status.timeline.map((event) => [event.status, event.actor]),
      [['received', 'user']],
    );
    assert.ok(!('complainant' in status) && !('description' in status));
    const typed = receipt.trackingCode.toLowerCase().replace(/-/g, ' ');
    assert.deepEqual(await publicClient.submissions.status(typed), status);
  });

  test('details: everything lodged, for the holder of the access key', async () => {
    const details = await publicClient.submissions.details(receipt.trackingCode, receipt.accessKey);
    assert.equal(details.subject, input.subject);
    assert.equal(details.description, input.description);
    assert.deepEqual(details.complainant, input.complainant);
    assert.equal(details.channel, 'web');
    assert.equal(details.answer, null);
    assert.equal(details.canRate, false);
    assert.equal(details.canRenew, false);

    const wrongKey = await failure(publicClient.submissions.details(receipt.trackingCode, 'ak_wrong'), ApiError, 'access_key_invalid');
    assert.equal(wrongKey.status, 403);
  });

  test('backOffice.inbox: the agency finds it by filters and text', async () => {
    const page = await dgsn.backOffice.inbox({ q: receipt.trackingCode });
    assert.deepEqual(
      page.items.map((item) => [item.trackingCode, item.status, item.subject]),
      [[receipt.trackingCode, 'received', input.subject]],
    );
    const received = await dgsn.backOffice.inbox({ status: ['received', 'forwarded'], kind: 'complaint', pageSize: 100 });
    assert.ok(received.items.length > 0);
    assert.ok(received.items.every((item) => ['received', 'forwarded'].includes(item.status) && item.kind === 'complaint'));
    assert.ok(received.items.some((item) => item.trackingCode === receipt.trackingCode));
    const overdue = await dgsn.backOffice.inbox({ overdue: true, pageSize: 5 });
    assert.ok(overdue.items.every((item) => item.overdue));
  });

  test('backOffice.get: the submission with its personal data; another agency sees nothing', async () => {
    const seen = await dgsn.backOffice.get(receipt.trackingCode);
    assert.equal(seen.trackingCode, receipt.trackingCode);
    // Read as typed, as for the public status.
    assert.deepEqual(await dgsn.backOffice.get(receipt.trackingCode.toLowerCase().replace(/-/g, ' ')), seen);
    assert.deepEqual(seen.complainant, input.complainant);
    const elsewhere = await failure(cnss.backOffice.get(receipt.trackingCode), ApiError, 'submission_not_found');
    assert.equal(elsewhere.status, 404);
  });

  test('backOffice.acknowledge: received → in_progress, with a public note', async () => {
    const note = 'Votre demande est en cours d’examen.';
    const acknowledged = await dgsn.backOffice.acknowledge(receipt.trackingCode, { note });
    assert.equal(acknowledged.status, 'in_progress');
    assert.deepEqual(acknowledged.timeline.at(-1), {
      at: '2026-06-01T09:00:00.000Z',
      status: 'in_progress',
      actor: 'agency',
      agencyId: 'dgsn',
      note,
    });
    const again = await failure(dgsn.backOffice.acknowledge(receipt.trackingCode), ApiError, 'invalid_transition');
    assert.equal(again.status, 409);
    assert.equal(again.problem.detail, 'Not possible while the submission is in_progress.');
    assert.equal(again.message, again.problem.detail);
  });

  test('backOffice.markAbusive and unmarkAbusive: out of the KPIs and back, in the agency’s timeline; prove() makes a proof', async () => {
    const spam = await publicClient.submissions.create(suggestion({ description: 'Gagnez de l’argent facilement en cliquant sur ce lien.' }));
    const before = (await api.get('/v1/kpis/agencies/dgsn')).body.counts;
    const marked = await dgsn.backOffice.markAbusive(spam.trackingCode, { reason: 'spam', note: 'Publicité.' });
    assert.deepEqual(marked.abuse, { reason: 'spam', note: 'Publicité.', at: '2026-06-01T09:00:00.000Z', by: 'dgsn' });
    assert.deepEqual(marked.timeline.at(-1)?.abuse, { action: 'marked', reason: 'spam' });
    const during = (await api.get('/v1/kpis/agencies/dgsn')).body.counts;
    assert.deepEqual([during.received, during.abusive], [before.received - 1, (before.abusive ?? 0) + 1]);
    await failure(dgsn.backOffice.markAbusive(spam.trackingCode, { reason: 'spam' }), ApiError, 'invalid_transition');
    const unmarked = await dgsn.backOffice.unmarkAbusive(spam.trackingCode, { note: 'Marquée par erreur.' });
    assert.equal(unmarked.abuse, null);
    assert.equal((await publicClient.submissions.status(spam.trackingCode)).timeline.length, 1, 'the public timeline shows neither');
    const proof = await publicClient.submissions.prove();
    assert.ok(proof.header.length > 100 && proof.expires > Date.now());
  });

  test('rate before an answer: ApiError 409 not_answered', async () => {
    await failure(publicClient.submissions.rate(receipt.trackingCode, receipt.accessKey, { score: 3 }), ApiError, 'not_answered');
  });

  test('backOffice.answer: the answer reaches the holder of the access key, who may rate or renew', async () => {
    const text = 'Votre carte est disponible au commissariat de votre quartier.';
    const answered = await dgsn.backOffice.answer(receipt.trackingCode, { answer: text });
    assert.equal(answered.status, 'answered');
    const details = await publicClient.submissions.details(receipt.trackingCode, receipt.accessKey);
    assert.equal(details.answer?.text, text);
    assert.equal(details.canRate, true);
    assert.equal(details.canRenew, true);
    assert.equal(details.renewableUntil, '2026-07-01');
  });

  test('renew: the complainant contests the answer; the complaint is open again, once', async () => {
    const reason = 'La réponse ne traite pas le retard de délivrance de ma carte.';
    const renewed = await publicClient.submissions.renew(receipt.trackingCode, receipt.accessKey, { reason });
    assert.equal(renewed.status, 'in_progress');
    assert.equal(renewed.renewed, true);
    assert.equal(renewed.renewal?.reason, reason);
    assert.equal((await publicClient.submissions.status(receipt.trackingCode)).renewed, true);

    await dgsn.backOffice.answer(receipt.trackingCode, { answer: 'Votre carte a été envoyée à votre domicile par la poste.' });
    const twice = await failure(publicClient.submissions.renew(receipt.trackingCode, receipt.accessKey, { reason }), ApiError, 'not_renewable');
    assert.equal(twice.status, 409);
  });

  test('rate: the answer rated from 1 to 5 closes the submission; once only', async () => {
    const rated = await publicClient.submissions.rate(receipt.trackingCode, receipt.accessKey, { score: 4, comment: 'Merci.' });
    assert.equal(rated.status, 'closed');
    assert.equal(rated.rating?.score, 4);
    assert.equal(rated.canRate, false);
    await failure(publicClient.submissions.rate(receipt.trackingCode, receipt.accessKey, { score: 5 }), ApiError, 'already_rated');
    const status = await publicClient.submissions.status(receipt.trackingCode);
    assert.deepEqual(
      status.timeline.map((event) => event.status),
      ['received', 'in_progress', 'answered', 'in_progress', 'answered', 'closed'],
    );
  });
});

describe('forward and reject', () => {
  test('backOffice.forward: to the competent agency, which takes it in hand', async () => {
    const receipt = await publicClient.submissions.create(suggestion());
    const forwarded = await dgsn.backOffice.forward(receipt.trackingCode, {
      toAgencyId: 'cnss',
      note: 'Transmise à la CNSS, compétente pour les prestations familiales.',
    });
    assert.equal(forwarded.status, 'forwarded');
    assert.equal(forwarded.agencyId, 'cnss');
    assert.equal(forwarded.dueDate, receipt.dueDate);
    await failure(dgsn.backOffice.get(receipt.trackingCode), ApiError, 'submission_not_found');
    const inbox = await cnss.backOffice.inbox({ q: receipt.trackingCode });
    assert.deepEqual(
      inbox.items.map((item) => item.status),
      ['forwarded'],
    );
    const taken = await cnss.backOffice.acknowledge(receipt.trackingCode, {});
    assert.equal(taken.status, 'in_progress');

    const toItself = await failure(
      cnss.backOffice.forward(receipt.trackingCode, { toAgencyId: 'cnss', note: 'Retour.' }),
      ApiError,
      'validation_failed',
    );
    assert.deepEqual(toItself.errors, [{ pointer: '/toAgencyId', code: 'invalid_value' }]);
  });

  test('backOffice.reject: inadmissible, with a reason the complainant reads', async () => {
    const receipt = await publicClient.submissions.create(complaint());
    const rejected = await dgsn.backOffice.reject(receipt.trackingCode, { reason: 'duplicate', note: 'Déjà traitée sous un autre numéro.' });
    assert.equal(rejected.status, 'rejected');
    assert.equal(rejected.rejectionReason, 'duplicate');
    const details = await publicClient.submissions.details(receipt.trackingCode, receipt.accessKey);
    assert.equal(details.rejectionReason, 'duplicate');
    await failure(dgsn.backOffice.answer(receipt.trackingCode, { answer: 'Une réponse bien trop tardive.' }), ApiError, 'invalid_transition');
  });

  test('a seeded submission opens with its documented development access key', async () => {
    const { items } = await dgsn.backOffice.inbox({ pageSize: 20 });
    const item = items.find((seeded) => seeded.receivedAt < '2026-06-01T00:00:00Z');
    assert.ok(item);
    const details = await publicClient.submissions.details(item.trackingCode, devAccessKey(item.trackingCode));
    assert.equal(details.trackingCode, item.trackingCode);
  });
});

describe('back office keys', () => {
  test('without a key, or with an unknown one: ApiError 401 unauthorized', async () => {
    const anonymous = await failure(publicClient.backOffice.inbox(), ApiError, 'unauthorized');
    assert.equal(anonymous.status, 401);
    const forged = createClient({ baseUrl: api.url, secretKey: 'bo_sandbox_nobody' });
    await failure(forged.backOffice.measures(), ApiError, 'unauthorized');
    await failure(dgsn.admin.onboardAgency(onboarding('commune-refused')), ApiError, 'unauthorized');
  });
});

describe('measures', () => {
  /** A measure of the DGSN's for its identity card service. */
  const cardMeasure = (changes: Partial<Input<'recordMeasure'>> = {}): Input<'recordMeasure'> => ({
    title: 'Prise de rendez-vous en ligne',
    description: 'Les demandes de carte d’identité se font désormais sur rendez-vous en ligne.',
    serviceId: 'dgsn-cnie',
    status: 'adopted',
    date: '2026-05-15',
    ...changes,
  });

  test('recordMeasure, then measures: newest first, filtered by year, and in the annual report', async () => {
    const recorded = await dgsn.backOffice.recordMeasure(cardMeasure());
    assert.equal(recorded.agencyId, 'dgsn');
    assert.equal(recorded.serviceId, 'dgsn-cnie');
    assert.equal(recorded.recordedAt, '2026-06-01T09:00:00.000Z');

    const thisYear = await dgsn.backOffice.measures({ year: 2026 });
    assert.ok(thisYear.items.some((measure) => measure.id === recorded.id));
    assert.ok(thisYear.items.every((measure) => measure.date.startsWith('2026') && measure.agencyId === 'dgsn'));
    const lastYear = await dgsn.backOffice.measures({ year: 2025 });
    assert.ok(lastYear.items.every((measure) => measure.date.startsWith('2025')));
    assert.ok(!lastYear.items.some((measure) => measure.id === recorded.id));

    const report = await publicClient.reports.agency('dgsn', 2026);
    assert.ok(report.measures.some((measure) => measure.id === recorded.id));

    const foreign = await failure(
      dgsn.backOffice.recordMeasure({ ...recorded, serviceId: 'cnss-allocations', title: 'Ailleurs' } as never),
      ApiError,
      'validation_failed',
    );
    assert.ok(foreign.errors.length > 0);
  });

  test('updateMeasure: a new date moves it to that year, serviceId null detaches it; deleteMeasure withdraws it', async () => {
    const recorded = await dgsn.backOffice.recordMeasure(cardMeasure({ title: 'Guichet du samedi', status: 'planned', date: '2026-09-01' }));
    const edited = await dgsn.backOffice.updateMeasure(recorded.id, { status: 'adopted', date: '2025-12-01', serviceId: null });
    assert.deepEqual(edited, { ...recorded, status: 'adopted', date: '2025-12-01', serviceId: null });
    assert.ok((await dgsn.backOffice.measures({ year: 2025 })).items.some((measure) => measure.id === recorded.id));
    assert.ok(!(await dgsn.backOffice.measures({ year: 2026 })).items.some((measure) => measure.id === recorded.id));

    // another agency's measure is as good as none
    await failure(cnss.backOffice.updateMeasure(recorded.id, { title: 'La nôtre' }), ApiError, 'measure_not_found');
    await failure(cnss.backOffice.deleteMeasure(recorded.id), ApiError, 'measure_not_found');
    const empty = await failure(dgsn.backOffice.updateMeasure(recorded.id, {} as never), ApiError, 'validation_failed');
    assert.deepEqual(empty.errors, [{ pointer: '', code: 'too_short' }]);

    assert.equal(await dgsn.backOffice.deleteMeasure(recorded.id), undefined);
    assert.ok(!(await dgsn.backOffice.measures({ year: 2025 })).items.some((measure) => measure.id === recorded.id));
    const gone = await failure(dgsn.backOffice.deleteMeasure(recorded.id), ApiError, 'measure_not_found');
    assert.equal(gone.status, 404);
  });
});

function onboarding(id: string) {
  return {
    id,
    acronym: 'CIF',
    names: { ar: 'جماعة إفران', fr: 'Commune d’Ifrane', en: 'Municipality of Ifrane', zgh: 'ⵜⴰⵎⵙⵙⵓⵔⵜ ⵏ ⵉⴼⵔⴰⵏ' },
    type: 'local_authority' as const,
    sectorId: 'local-government',
    website: 'https://www.ifrane.ma',
    allowedOrigins: ['https://www.ifrane.ma'],
    services: [
      {
        slug: 'etat-civil',
        serviceCategoryId: 'civil-status',
        names: { ar: 'الحالة المدنية', fr: 'État civil', en: 'Civil status', zgh: 'ⴰⴷⴷⴰⴷ ⴰⵖⵍⴰⵏ' },
      },
    ],
  };
}

describe('admin', () => {
  test('onboardAgency: the 91st agency joins, with its services and a back-office key that works', async () => {
    const before = (await publicClient.kpis.national()).participatingAgencies?.count;
    const onboarded = await admin.admin.onboardAgency(onboarding('commune-ifrane'));
    assert.equal(onboarded.agency.id, 'commune-ifrane');
    assert.equal(onboarded.agency.joinedOn, '2026-06-01');
    assert.deepEqual(
      onboarded.services.map((service) => service.id),
      ['commune-ifrane-etat-civil'],
    );
    assert.match(onboarded.secretKey, /^bo_/);

    assert.deepEqual(await publicClient.agencies.get('commune-ifrane'), onboarded.agency);
    assert.equal((await publicClient.agencies.list({ pageSize: 100 })).total, 91);
    const own = createClient({ baseUrl: api.url, secretKey: onboarded.secretKey });
    assert.deepEqual((await own.backOffice.inbox()).items, []);
    const receipt = await publicClient.submissions.create(
      suggestion({ agencyId: 'commune-ifrane', serviceId: 'commune-ifrane-etat-civil' }),
    );
    assert.deepEqual(
      (await own.backOffice.inbox()).items.map((item) => item.trackingCode),
      [receipt.trackingCode],
    );
    assert.equal((await publicClient.kpis.national()).participatingAgencies?.count, (before ?? 0) + 1);

    const again = await failure(admin.admin.onboardAgency(onboarding('commune-ifrane')), ApiError, 'agency_exists');
    assert.equal(again.status, 409);
    const unknownSector = await failure(
      admin.admin.onboardAgency({ ...onboarding('commune-azrou'), sectorId: 'no-such-sector' }),
      ApiError,
      'validation_failed',
    );
    assert.deepEqual(unknownSector.errors, [{ pointer: '/sectorId', code: 'unknown_sector' }]);
  });

  test('approveReport: a year that has ended is published, for good; once only; never a year still open', async () => {
    const before = await publicClient.reports.sector('interior', 2025);
    assert.equal(before.status, 'provisional');
    const published = await admin.admin.approveReport({ scope: 'sector', id: 'interior', year: 2025 });
    assert.deepEqual(published, { ...before, status: 'published', publishedAt: '2026-06-01T09:00:00.000Z' });
    assert.deepEqual(await publicClient.reports.sector('interior', 2025), published);
    assert.equal((await admin.admin.approveReport({ scope: 'national', year: 2025 })).status, 'published');

    await failure(admin.admin.approveReport({ scope: 'sector', id: 'interior', year: 2025 }), ApiError, 'report_already_published');
    await failure(admin.admin.approveReport({ scope: 'agency', id: 'dgsn', year: 2026 }), ApiError, 'year_not_over');
    await failure(admin.admin.approveReport({ scope: 'agency', id: 'no-such-agency', year: 2025 }), ApiError, 'agency_not_found');
    const noId = await failure(admin.admin.approveReport({ scope: 'agency', year: 2025 }), ApiError, 'validation_failed');
    assert.deepEqual(noId.errors, [{ pointer: '/id', code: 'required' }]);
    await failure(dgsn.admin.approveReport({ scope: 'national', year: 2025 }), ApiError, 'unauthorized');
  });
});

describe('reports', () => {
  test('agency, sector and summary: one model; lines per agency, per sector; participation over time', async () => {
    const [agency, sector, summary] = await Promise.all([
      publicClient.reports.agency('dgsn', 2025),
      publicClient.reports.sector('interior', 2025),
      publicClient.reports.summary(2025),
    ]);
    assert.equal(agency.scope, 'agency');
    assert.equal(agency.agencyId, 'dgsn');
    assert.equal(agency.year, 2025);
    assert.deepEqual(agency.lines, []);
    assert.ok(agency.classification.length > 0);
    assert.ok(agency.kpis.counts.received > 0);

    assert.equal(sector.scope, 'sector');
    assert.ok(sector.lines.some((line) => line.id === 'dgsn'));
    const dgsnLine = sector.lines.find((line) => line.id === 'dgsn');
    assert.deepEqual(dgsnLine?.kpis.counts, agency.kpis.counts);

    assert.equal(summary.scope, 'national');
    assert.ok(summary.lines.some((line) => line.id === 'interior'));
    assert.ok(summary.participation.length > 0);
    // A forwarded submission counts for each agency that received it, once for the nation.
    const bySector = summary.lines.reduce((sum, line) => sum + line.kpis.counts.received, 0);
    assert.ok(summary.kpis.counts.received > 0 && summary.kpis.counts.received <= bySector);
    // The same model for the three: the same keys.
    assert.deepEqual(Object.keys(agency).sort(), Object.keys(summary).sort());
    assert.deepEqual(Object.keys(sector).sort(), Object.keys(summary).sort());
  });

  test('an unknown sector or agency: ApiError 404; a year before the platform: 422', async () => {
    await failure(publicClient.reports.sector('no-such-sector', 2025), ApiError, 'sector_not_found');
    await failure(publicClient.reports.agency('no-such-agency', 2025), ApiError, 'agency_not_found');
    const early = await failure(publicClient.reports.summary(2017), ApiError, 'validation_failed');
    assert.deepEqual(early.errors, [{ parameter: 'year', code: 'too_small' }]);
  });
});

describe('kpis', () => {
  test('agency, national and allAgencies against the public targets', async () => {
    const [one, nation, all] = await Promise.all([
      publicClient.kpis.agency('dgsn', { year: 2025 }),
      publicClient.kpis.national({ year: 2025 }),
      publicClient.kpis.allAgencies({ year: 2025 }),
    ]);
    assert.equal(one.scope, 'agency');
    assert.equal(one.agencyId, 'dgsn');
    assert.equal(one.indicators.responseRate.target, 0.7);
    assert.equal(one.indicators.renewalRate.comparison, 'atMost');
    assert.equal(nation.scope, 'national');
    assert.equal(nation.participatingAgencies?.target, 90);
    assert.ok(all.items.length >= 90);
    assert.deepEqual(
      all.items.find((kpis) => kpis.agencyId === 'dgsn'),
      one,
    );
    const byAgency = all.items.reduce((sum, kpis) => sum + kpis.counts.received, 0);
    assert.ok(nation.counts.received > 0 && nation.counts.received <= byAgency);
    const some = await publicClient.kpis.allAgencies({ year: 2025, ids: ['dgsn', 'cnss'] });
    assert.deepEqual(some.items.map((kpis) => kpis.agencyId).sort(), ['cnss', 'dgsn']);
  });
});

describe('input refused', () => {
  test('the platform names each invalid field with a code, never English to show', async () => {
    const invalid = await failure(
      publicClient.submissions.create(
        complaint({ description: 'Trop court', complainant: { fullName: 'Amina', nationalId: 'AB123456', phone: '12' } }),
      ),
      ApiError,
      'validation_failed',
    );
    assert.equal(invalid.status, 422);
    assert.equal(invalid.problem.title, 'Some fields are invalid');
    assert.deepEqual(
      [...invalid.errors].sort((a, b) => String(a.pointer).localeCompare(String(b.pointer))),
      [
        { pointer: '/complainant', code: 'contact_required' },
        { pointer: '/complainant/phone', code: 'invalid_format' },
        { pointer: '/description', code: 'too_short' },
      ],
    );
  });

  test('a mistyped tracking code is refused before any request, by every method that takes one', async () => {
    const typo = (await publicClient.submissions.create(suggestion())).trackingCode.replace(/.$/, (last) => (last === '1' ? '2' : '1'));
    const { client, counter } = clientFor(api, { secretKey: devBackOfficeKey('dgsn') });
    const calls = {
      'submissions.status': () => client.submissions.status(typo),
      'submissions.details': () => client.submissions.details(typo, 'ak_x'),
      'submissions.rate': () => client.submissions.rate(typo, 'ak_x', { score: 1 }),
      'submissions.renew': () => client.submissions.renew(typo, 'ak_x', { reason: 'Une raison suffisante.' }),
      'backOffice.get': () => client.backOffice.get(typo),
      'backOffice.acknowledge': () => client.backOffice.acknowledge(typo),
      'backOffice.forward': () => client.backOffice.forward(typo, { toAgencyId: 'cnss', note: 'Transmise.' }),
      'backOffice.reject': () => client.backOffice.reject(typo, { reason: 'duplicate' }),
      'backOffice.answer': () => client.backOffice.answer(typo, { answer: 'Une réponse complète.' }),
    };
    for (const [method, call] of Object.entries(calls)) {
      const error = await failure(call(), ValidationError, 'validation_failed');
      assert.deepEqual(error.errors, [{ parameter: 'trackingCode', code: 'invalid_format' }], method);
    }
    assert.equal(counter.calls.length, 0);
    // The platform refuses the same code with the same field error.
    const server = await api.get(`/v1/submissions/${typo}/status`);
    assert.equal(server.status, 422);
    assert.deepEqual(server.body.errors, [{ parameter: 'trackingCode', code: 'invalid_format' }]);
  });
});

describe('client options', () => {
  test('headers for every request and for one; the secret key only where a key is asked for', async () => {
    const { client, counter } = clientFor(api, { secretKey: devBackOfficeKey('dgsn'), headers: { 'X-Client': 'portal/1.0' } });
    await client.reference.sectors({ headers: { 'Accept-Language': 'ar' } });
    await client.submissions.status((await client.submissions.create(suggestion())).trackingCode);
    await client.backOffice.measures();
    assert.deepEqual(
      counter.calls.map((call) => [
        call.url.pathname.replace(/[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{2}/, '{code}'),
        call.headers.get('x-client'),
        call.headers.get('accept-language'),
        call.headers.get('authorization'),
      ]),
      [
        ['/v1/sectors', 'portal/1.0', 'ar', null],
        // a create takes the agency's key (its own systems lodge without a proof of work)
        ['/v1/submissions', 'portal/1.0', null, `Bearer ${devBackOfficeKey('dgsn')}`],
        ['/v1/submissions/{code}/status', 'portal/1.0', null, null],
        ['/v1/back-office/measures', 'portal/1.0', null, `Bearer ${devBackOfficeKey('dgsn')}`],
      ],
    );
  });
});

test('every method of every resource was called', () => {
  const client = createClient({ baseUrl: 'http://127.0.0.1:9' });
  const all = Object.entries(client).flatMap(([resource, methods]) => Object.keys(methods).map((name) => `${resource}.${name}`));
  assert.deepEqual(
    all.filter((method) => !called.has(method)),
    [],
  );
});
