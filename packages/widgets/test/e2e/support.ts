/**
 * End-to-end support: the built script tag (`packages/widgets/dist/cdn/`) served by a real sandbox,
 * driven in real browsers through puppeteer-core, with real clicks and typing.
 *
 * - `startPlatform`: a sandbox on 127.0.0.1 (a free port, in-memory database, 300 seeded
 *   submissions, no rate limits) serving the examples and the built widgets, as `pnpm start` does.
 *   Every API answer it gives (to the pages, to the SDK clients of the tests) is judged against the
 *   contract by Prism's own validator (sandbox/test/support/answer-judge.ts), independent of ours:
 *   after each test, an answer that broke the contract fails that test.
 * - `launch('chromium' | 'firefox')`: Debian's browsers (`CHROME_PATH`, `FIREFOX_PATH` first);
 *   no browser is ever downloaded.
 * - `observe(page)`: what went wrong on a page (console errors, uncaught errors, Content-Security-
 *   Policy violations), attached to any failure by `explain`.
 * - Reading shadow DOM: selectors with puppeteer's deep combinator, `chikaya-kpi-badge >>> .title`.
 *
 * `pnpm test:e2e` (`packages/tools/e2e-tests.mjs`) builds the script tag first when it is missing.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'node:test';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type ConsoleMessage, type ElementHandle, type Page } from 'puppeteer-core';
import { startSandbox, type Sandbox, type SandboxOptions } from '../../../sandbox/src/server.js';
import { type AnswerJudge, judgeAnswers } from '../../../sandbox/test/support/answer-judge.js';
import { chromiumArgs, chromiumPath, firefoxPath } from '../../../tools/browsers.mjs';

export const root = fileURLToPath(new URL('../../../../', import.meta.url));
export const scriptTag = join(root, 'packages/widgets/dist/cdn/chikaya.js');

/** Fails at once, and says how to fix it, when the script tag was not built. */
export function assertBuilt(): void {
  if (!existsSync(scriptTag)) {
    throw new Error(`${scriptTag} is missing: run \`pnpm test:e2e\` (it builds the script tag first) or \`pnpm build\`.`);
  }
}

// ---------------------------------------------------------------------------------------------
// The platform

/** A port nobody listens on right now, on 127.0.0.1 (the OS picks it; we let it go again). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * The sandbox as `pnpm start` runs it (examples at `/examples`, the built widgets at `/widgets`),
 * on 127.0.0.1 and a free port, with a throwaway database; `options` add to it or override it.
 * Close it with `sandbox.close()` (in an `after` hook: it then stops whether the tests passed or not).
 */
export async function startPlatform(options: SandboxOptions = {}): Promise<Sandbox> {
  const judge = judgeAnswers();
  const sandbox = await startSandbox({
    onAnswer: judge.onAnswer,
    database: ':memory:',
    host: '127.0.0.1',
    port: 0,
    seed: { submissions: 300 },
    rateLimits: false,
    onError: (error) => console.error(error),
    ...options,
    staticFolders: {
      '/examples': join(root, 'examples'),
      '/widgets': join(root, 'packages/widgets/dist'),
      ...options.staticFolders,
    },
  });
  judges.add(judge);
  return {
    ...sandbox,
    async close() {
      judges.delete(judge);
      await sandbox.close();
      // Answers given after the last test (in `after` hooks) are judged too.
      const violations = await judge.take();
      console.error(`e2e: Prism judged ${judge.judged} answers of the platform on ${sandbox.url} in ${Math.round(judge.spentMs)} ms`);
      assertConforming(violations);
    },
  };
}

/** The judges of the platforms now running in this test file's process. */
const judges = new Set<AnswerJudge>();

function assertConforming(violations: readonly string[]): void {
  if (violations.length > 0) {
    throw new Error(`${violations.length} answer(s) of the platform broke the contract (Prism's validator):\n${violations.join('\n')}`);
  }
}

