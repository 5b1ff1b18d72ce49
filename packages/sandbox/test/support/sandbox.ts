/**
 * Test support: a real sandbox on 127.0.0.1 (a free port), a clock the test moves, and a tiny
 * HTTP client that returns status, headers and parsed body. Servers close when the test ends.
 */
import type { TestContext } from 'node:test';
import { startSandbox, type Sandbox, type SandboxOptions } from '../../src/server.js';

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

/** Starts a sandbox on a free port; the caller closes `client.sandbox`. */
export async function startClient(options: SandboxOptions = {}): Promise<Client> {
  // Off unless a test turns them on: most tests lodge many submissions from one address.
  const sandbox = await startSandbox({ rateLimits: false, challenge: false, onError: (error) => console.error(error), ...options });
  const request: Client['request'] = async (method, path, { body, raw, headers = {} } = {}) => {
    const init: RequestInit = { method, headers: { ...headers } };
    if (raw !== undefined) init.body = raw;
    else if (body !== undefined) {
      init.body = JSON.stringify(body);
      (init.headers as Record<string, string>)['content-type'] ??= 'application/json';
    }
    const response = await fetch(`${sandbox.url}${path}`, init);
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text === '' ? undefined : JSON.parse(text);
    } catch {}
    return { status: response.status, headers: response.headers, body: parsed as never };
  };
  return {
    url: sandbox.url,
    sandbox,
    request,
    get: (path, headers) => request('GET', path, { headers: headers ?? {} }),
    post: (path, body, headers) => request('POST', path, { body, headers: headers ?? {} }),
  };
}

export const bearer = (key: string) => ({ authorization: `Bearer ${key}` });
