/**
 * A complaint's whole journey on the agency site that `pnpm start` serves (`examples/agency-site/`,
 * the Commune de Rabat's pages in French, the script tag from the same origin), in Chromium, with
 * real clicks and typing:
 *
 *   the form is filled and sent → the confirmation gives the code and the key → "Track it" opens
 *   the tracker, which finds it → the agency answers (its back office, through the SDK) → the user
 *   refreshes and reads the answer → contests it → the agency answers again → the user comes back,
 *   enters the key and rates it → the agency's badge counts it.
 *
 * The badge's figures are read before and after in browser contexts of their own: KPI answers are
 * cached by browsers for 5 minutes, so a page of the user's context shows the figures it already
 * had (which the journey checks too: the second page's badge reads them from the HTTP cache).
 *
 * Every step fails with the page's console errors and Content-Security-Policy violations attached
 * (and a screenshot). A step after a failed one is skipped.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createClient, type Kpis, normalizeTrackingCode, type SubmissionStatus } from '@chikaya/sdk';
import type { Browser, BrowserContext, Page } from 'puppeteer-core';
import type { Sandbox } from '../../../sandbox/src/server.js';
import { indicatorsFrom, type KpiCounts } from '../../../sandbox/src/domain/kpi.js';
import {
  assertBuilt,
  assertClean,
  check,
  choose,
  clickButton,
  explain,
  launch,
  observe,
  type PageLog,
  resources,
  squash,
  startPlatform,
  textOf,
  textsOf,
  typeInto,
  waitFor,
  waitForText,
} from './support.js';

const agencyId = 'commune-rabat';
const form = 'chikaya-complaint-form';
const tracker = 'chikaya-status-tracker';
/** the results page's full badge for this year (the other one is 2025's) */
const fullBadge = 'main chikaya-kpi-badge[variant="full"]:not([year])';
const footerBadge = 'footer chikaya-kpi-badge';

const typed = {
  subject: 'Acte de naissance toujours pas délivré',
  description: 'J’ai demandé une copie intégrale de mon acte de naissance au guichet il y a un mois ; elle ne m’a jamais été remise.',
  commune: 'Rabat',
  fullName: 'Salma Bennani',
  nationalId: 'AB123456',
  email: 'salma.bennani@example.org',
  reason: 'Je suis retournée au guichet ce matin : l’acte n’y était toujours pas.',
  comment: 'Merci pour le suivi, l’acte est enfin arrivé.',
};
const answers = {
  first: 'Votre acte de naissance est prêt : il vous attend au bureau d’état civil de l’arrondissement Agdal.',
  second: 'Toutes nos excuses : l’acte avait été classé au mauvais guichet. Il vous a été envoyé par la poste ce jour.',
};

/** What a badge shows: its three rates and, for a full badge, its figures. */
interface BadgeView {
  rates: { name: string; state: string; value: string; verdict: string }[];
  received: string | null;
  kinds: Record<string, string>;
  facts: Record<string, string>;
}

async function readBadge(page: Page, host: string): Promise<BadgeView> {
  await (await waitFor(page, `${host} >>> .root[aria-busy="false"]`)).dispose();
  return page.$eval(host, (element) => {
    const root = element.shadowRoot!;
    const text = (node: Element | null | undefined) => ((node as HTMLElement | null)?.innerText ?? '').replace(/\s+/g, ' ').trim();
    return {
      rates: [...root.querySelectorAll('.rates > li.rate')].map((rate) => ({
        name: text(rate.querySelector('.rate-name')),
        state: [...rate.classList].find((name) => name.startsWith('rate--'))?.slice('rate--'.length) ?? '',
        value: text(rate.querySelector('.rate-value')),
        verdict: text(rate.querySelector('.rate-verdict')),
      })),
      received: root.querySelector('.kinds caption') ? text(root.querySelector('.kinds caption')) : null,
      kinds: Object.fromEntries([...root.querySelectorAll('.kinds tr')].map((row) => [text(row.querySelector('th')), text(row.querySelector('.count'))])),
      facts: Object.fromEntries([...root.querySelectorAll('.facts > div')].map((fact) => [text(fact.querySelector('dt')), text(fact.querySelector('dd'))])),
    };
  });
}

