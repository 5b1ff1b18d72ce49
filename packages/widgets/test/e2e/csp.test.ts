/**
 * The script tag under a strict Content-Security-Policy, embedded from another origin, in Chromium
 * and in Firefox.
 *
 * One sandbox serves both origins: the agency's pages (`fixtures/`, filled in with the sandbox's
 * address) as `http://localhost:PORT`, and the platform (the built script tag, its chunks and the
 * API) as `http://127.0.0.1:PORT`. The pages allow scripts and connections to the platform only,
 * styles and images from themselves only; no `unsafe-inline`, no `unsafe-eval`:
 *
 *   default-src 'none'; script-src http://127.0.0.1:PORT; style-src 'self';
 *   connect-src http://127.0.0.1:PORT; img-src 'self'
 *
 * - the badge, the tracker (with a code and its key) and the form render with the platform's data,
 *   no violation is reported, and every chunk came from the script's origin;
 * - the form sends a suggestion from the page (its origin is trusted by the sandbox);
 * - an element added to the page after load is loaded too;
 * - with `script-src 'none'`, nothing runs and each element's fallback content stays visible.
 */
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createClient, type SubmissionDetails, type SubmissionStatus } from '@chikaya/sdk';
import type { Browser, Page } from 'puppeteer-core';
import type { Sandbox } from '../../../sandbox/src/server.js';
import { devAccessKey } from '../../../sandbox/src/seed/index.js';
import {
  assertBuilt,
  assertClean,
  type BrowserName,
  check,
  clickButton,
  explain,
  launch,
  observe,
  type PageLog,
  resources,
  root,
  startPlatformOnPort,
  textOf,
  textsOf,
  typeInto,
  waitFor,
  waitForText,
} from './support.js';

const agencyId = 'commune-rabat';
const tags = ['chikaya-kpi-badge', 'chikaya-status-tracker', 'chikaya-complaint-form'] as const;
const badge = 'chikaya-kpi-badge';
const tracker = 'chikaya-status-tracker';
const form = 'chikaya-complaint-form';

let sandbox: Sandbox;
let folder: string;
/** the platform's origin: the script tag, its chunks, the API */
let platform: string;
/** the agency's pages, on another origin */
let site: string;
/** a seeded complaint of the agency, as the platform tells it */
let seeded: { status: SubmissionStatus; details: SubmissionDetails };
let serviceCount = 0;
/** what each element's chunk needs in French, from the build's manifest */
let needs: Record<string, string[]>;

before(async () => {
  assertBuilt();
  folder = await mkdtemp(join(tmpdir(), 'chikaya-csp-'));
  // Also when interrupted (Ctrl-C), when `after` does not run.
  process.once('exit', () => rmSync(folder, { recursive: true, force: true }));
  sandbox = await startPlatformOnPort((port) => ({
    // The pages' origin may submit, as an agency's own site may.
    trustedOrigins: [`http://localhost:${port}`],
    staticFolders: { '/csp': folder },
  }));
  platform = sandbox.url;
  site = `http://localhost:${sandbox.port}`;

  const agency = createClient({ baseUrl: platform, secretKey: `bo_sandbox_${agencyId}` });
  const citizen = createClient({ baseUrl: platform });
  const inbox = await agency.backOffice.inbox({ kind: 'complaint' });
  const code = inbox.items[0]!.trackingCode;
  seeded = { status: await citizen.submissions.status(code), details: await agency.backOffice.get(code) };
  serviceCount = (await citizen.agencies.services(agencyId)).items.length;

  // The fixtures, with the platform's address and the seeded complaint's code and key.
  const fixtures = join(root, 'packages/widgets/test/e2e/fixtures');
  const values: Record<string, string> = { platform, code, key: devAccessKey(code) };
  for (const name of await readdir(fixtures)) {
    const text = await readFile(join(fixtures, name), 'utf8');
    await writeFile(join(folder, name), text.replace(/\{\{(\w+)\}\}/g, (_, key: string) => values[key] ?? `{{${key}}}`));
  }

  const manifest = JSON.parse(await readFile(join(root, 'packages/widgets/dist/cdn/manifest.json'), 'utf8')) as {
    needs: Record<string, Record<string, string[]>>;
  };
  needs = Object.fromEntries(tags.map((tag) => [tag, manifest.needs[tag]!.fr!]));
});

after(async () => {
  await sandbox?.close();
  if (folder) await rm(folder, { recursive: true, force: true });
});

