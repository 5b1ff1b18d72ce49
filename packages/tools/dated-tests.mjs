#!/usr/bin/env node
// The suites that touch dates, run as if it were another day: a year ahead, and on the next
// 29 February. A test that needs an overdue, answered or published submission must make it, not
// find it in a seed whose dates follow the calendar; this stage fails where one still depends on
// the day it runs on (the status tracker's tests once did, and main went red on a quiet day).
//
// How the clock moves:
// - the Node.js suites run under libfaketime (`faketime`, from Debian: installed when missing), so
//   that every process they start, sandboxes and seeds included, lives on that day;
// - the browser suites run with CHIKAYA_TEST_NOW (see web-test-runner.config.mjs): a browser's
//   clock cannot be moved from outside (libfaketime keeps Firefox from starting and slows Chromium
//   some fifteen times), so the sandbox's clock and the pages' `Date` move together instead.
//
// Prints `dated: N passed, N failed` for `pnpm test`'s total. `--only node` or `--only browser`
// narrows it; CHIKAYA_TEST_DAYS=2027-12-08T10:00:00Z,… replaces the days.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ensure } from './debian.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : null;

/** The next 29 February after `from`, at 09:30 UTC. */
function nextLeapDay(from) {
  for (let year = from.getUTCFullYear(); ; year++) {
    const day = new Date(Date.UTC(year, 1, 29, 9, 30));
    if (day.getUTCMonth() === 1 && day > from) return day;
  }
}

const now = new Date();
const aYearAhead = new Date(now.getTime() + 365 * 86_400_000);
const days = process.env.CHIKAYA_TEST_DAYS ? process.env.CHIKAYA_TEST_DAYS.split(',').map((day) => new Date(day)) : [aYearAhead, nextLeapDay(now)];
if (days.some((day) => Number.isNaN(day.getTime()))) throw new Error(`CHIKAYA_TEST_DAYS=${process.env.CHIKAYA_TEST_DAYS}: not dates`);

if (only !== 'browser') ensure([{ command: 'faketime', package: 'faketime' }], { why: 'The dated Node.js suites' });

/** Runs a command, echoing it, and answers its exit code and what it printed. */
function run(command, args, env) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      output += chunk;
    });
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

let passed = 0;
let failed = 0;
const count = (output, pattern) => {
  for (const [, first, second] of output.matchAll(pattern)) {
    if (first === 'pass') passed += Number(second);
    else if (first === 'fail') failed += Number(second);
    else {
      passed += Number(first);
      failed += Number(second);
    }
  }
};

let exitCode = 0;
for (const day of days) {
  const iso = day.toISOString();
  if (only !== 'browser') {
    console.log(`\n▷ the Node.js suites on ${iso} (libfaketime)`);
    const offset = Math.round((day.getTime() - Date.now()) / 1000);
    // The monotonic clock stays real: timers and timeouts measure real time.
    const { code, output } = await run('faketime', ['-f', `${offset >= 0 ? '+' : ''}${offset}`, 'node', 'packages/tools/node-tests.mjs'], { FAKETIME_DONT_FAKE_MONOTONIC: '1' });
    count(output, /^\s*ℹ (pass|fail) (\d+)\s*$/gm);
    if (code !== 0) exitCode = code;
  }
  if (only !== 'node') {
    console.log(`\n▷ the browser suites on ${iso} (CHIKAYA_TEST_NOW)`);
    const { code, output } = await run('pnpm', ['run', '--silent', 'test:browser'], { CHIKAYA_TEST_NOW: iso });
    count(output, /^browser: (\d+) passed, (\d+) failed/gm);
    if (code !== 0) exitCode = code;
  }
}
console.log(`\ndated: ${passed} passed, ${failed} failed`);
process.exit(exitCode !== 0 ? exitCode : failed > 0 ? 1 : 0);
