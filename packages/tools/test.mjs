#!/usr/bin/env node
// `pnpm test`: everything CI checks, in order of speed, stopping at the first failing stage.
// The last line counts the tests of every runner: `total: N passed, N failed`.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromiumPath, firefoxPath } from './browsers.mjs';
import { ensure } from './debian.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));

const stages = [
  { name: 'generated code is fresh', command: ['node', 'packages/tools/generate.mjs', '--check'] },
  { name: 'contract lint (Redocly recommended, Spectral OWASP)', command: ['pnpm', 'run', '--silent', 'lint:api'] },
  { name: 'typecheck', command: ['pnpm', 'run', '--silent', 'typecheck'] },
  { name: 'weight budgets', command: ['node', 'packages/tools/size.mjs'] },
  // What npm would publish (the packages were built by the stage before).
  { name: 'packages as published', command: ['node', 'packages/tools/pack-check.mjs'], counts: /^pack: (\d+) passed, (\d+) failed/gm },
  { name: 'stories build', command: ['pnpm', 'run', '--silent', 'build-storybook', '--quiet'] },
  { name: 'node tests', command: ['node', 'packages/tools/node-tests.mjs'], counts: /^\s*ℹ (pass|fail) (\d+)\s*$/gm },
  // Chromium and Firefox, each test counted once per browser (packages/tools/web-test-runner.config.mjs prints the line).
  { name: 'browser tests', command: ['pnpm', 'run', '--silent', 'test:browser'], counts: /^browser: (\d+) passed, (\d+) failed/gm },
  // The built script tag on the example pages and under a strict CSP from another origin
  // (packages/tools/e2e-tests.mjs prints the line; it builds the script tag first if it is missing).
  // The same suites as if it were a year ahead and on the next 29 February: no test may depend on
  // the day it runs on (packages/tools/dated-tests.mjs).
  { name: 'on other days (a year ahead, 29 February)', command: ['node', 'packages/tools/dated-tests.mjs'], counts: /^dated: (\d+) passed, (\d+) failed/gm },
  {
    name: 'end-to-end (built pages, Chromium and Firefox)',
    command: ['node', 'packages/tools/e2e-tests.mjs'],
    counts: /^e2e: (\d+) passed, (\d+) failed/gm,
  },
];

let passed = 0;
let failed = 0;

function run({ name, command, counts }) {
  console.log(`\n▶ ${name}: ${command.join(' ')}`);
  return new Promise((resolve) => {
    const child = spawn(command[0], command.slice(1), { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      if (counts) output += chunk;
    });
    // 'close', not 'exit': the last lines (the counts) may still be in the pipe when the child exits.
    child.on('close', (code) => {
      if (counts) {
        for (const [, first, second] of output.matchAll(counts)) {
          if (first === 'pass') passed += Number(second);
          else if (first === 'fail') failed += Number(second);
          else {
            // `N passed, N failed`
            passed += Number(first);
            failed += Number(second);
          }
        }
      }
      resolve(code ?? 1);
    });
  });
}

// A fresh machine has no browsers (nor libfaketime, for the dated stage): bring them first, or stop
// at once with the command to run, rather than fail after minutes of other stages.
try {
  ensure(
    [
      ...(chromiumPath() ? [] : [{ command: 'chromium', package: 'chromium' }]),
      ...(firefoxPath() ? [] : [{ command: 'firefox-esr', package: 'firefox-esr' }]),
      { command: 'faketime', package: 'faketime' },
    ],
    { why: 'The browser and dated suites' },
  );
} catch (error) {
  console.error(`\n✗ ${error.message}`);
  process.exit(1);
}

let exitCode = 0;
for (const stage of stages) {
  const code = await run(stage);
  if (code !== 0) {
    console.error(`\n✗ ${stage.name} failed (exit ${code})`);
    exitCode = code;
    break;
  }
}
console.log(`\ntotal: ${passed} passed, ${failed} failed`);
process.exit(exitCode !== 0 ? exitCode : failed > 0 ? 1 : 0);