/** The digits of a figure as written in French ("1 234", "70 %"): the number. */
const figure = (text: string | undefined) => (text === undefined || !/\d/.test(text) ? null : Number(text.replace(/[^\d]/g, '')));

const rateNames = { responseRate: 'Réponse apportée', onTimeRate: 'Réponse apportée dans les délais', renewalRate: 'Réclamations renouvelées' };
const verdicts = { met: 'Objectif atteint', missed: 'Objectif non atteint', none: 'Pas encore de chiffres' };

/** The badge shows these KPIs: each rate in words and figures, the counts, the ratings. */
function assertBadgeShows(badge: BadgeView, kpis: Pick<Kpis, 'indicators' | 'counts' | 'satisfaction'>, full: boolean): void {
  assert.deepEqual(
    badge.rates.map((rate) => rate.name),
    Object.values(rateNames),
  );
  for (const [index, name] of (Object.keys(rateNames) as (keyof typeof rateNames)[]).entries()) {
    const indicator = kpis.indicators[name];
    const rate = badge.rates[index]!;
    const state = indicator.met === null ? 'none' : indicator.met ? 'met' : 'missed';
    assert.equal(rate.state, state, `${name}: rate--${state}`);
    assert.equal(figure(rate.value), indicator.value === null ? null : Math.round(indicator.value * 100), `${name}: "${rate.value}"`);
    assert.ok(rate.verdict.startsWith(verdicts[state]), `${name}: "${rate.verdict}"`);
    assert.match(rate.verdict, name === 'renewalRate' ? /\(objectif : au plus 10 %\)$/ : /\(objectif : au moins 70 %\)$/);
  }
  if (!full) return;
  assert.equal(figure(badge.received ?? undefined), kpis.counts.received, `received: "${badge.received}"`);
  assert.equal(figure(badge.kinds['Réclamations']), kpis.counts.byKind.complaint);
  assert.equal(figure(badge.kinds['Observations']), kpis.counts.byKind.observation);
  assert.equal(figure(badge.kinds['Suggestions']), kpis.counts.byKind.suggestion);
  assert.equal(figure(badge.facts['En retard à ce jour']), kpis.counts.overdue);
  const satisfaction = badge.facts['Satisfaction des usagers'] ?? '';
  if (kpis.satisfaction.ratings === 0) assert.equal(satisfaction, 'Aucune évaluation pour le moment');
  else assert.equal(figure(/évaluations : ([\d ]+)\)/.exec(satisfaction)?.[1]), kpis.satisfaction.ratings, `satisfaction: "${satisfaction}"`);
}

