/**
 * Test support: a real sandbox on 127.0.0.1 (a free port), a clock the test moves, and a tiny
 * HTTP client that returns status, headers and parsed body. Servers close when the test ends.
 */
import { AssertionError } from 'node:assert';
import type { TestContext } from 'node:test';
import { startSandbox, type Sandbox, type SandboxOptions } from '../../src/server.js';
import { prismViolations, startValidatingProxy } from './prism.js';

export interface Clock {
  now: () => Date;
  set(iso: string): void;
}

export function clock(iso: string): Clock {
  let instant = new Date(iso);
  return {
    now: () => new Date(instant),
    set(next) {
      instant = new Date(next);
    },
  };
}

export interface Answer<T = any> {
  status: number;
  headers: Headers;
  body: T;
}

export interface Client {
  /** where the client's requests go: the sandbox, or the validating proxy in front of it */
  url: string;
  sandbox: Sandbox;
  request<T = any>(method: string, path: string, options?: { body?: unknown; raw?: string; headers?: Record<string, string> }): Promise<Answer<T>>;
  get<T = any>(path: string, headers?: Record<string, string>): Promise<Answer<T>>;
  post<T = any>(path: string, body: unknown, headers?: Record<string, string>): Promise<Answer<T>>;
}

/** Starts a sandbox for the test (in-memory database) and stops it when the test ends. */
export async function sandboxFor(t: TestContext, options: SandboxOptions = {}): Promise<Client> {
  const client = await startClient(options);
  t.after(() => client.sandbox.close());
  return client;
}

/**
 * Rate limits no test meets unless it sets its own: every answer still carries the RateLimit
 * fields, as the platform's do.
 */
export const roomyRateLimits = {
  general: { capacity: 1_000_000, refillPerSecond: 1_000_000 },
  lookups: { capacity: 1_000_000, refillPerSecond: 1_000_000 },
  creates: { capacity: 1_000_000, refillPerSecond: 1_000_000 },
  dailyPerAgency: 1_000_000,
};

export interface ClientOptions {
  /**
   * Sends every request through Stoplight Prism (support/prism.ts), which answers a 500 of its own
   * for any response that breaks the contract; the client then throws with what Prism found.
   */
  throughPrism?: boolean;
}

/** Starts a sandbox on a free port; the caller closes `client.sandbox` (and so the proxy, if any). */
export async function startClient(options: SandboxOptions = {}, { throughPrism = false }: ClientOptions = {}): Promise<Client> {
  // No proof of work unless a test asks for one: most tests lodge many submissions from one address.
  const started = await startSandbox({ rateLimits: roomyRateLimits, challenge: false, onError: (error) => console.error(error), ...options });
  const proxy = throughPrism ? await startValidatingProxy(started.url) : null;
  const sandbox: Sandbox = proxy
    ? {
        ...started,
        close: async () => {
          await proxy.close();
          await started.close();
        },
      }
    : started;
  const base = proxy?.url ?? sandbox.url;
  /**
   * Where Prism cannot judge, the request goes straight to the sandbox (and only our own validator
   * judges the answer): Prism 5.16 never answers a body that is not JSON, even with
   * `--validate-request=false`; it answers a request without the operation's key with a 401 of its
   * own, without asking the sandbox; and it has no answer for an address outside the contract.
   */
  const prismCannotJudge = (path: string, raw: string | undefined, headers: Record<string, string>): boolean => {
    if (raw !== undefined) {
      try {
        JSON.parse(raw);
      } catch {
        return true;
      }
    }
    const header = (name: string) => Object.entries(headers).find(([key]) => key.toLowerCase() === name)?.[1];
    if (/^\/v1\/(back-office|admin)\//.test(path) && !/^Bearer\s+\S/i.test(header('authorization') ?? '')) return true;
    if (/^\/v1\/submissions\/[^/?]+(\/(rating|renewal))?(\?|$)/.test(path) && header('x-access-key') === undefined) return true;
    return path === '/v1/nowhere';
  };
  const request: Client['request'] = async (method, path, { body, raw, headers = {} } = {}) => {
    const init: RequestInit = { method, headers: { ...headers } };
    if (raw !== undefined) init.body = raw;
    else if (body !== undefined) {
      init.body = JSON.stringify(body);
      (init.headers as Record<string, string>)['content-type'] ??= 'application/json';
    }
    const direct = proxy === null || prismCannotJudge(path, raw, headers);
    const response = await fetch(`${direct ? sandbox.url : base}${path}`, init);
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text === '' ? undefined : JSON.parse(text);
    } catch {}
    const answer = { status: response.status, headers: response.headers, body: parsed as never };
    const violations = !direct && prismViolations(answer);
    if (violations) throw new AssertionError({ message: `Prism: ${method} ${path} breaks the contract: ${violations.slice(0, 2000)}` });
    return answer;
  };
  return {
    url: base,
    sandbox,
    request,
    get: (path, headers) => request('GET', path, { headers: headers ?? {} }),
    post: (path, body, headers) => request('POST', path, { body, headers: headers ?? {} }),
  };
}

export const bearer = (key: string) => ({ authorization: `Bearer ${key}` });
