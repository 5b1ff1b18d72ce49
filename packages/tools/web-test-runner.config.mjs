// Browser tests: `pnpm test:browser` (part of `pnpm test`).
//
// Every `packages/*/test/browser/**/*.test.ts` runs in real Chromium AND real Firefox, against a real
// sandbox that this config starts (in a child process, on 127.0.0.1, small seed, no rate limits) and
// stops. The test page and the sandbox are on different ports, so different origins: every call the
// tests make is real cross-origin HTTP, preflights included. The page is an agency's own site for the
// sandbox (an agency is onboarded with the page's origins as its allowedOrigins), so it may submit.
//
// Pages find the sandbox in <meta> tags of the runner's HTML (no inline script, so pages also work
// under a strict Content-Security-Policy): read them with `packages/sdk/test/browser/sandbox.ts`.
//
// Environment:
//   BROWSERS=chromium | firefox | chromium,firefox   narrow the browsers for local use (default: both)
//   CHROME_PATH   Chromium or Chrome binary (default /usr/bin/chromium, else chrome-launcher's search)
//   FIREFOX_PATH  Firefox binary (default /usr/bin/firefox-esr, else /usr/bin/firefox)
//   WTR_PORT      the runner's port (default: a free one)
//   CHIKAYA_TEST_NOW   an ISO instant: run as if it were then (the sandbox and the pages; see dated-tests.mjs)
//
// The last line it prints is `browser: N passed, N failed` (each test counted once per browser),
// which `packages/tools/test.mjs` adds into its total.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { chromiumArgs, chromiumPath, firefoxPath } from './browsers.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const hostname = '127.0.0.1';

/** A port nobody listens on right now (the OS picks it; we let it go again). */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, hostname, () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

// CHIKAYA_TEST_NOW=2028-02-29T09:30:00Z runs the suites as if it were then: the sandbox's clock (its
// seed included) and the pages' `Date` run that far ahead of the machine's (browser/clock.ts).
const clockOffset = process.env.CHIKAYA_TEST_NOW ? Date.parse(process.env.CHIKAYA_TEST_NOW) - Date.now() : 0;
if (Number.isNaN(clockOffset)) throw new Error(`CHIKAYA_TEST_NOW=${process.env.CHIKAYA_TEST_NOW}: not a date`);

// The runner's port is fixed here so that its page origin is known before anything starts.
const port = Number(process.env.WTR_PORT) || (await freePort());
let closedPort = await freePort();
while (closedPort === port) closedPort = await freePort();

// ---------------------------------------------------------------------------------------------
// Browsers


function chromium() {
  const executablePath = chromiumPath();
  const launcher = chromeLauncher({
    launchOptions: {
      // undefined: @web/test-runner-chrome looks for a locally installed Chrome
      ...(executablePath ? { executablePath } : {}),
      args: [...chromiumArgs],
    },
  });
  // chromeLauncher calls every browser it drives "Chrome"; say what runs.
  launcher.name = 'Chromium';
  return launcher;
}

function firefox() {
  const executablePath = firefoxPath();
  if (!executablePath) throw new Error('No Firefox found: install firefox-esr or set FIREFOX_PATH to a Firefox binary.');
  // @web/test-runner-puppeteer hands the launch to puppeteer (puppeteer-core's launcher) with this
  // executable: no browser is downloaded, ever (PUPPETEER_SKIP_DOWNLOAD, and pnpm runs no
  // postinstall of puppeteer). Firefox is driven over WebDriver BiDi.
  return puppeteerLauncher({ launchOptions: { browser: 'firefox', executablePath, headless: true } });
}

const launchers = { chromium, firefox };
const wanted = (process.env.BROWSERS || 'chromium,firefox')
  .split(',')
  .map((name) => name.trim().toLowerCase())
  .filter(Boolean);
for (const name of wanted) {
  if (!(name in launchers)) throw new Error(`BROWSERS: unknown browser "${name}" (known: ${Object.keys(launchers).join(', ')})`);
}

// ---------------------------------------------------------------------------------------------
// The sandbox

/** What the runner's page is told about the sandbox (see testRunnerHtml). */
const platform = { url: '', agencyId: 'banc-essai', serviceId: '', backOfficeKey: '' };
/** The sandbox's admin key (the ministry's): for onboarding the test agency and the `chikaya-admin` command. */
let adminKey = '';

