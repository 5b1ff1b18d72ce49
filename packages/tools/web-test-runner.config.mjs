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
  return {
    name: 'chikaya-sandbox',
    async serverStart({ config }) {
      const pageOrigins = [...new Set([`http://${config.hostname}:${config.port}`, `http://127.0.0.1:${config.port}`, `http://localhost:${config.port}`])];
      const options = { host: hostname, port: 0, seed: { submissions: 300 }, rateLimits: false };
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
      console.log(`sandbox: ${started.url} (${started.agencies} agencies, ${started.submissions} submissions); ${platform.agencyId} embeds it from ${pageOrigins.join(' ')}`);
    },
    /**
     * `chikaya-back-office` { method, path, body, agencyId }: what an agency's server does, which a
     * page cannot (the back office answers no browser): answer, forward, reject, list the inbox.
     * With the test agency's key, or a seeded agency's (`agencyId`). Answers `{ status, body }`.
     *
     * `chikaya-admin` { method, path, body }: what the ministry does, with the sandbox's admin key
     * (which no page holds): approve and publish an annual report. Answers `{ status, body }` too.
     */
    async executeCommand({ command, payload }) {
      if (command !== 'chikaya-back-office' && command !== 'chikaya-admin') return undefined;
      const { method = 'GET', path, body, agencyId = platform.agencyId } = payload;
      let key;
      if (command === 'chikaya-admin') {
        if (!path.startsWith('/v1/admin/')) throw new Error(`chikaya-admin: ${path} is not an admin path`);
        key = adminKey;
      } else {
        if (!path.startsWith('/v1/back-office/')) throw new Error(`chikaya-back-office: ${path} is not a back-office path`);
        key = agencyId === platform.agencyId ? platform.backOfficeKey : `bo_sandbox_${agencyId}`;
      }
      const response = await fetch(`${platform.url}${path}`, {
        method,
        headers: { authorization: `Bearer ${key}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      return { status: response.status, body: text ? JSON.parse(text) : null };
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
  </head>
  <body>
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`,
  reporters: [defaultReporter(), countingReporter()],
};