// At the root of every file that imports this one: after each of its tests, whatever it started.
afterEach(async () => {
  assertConforming((await Promise.all([...judges].map((judge) => judge.take()))).flat());
});

/**
 * `startPlatform` on a port chosen beforehand, for options that name the sandbox's own port
 * (`trustedOrigins: ['http://localhost:PORT']`). Tries again if another process took the port meanwhile.
 */
export async function startPlatformOnPort(options: (port: number) => SandboxOptions): Promise<Sandbox> {
  for (let attempt = 1; ; attempt += 1) {
    const port = await freePort();
    try {
      return await startPlatform({ ...options(port), port });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE' || attempt === 3) throw error;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Browsers

export type BrowserName = 'chromium' | 'firefox';


/** Chromium or Firefox, headless, as installed on the machine (see packages/tools/web-test-runner.config.mjs). */
export async function launch(name: BrowserName): Promise<Browser> {
  if (name === 'chromium') {
    const executablePath = chromiumPath();
    if (!executablePath) throw new Error('No Chromium found: install chromium or set CHROME_PATH to a Chromium or Chrome binary.');
    return puppeteer.launch({
      browser: 'chrome',
      executablePath,
      headless: true,
      args: [...chromiumArgs],
    });
  }
  const executablePath = firefoxPath();
  if (!executablePath) throw new Error('No Firefox found: install firefox-esr or set FIREFOX_PATH to a Firefox binary.');
  // Firefox is driven over WebDriver BiDi.
  return puppeteer.launch({ browser: 'firefox', executablePath, headless: true });
}

// ---------------------------------------------------------------------------------------------
// What happened on a page

export interface PageLog {
  page: Page;
  /** console errors, uncaught errors and CSP violations: each fails the test */
  problems: string[];
  /** CSP violations alone (also in `problems`) */
  violations: string[];
  /** answers ≥ 400 and other context, shown with a failure */
  notes: string[];
  /** every request the page made: `GET http://…` */
  requests: string[];
  /** the address of every answer the page received */
  responses: string[];
}

/**
 * Installed before any page script: reports each `securitypolicyviolation` as a console error
 * (the page's own CSP blocks nothing a browser runs for its driver). And a no-op `__name`: tsx
 * compiles this file with esbuild's `keepNames`, which wraps named functions in `__name(…)`, and
 * a function handed to `page.evaluate` runs in the page, where `__name` does not exist.
 */
const preload = `globalThis.__name ??= (target) => target;
document.addEventListener('securitypolicyviolation', (event) => {
  console.error('CSP violation: ' + event.violatedDirective + ' blocked ' + (event.blockedURI || '(inline)') +
    ' in ' + event.sourceFile + ':' + event.lineNumber + (event.sample ? ' (' + event.sample + ')' : ''));
});`;

export async function observe(page: Page): Promise<PageLog> {
  const log: PageLog = { page, problems: [], violations: [], notes: [], requests: [], responses: [] };
  await page.evaluateOnNewDocument(preload);
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    log.problems.push(`console.error: ${text}`);
    if (text.startsWith('CSP violation: ')) log.violations.push(text.slice('CSP violation: '.length));
  });
  page.on('pageerror', (error) => log.problems.push(`uncaught: ${error instanceof Error ? error.message : String(error)}`));
  page.on('request', (request) => {
    log.requests.push(`${request.method()} ${request.url()}`);
  });
  page.on('response', (response) => {
    log.responses.push(response.url());
    if (response.status() >= 400) log.notes.push(`HTTP ${response.status()} ${response.request().method()} ${response.url()}`);
  });
  page.setDefaultTimeout(10_000);
  return log;
}

/**
 * A failure with what each page reported (console errors, uncaught errors, CSP violations, answers
 * ≥ 400) and where a screenshot of each page still open was saved (`$TMPDIR/chikaya-e2e/`).
 */
export async function explain(error: unknown, logs: PageLog | readonly PageLog[], label: string): Promise<Error> {
  const failure = error instanceof Error ? error : new Error(String(error));
  const lines: string[] = [];
  const folder = join(tmpdir(), 'chikaya-e2e');
  const list: readonly PageLog[] = 'page' in logs ? [logs] : logs;
  for (const [index, log] of list.entries()) {
    lines.push(
      `page: ${safe(() => log.page.url())}`,
      `  console errors and CSP violations: ${log.problems.length === 0 ? 'none' : ''}`,
      ...log.problems.map((line) => `    ${line}`),
      ...(log.notes.length > 0 ? ['  answers ≥ 400:', ...log.notes.map((line) => `    ${line}`)] : []),
    );
    if (log.page.isClosed()) continue;
    try {
      await mkdir(folder, { recursive: true });
      const path = join(folder, `${label.replace(/[^\w-]+/g, '-').slice(0, 80)}${index > 0 ? `-${index}` : ''}.png`);
      await writeFile(path, await log.page.screenshot({ fullPage: true }));
      lines.push(`  screenshot: ${path}`);
    } catch {
      // A page that cannot be captured: the rest still helps.
    }
  }
  const diagnostics = `\n--- ${label}\n${lines.join('\n')}`;
  // Node's test reporter prints the stack, whose first line is the message as it was when the stack
  // was first read: read it before the message changes, then add to both.
  const stack = failure.stack;
  failure.message += diagnostics;
  if (stack) failure.stack = stack + diagnostics;
  return failure;
}

function safe(read: () => string): string {
  try {
    return read();
  } catch {
    return '(closed)';
  }
}

/** Fails when the page reported a console error, an uncaught error or a CSP violation. */
export function assertClean(log: PageLog, what = safe(() => log.page.url())): void {
  if (log.problems.length > 0) throw new Error(`${what} reported ${log.problems.length} problem(s):\n${log.problems.join('\n')}`);
}

// ---------------------------------------------------------------------------------------------
// Reading what a user sees

/** Whitespace as one space (French puts no-break spaces before colons and in numbers). */
export const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Waits for an element matching `selector` (`host >>> inner` reaches into shadow roots) and returns it.
 * Polls, unlike `page.waitForSelector`, which watches the document's mutations and so may miss a
 * change made inside a shadow root.
 */
export async function waitFor(page: Page, selector: string, { timeout = 10_000 } = {}): Promise<ElementHandle<Element>> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const handle = await page.$(selector);
    if (handle) return handle;
    if (Date.now() > deadline) throw new Error(`waited ${timeout} ms for ${selector}: nothing matches`);
    await pause(50);
  }
}

