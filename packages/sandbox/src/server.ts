/**
 * Starts the sandbox: opens (and on first use seeds) the database, serves the contract's
 * operations under /v1, and the repository's examples and built bundles from the same origin so
 * that pages and API share one origin on a developer's machine.
 */
import { serve } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { compress } from 'hono/compress';
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { relative } from 'node:path';
import { etag } from 'hono/etag';
import { Hono, type MiddlewareHandler } from 'hono';
import { refuseExposedDevKeys } from './dev-keys.js';
import { compressionThreshold } from './http/answers.js';
import { createApp, notFound, type RateLimits } from './http/app.js';
import { defaultTimeouts, guardConnections, serverOptions, transportHeaders, type Timeouts } from './http/transport.js';
import type { ChallengeOptions } from './http/challenge.js';
import { devAdminKey, devBackOfficeKey, type SeedOptions, type SeedResult, seedDatabase } from './seed/index.js';
import { createStore, openDatabase, type Store } from './store/index.js';

export interface SandboxOptions {
  /** database file; `:memory:` for a throwaway one (default) */
  database?: string;
  host?: string;
  /** 0 picks a free port */
  port?: number;
  /** how to seed an empty database; `false` leaves it empty */
  seed?: SeedOptions | false;
  rateLimits?: RateLimits | false;
  /**
   * Proofs of work on creates without the agency's key (on by default); `false` turns them off
   * (tests that lodge many submissions, benchmarks).
   */
  challenge?: ChallengeOptions | false;
  /** origins whose pages may submit like the sandbox's own (a dev server, Storybook, a test runner) */
  trustedOrigins?: readonly string[];
  now?: () => Date;
  /** folders served as static files: URL prefix → folder on disk */
  staticFolders?: Record<string, string>;
  /** more routes beside the API, before the static folders (`pnpm start`'s welcome page at `/`) */
  routes?: Hono;
  onError?: (error: unknown) => void;
  /**
   * `false` seeds random keys (returned once in `seeded`) instead of the documented dev keys, and
   * refuses a database seeded with them. Left on, the sandbox starts only on a loopback address
   * and without NODE_ENV=production: anywhere else `startSandbox` throws `DevKeysRefused`.
   */
  devKeys?: boolean;
  /** how long a slow client may take, in milliseconds (see `defaultTimeouts`) */
  timeouts?: Partial<Timeouts>;
  /**
   * Told about every answer of the API (`/v1/…`) with its request, as sent but before compression:
   * for tests that judge each answer against the contract with a validator of their own.
   */
  onAnswer?: (request: Request, response: Response) => void;
}

export interface Sandbox {
  url: string;
  port: number;
  store: Store;
  /** what seeding did, when this start seeded the database */
  seeded: SeedResult | null;
  close(): Promise<void>;
}

/**
 * A built file named after its content's hash, as the script tag's chunks are (`core-5kwizF.js`,
 * `kpi-badge.ar-D2s1tH.js` in `cdn/`): a new build gives it a new name, so it never changes.
 */
const hashedFile = /\/cdn\/[^/]+-[\w-]{6}\.js$/;

/**
 * What every static answer says: any page may load it (an agency's page on another origin loads
 * the script tag's module and its chunks, which needs CORS), and how long to keep it: a hashed
 * file for a year, anything else (`chikaya.js`, the pages) revalidated on each use.
 */
const staticHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  c.res.headers.set('Access-Control-Allow-Origin', '*');
  if (c.res.ok || c.res.status === 304) c.res.headers.set('Cache-Control', hashedFile.test(c.req.path) ? 'public, max-age=31536000, immutable' : 'no-cache');
};

function isEmpty(store: Store): boolean {
  return store.db.prepare('SELECT count(*) FROM agencies').pluck().get() === 0;
}

export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const database = options.database ?? ':memory:';
  const db = openDatabase(database);
  const store = createStore(db);
  const host = options.host ?? '127.0.0.1';
  const seeding = options.seed !== false && isEmpty(store);
  // `seed.devKeys` says the same for the seed alone; the sandbox's own option wins.
  const devKeys = options.devKeys ?? (options.seed === false ? undefined : options.seed?.devKeys);
  try {
    refuseExposedDevKeys({ host, database, devKeys, seeding, store });
  } catch (error) {
    db.close();
    throw error;
  }
  // A sandbox with a clock of its own seeds years that end on its today, not the machine's.
  const seedNow = options.now?.();
  const seeded = seeding ? seedDatabase(db, { ...(seedNow ? { now: seedNow } : {}), ...(options.seed || {}), devKeys: devKeys !== false }) : null;

  const root = new Hono();
  let origin = '';
  const timeouts = { ...defaultTimeouts, ...options.timeouts };
  const server = serve({
    fetch: (request, env) => root.fetch(request, env),
    hostname: host,
    port: options.port ?? 0,
    serverOptions: serverOptions(timeouts),
  });
  guardConnections(server as Server, timeouts);
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://${host}:${port}`;

  const api = createApp({
    store,
    publicOrigin: origin,
    ...(options.now === undefined ? {} : { now: options.now }),
    ...(options.trustedOrigins === undefined ? {} : { trustedOrigins: options.trustedOrigins }),
    ...(options.rateLimits === undefined ? {} : { rateLimits: options.rateLimits }),
    ...(options.challenge === undefined ? {} : { challenge: options.challenge }),
    ...(options.onError === undefined ? {} : { onError: options.onError }),
  });
  // What a real platform does: a national report's JSON is 146 KB as text and 32 KB gzipped, and
  // the script tag's chunks weigh what `pnpm size` says only when sent compressed. Only above
  // the threshold (answers say their length): a 201 of a few hundred bytes is sent as it is. The
  // KPI answers come already compressed, once per change, from the API's answer cache.
  root.use('*', transportHeaders);
  root.use('*', compress({ threshold: compressionThreshold }));
  const { onAnswer } = options;
  if (onAnswer) {
    root.use('/v1/*', async (c, next) => {
      await next();
      onAnswer(c.req.raw, c.res.clone());
    });
  }
  root.route('/', api);
  if (options.routes) root.route('/', options.routes);
  for (const [prefix, folder] of Object.entries(options.staticFolders ?? {})) {
    if (!existsSync(folder)) continue;
    root.use(
      `${prefix}/*`,
      staticHeaders,
      // A revalidated file (`chikaya.js`, a page) answers 304 while unchanged, rather than again in full.
      etag(),
      serveStatic({ root: relative(process.cwd(), folder), rewriteRequestPath: (path) => path.slice(prefix.length) }),
    );
  }
  root.notFound(() => notFound());

  return {
    url: origin,
    port,
    store,
    seeded,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          db.close();
          resolve();
        });
        // Keep-alive connections would hold close() open; a sandbox has nothing to drain.
        (server as { closeAllConnections?: () => void }).closeAllConnections?.();
      }),
  };
}

export { devAdminKey, devBackOfficeKey };
export { DevKeysRefused } from './dev-keys.js';
export { defaultTimeouts, type Timeouts } from './http/transport.js';
