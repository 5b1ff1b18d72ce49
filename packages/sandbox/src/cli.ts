#!/usr/bin/env node
/**
 * `pnpm start`: the sandbox on 127.0.0.1 with a database file that is seeded on first run and
 * reused after, the examples served beside the API, and the dev keys printed.
 */
import { parseArgs } from 'node:util';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { devAdminKey, devBackOfficeKey, DevKeysRefused, type Sandbox, startSandbox } from './server.js';
import { welcomeRoutes } from './welcome/index.js';

const repository = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT ?? '8787' },
    host: { type: 'string', default: '127.0.0.1' },
    database: { type: 'string', default: resolve(repository, '.data/sandbox.db') },
    agencies: { type: 'string' },
    submissions: { type: 'string' },
    seed: { type: 'string' },
    'no-rate-limit': { type: 'boolean', default: false },
    'no-dev-keys': { type: 'boolean', default: false },
    'no-challenge': { type: 'boolean', default: false },
    'trusted-origin': { type: 'string', multiple: true, default: [] },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help) {
  console.log(`chikaya-sandbox [options]
  --port N            port on 127.0.0.1 (default 8787; 0 for any free port)
  --host ADDRESS      address to listen on (default 127.0.0.1)
  --database FILE     SQLite file, seeded when new (default .data/sandbox.db; :memory: for none)
  --agencies N        agencies to seed (default 90: the 61 of 2018 and the 29 that joined by 2020)
  --submissions N     submissions to seed (default 30000)
  --seed N            random seed (default 20180101)
  --no-rate-limit     turn rate limits off, the daily limit of submissions included (load tests)
  --no-challenge      lodge submissions without a proof of work (load tests, scripts)
  --no-dev-keys       seed random keys, printed once, instead of the dev keys (bo_sandbox_<agency id>,
                      admin_sandbox, ak_sandbox_<tracking code>), which anyone can derive; needed,
                      with a new database, to listen on an address other than loopback or to run
                      with NODE_ENV=production (the sandbox refuses to start there with dev keys)
  --trusted-origin ORIGIN
                      an origin whose pages may submit, rate and renew like the sandbox's own
                      (a dev server, Storybook: http://localhost:6006); repeatable`);
  process.exit(0);
}

const trustedOrigins = values['trusted-origin'].map((value) => {
  let origin: string | null = null;
  try {
    origin = new URL(value).origin;
  } catch {
    // reported below
  }
  // An origin is scheme, host and port only: `http://localhost:6006`, no path, no trailing slash.
  if (origin === null || origin === 'null' || origin !== value.replace(/\/$/, '')) {
    console.error(`--trusted-origin ${value}: not an origin (expected something like http://localhost:6006)`);
    process.exit(2);
  }
  return origin;
});

const number = (value: string | undefined) => (value === undefined ? undefined : Number(value));
if (values.database !== ':memory:') mkdirSync(dirname(values.database), { recursive: true });

const started = Date.now();
const devKeys = !values['no-dev-keys'];
let sandbox: Sandbox;
try {
  sandbox = await startSandbox({
    database: values.database,
    host: values.host,
    port: Number(values.port),
    seed: {
      ...(values.agencies === undefined ? {} : { agencies: number(values.agencies)! }),
      ...(values.submissions === undefined ? {} : { submissions: number(values.submissions)! }),
      ...(values.seed === undefined ? {} : { seed: number(values.seed)! }),
    },
    ...(values['no-rate-limit'] ? { rateLimits: false as const } : {}),
    ...(values['no-challenge'] ? { challenge: false as const } : {}),
    ...(trustedOrigins.length > 0 ? { trustedOrigins } : {}),
    staticFolders: {
      '/examples': resolve(repository, 'examples'),
      '/widgets': resolve(repository, 'packages/widgets/dist'),
    },
    // `/`, `/contract/` and `/openapi.yaml`, for a person who opens the address printed below.
    routes: welcomeRoutes({
      contract: resolve(repository, 'openapi/chikaya.yaml'),
      renderedContract: resolve(repository, 'openapi/dist/index.html'),
      store: () => sandbox.store,
    }),
    onError: (error) => console.error(error),
    devKeys,
  });
} catch (error) {
  if (!(error instanceof DevKeysRefused)) throw error;
  console.error(error.message);
  process.exit(2);
}

/** How to authenticate: the dev keys, or the random keys of a database seeded now (shown once only). */
function keys(): string {
  if (devKeys)
    return `Dev keys (sandbox only):
  back office    Authorization: Bearer ${devBackOfficeKey('<agency id>')}   e.g. ${devBackOfficeKey('mrafp')}
  admin          Authorization: Bearer ${devAdminKey}
  seeded access  X-Access-Key: ak_sandbox_<tracking code, lowercase, no hyphens>`;
  if (!sandbox.seeded) return 'Keys: those printed when this database was seeded (no dev keys).';
  const agencies = Object.entries(sandbox.seeded.backOfficeKeys);
  return `Keys of this database, shown this once (no dev keys; seeded access keys are not kept):
  admin          Authorization: Bearer ${sandbox.seeded.adminKey}
${agencies.map(([id, key]) => `  ${id.padEnd(14)} Authorization: Bearer ${key}`).join('\n')}`;
}

const { url } = sandbox;
if (sandbox.seeded)
  console.log(
    `Seeded ${values.database} with ${sandbox.seeded.agencies} agencies and ${sandbox.seeded.submissions} submissions in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
  );
console.log(`
Chikaya sandbox on ${url}
  welcome        ${url}/               (examples, contract, Storybook, keys: fr, ar, en)
  API            ${url}/v1/agencies      (contract: ${url}/contract/)
  KPIs           ${url}/v1/kpis/national
  examples       ${url}/examples/
  database       ${values.database}${trustedOrigins.length > 0 ? `\n  trusted        ${trustedOrigins.join(', ')}` : ''}

${keys()}

Ctrl-C stops it.`);

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await sandbox.close();
  console.log('Sandbox stopped.');
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