/** Waits until nothing matches `selector`. */
export async function waitForNone(page: Page, selector: string, { timeout = 10_000 } = {}): Promise<void> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const handle = await page.$(selector);
    if (!handle) return;
    await handle.dispose();
    if (Date.now() > deadline) throw new Error(`waited ${timeout} ms for ${selector} to go away`);
    await pause(50);
  }
}

/** The rendered text of the first element matching `selector` (`host >>> inner` reaches into shadow roots). */
export async function textOf(page: Page, selector: string): Promise<string> {
  const handle = await waitFor(page, selector);
  try {
    return squash(await handle.evaluate((element) => (element as HTMLElement).innerText ?? element.textContent));
  } finally {
    await handle.dispose();
  }
}

/** The rendered texts of every element matching `selector`. */
export async function textsOf(page: Page, selector: string): Promise<string[]> {
  const handles = await page.$$(selector);
  const texts = await Promise.all(handles.map((handle) => handle.evaluate((element) => (element as HTMLElement).innerText ?? element.textContent)));
  await Promise.all(handles.map((handle) => handle.dispose()));
  return texts.map(squash);
}

/** Waits until the text of `selector` passes `test` (a string it contains, a pattern, a predicate); returns it. */
export async function waitForText(
  page: Page,
  selector: string,
  test: string | RegExp | ((text: string) => boolean),
  { timeout = 10_000 } = {},
): Promise<string> {
  const passes =
    typeof test === 'string' ? (text: string) => text.includes(squash(test)) : test instanceof RegExp ? (text: string) => test.test(text) : test;
  const deadline = Date.now() + timeout;
  let last = '(nothing matched)';
  for (;;) {
    const handle = await page.$(selector);
    if (handle) {
      last = squash(await handle.evaluate((element) => (element as HTMLElement).innerText ?? element.textContent).catch(() => ''));
      await handle.dispose();
      if (passes(last)) return last;
    }
    if (Date.now() > deadline) throw new Error(`waited ${timeout} ms for ${selector} to show ${String(test)}; it shows: "${last}"`);
    await pause(50);
  }
}

