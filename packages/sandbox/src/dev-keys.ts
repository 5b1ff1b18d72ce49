/**
 * The seeded dev keys (`bo_sandbox_<agency id>`, `admin_sandbox`, `ak_sandbox_<tracking code>`)
 * are derived from public ids: fine on a developer's machine, an open door anywhere else. A
 * sandbox reachable from other machines, or started as production, refuses to run with them.
 */
import { hashSecret } from './domain/secrets.js';
import { devAccessKey, devAdminKey, devBackOfficeKey } from './seed/index.js';
import type { Store } from './store/index.js';

/** Thrown by `startSandbox` instead of starting with keys anyone can derive. */
export class DevKeysRefused extends Error {
  override name = 'DevKeysRefused';
}

/** Whether `host` is reachable from this machine only. */
export function isLoopback(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
  return bare === 'localhost' || bare === '::1' || /^127(\.\d{1,3}){3}$/.test(bare) || /^::ffff:127(\.\d{1,3}){3}$/.test(bare);
}

/** Whether the database accepts any dev key: the admin's, an agency's, or a seeded submission's. */
export function holdsDevKeys(store: Store): boolean {
  const { db } = store;
  if (store.reference.adminKeyHash() === hashSecret(devAdminKey)) return true;
  const agencies = db.prepare('SELECT id, secret_key_hash AS hash FROM agencies').all() as { id: string; hash: string }[];
  if (agencies.some((agency) => agency.hash === hashSecret(devBackOfficeKey(agency.id)))) return true;
  // A seed gives every submission a key of the same kind: the first one tells for all.
  const first = db.prepare('SELECT tracking_code AS code, access_key_hash AS hash FROM submissions ORDER BY id LIMIT 1').get() as
    | { code: string; hash: string }
    | undefined;
  return first !== undefined && first.hash === hashSecret(devAccessKey(first.code));
}

export interface DevKeysCheck {
  host: string;
  database: string;
  /** the caller's `devKeys` option */
  devKeys: boolean | undefined;
  /** the database is about to be seeded (with the dev keys unless `devKeys` is false) */
  seeding: boolean;
  store: Store;
  env?: NodeJS.ProcessEnv;
}

/** Throws `DevKeysRefused` when the sandbox would run with dev keys where it must not. */
export function refuseExposedDevKeys(check: DevKeysCheck): void {
  const held = holdsDevKeys(check.store);
  const on = held || (check.seeding && check.devKeys !== false);
  if (!on) return;
  const where = !isLoopback(check.host)
    ? `on ${check.host} (an address other machines can reach)`
    : (check.env ?? process.env).NODE_ENV === 'production'
      ? 'with NODE_ENV=production'
      : null;
  if (where === null && check.devKeys !== false) return;
  const fix = held
    ? `The database ${check.database} holds them: start with a new database and devKeys: false (--no-dev-keys).`
    : 'Start it with devKeys: false (--no-dev-keys): random keys, shown once.';
  throw new DevKeysRefused(
    where === null
      ? `The sandbox was asked to start without the dev keys, but the database ${check.database} holds them: seed a new one with devKeys: false (--no-dev-keys).`
      : `The sandbox will not start ${where} with the dev keys (bo_sandbox_…, admin_sandbox, ak_sandbox_…): anyone can derive them from public agency ids and tracking codes. ${fix}`,
  );
}