/** Every script the page ran: from the platform's `/widgets/cdn/`, none from the page's origin. */
async function assertScriptsFromPlatform(page: Page, tagsOnPage: readonly string[]): Promise<string[]> {
  const entries = await resources(page);
  const scripts = entries.filter((entry) => new URL(entry.name).pathname.endsWith('.js')).map((entry) => entry.name);
  for (const script of scripts) assert.ok(script.startsWith(`${platform}/widgets/cdn/`), `${script} comes from ${platform}/widgets/cdn/`);
  const files = scripts.map((script) => script.slice(`${platform}/widgets/cdn/`.length));
  assert.ok(files.includes('chikaya.js'), `chikaya.js is among ${files.join(', ')}`);
  for (const tag of tagsOnPage) {
    for (const file of needs[tag]!) assert.ok(files.includes(file), `${tag} needs ${file}, which the page loaded (${files.join(', ')})`);
  }
  // No chunk of another language: one language per page.
  assert.deepEqual(
    files.filter((file) => /\.(ar|en|zgh)-/.test(file)),
    [],
  );
  const calls = entries.filter((entry) => new URL(entry.name).pathname.startsWith('/v1/'));
  assert.ok(calls.length > 0, 'the elements called the platform');
  for (const call of calls) assert.ok(call.name.startsWith(`${platform}/v1/`), `${call.name} goes to the platform`);
  return files;
}

/** The badge, the tracker and the form, rendered with the platform's data. */
async function assertRendered(page: Page, which: readonly (typeof tags)[number][]): Promise<void> {
  if (which.includes(badge)) {
    await waitFor(page, `${badge} >>> .root[aria-busy="false"]`);
    assert.equal((await textsOf(page, `${badge} >>> .rates > li.rate`)).length, 3);
    assert.match(await textOf(page, `${badge} >>> .title`), /^Réclamations, observations et suggestions, année \d{4}$/);
  }
  if (which.includes(tracker)) {
    const { status, details } = seeded;
    await waitForText(page, `${tracker} >>> [data-heading]`, status.trackingCode);
    assert.equal((await textsOf(page, `${tracker} >>> .timeline > li.event`)).length, status.timeline.length);
    // With the key: the submission as it was lodged.
    const lodged = await waitFor(page, `${tracker} >>> details[part="details"]`);
    assert.ok((await lodged.evaluate((element) => element.textContent ?? '')).includes(details.subject));
  }
  if (which.includes(form)) {
    await waitForText(page, `${form} >>> [data-step-heading]`, 'Votre message adressé à Commune de Rabat');
    const options = await page.$$(`${form} >>> select[name="serviceId"] option`);
    assert.equal(options.length, serviceCount + 1, 'the commune’s services, and the placeholder');
  }
}