/** Clicks (a real mouse click) the button or link of `host`'s shadow root whose text is `label`. */
export async function clickButton(page: Page, host: string, label: string): Promise<void> {
  const wanted = squash(label);
  const deadline = Date.now() + 10_000;
  for (;;) {
    const handle = await page.evaluateHandle(
      (host, wanted) => {
        const root = document.querySelector(host)?.shadowRoot;
        const candidates = [...(root?.querySelectorAll<HTMLElement>('button, a[href]') ?? [])];
        return candidates.find((element) => (element.innerText ?? '').replace(/\s+/g, ' ').trim() === wanted) ?? null;
      },
      host,
      wanted,
    );
    const element = handle.asElement() as ElementHandle<HTMLElement> | null;
    if (element) {
      await element.click();
      await element.dispose();
      return;
    }
    await handle.dispose();
    if (Date.now() > deadline) {
      const labels = await page.evaluate(
        (host) => [...(document.querySelector(host)?.shadowRoot?.querySelectorAll<HTMLElement>('button, a[href]') ?? [])].map((element) => element.innerText.trim()),
        host,
      );
      throw new Error(`${host} has no button or link "${wanted}" (it has: ${labels.map((text) => `"${text}"`).join(', ') || 'none'})`);
    }
    await pause(50);
  }
}

/** Types into a field of `host` (by its `name`), as a user does: click into it, then the keys. */
export async function typeInto(page: Page, host: string, name: string, text: string): Promise<void> {
  const field = await waitFor(page, `${host} >>> [name="${name}"]`);
  await field.click();
  await field.type(text);
  await field.dispose();
}

/** Clicks the radio or checkbox of `host` named `name` (with `value` for a radio). */
export async function check(page: Page, host: string, name: string, value?: string): Promise<void> {
  const selector = `${host} >>> input[name="${name}"]${value === undefined ? '' : `[value="${value}"]`}`;
  const input = await waitFor(page, selector);
  await input.click();
  const checked = await input.evaluate((element) => (element as HTMLInputElement).checked);
  await input.dispose();
  if (!checked) throw new Error(`${selector} is not checked after a click`);
}

/** Chooses an option of a select of `host` (by value), as a user does; returns the option's label. */
export async function choose(page: Page, host: string, name: string, value: string): Promise<string> {
  const select = await waitFor(page, `${host} >>> select[name="${name}"]`);
  await select.select(value);
  const label = await select.evaluate((element) => (element as HTMLSelectElement).selectedOptions[0]?.text ?? '');
  await select.dispose();
  return squash(label);
}

/** Resource timing entries of the page: what it downloaded, and how. */
export interface Resource {
  name: string;
  initiatorType: string;
  startTime: number;
  transferSize: number;
  decodedBodySize: number;
}

export function resources(page: Page): Promise<Resource[]> {
  return page.evaluate(() =>
    performance.getEntriesByType('resource').map((entry) => {
      const resource = entry as PerformanceResourceTiming;
      return {
        name: resource.name,
        initiatorType: resource.initiatorType,
        startTime: resource.startTime,
        transferSize: resource.transferSize,
        decodedBodySize: resource.decodedBodySize,
      };
    }),
  );
}
