/**
 * The SDK's tests run against the real sandbox, started by the test run on a free port: this
 * starts one, gives clients wired to a watching (and, when asked, failing) fetch, and the inputs
 * and assertions the test files share.
 */
import assert from 'node:assert/strict';
import { HTTPError, TimeoutError as KyTimeoutError } from 'ky';
import { type ChikayaClient, ChikayaError, type ClientOptions, createClient, isChikayaError, type Schemas, type SubmissionInput } from '@chikaya/sdk';
import { type Client, clock, startClient } from '../../../sandbox/test/support/sandbox.js';
import type { SandboxOptions } from '../../../sandbox/src/server.js';
import * as base from '../../../sandbox/test/support/inputs.js';
import { network } from './fetch.js';

export { devAccessKey, devAdminKey, devBackOfficeKey } from '../../../sandbox/src/seed/index.js';
export type { Client as SandboxClient };

/** The simulated history ends on this day; the sandbox's clock stands a few hours later. */
export const seedEnd = new Date('2026-06-01T00:00:00Z');
export const today = '2026-06-01T09:00:00Z';

/** A sandbox seeded with `submissions` on a fixed clock (rate limits off unless given). */
export async function sandbox(options: SandboxOptions & { submissions?: number } = {}): Promise<Client> {
  const { submissions = 2000, ...rest } = options;
  return startClient({ seed: { submissions, now: seedEnd }, now: clock(today).now, ...rest });
}

/** Test-speed retries: the policy of the SDK, with short waits. */
export const fastRetry = { limit: 2, backoffLimit: 50 } as const;

/** A client of `api` whose every request goes through a counting, fault-injecting fetch. */
export function clientFor(api: Client, options: Partial<ClientOptions> = {}) {
  const net = network();
  const client: ChikayaClient = createClient({ baseUrl: api.url, fetch: net.fetch, retry: fastRetry, ...options });
  return { client, ...net };
}

let serial = 0;
/** A subject no other submission of the run has, to count rows by. */
export const uniqueSubject = (what = 'Dossier') => `${what} n° ${process.pid}-${++serial} en attente`;

/** Fields to change in an input; a test may also break them on purpose. */
export type Changes = Partial<Omit<Schemas['SubmissionBase'], 'kind'>> & { complainant?: Schemas['Complainant'] };

export function complaint(extra: Changes = {}): SubmissionInput {
  return base.complaint({ subject: uniqueSubject('Carte d’identité non délivrée'), ...extra }) as SubmissionInput;
}

export function suggestion(extra: Changes = {}): SubmissionInput {
  return base.suggestion({ subject: uniqueSubject('Horaires du samedi matin'), ...extra }) as SubmissionInput;
}

/** Rows of the sandbox's database with this subject: what really got stored. */
export function rowsWithSubject(api: Client, subject: string): number {
  return api.sandbox.store.db.prepare('SELECT count(*) FROM submissions WHERE subject = ?').pluck().get(subject) as number;
}

/**
 * Awaits a failure and checks it is the SDK's own: a ChikayaError of `kind` with `code`, never a
 * raw ky or fetch error. Returns it for further checks.
 */
export async function failure<E extends ChikayaError>(
  promise: Promise<unknown>,
  kind: abstract new (...args: never[]) => E,
  code: string,
): Promise<E> {
  let settled: { value: unknown } | undefined;
  try {
    settled = { value: await promise };
  } catch (error) {
    assert.ok(error instanceof ChikayaError, `not a ChikayaError: ${String(error)}`);
    assert.ok(isChikayaError(error));
    assert.ok(!(error instanceof HTTPError), 'a ky HTTPError escaped');
    assert.ok(!(error instanceof KyTimeoutError), 'a ky TimeoutError escaped');
    assert.ok(!(error instanceof TypeError), 'a fetch TypeError escaped');
    assert.ok(error instanceof kind, `${error.name} (${error.code}) instead of ${kind.name}`);
    assert.equal(error.code, code, `code ${error.code}: ${error.message}`);
    return error;
  }
  assert.fail(`expected ${kind.name} ${code}, got ${JSON.stringify(settled.value)?.slice(0, 200)}`);
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