for (const name of ['chromium', 'firefox'] as const satisfies readonly BrowserName[]) {
  const label = name === 'chromium' ? 'Chromium' : 'Firefox';

  describe(`the script tag from another origin under a strict CSP (${label})`, () => {
    let browser: Browser;

    before(async () => {
      browser = await launch(name);
    });

    after(async () => {
      await browser?.close();
    });

    /** A test on a page of its own, failing with what the page reported. */
    const onPage = (title: string, run: (page: Page, log: PageLog) => Promise<void>) =>
      it(title, async () => {
        const context = await browser.createBrowserContext();
        const page = await context.newPage();
        const log = await observe(page);
        try {
          await run(page, log);
        } catch (error) {
          throw await explain(error, log, `${label} ${title}`);
        } finally {
          await context.close();
        }
      });

    onPage('the badge, the tracker and the form render with data; every chunk from the script’s origin; no violation', async (page, log) => {
      await page.goto(`${site}/csp/csp.html`, { waitUntil: 'load' });
      await assertRendered(page, tags);
      // The full badge's figures, from a chunk loaded on demand.
      await waitFor(page, `${badge} >>> .figures`);
      const report = await page.$eval(`${badge} >>> a[part="link"]`, (anchor) => (anchor as HTMLAnchorElement).href);
      assert.match(report, new RegExp(`^${site}/rapport\\.html\\?agency=${agencyId}&year=\\d{4}$`));
      const files = await assertScriptsFromPlatform(page, tags);
      assert.ok(files.some((file) => file.startsWith('figures-')), `the full badge's figures chunk: ${files.join(', ')}`);
      // KPI answers carry Timing-Allow-Origin: a page on another origin sees their sizes too (how a
      // read from the HTTP cache is told apart).
      const kpiRead = (await resources(page)).find((entry) => entry.name === `${platform}/v1/kpis/agencies/${agencyId}`);
      assert.ok(kpiRead && kpiRead.decodedBodySize > 0, `the KPI read's timing is shared: ${JSON.stringify(kpiRead)}`);
      for (const tag of tags) assert.ok(await page.evaluate((tag) => customElements.get(tag) !== undefined, tag), `${tag} is defined`);
      // The driver sees the answers (the blocked page's test relies on it).
      assert.ok(log.responses.includes(`${platform}/widgets/cdn/chikaya.js`), `the answers seen: ${log.responses.join(', ')}`);
      assertClean(log);
    });

    onPage('the form sends a suggestion from the page to the platform', async (page, log) => {
      await page.goto(`${site}/csp/csp.html`, { waitUntil: 'load' });
      await waitForText(page, `${form} >>> [data-step-heading]`, 'Votre message adressé à Commune de Rabat');
      await clickButton(page, form, 'Continuer');
      await waitForText(page, `${form} >>> [data-step-heading]`, 'Que s’est-il passé ?');
      const subject = `Horaires du guichet (${label})`;
      await typeInto(page, form, 'subject', subject);
      await typeInto(page, form, 'description', 'Afficher les horaires du guichet d’état civil à l’entrée de la mairie.');
      await clickButton(page, form, 'Continuer');
      await waitForText(page, `${form} >>> [data-step-heading]`, 'Vos informations');
      await check(page, form, 'consent');
      await clickButton(page, form, 'Continuer');
      await waitForText(page, `${form} >>> [data-step-heading]`, 'Vérifiez vos réponses avant l’envoi');
      await clickButton(page, form, 'Envoyer');
      await waitForText(page, `${form} >>> .confirmation-title`, 'Suggestion envoyée');
      const code = await textOf(page, `${form} >>> .confirmation .code`);
      const status = await createClient({ baseUrl: platform }).submissions.status(code);
      assert.equal(status.kind, 'suggestion');
      assert.equal(status.agencyId, agencyId);
      assertClean(log);
    });

    onPage('an element added to the page after load is loaded too', async (page, log) => {
      await page.goto(`${site}/csp/later.html`, { waitUntil: 'load' });
      await assertRendered(page, [badge]);
      const loadedFirst = await assertScriptsFromPlatform(page, [badge]);
      assert.ok(!loadedFirst.some((file) => /^(status-tracker|complaint-form)\./.test(file)), `only the badge's chunks at first: ${loadedFirst.join(', ')}`);
      const loadEnd = await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd);
      assert.ok(loadEnd > 0, 'the page has loaded');

      // What a page's own script would do, later (a single-page app, a dialog).
      await page.evaluate(
        (code, key) => {
          const later = document.querySelector('#later')!;
          const trackerElement = document.createElement('chikaya-status-tracker');
          trackerElement.setAttribute('code', code);
          trackerElement.setAttribute('access-key', key);
          const formElement = document.createElement('chikaya-complaint-form');
          formElement.setAttribute('agency', 'commune-rabat');
          formElement.setAttribute('kind', 'suggestion');
          later.append(trackerElement, formElement);
        },
        seeded.status.trackingCode,
        devAccessKey(seeded.status.trackingCode),
      );
      await assertRendered(page, tags);
      await assertScriptsFromPlatform(page, tags);
      const chunks = (await resources(page)).filter((entry) => /\/(status-tracker|complaint-form)\.fr-[\w-]+\.js$/.test(entry.name));
      assert.equal(chunks.length, 2, JSON.stringify(chunks));
      for (const chunk of chunks) assert.ok(chunk.startTime > loadEnd, `${chunk.name} was loaded after the page (${chunk.startTime} > ${loadEnd})`);
      assertClean(log);
    });

    onPage('with script-src ’none’, nothing runs and the fallback content stays visible', async (page, log) => {
      await page.goto(`${site}/csp/blocked.html`, { waitUntil: 'load' });
      const deadline = Date.now() + 5_000;
      while (log.violations.length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
      assert.equal(log.violations.length, 1, `one violation, the script tag's: ${log.violations.join('; ')}`);
      assert.match(log.violations[0]!, new RegExp(`^script-src(-elem)? blocked ${platform}/widgets/cdn/chikaya\\.js`));
      assert.deepEqual(
        log.problems.filter((problem) => !/CSP|Content[ -]Security[ -]Policy/i.test(problem)),
        [],
        'nothing else went wrong',
      );
      const elements = await page.evaluate((tags) => {
        return tags.map((tag) => {
          const element = document.querySelector(tag)!;
          const fallback = element.querySelector('.fallback') as HTMLElement;
          const box = fallback.getBoundingClientRect();
          return {
            tag,
            defined: customElements.get(tag) !== undefined,
            shadow: element.shadowRoot !== null,
            text: fallback.innerText.trim(),
            visible: box.width > 0 && box.height > 0 && getComputedStyle(fallback).visibility === 'visible',
          };
        });
      }, tags);
      for (const element of elements) {
        assert.equal(element.defined, false, `${element.tag} is not defined`);
        assert.equal(element.shadow, false, `${element.tag} has no shadow root`);
        assert.equal(element.visible, true, `${element.tag}'s fallback is visible`);
        assert.match(element.text, /portail national\.$/);
      }
      // (Chromium keeps a timing entry for the blocked request, with nothing transferred: the answers tell.)
      assert.deepEqual(
        log.responses.filter((url) => url.startsWith(platform)),
        [],
        'nothing came from the platform',
      );
    });
  });
}
