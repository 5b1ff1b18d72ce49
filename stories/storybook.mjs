#!/usr/bin/env node
// `pnpm storybook`: the sandbox the stories call and Storybook's dev server, together; Ctrl-C stops both.
//
//   pnpm storybook                      sandbox on http://127.0.0.1:8787, Storybook on http://localhost:6006
//   pnpm storybook --no-sandbox         Storybook alone (the stories say that no platform answers)
//   STORYBOOK_CHIKAYA_API=https://…     the platform the stories call; a sandbox is started only for a
//                                       local http address (its port is the sandbox's)
//   STORYBOOK_PORT=6007                 another port for Storybook (the sandbox trusts that origin)
//
// Other arguments go to `storybook dev` (e.g. `pnpm storybook --quiet`). The sandbox runs from its
// TypeScript sources (node --conditions=source --import tsx), so nothing needs building first; it
// uses the database of `pnpm start` (.data/sandbox.db, seeded on its first run), without rate limits
// (a docs page of tracker stories makes more look-ups a minute than a person may; the story
// "Rate limited" shows the 429 with a fetch of its own).
//
// Once the sandbox answers, the submissions that the tracker's stories show (answered, rated,
// renewed…, with their access keys) are made through its HTTP API and written to
// .data/storybook/demo-submissions.json, which Storybook's dev server serves to the stories
// (stories/demo-submissions.mjs). Storybook does not wait for them: a story opened before says so.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { prepareDemoSubmissions, withoutDemoSubmissions } from './demo-submissions.mjs';

const repository = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

const api = new URL(process.env.STORYBOOK_CHIKAYA_API || 'http://127.0.0.1:8787');
const port = process.env.STORYBOOK_PORT || '6006';
const args = process.argv.slice(2);
const noSandbox = args.includes('--no-sandbox');
const local = api.protocol === 'http:' && ['127.0.0.1', 'localhost'].includes(api.hostname);

/** Served by Storybook's dev server at chikaya-demo/ (see .storybook/main.ts). */
const demoFile = resolve(repository, '.data/storybook/demo-submissions.json');

const children = new Map();
let stopping = false;

function start(name, command, commandArgs) {
  const child = spawn(command, commandArgs, { cwd: repository, stdio: 'inherit', env: process.env });
  children.set(name, child);
  child.on('exit', (code, signal) => {
    children.delete(name);
    if (!stopping) {
      // One stopped on its own (a port in use, a crash): stop the other too.
      console.error(`\n${name} stopped (${signal ?? `exit code ${code}`}); stopping the rest.`);
      stop('SIGTERM', code || 1);
    } else if (children.size === 0) {
      process.exit(process.exitCode ?? 0);
    }
  });
  return child;
}

function stop(signal, exitCode = 0) {
  if (!stopping) {
    stopping = true;
    process.exitCode = exitCode;
  }
  if (children.size === 0) process.exit(process.exitCode);
  // In a terminal, Ctrl-C has already sent SIGINT to every process of the group; this covers a
  // SIGTERM sent to this process alone (and a child that ignored the first signal).
  for (const child of children.values()) child.kill(signal);
}

process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));

if (local && !noSandbox) {
  start('sandbox', process.execPath, [
    '--conditions=source',
    '--import',
    'tsx',
    'packages/sandbox/src/cli.ts',
    '--port',
    api.port || '80',
    '--trusted-origin',
    `http://localhost:${port}`,
    '--trusted-origin',
    `http://127.0.0.1:${port}`,
    '--no-rate-limit',
  ]);
  void prepareDemoSubmissions({ api: api.origin, file: demoFile }).then((line) => {
    if (!stopping) console.log(`\n${line}\n`);
  });
} else {
  console.log(noSandbox ? 'No sandbox (--no-sandbox).' : `No sandbox: the stories call ${api.origin}.`);
  // No demo submissions either: say why, rather than serve those of an earlier run.
  withoutDemoSubmissions(
    demoFile,
    api.origin,
    noSandbox ? 'Storybook was started without its sandbox (--no-sandbox)' : `no sandbox was started: the stories call ${api.origin}`,
  );
}

const storybook = resolve(dirname(require.resolve('storybook/package.json')), require('storybook/package.json').bin);
start('storybook', process.execPath, [
  storybook,
  'dev',
  '--config-dir',
  'stories/.storybook',
  '--port',
  port,
  '--exact-port',
  '--ci',
  '--no-version-updates',
  ...args.filter((arg) => arg !== '--no-sandbox'),
]);
