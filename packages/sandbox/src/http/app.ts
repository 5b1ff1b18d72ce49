/**
 * The HTTP face of the sandbox: one route per operation of the contract, each going through the
 * same steps (rate limit → CORS → key → parameters → body → idempotency → handler in a
 * transaction → caching), and every failure answered as problem+json, never as a stack trace.
 */
import { getConnInfo } from '@hono/node-server/conninfo';
import { createHash, randomBytes } from 'node:crypto';
import { type Context, Hono } from 'hono';
import { pooledRandomBytes } from '../domain/random-pool.js';
import { type BucketPolicy, DailyQuota, RateLimiter } from '../domain/rate-limit.js';
import { hashSecret, secretMatches } from '../domain/secrets.js';
import { createHandlers } from '../routes/index.js';
import type { Store } from '../store/index.js';
import { AnswerCache, json } from './answers.js';
import { type ChallengeOptions, Challenges, type Proof } from './challenge.js';
import { type Operation, operations } from './contract.js';
import { corsHeaders, corsPolicy, preflightHeaders } from './cors.js';
import type { OperationId, OperationRequest } from './operation.js';
import { ProblemError } from './problem.js';
import { rateLimitFields } from './rate-limit-fields.js';
import { readBody, readParameters } from './request.js';

export interface RateLimits {
  /** every request of a client */
  general: BucketPolicy;
  /** look-ups by tracking code, kept small so that codes cannot be enumerated */
  lookups: BucketPolicy;
  /** creates without the agency's key, on top of `general`: a person lodges one now and then, a script hundreds */
  creates?: BucketPolicy;
  /** creates without the agency's key, per client and agency, in a day (UTC) */
  dailyPerAgency?: number;
}

/**
 * Creates: a burst of 5, then one a minute. Per agency a day: 10, as a person lodges one or two
 * with an agency on a bad day, and a household, a cybercafé or a mobile operator's shared address
 * (carrier-grade NAT) may lodge a few more; a script from one address adds at most 10 a day, which
 * duplicate detection counts once when they say the same thing.
 */
export const defaultRateLimits: Required<RateLimits> = {
  general: { capacity: 600, refillPerSecond: 100 },
  lookups: { capacity: 30, refillPerSecond: 0.5 },
  creates: { capacity: 5, refillPerSecond: 1 / 60 },
  dailyPerAgency: 10,
};

export interface AppOptions {
  store: Store;
  /** the clock; tests move it */
  now?: () => Date;
  /** the sandbox's own origin, whose pages may do anything an agency's page may */
  publicOrigin?: string;
  /** more origins treated as the sandbox's own: a dev server, Storybook, a test runner's pages */
  trustedOrigins?: readonly string[];
  /** `false` turns rate limiting off (benchmarks), the daily limit of creates included */
  rateLimits?: RateLimits | false;
  /** proofs of work on creates without the agency's key; `false` turns them off (tests, benchmarks) */
  challenge?: ChallengeOptions | false;
  /** the secret challenges are signed with (default: random, so a restart refuses older ones) */
  challengeSecret?: string;
  /** largest accepted body, in bytes */
  bodyLimit?: number;
  randomBytes?: (count: number) => Uint8Array;
  /** told about unexpected errors (the answer is a 500 problem without details) */
  onError?: (error: unknown) => void;
}

interface AnyReply {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

const lookupOperations = new Set<OperationId>(['getSubmissionStatus', 'getSubmissionDetails', 'rateSubmission', 'renewSubmission']);

/** What a create must pass before it is lodged, and settles once it is. */
interface CreateGuard {
  proof: Proof | null;
  /** `client|agency`, for the daily limit; null when it does not apply */
  quotaKey: string | null;
}

function honoPath(path: string): string {
  return path.replace(/\{(\w+)\}/g, ':$1');
}

function problemResponse(error: ProblemError, extraHeaders: Record<string, string>): Response {
  const body = JSON.stringify(error.toJSON());
  return new Response(body, {
    status: error.status,
    // its length lets compression leave a problem of a few hundred bytes alone
    headers: { 'Content-Type': 'application/problem+json', 'Content-Length': String(Buffer.byteLength(body)), ...extraHeaders, ...error.headers },
  });
}

/** A request's fingerprint for idempotency: the operation and the body, key order ignored. */
function requestHash(operationId: string, body: unknown): string {
  const canonical = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(canonical)
      : value !== null && typeof value === 'object'
        ? Object.fromEntries(
            Object.keys(value)
              .sort()
              .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
          )
        : value;
  return createHash('sha256').update(operationId).update(JSON.stringify(canonical(body))).digest('hex');
}

/** Thrown by `revalidate` to answer from a cache instead of running the rest of the handler. */
class Revalidated {
  constructor(readonly response: Response | Promise<Response>) {}
}

function etagMatches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (ifNoneMatch === undefined) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || bare(tag) === bare(etag));
}