describe('the agency site: a complaint from the form to the badge (Chromium)', () => {
  let sandbox: Sandbox;
  let browser: Browser;
  let user: BrowserContext;
  let page: Page;
  let log: PageLog;
  const logs: PageLog[] = [];
  let citizen: ReturnType<typeof createClient>;
  let agency: ReturnType<typeof createClient>;
  let kpisBefore: Kpis;
  let answeredComplaintsBefore = 0;
  let receipt = { code: '', key: '' };
  const year = new Date().getUTCFullYear();

  before(async () => {
    assertBuilt();
    // Both at once; whichever started is stopped by `after`, even if the other failed.
    const [platform, chromium] = await Promise.allSettled([startPlatform(), launch('chromium')]);
    if (platform.status === 'fulfilled') sandbox = platform.value;
    if (chromium.status === 'fulfilled') browser = chromium.value;
    if (platform.status === 'rejected') throw platform.reason;
    if (chromium.status === 'rejected') throw chromium.reason;
    citizen = createClient({ baseUrl: sandbox.url });
    // The sandbox's development key of the agency's back office (`bo_sandbox_<agency id>`).
    agency = createClient({ baseUrl: sandbox.url, secretKey: `bo_sandbox_${agencyId}` });
    user = await browser.createBrowserContext();
    page = await user.newPage();
    await page.setViewport({ width: 1024, height: 900 });
    log = await observe(page);
    logs.push(log);
  });

  after(async () => {
    await browser?.close();
    await sandbox?.close();
  });

  /** A step of the journey: skipped after a failure; fails with what the pages reported. */
  let failed: string | null = null;
  const step = (name: string, run: () => Promise<void>) =>
    it(name, async (t) => {
      if (failed) {
        t.skip(`skipped: "${failed}" failed`);
        return;
      }
      try {
        await run();
        for (const each of logs) assertClean(each);
      } catch (error) {
        failed = name;
        throw await explain(error, logs, name);
      }
    });

  /** A page of a browser context of its own: no HTTP cache shared with the user's. */
  async function freshPage(): Promise<{ page: Page; log: PageLog; close: () => Promise<void> }> {
    const context = await browser.createBrowserContext();
    const fresh = await context.newPage();
    await fresh.setViewport({ width: 1024, height: 900 });
    const freshLog = await observe(fresh);
    logs.push(freshLog);
    return { page: fresh, log: freshLog, close: () => context.close() };
  }

  /** The agency's answered complaints this year: the denominator of the renewal rate, which the KPIs do not list. */
  const answeredComplaints = () =>
    sandbox.store.db
      .prepare("SELECT count(*) FROM submissions WHERE agency_id = ? AND year = ? AND kind = 'complaint' AND answered_at IS NOT NULL")
      .pluck()
      .get(agencyId, year) as number;

  step('before: the results page shows the commune’s figures as the platform counts them', async () => {
    kpisBefore = await citizen.kpis.agency(agencyId);
    answeredComplaintsBefore = answeredComplaints();
    const { page: results, close } = await freshPage();
    await results.goto(`${sandbox.url}/examples/agency-site/resultats.html`, { waitUntil: 'load' });
    assert.equal(await results.title(), 'Nos résultats : Commune de Rabat');
    await (await waitFor(results, `${fullBadge} >>> .figures`)).dispose();
    assertBadgeShows(await readBadge(results, fullBadge), kpisBefore, true);
    assertBadgeShows(await readBadge(results, footerBadge), kpisBefore, false);
    assert.equal(await textOf(results, `${fullBadge} >>> .title`), `Réclamations, observations et suggestions, année ${year}`);
    const link = await results.$eval(`${fullBadge} >>> a[part="link"]`, (anchor) => (anchor as HTMLAnchorElement).href);
    assert.equal(link, `${sandbox.url}/examples/portal/rapport.html?agency=${agencyId}&year=${year}`);
    // This year's badges (the full one and the footer's) share one read; 2025's is another.
    const reads = (await resources(results)).filter((entry) => entry.name.includes('/v1/kpis/'));
    assert.deepEqual(reads.map((entry) => new URL(entry.name).pathname + new URL(entry.name).search).sort(), [
      `/v1/kpis/agencies/${agencyId}`,
      `/v1/kpis/agencies/${agencyId}?year=2025`,
    ]);
    await close();
  });

  step('the home page leads to the form', async () => {
    await page.goto(`${sandbox.url}/examples/agency-site/index.html`, { waitUntil: 'load' });
    const link = await waitFor(page, 'nav a[href="reclamation.html"]');
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), link.click()]);
    assert.equal(new URL(page.url()).pathname, '/examples/agency-site/reclamation.html');
    assert.equal(await textOf(page, `${form} >>> [data-step-heading]`), 'Que souhaitez-vous envoyer ?');
  });

  step('the form is filled in, step by step, and sent', async () => {
    await check(page, form, 'kind', 'complaint');
    await clickButton(page, form, 'Continuer');

    await waitForText(page, `${form} >>> [data-step-heading]`, 'Votre message adressé à Commune de Rabat');
    // The commune's services, from the platform, in the page's language.
    const services = await page.$$eval(`${form} >>> select[name="serviceId"] option`, (options) =>
      options.map((option) => ({ value: (option as HTMLOptionElement).value, label: option.textContent ?? '' })),
    );
    const service = services.find((option) => option.value !== '');
    assert.ok(service, `the services of ${agencyId} are offered: ${JSON.stringify(services)}`);
    await choose(page, form, 'serviceId', service.value);
    assert.equal(await choose(page, form, 'location.regionId', 'rabat-sale-kenitra'), 'Rabat-Salé-Kénitra');
    // The provinces are those of the region chosen.
    await waitFor(page, `${form} >>> select[name="location.provinceId"]:not([disabled]) option[value="rabat"]`);
    assert.equal(await choose(page, form, 'location.provinceId', 'rabat'), 'Rabat');
    await typeInto(page, form, 'location.commune', typed.commune);
    await clickButton(page, form, 'Continuer');

    await waitForText(page, `${form} >>> [data-step-heading]`, 'Que s’est-il passé ?');
    await typeInto(page, form, 'subject', typed.subject);
    await typeInto(page, form, 'description', typed.description);
    await clickButton(page, form, 'Continuer');

    await waitForText(page, `${form} >>> [data-step-heading]`, 'Vos informations');
    await typeInto(page, form, 'complainant.fullName', typed.fullName);
    await typeInto(page, form, 'complainant.nationalId', typed.nationalId);
    await typeInto(page, form, 'complainant.email', typed.email);
    // The answer's language is the page's, already chosen.
    assert.equal(await page.$eval(`${form} >>> select[name="answerLanguage"]`, (select) => (select as HTMLSelectElement).value), 'fr');
    await check(page, form, 'consent');
    await clickButton(page, form, 'Continuer');

    await waitForText(page, `${form} >>> [data-step-heading]`, 'Vérifiez vos réponses avant l’envoi');
    const review = await textOf(page, `${form} >>> .review`);
    for (const value of [typed.subject, typed.description, typed.fullName, typed.email, squash(service.label), 'Commune de Rabat', `${typed.commune}, Rabat, Rabat-Salé-Kénitra`, 'Français']) {
      assert.ok(review.includes(squash(value)), `the review shows "${value}": ${review}`);
    }
    await clickButton(page, form, 'Envoyer');

    await waitForText(page, `${form} >>> .confirmation-title`, 'Réclamation envoyée');
    receipt = {
      code: await textOf(page, `${form} >>> .confirmation .code`),
      key: await textOf(page, `${form} >>> .key`),
    };
    assert.equal(normalizeTrackingCode(receipt.code), receipt.code, `a well-formed code: "${receipt.code}"`);
    assert.match(receipt.key, /^ak_\w+$/);
    const confirmation = await textOf(page, `${form} >>> .confirmation`);
    assert.match(confirmation, /L’organisme public doit vous répondre au plus tard le \d{1,2} \S+ \d{4}\./);
    // The agency has it, as typed.
    const received = await agency.backOffice.get(receipt.code);
    assert.equal(received.subject, typed.subject);
    assert.equal(received.kind, 'complaint');
    assert.equal(received.status, 'received');
    assert.deepEqual(received.location, { regionId: 'rabat-sale-kenitra', provinceId: 'rabat', commune: typed.commune });
  });

  step('"Track it" opens the tracker, which finds it; nothing personal is asked for without the key', async () => {
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), clickButton(page, form, 'Suivre le traitement')]);
    const address = new URL(page.url());
    assert.equal(address.pathname, '/examples/agency-site/suivi.html');
    assert.equal(address.searchParams.get('code'), receipt.code);
    assert.equal(await waitForText(page, `${tracker} >>> [data-heading]`, receipt.code), `Réclamation ${receipt.code}`);
    const summary = await textOf(page, `${tracker} >>> .summary`);
    assert.match(summary, /Organisme public Commune de Rabat/);
    assert.match(summary, /Statut Reçue/);
    assert.match(summary, /jours restants : 60/);
    assert.deepEqual(await textsOf(page, `${tracker} >>> .timeline > li.event .event-title`), ['Envoyée et reçue']);
    assert.equal(await textOf(page, `${tracker} >>> .key-form h3`), 'Consulter votre demande');
    assert.equal(await page.$(`${tracker} >>> .answer`), null);
    assert.equal(await page.$(`${tracker} >>> details[part="details"]`), null);
    const details = log.requests.filter((request) => /^GET \S+\/v1\/submissions\/[^/?]+$/.test(request));
    assert.deepEqual(details, [], 'no read of the details without the key');
    // The footer's badge read its figures on the form's page: here they come from the HTTP cache.
    const reads = (await resources(page)).filter((entry) => entry.name.endsWith(`/v1/kpis/agencies/${agencyId}`));
    assert.equal(reads.length, 1, JSON.stringify(reads));
    assert.equal(reads[0]!.transferSize, 0, 'read from the HTTP cache');
    assert.ok(reads[0]!.decodedBodySize > 0, 'read from the HTTP cache');
  });

  step('with the key, the user sees what they sent (never their national ID)', async () => {
    await typeInto(page, tracker, 'accessKey', receipt.key);
    await clickButton(page, tracker, 'Afficher');
    const details = await waitFor(page, `${tracker} >>> details[part="details"] > summary`);
    await details.click(); // opens it
    const sent = await waitForText(page, `${tracker} >>> details[part="details"]`, typed.subject);
    for (const value of [typed.description, typed.fullName, typed.email, `${typed.commune}, Rabat, Rabat-Salé-Kénitra`]) assert.ok(sent.includes(squash(value)), `shows "${value}": ${sent}`);
    assert.ok(!sent.includes(typed.nationalId), 'never the national ID');
    assert.equal(await page.$(`${tracker} >>> .answer`), null, 'no answer yet');
    assert.equal(await page.$(`${tracker} >>> textarea[name="reason"]`), null, 'nothing to contest yet');
    assert.equal(await page.$(`${tracker} >>> input[name="score"]`), null, 'nothing to rate yet');
    // The address keeps the code, never the key.
    assert.equal(new URL(page.url()).search, `?code=${receipt.code}`);
  });

  step('the agency takes it in hand and answers it (back office, through the SDK)', async () => {
    await agency.backOffice.acknowledge(receipt.code, { note: 'Votre demande est transmise au bureau d’état civil.' });
    const answered = await agency.backOffice.answer(receipt.code, { answer: answers.first });
    assert.equal(answered.status, 'answered');
  });

  step('Refresh shows the answer, with the rating and the renewal forms', async () => {
    await clickButton(page, tracker, 'Actualiser');
    await waitForText(page, `${tracker} >>> .root > [role="status"]`, 'Mis à jour');
    assert.match(await textOf(page, `${tracker} >>> .summary`), /Statut Réponse apportée .*Date de la réponse \d{1,2} \S+ \d{4}/);
    assert.equal(await textOf(page, `${tracker} >>> .answer .answer-text`), answers.first);
    assert.deepEqual(await textsOf(page, `${tracker} >>> .timeline > li.event .event-title`), ['Envoyée et reçue', 'Prise en charge', 'Réponse apportée']);
    assert.ok((await textsOf(page, `${tracker} >>> .event-note`)).includes('Votre demande est transmise au bureau d’état civil.'));
    assert.equal((await page.$$(`${tracker} >>> input[name="score"]`)).length, 5);
    await waitForText(page, `${tracker} >>> form:has(textarea[name="reason"]) h3`, 'La réponse ne vous convainc pas ?');
  });

  step('the user contests the answer with a reason', async () => {
    const renewed = page.evaluate(
      (tag) => new Promise<unknown>((resolve) => document.querySelector(tag)!.addEventListener('chikaya-renewed', (event) => resolve((event as CustomEvent).detail), { once: true })),
      tracker,
    );
    await typeInto(page, tracker, 'reason', typed.reason);
    await clickButton(page, tracker, 'Contester la réponse');
    assert.deepEqual(await renewed, { trackingCode: receipt.code });
    await waitForText(page, `${tracker} >>> .root > [role="status"]`, 'Votre réclamation est rouverte : l’organisme public la traite de nouveau.');
    assert.match(await textOf(page, `${tracker} >>> [part="renewal"]`), new RegExp(`^Vous avez contesté la réponse .*${squash(typed.reason)}$`));
    await waitForText(page, `${tracker} >>> .summary`, 'Statut En cours de traitement');
    assert.match(await textOf(page, `${tracker} >>> .summary`), /Réponse contestée Oui : la réponse a été contestée et la réclamation rouverte\./);
    assert.equal((await textsOf(page, `${tracker} >>> .timeline > li.event .event-title`)).at(-1), 'La réponse a été contestée');
    assert.equal(await page.$(`${tracker} >>> input[name="score"]`), null, 'nothing to rate while it is handled again');
    const status: SubmissionStatus = await citizen.submissions.status(receipt.code);
    assert.equal(status.status, 'in_progress');
    assert.equal(status.renewed, true);
  });

  step('the agency answers again', async () => {
    const answered = await agency.backOffice.answer(receipt.code, { answer: answers.second });
    assert.equal(answered.status, 'answered');
  });

  step('coming back later, the user enters the key and reads the new answer', async () => {
    await page.reload({ waitUntil: 'load' });
    await waitForText(page, `${tracker} >>> [data-heading]`, `Réclamation ${receipt.code}`);
    assert.equal(await textOf(page, `${tracker} >>> .key-form h3`), 'Consulter la réponse');
    await typeInto(page, tracker, 'accessKey', receipt.key);
    await page.keyboard.press('Enter');
    assert.equal(await waitForText(page, `${tracker} >>> .answer .answer-text`, answers.second), answers.second);
    assert.match(await textOf(page, `${tracker} >>> .summary`), /Statut Réponse apportée/);
    // Contested once already: what was said is shown instead of the form.
    assert.equal(await page.$(`${tracker} >>> textarea[name="reason"]`), null);
    assert.match(await textOf(page, `${tracker} >>> [part="renewal"]`), /^Vous avez contesté la réponse/);
  });

  step('the user rates the answer, which closes it', async () => {
    const rated = page.evaluate(
      (tag) => new Promise<unknown>((resolve) => document.querySelector(tag)!.addEventListener('chikaya-rated', (event) => resolve((event as CustomEvent).detail), { once: true })),
      tracker,
    );
    await check(page, tracker, 'score', '4');
    await typeInto(page, tracker, 'comment', typed.comment);
    await clickButton(page, tracker, 'Envoyer mon évaluation');
    assert.deepEqual(await rated, { trackingCode: receipt.code, score: 4 });
    await waitForText(page, `${tracker} >>> .root > [role="status"]`, 'Merci : votre évaluation a été envoyée.');
    assert.match(await textOf(page, `${tracker} >>> [part="rating"]`), /Vous avez noté la réponse 4 sur 5 le \d{1,2} \S+ \d{4}\./);
    await waitForText(page, `${tracker} >>> .summary`, 'Statut Clôturée');
    assert.equal(await page.$(`${tracker} >>> input[name="score"]`), null);
    assert.equal((await textsOf(page, `${tracker} >>> .timeline > li.event .event-title`)).at(-1), 'Clôturée');
  });

  step('after: the badge counts it (received, complaints, answered, renewed, rated)', async () => {
    const kpisAfter = await citizen.kpis.agency(agencyId);
    const was = kpisBefore.counts;
    const expected: KpiCounts = {
      received: was.received + 1,
      rejected: was.rejected,
      forwardedOut: was.forwardedOut,
      answered: was.answered + 1,
      answeredOnTime: was.answeredOnTime + 1,
      answeredComplaints: answeredComplaintsBefore + 1,
      renewedComplaints: was.renewed + 1,
    };
    assert.equal(answeredComplaints(), expected.answeredComplaints);
    assert.deepEqual(kpisAfter.indicators, indicatorsFrom(expected));
    assert.deepEqual(kpisAfter.counts, {
      ...was,
      received: expected.received,
      admissible: was.admissible + 1,
      answered: expected.answered,
      answeredOnTime: expected.answeredOnTime,
      renewed: expected.renewedComplaints,
      byKind: { ...was.byKind, complaint: was.byKind.complaint + 1 },
    });
    assert.equal(kpisAfter.satisfaction.ratings, kpisBefore.satisfaction.ratings + 1);

    // A new visitor (no cached figures) sees them.
    const { page: results, close } = await freshPage();
    await results.goto(`${sandbox.url}/examples/agency-site/resultats.html`, { waitUntil: 'load' });
    await (await waitFor(results, `${fullBadge} >>> .figures`)).dispose();
    const badge = await readBadge(results, fullBadge);
    assertBadgeShows(badge, kpisAfter, true);
    assertBadgeShows(await readBadge(results, footerBadge), kpisAfter, false);
    const before = kpisBefore;
    assert.equal(figure(badge.received ?? undefined), before.counts.received + 1);
    assert.equal(figure(badge.kinds['Réclamations']), before.counts.byKind.complaint + 1);
    assert.match(badge.facts['Satisfaction des usagers'] ?? '', new RegExp(`\\(évaluations : ${before.satisfaction.ratings + 1}\\)$`));
    await close();
  });
});
