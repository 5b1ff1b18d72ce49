/**
 * The welcome page of `pnpm start` (`/`) and the contract it links to (`/contract/`), in Chromium:
 *
 * - in French and in Arabic (right to left), the page shows under its own strict policy (no
 *   script may run) with no violation, and axe-core finds nothing (WCAG 2.0–2.2 A and AA, best
 *   practices), as for every element;
 * - its links lead somewhere: the examples, the report page, the contract;
 * - the rendered contract reads without the internet: every request it makes, its script's
 *   included, goes to the sandbox itself.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type * as AxeCore from 'axe-core';
import type { Browser, Page } from 'puppeteer-core';
import type { Sandbox } from '../../../sandbox/src/server.js';
import { welcomeRoutes } from '../../../sandbox/src/welcome/index.js';
import { assertClean, explain, launch, observe, type PageLog, root, startPlatform } from './support.js';

const renderedContract = join(root, 'openapi/dist/index.html');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const axeOptions: AxeCore.RunOptions = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
  resultTypes: ['violations'],
};

let sandbox: Sandbox;
let browser: Browser;

async function open(path: string): Promise<PageLog> {
  const page: Page = await browser.newPage();
  await page.setViewport({ width: 1100, height: 900 });
  const log = await observe(page);
  await page.goto(`${sandbox.url}${path}`, { waitUntil: 'networkidle0' });
  return log;
}

/** axe-core's violations on the page, evaluated by the driver (the page's policy lets no script in). */
async function violations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const results: AxeCore.AxeResults = await page.evaluate(
    (options) => (window as unknown as { axe: typeof AxeCore }).axe.run(document, options as AxeCore.RunOptions),
    axeOptions as never,
  );
  return results.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join('; ')})`);
}

describe('the welcome page of `pnpm start`', () => {
  before(async () => {
    if (!existsSync(renderedContract)) execFileSync(process.execPath, [join(root, 'packages/tools/contract-docs.mjs')], { cwd: root, stdio: 'inherit' });
    // As the CLI serves it (packages/sandbox/src/cli.ts).
    sandbox = await startPlatform({
      routes: welcomeRoutes({
        contract: join(root, 'openapi/chikaya.yaml'),
        renderedContract,
        store: () => sandbox.store,
      }),
    });
    browser = await launch('chromium');
  });

  after(async () => {
    await browser?.close();
    await sandbox?.close();
  });

  for (const [language, direction] of [
    ['fr', 'ltr'],
    ['ar', 'rtl'],
  ] as const) {
    it(`in ${language}: shows under its strict policy, and axe finds nothing`, async () => {
      const log = await open(`/?lang=${language}`);
      try {
        const { page } = log;
        assert.deepEqual(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]), [language, direction]);
        // its stylesheet applied (from its own origin, as the policy allows)
        assert.equal(await page.evaluate(() => getComputedStyle(document.body).maxWidth), '832px');
        assert.equal(await page.$$eval('h1', (headings) => headings.length), 1);
        assert.ok((await page.$$eval('h2', (headings) => headings.length)) >= 4);
        assertClean(log);
        assert.deepEqual(await violations(page), []);
      } catch (error) {
        throw await explain(error, log, `welcome ${language}`);
      }
    });
  }

  it('its links lead to the examples, the report page and the contract', async () => {
    const log = await open('/');
    try {
      const links = await log.page.$$eval('main a[href^="/"]', (anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href));
      assert.ok(links.length >= 8, links.join(', '));
      for (const link of links) {
        const answer = await fetch(link);
        assert.equal(answer.status, 200, link);
        await answer.arrayBuffer();
      }
    } catch (error) {
      throw await explain(error, log, 'welcome links');
    }
  });

  it('the rendered contract loads nothing from another host', async () => {
    const log = await open('/contract/');
    try {
      const { page } = log;
      // Redoc's script ran (it is in the page): its search finds an operation.
      await page.click('[data-testid="search-trigger"], input');
      await page.keyboard.type('tracking');
      await page.waitForFunction(() => document.body.innerText.includes('Follow a submission by its tracking code'), { timeout: 20_000 });
      const elsewhere = log.requests.filter((request) => {
        const url = new URL(request.slice(request.indexOf(' ') + 1));
        return !['data:', 'blob:', 'about:'].includes(url.protocol) && url.origin !== sandbox.url;
      });
      assert.deepEqual(elsewhere, [], 'every request goes to the sandbox');
      assertClean(log);
    } catch (error) {
      throw await explain(error, log, 'rendered contract');
    }
  });
});
