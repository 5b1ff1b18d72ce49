#!/usr/bin/env node
// `pnpm test:e2e`: the end-to-end suites, `packages/*/test/e2e/**/*.test.ts`, with Node's test runner
// (TypeScript through tsx, workspace packages from their sources). They drive the BUILT script tag
// (`packages/widgets/dist/cdn/`) in real Chromium and Firefox, against sandboxes they start and stop
// themselves; when the script tag is missing, it is built first (as `pnpm size` builds it), so this
// also runs alone on a fresh checkout. `--build` builds it anyway (after a change to the widgets or
// the SDK: the suites test what was built). Other arguments are passed on to `node --test`
// (e.g. `pnpm test:e2e -- --test-name-pattern=Firefox`).
//
// Environment: CHROME_PATH, FIREFOX_PATH (default /usr/bin/chromium, /usr/bin/firefox-esr).
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const scriptTag = join(root, 'packages/widgets/dist/cdn/chikaya.js');
const build = process.argv.includes('--build');

/** The newest modification time of the files the script tag is built from. */
function newestSource(path) {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestSource(join(path, name))));
}

if (build || !existsSync(scriptTag)) {
  console.log(build ? 'Building the script tag (--build).' : 'The script tag is not built: building it (the SDK, the widgets, then rollup).');
  for (const pkg of ['@chikaya/sdk', '@chikaya/widgets']) execFileSync('pnpm', ['--filter', pkg, 'build'], { cwd: root, stdio: 'inherit' });
  execFileSync('pnpm', ['exec', 'rollup', '-c', '--silent'], { cwd: root, stdio: 'inherit' });
} else {
  const sources = ['packages/widgets/src', 'packages/sdk/src', 'rollup.config.mjs'].map((path) => newestSource(join(root, path)));
  if (Math.max(...sources) > statSync(scriptTag).mtimeMs) {
    console.log('Note: the widgets or the SDK changed since the script tag was built; `pnpm test:e2e --build` tests the change.');
  }
}

function testFiles(dir) {
  const files = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) files.push(...testFiles(path));
    else if (name.endsWith('.test.ts')) files.push(path);
  }
  return files;
}

const files = readdirSync(join(root, 'packages'))
  .map((name) => join(root, 'packages', name, 'test', 'e2e'))
  .filter((dir) => statSync(dir, { throwIfNoEntry: false })?.isDirectory())
  .flatMap(testFiles)
  .sort();

const args = process.argv.slice(2).filter((arg) => arg !== '--' && arg !== '--build');
// A test that hangs (a browser that stopped answering) fails after a minute rather than holding the stage.
const child = spawn(
  process.execPath,
  ['--conditions=source', '--import', 'tsx', '--test', '--test-reporter=spec', '--test-timeout=60000', ...args, ...files],
  // A process group of its own, so that a stop reaches every test file's process (each closes the
  // browsers it launched on SIGTERM or SIGINT: puppeteer's handlers).
  { cwd: root, stdio: ['ignore', 'pipe', 'inherit'], detached: true },
);
const stop = (signal) => {
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
};
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));

// Node prints `ℹ pass N`, `ℹ fail N`, `ℹ cancelled N` (a test whose hook failed, or that its file
// left unfinished): the last line counts the cancelled as failed, for `packages/tools/test.mjs`.
let output = '';
child.stdout.on('data', (chunk) => {
  process.stdout.write(chunk);
  output += chunk;
});

// The whole run stops after 4 minutes whatever happens: SIGTERM first, so that puppeteer closes
// the browsers it launched, then SIGKILL.
const watchdog = setTimeout(() => {
  console.error('\ne2e: still running after 4 minutes: stopping it');
  stop('SIGTERM');
  setTimeout(() => stop('SIGKILL'), 10_000).unref();
}, 4 * 60_000);
watchdog.unref();

child.on('close', (code, signal) => {
  clearTimeout(watchdog);
  const count = (name) => [...output.matchAll(new RegExp(`^\\s*ℹ ${name} (\\d+)\\s*$`, 'gm'))].reduce((sum, match) => sum + Number(match[1]), 0);
  const passed = count('pass');
  const failed = count('fail') + count('cancelled');
  const crashed = (signal !== null || code !== 0) && failed === 0 ? 1 : 0;
  console.log(`\ne2e: ${passed} passed, ${failed + crashed} failed`);
  process.exit(signal ? 1 : (code ?? 1));
});