export function createApp(options: AppOptions): Hono {
  const { store } = options;
  const now = options.now ?? (() => new Date());
  const bodyLimit = options.bodyLimit ?? 64 * 1024;
  const challenges = new Challenges(options.challenge || {}, options.challengeSecret ?? randomBytes(32).toString('hex'));
  const handlers = createHandlers({ store, randomBytes: options.randomBytes ?? pooledRandomBytes, challenges });
  const limits = options.rateLimits === undefined ? defaultRateLimits : options.rateLimits && { ...defaultRateLimits, ...options.rateLimits };
  const limiters = limits && {
    general: new RateLimiter(limits.general),
    lookups: new RateLimiter(limits.lookups),
    creates: new RateLimiter(limits.creates),
    daily: new DailyQuota(limits.dailyPerAgency),
  };
  const challenging = options.challenge !== false;
  const answers = new AnswerCache();
  store.onRolledBack(() => answers.clear());
  const own = new Set([options.publicOrigin, ...(options.trustedOrigins ?? [])]);
  const isEmbedder = (origin: string) => own.has(origin) || store.reference.isKnownOrigin(origin);

  const clientOf = (c: Context): string => {
    try {
      return getConnInfo(c).remote.address ?? 'unknown';
    } catch {
      return 'unknown'; // not behind @hono/node-server (app.request in tests)
    }
  };

  /** A page on another origin, or null for same-origin pages and non-browser clients. */
  const foreignOrigin = (c: Context): string | null => {
    const origin = c.req.header('origin');
    return origin === undefined || own.has(origin) ? null : origin;
  };

  const authenticate = (operation: Operation, c: Context): string | null => {
    if (operation.securityOptional && c.req.header('authorization') === undefined) return null;
    if (operation.security === 'accessKey') {
      if (!c.req.header('x-access-key'))
        throw new ProblemError(401, 'access_key_required', undefined, undefined, { 'WWW-Authenticate': 'ApiKey header="X-Access-Key"' });
      return null;
    }
    if (operation.security === null) return null;
    const bearer = /^Bearer\s+(\S+)$/i.exec(c.req.header('authorization') ?? '')?.[1];
    const challenge = { 'WWW-Authenticate': 'Bearer realm="chikaya"' };
    if (bearer === undefined) throw new ProblemError(401, 'unauthorized', undefined, undefined, challenge);
    if (operation.security === 'adminKey') {
      const adminHash = store.reference.adminKeyHash();
      if (adminHash === undefined || !secretMatches(bearer, adminHash))
        throw new ProblemError(401, 'unauthorized', undefined, undefined, challenge);
      return null;
    }
    const agencyId = store.reference.agencyByKeyHash(hashSecret(bearer));
    if (agencyId === undefined) throw new ProblemError(401, 'unauthorized', undefined, undefined, challenge);
    return agencyId;
  };

  /**
   * Counts the request against its policy; answers the RateLimit fields that every answer to it
   * carries (a success, a problem, a 304 alike), or throws the 429 when nothing is left.
   */
  const limit = (operation: Operation, c: Context): Record<string, string> => {
    if (!limiters) return {};
    const name = lookupOperations.has(operation.operationId as OperationId) ? 'lookups' : 'general';
    const limiter = limiters[name];
    const allowance = limiter.take(clientOf(c));
    const fields = rateLimitFields(name, limiter.policy, allowance);
    if (allowance.wait > 0) throw new ProblemError(429, 'rate_limited', undefined, undefined, { ...fields, 'Retry-After': String(allowance.wait) });
    return fields;
  };

  /**
   * A create without its agency's key: a proof of work first (cheap to refuse), then the client's
   * creates and its daily count with that agency. An agency's own systems, with its key, pass.
   */
  const guardCreate = async (c: Context, keyAgencyId: string | null, agencyId: string, instant: Date): Promise<CreateGuard> => {
    if (keyAgencyId !== null && keyAgencyId === agencyId) return { proof: null, quotaKey: null };
    const proof = challenging ? await challenges.verify(c.req.header('altcha'), instant) : null;
    if (!limiters) return { proof, quotaKey: null };
    const client = clientOf(c);
    const allowance = limiters.creates.take(client);
    if (allowance.wait > 0)
      throw new ProblemError(429, 'rate_limited', undefined, undefined, {
        ...rateLimitFields('creates', limiters.creates.policy, allowance),
        'Retry-After': String(allowance.wait),
      });
    const quotaKey = `${client}|${agencyId}`;
    const untilTomorrow = limiters.daily.wait(quotaKey, instant);
    if (untilTomorrow > 0)
      throw new ProblemError(429, 'daily_limit_reached', `At most ${limiters.daily.perDay} a day with one agency.`, undefined, {
        'Retry-After': String(untilTomorrow),
      });
    return { proof, quotaKey };
  };

  /** Inside the create's transaction: the proof is spent with the submission, or not at all. */
  const spend = (guard: CreateGuard | null, instant: Date) => {
    if (guard?.proof && !store.challenges.spend(guard.proof.nonce, guard.proof.expires, instant))
      throw new ProblemError(403, 'challenge_invalid', 'This proof was already spent.');
  };
  const settle = (guard: CreateGuard | null, instant: Date) => {
    if (guard?.quotaKey && limiters) limiters.daily.add(guard.quotaKey, instant);
  };

  const run = async (operation: Operation, c: Context, cors: Record<string, string>): Promise<Response> => {
    const id = operation.operationId as OperationId;
    const agencyId = authenticate(operation, c);
    const parameters = readParameters(operation, c);
    const body = await readBody(operation, c, bodyLimit);
    const instant = now();
    let cacheable: { ETag: string; 'Cache-Control': string } | undefined;
    const request: OperationRequest<OperationId> = {
      path: parameters.path as never,
      query: parameters.query as never,
      body: body as never,
      header: (name) => c.req.header(name),
      agencyId,
      origin: foreignOrigin(c),
      now: instant,
      revalidate: (headers) => {
        if (etagMatches(c.req.header('if-none-match'), headers.ETag))
          throw new Revalidated(new Response(null, { status: 304, headers: { ...headers, ...cors } }));
        const kept = answers.get(c.req.url, headers.ETag);
        if (kept !== undefined) throw new Revalidated(kept.response(c.req.header('accept-encoding'), { ...headers, ...cors }));
        cacheable = headers;
      },
    };
    // Each handler is typed against its own operation; here they are all run the same way.
    const anyHandler = handlers[id] as unknown as (request: OperationRequest<OperationId>) => AnyReply | Promise<AnyReply>;
    // Inside a transaction, a handler answers at once: only a read may wait.
    const handler = (request: OperationRequest<OperationId>): AnyReply => {
      const answer = anyHandler(request);
      if (answer instanceof Promise) throw new Error(`${id} answered a promise inside a transaction`);
      return answer;
    };

    const idempotencyKey = operation.parameters.some((p) => p.name === 'Idempotency-Key') ? c.req.header('idempotency-key') : undefined;
    const hash = idempotencyKey === undefined ? '' : requestHash(id, body);
    /** The first answer made for this idempotency key, replayed; nothing is checked or counted again. */
    const replay = (): Response | null => {
      const stored = idempotencyKey === undefined ? undefined : store.idempotency.find(idempotencyKey, instant);
      if (!stored) return null;
      if (stored.requestHash !== hash) throw new ProblemError(409, 'idempotency_key_reused');
      return json(stored.status, stored.body, { ...stored.headers, ...cors, 'Idempotency-Replayed': 'true' });
    };
    const replayed = replay();
    if (replayed) {
      // The answer may be that of a request of this very moment: replayed once that one is on disk.
      await store.transaction(() => undefined);
      return replayed;
    }
    const guard = id === 'createSubmission' ? await guardCreate(c, agencyId, (body as { agencyId: string }).agencyId, instant) : null;

    if (idempotencyKey !== undefined) {
      let again: Response | null = null;
      const reply = await store.transaction(() => {
        // The same key may have been lodged while this request waited on its proof.
        again = replay();
        if (again) return null;
        spend(guard, instant);
        const answer = handler(request);
        store.idempotency.save(
          idempotencyKey,
          { requestHash: hash, status: answer.status, body: JSON.stringify(answer.body), headers: answer.headers ?? {} },
          instant,
        );
        return answer;
      });
      if (again !== null || reply === null) return again!;
      settle(guard, instant);
      return json(reply.status, JSON.stringify(reply.body), { ...reply.headers, ...cors, 'Idempotency-Replayed': 'false' });
    }

    const reply =
      operation.method === 'get'
        ? await anyHandler(request)
        : await store.transaction(() => {
            spend(guard, instant);
            return handler(request);
          });
    settle(guard, instant);
    if (reply.status === 204) return new Response(null, { status: 204, headers: { ...reply.headers, ...cors } });
    const text = JSON.stringify(reply.body);
    if (cacheable !== undefined && reply.status === 200)
      return answers.set(c.req.url, cacheable.ETag, text).response(c.req.header('accept-encoding'), { ...reply.headers, ...cacheable, ...cors });
    return json(reply.status, text, { ...reply.headers, ...cacheable, ...cors });
  };

  const app = new Hono();
  const methodsByPath = new Map<string, string[]>();
  for (const operation of operations) {
    const path = honoPath(operation.path);
    methodsByPath.set(path, [...(methodsByPath.get(path) ?? []), operation.method.toUpperCase()]);
    // Answers behind a key carry personal data: no browser or shared cache may keep them.
    const privacy: Record<string, string> = operation.security === null ? {} : { 'Cache-Control': 'no-store' };
    app.on(operation.method.toUpperCase(), path, async (c) => {
      // A trusted origin counts as the sandbox's own for the channel, but is still another origin
      // for the browser, which needs CORS headers to read the answer.
      const origin = c.req.header('origin');
      const crossOrigin = origin !== undefined && origin !== options.publicOrigin;
      // The headers of every answer to this request, whatever it turns out to be.
      let cors = { ...privacy, ...((crossOrigin && corsHeaders(corsPolicy(operation), origin, isEmbedder)) || {}) };
      try {
        cors = { ...cors, ...limit(operation, c) };
        return await run(operation, c, cors);
      } catch (error) {
        if (error instanceof Revalidated) return error.response;
        if (error instanceof ProblemError) return problemResponse(error, cors);
        options.onError?.(error);
        // Nothing of the error itself: its message and stack may show the platform's code or data.
        return problemResponse(new ProblemError(500, 'internal_error'), cors);
      }
    });
  }

  // Preflight: a browser asks before a cross-origin POST with JSON or before sending X-Access-Key.
  for (const [path, methods] of methodsByPath) {
    const policies = operations.filter((operation) => honoPath(operation.path) === path).map(corsPolicy);
    app.options(path, (c) => {
      const origin = c.req.header('origin');
      const policy = policies.includes('embedders') ? 'embedders' : policies.includes('open') ? 'open' : 'none';
      const cors = origin && corsHeaders(policy, origin, isEmbedder);
      if (!cors) return new Response(null, { status: 204 });
      return new Response(null, { status: 204, headers: preflightHeaders(methods, cors) });
    });
    // Registered last: any other method on a real address says which ones it takes.
    const allow = [...methods, ...(methods.includes('GET') ? ['HEAD'] : []), 'OPTIONS'].join(', ');
    app.all(path, () => problemResponse(new ProblemError(405, 'method_not_allowed', `This address takes ${allow}.`), { Allow: allow }));
  }

  return app;
}

/** Answers for paths that are no operation of the contract. */
export function notFound(): Response {
  return problemResponse(new ProblemError(404, 'not_found'), {});
}
