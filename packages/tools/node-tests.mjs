#!/usr/bin/env node
// Runs every `packages/*/test/**/*.test.ts`, but test/browser/ and test/e2e/, with Node's test runner
// (TypeScript through tsx; the `source` condition makes workspace packages resolve to their
// TypeScript sources, no build needed).
// Node 20's runner takes no globs, so the files are listed here. Extra arguments are passed on
// (e.g. `pnpm test:node -- --test-name-pattern=kpi`).
import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

function testFiles(dir) {
  const files = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    // test/browser/ holds the web-test-runner suites, which run in real browsers instead; test/e2e/
    // the end-to-end suites, which drive the built script tag (`pnpm test:e2e`).
    if (statSync(path).isDirectory()) files.push(...(name === 'browser' || name === 'e2e' ? [] : testFiles(path)));
    else if (name.endsWith('.test.ts')) files.push(path);
  }
  return files;
}

const files = readdirSync(join(root, 'packages'))
  .map((name) => join(root, 'packages', name, 'test'))
  .filter((dir) => statSync(dir, { throwIfNoEntry: false })?.isDirectory())
  .flatMap(testFiles)
  .sort();

const args = process.argv.slice(2).filter((arg) => arg !== '--');
const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', '--test', '--test-reporter=spec', ...args, ...files], {
  cwd: root,
  stdio: 'inherit',
});
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 1)));