/**
 * The test page embeds the platform like an agency's own site: an agency is onboarded (through the
 * admin API, as the ministry does) with the runner's page origins as its `allowedOrigins`, so the
 * page may submit for it and read details with an access key, cross-origin, preflights included.
 *
 * (The sandbox's `trustedOrigins` would also let the page submit, but as the platform's own pages:
 * an agency's page is the case the widgets are for.)
 */
async function onboardTestAgency(url, adminKey, origins) {
  const names = (text) => ({ ar: text, fr: text, en: text, zgh: text });
  const response = await fetch(`${url}/v1/admin/agencies`, {
    method: 'POST',
    headers: { authorization: `Bearer ${adminKey}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      id: platform.agencyId,
      acronym: 'BANC',
      names: names('Commune du banc d’essai'),
      type: 'local_authority',
      sectorId: 'local-government',
      website: origins[0],
      allowedOrigins: origins,
      services: [{ slug: 'etat-civil', serviceCategoryId: 'civil-status', names: names('État civil') }],
    }),
  });
  const body = await response.json();
  if (response.status !== 201) throw new Error(`onboarding the test agency failed: ${response.status} ${JSON.stringify(body)}`);
  platform.serviceId = body.services[0].id;
  platform.backOfficeKey = body.secretKey;
}

/** Starts the sandbox with the server and stops it with the server. */
function sandboxPlugin() {
  let child = null;
  let asked = 0;
  const overHttp = async (method, path, headers, body) => {
    const response = await fetch(`${platform.url}${path}`, { method, headers, body });
    return { status: response.status, text: await response.text() };
  };
  /** A request through the sandbox's process as of the instant `at`. */
  const asOf = (at, method, path, headers, body) =>
    new Promise((resolve, reject) => {
      const id = ++asked;
      const listener = (message) => {
        if (message?.type !== 'answer' || message.id !== id) return;
        child.off('message', listener);
        if (message.error) reject(new Error(`a request as of ${at} failed in the sandbox: ${message.error}`));
        else resolve({ status: message.status, text: message.body });
      };
      child.on('message', listener);
      child.send({ type: 'request', id, at, method, path, headers, body });
    });
  return {
    name: 'chikaya-sandbox',
    async serverStart({ config }) {
      const pageOrigins = [...new Set([`http://${config.hostname}:${config.port}`, `http://127.0.0.1:${config.port}`, `http://localhost:${config.port}`])];
      // The proof of work stays on, as on the platform, at a difficulty of two hex zeros (256 hashes on
      // average, not 65 536): the protocol is the same, and some 200 lodges in two browsers sharing
      // two cores would otherwise spend minutes hashing (bench/challenge.bench.ts measures the real one).
      const options = { host: hostname, port: 0, seed: { submissions: 300 }, rateLimits: false, challenge: { keyPrefix: '00' }, clockOffset };
      child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', 'packages/tools/sandbox-process.mjs', JSON.stringify(options)], {
        cwd: root,
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      });
      const started = await new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('the sandbox did not start within 60 s')), 60_000);
        child.once('message', (message) => {
          clearTimeout(timer);
          resolve(message);
        });
        child.once('exit', (code) => {
          clearTimeout(timer);
          reject(new Error(`the sandbox exited (code ${code}) before it listened`));
        });
      });
      platform.url = started.url;
      const sandboxPort = Number(new URL(started.url).port);
      while (closedPort === sandboxPort || closedPort === config.port) closedPort = await freePort();
      adminKey = started.adminKey;
      await onboardTestAgency(started.url, adminKey, pageOrigins);
      const asOf = clockOffset ? `; its clock and the pages' say ${new Date(Date.now() + clockOffset).toISOString()}` : '';
      console.log(`sandbox: ${started.url} (${started.agencies} agencies, ${started.submissions} submissions); ${platform.agencyId} embeds it from ${pageOrigins.join(' ')}${asOf}`);
    },
    /**
     * `chikaya-back-office` { method, path, body, agencyId, at }: what an agency's server does, which
     * a page cannot (the back office answers no browser): answer, forward, reject, list the inbox.
     * With the test agency's key, or a seeded agency's (`agencyId`).
     *
     * `chikaya-admin` { method, path, body, at }: what the ministry does, with the sandbox's admin key
     * (which no page holds): approve and publish an annual report.
     *
     * `chikaya-citizen` { method, path, body, at }: a public operation without a page's origin, for
     * what only a clock can make: a complaint lodged 70 days ago.
     *
     * `at` (an ISO instant) runs the request through the platform as of that instant (see
     * sandbox-process.mjs); without it, the request goes over HTTP now. Each answers `{ status, body }`.
     */
    async executeCommand({ command, payload }) {
      const keys = {
        'chikaya-back-office': { prefix: '/v1/back-office/', key: ({ agencyId = platform.agencyId }) => (agencyId === platform.agencyId ? platform.backOfficeKey : `bo_sandbox_${agencyId}`) },
        'chikaya-admin': { prefix: '/v1/admin/', key: () => adminKey },
        'chikaya-citizen': { prefix: '/v1/', key: () => null },
      };
      const caller = keys[command];
      if (!caller) return undefined;
      const { method = 'GET', path, body, at } = payload;
      if (!path.startsWith(caller.prefix) || (command === 'chikaya-citizen' && /^\/v1\/(admin|back-office)\//.test(path)))
        throw new Error(`${command}: ${path} is not one of its paths`);
      const key = caller.key(payload);
      const headers = {
        ...(key ? { authorization: `Bearer ${key}` } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      };
      const sent = body === undefined ? undefined : JSON.stringify(body);
      const { status, text } = at === undefined ? await overHttp(method, path, headers, sent) : await asOf(at, method, path, headers, sent);
      return { status, body: text ? JSON.parse(text) : null };
    },
    async serverStop() {
      if (!child || child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.send('stop');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Counting

/** Adds `browser: N passed, N failed` at the very end, each test counted once per browser. */
function countingReporter() {
  const add = (totals, suite) => {
    for (const test of suite?.tests ?? []) {
      if (test.skipped) totals.skipped++;
      else if (test.passed) totals.passed++;
      else totals.failed++;
    }
    for (const child of suite?.suites ?? []) add(totals, child);
  };
  return {
    stop({ sessions }) {
      const all = { passed: 0, failed: 0, skipped: 0 };
      const byBrowser = new Map();
      for (const session of sessions) {
        const totals = { passed: 0, failed: 0, skipped: 0 };
        add(totals, session.testResults);
        // A file that failed to load, threw outside a test or timed out counts as one failure.
        if (session.passed === false && totals.failed === 0) totals.failed = 1;
        const browser = byBrowser.get(session.browser.name) ?? { passed: 0, failed: 0, skipped: 0 };
        for (const key of Object.keys(all)) {
          all[key] += totals[key];
          browser[key] += totals[key];
        }
        byBrowser.set(session.browser.name, browser);
      }
      const per = [...byBrowser].map(([name, t]) => `${name} ${t.passed} passed, ${t.failed} failed, ${t.skipped} skipped`);
      const line = `\nper browser: ${per.join('; ')}\nbrowser: ${all.passed} passed, ${all.failed} failed${all.skipped ? `, ${all.skipped} skipped` : ''}`;
      // The runner prints its own summary after the reporters stop: print ours after it.
      process.once('exit', () => process.stdout.write(`${line}\n`));
    },
  };
}

// ---------------------------------------------------------------------------------------------

const minute = 60_000;

export default {
  rootDir: root,
  files: ['packages/*/test/browser/**/*.test.ts'],
  hostname,
  port,
  browsers: wanted.map((name) => launchers[name]()),
  // Two cores: one page per browser at a time, both browsers side by side.
  concurrentBrowsers: 2,
  concurrency: 1,
  // Slow CI machines: starting a browser, loading the first (transpiled) modules, a whole file.
  browserStartTimeout: 2 * minute,
  testsStartTimeout: 2 * minute,
  testsFinishTimeout: 5 * minute,
  testFramework: { config: { timeout: 30_000 } },
  // Workspace packages resolve to their TypeScript sources (the `source` export condition), which
  // esbuild transpiles with the repository's tsconfig.
  nodeResolve: { exportConditions: ['source', 'browser', 'development'], browser: true },
  plugins: [esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('../../tsconfig.json', import.meta.url)) }), sandboxPlugin()],
  testRunnerHtml: (testFramework) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="chikaya-sandbox" content="${platform.url}">
    <meta name="chikaya-agency" content="${platform.agencyId}">
    <meta name="chikaya-service" content="${platform.serviceId}">
    <meta name="chikaya-closed-url" content="http://${hostname}:${closedPort}">
    <meta name="chikaya-clock-offset" content="${clockOffset}">
  </head>
  <body>
    <script type="module" src="/packages/tools/browser/clock.ts"></script>
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`,
  reporters: [defaultReporter(), countingReporter()],
};
