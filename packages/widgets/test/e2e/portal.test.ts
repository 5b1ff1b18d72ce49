/**
 * The central portal (`examples/portal/`, as `pnpm start` serves it), in Chromium: the national
 * figures, every agency with its badge from ONE request, search by name and filter by sector
 * without asking the platform again, and the embed-code generator, whose snippet and live preview
 * follow the webmaster's choices and whose snippet is copied.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'puppeteer-core';
import type { Sandbox } from '../../../sandbox/src/server.js';
import { assertBuilt, assertClean, explain, launch, observe, type PageLog, startPlatform, squash } from './support.js';

let sandbox: Sandbox;
let browser: Browser;
let page: Page;
let log: PageLog;

/** The agencies the list shows now (filtered ones are hidden, not removed). */
const shown = () => page.$$eval('#agency-list > li.agency:not([hidden])', (items) => items.map((item) => (item as HTMLElement).dataset['agency']!));

/** Waits until the page's state passes `test` (the portal filters as the user types). */
async function until(test: () => Promise<boolean>, what: string): Promise<void> {
  const start = Date.now();
  while (!(await test())) {
    if (Date.now() - start > 10_000) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function step(name: string, run: () => Promise<void>): Promise<void> {
  try {
    await run();
    assertClean(log);
  } catch (error) {
    throw await explain(error, log, name);
  }
}

describe('the national portal', () => {
  before(async () => {
    assertBuilt();
    sandbox = await startPlatform();
    browser = await launch('chromium');
    await browser.defaultBrowserContext().overridePermissions(sandbox.url, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
    page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    log = await observe(page);
  });

  after(async () => {
    await browser?.close();
    await sandbox?.close();
  });

  it('shows the nation’s figures and every agency with its badge, the badges from one request', async () => {
    await step('the portal', async () => {
      await page.goto(`${sandbox.url}/examples/portal/`, { waitUntil: 'networkidle0' });
      const agencies = (await (await fetch(`${sandbox.url}/v1/agencies?pageSize=100`)).json()) as { items: { id: string }[] };
      await until(
        () =>
          page.$$eval('#agency-list chikaya-kpi-badge', (badges) => badges.length > 0 && badges.every((badge) => badge.shadowRoot?.querySelector('.rates, .problem'))),
        'every badge to show its figures',
      );
      assert.equal((await shown()).length, agencies.items.length, 'every agency is listed');
      await until(() => page.$eval('#national-badge', (badge) => Boolean(badge.shadowRoot?.querySelector('.figures'))), 'the national figures');
      const reads = log.requests.filter((request) => /\/v1\/kpis\/agencies(\?|$)/.test(request));
      assert.equal(reads.length, 1, `one request for every badge: ${reads.join(', ')}`);
      const ids = new URL(reads[0]!.split(' ')[1]!).searchParams.get('ids')!.split(',');
      assert.deepEqual(ids.sort(), agencies.items.map((agency) => agency.id).sort(), 'naming every agency');
    });
  });

  it('searches by name or acronym and filters by sector, without asking the platform again', async () => {
    await step('search and filter', async () => {
      const before = log.requests.length;
      await page.type('#agency-search', 'CNSS');
      await until(async () => (await shown()).length === 1, 'one agency for “CNSS”');
      assert.deepEqual(await shown(), ['cnss']);
      // The count is a live region, said once typing pauses.
      await until(async () => /^1\b/.test(squash(await page.$eval('#agency-count', (count) => count.textContent))), 'the count to say 1');
      await page.$eval('#agency-search', (input) => {
        (input as HTMLInputElement).value = '';
        input.dispatchEvent(new Event('input', { bubbles: true }));
      });
      await page.select('#sector-filter', 'health');
      await until(async () => (await shown()).length > 0 && (await shown()).length < 20, 'the health sector');
      const sectors = await page.$$eval('#agency-list > li.agency:not([hidden])', (items) => items.map((item) => (item as HTMLElement).dataset['sector']));
      assert.ok(sectors.every((sector) => sector === 'health'), `only health agencies: ${sectors.join(', ')}`);
      await page.select('#sector-filter', '');
      assert.equal(log.requests.slice(before).filter((request) => request.includes('/v1/')).length, 0, 'filtering asks the platform nothing');
    });
  });

  it('generates the embed code with a live preview, and copies it', async () => {
    await step('the embed-code generator', async () => {
      // The radio's own click (its label is what a pointer hits).
      await page.$eval('#embed-element-kpi-badge', (radio) => (radio as HTMLInputElement).click());
      await page.select('#embed-agency', 'cnss');
      await page.select('#embed-locale', 'ar');
      const snippet = () => page.$eval('#embed-code', (code) => code.textContent ?? '');
      await until(async () => /<chikaya-kpi-badge[^>]*agency="cnss"/.test(await snippet()), 'the snippet for the CNSS badge');
      const code = await snippet();
      assert.match(code, /<script type="module" src="[^"]*\/widgets\/cdn\/chikaya\.js"/, 'the script tag');
      assert.match(code, /data-locale="ar"/);
      assert.match(code, /<chikaya-kpi-badge[^>]*agency="cnss"/);
      await until(async () => {
        const frame = page.frames().find((candidate) => candidate.url().includes('preview.html'));
        if (!frame) return false;
        return frame.evaluate(() => {
          const element = document.querySelector('#preview > chikaya-kpi-badge');
          return element?.getAttribute('agency') === 'cnss' && Boolean(element.shadowRoot?.querySelector('.root[dir="rtl"] .rates'));
        });
      }, 'the preview: the CNSS badge, in Arabic, right to left');
      await page.click('#embed-copy');
      await until(async () => squash(await page.$eval('#embed-copy-status', (status) => status.textContent)) !== '', 'the copy to be told');
      assert.equal(await page.evaluate(() => navigator.clipboard.readText()), code, 'the clipboard holds the snippet');
    });
  });
});
