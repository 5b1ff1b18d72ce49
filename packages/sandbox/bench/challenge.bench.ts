/**
 * `pnpm --filter @chikaya/sandbox bench:challenge`: how long a person's browser takes to make the
 * proof of work a create needs, at the platform's default difficulty. Real Chromium and Firefox
 * solve real challenges from a sandbox with the SDK's own solver (its built `dist/challenge.js`), one
 * after another; Node.js too, for scripts. Prints the median, the 90th percentile and the slowest.
 *
 * The form starts the proof at the user's first answer, so a person waits for it only when they
 * send sooner than this takes: the figures say whether "invisible on a normal device" holds.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { solveChallenge } from '@chikaya/sdk';
import puppeteer, { type Browser } from 'puppeteer-core';
import { chromiumArgs, chromiumPath, firefoxPath } from '../../tools/browsers.mjs';
import { startSandbox } from '../src/server.js';

const rounds = Number(process.env.ROUNDS ?? 20);
const root = fileURLToPath(new URL('../../..', import.meta.url));
execFileSync('pnpm', ['--filter', '@chikaya/sdk', 'build'], { cwd: root, stdio: 'ignore' });
const solver = readFileSync(new URL('../../sdk/dist/challenge.js', import.meta.url), 'utf8');

const sandbox = await startSandbox({ seed: { agencies: 1, submissions: 0 }, rateLimits: false });

const summary = (name: string, times: number[]) => {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  console.log(`${name.padEnd(10)} median ${at(0.5).toFixed(0).padStart(5)} ms   p90 ${at(0.9).toFixed(0).padStart(5)} ms   slowest ${sorted.at(-1)!.toFixed(0).padStart(5)} ms   (${times.length} proofs)`);
};

async function inBrowser(name: string, launch: () => Promise<Browser>) {
  const browser = await launch();
  try {
    const page = await browser.newPage();
    // The sandbox's own origin: its challenges need no CORS there, and it sets no CSP on JSON.
    await page.goto(`${sandbox.url}/v1/sectors`);
    await page.addScriptTag({ type: 'module', content: `${solver}\nwindow.solveChallenge = solveChallenge;` });
    await page.waitForFunction(() => 'solveChallenge' in window);
    const times = await page.evaluate(async (count) => {
      const solve = (window as unknown as { solveChallenge: (c: unknown) => Promise<unknown> }).solveChallenge;
      const spent: number[] = [];
      for (let i = 0; i < count; i++) {
        const challenge = await (await fetch('/v1/challenge')).json();
        const start = performance.now();
        await solve(challenge);
        spent.push(performance.now() - start);
      }
      return spent;
    }, rounds);
    summary(name, times);
  } finally {
    await browser.close();
  }
}

const challenge = await (await fetch(`${sandbox.url}/v1/challenge`)).json();
console.log(`Proofs at the default difficulty: key prefix ${JSON.stringify(challenge.parameters.keyPrefix)}, cost ${challenge.parameters.cost}, ${challenge.parameters.algorithm}; load average ${(await import('node:os')).loadavg()[0]!.toFixed(1)}`);
const nodeTimes: number[] = [];
for (let i = 0; i < rounds; i++) {
  const fresh = await (await fetch(`${sandbox.url}/v1/challenge`)).json();
  const start = performance.now();
  await solveChallenge(fresh);
  nodeTimes.push(performance.now() - start);
}
summary('Node.js', nodeTimes);
const chromium = chromiumPath();
if (chromium) await inBrowser('Chromium', () => puppeteer.launch({ executablePath: chromium, args: [...chromiumArgs], headless: true }));
const firefox = firefoxPath();
if (firefox) await inBrowser('Firefox', () => puppeteer.launch({ browser: 'firefox', executablePath: firefox, headless: true }));
await sandbox.close();
