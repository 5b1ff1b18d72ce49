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
// uses the database of `pnpm start` (.data/sandbox.db, seeded on its first run).
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repository = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

const api = new URL(process.env.STORYBOOK_CHIKAYA_API || 'http://127.0.0.1:8787');
const port = process.env.STORYBOOK_PORT || '6006';
const args = process.argv.slice(2);
const noSandbox = args.includes('--no-sandbox');
const local = api.protocol === 'http:' && ['127.0.0.1', 'localhost'].includes(api.hostname);

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
  ]);
} else {
  console.log(noSandbox ? 'No sandbox (--no-sandbox).' : `No sandbox: the stories call ${api.origin}.`);
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
