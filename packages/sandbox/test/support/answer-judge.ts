/**
 * A judge of every answer a sandbox gives, independent of ours: Stoplight Prism's own HTTP
 * validator (@stoplight/prism-http: its router finds the operation, `validateOutput` checks the
 * status, the content type, the body and the headers), run in-process on the answers the sandbox
 * reports through its `onAnswer` hook. Our validator (support/contract-validator.ts) reads the
 * contract with @hyperjump/json-schema and the sandbox its requests with ajv; Prism reads the
 * contract with its own parser (@stoplight/http-spec) and its own rules, so an answer that breaks
 * the contract fails here even where the sandbox and our validator agree on a mistake.
 *
 * For suites whose requests cannot go through Prism's proxy (support/prism.ts), such as the e2e
 * suites, whose pages and script tag are served by the sandbox itself.
 */
import { createRequire } from 'node:module';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { getHttpOperationsFromSpec } from '@stoplight/prism-http';

// Not in the package's index: its validator and router, loaded by path (the package is CommonJS).
const require = createRequire(import.meta.url);
const { validateOutput } = require('@stoplight/prism-http/dist/validator/index.js') as typeof import('@stoplight/prism-http/dist/validator/index.js');
const route = (require('@stoplight/prism-http/dist/router/index.js') as typeof import('@stoplight/prism-http/dist/router/index.js')).default;

type Operations = Awaited<ReturnType<typeof getHttpOperationsFromSpec>>;

export const contractPath = fileURLToPath(new URL('../../../../openapi/chikaya.yaml', import.meta.url));

const parsed = new Map<string, Promise<Operations>>();

/** The contract's operations as Prism reads them, once per file and process; and how long that took. */
function operationsOf(contract: string): { operations: Promise<Operations>; parsing: Promise<number> } {
  let operations = parsed.get(contract);
  if (operations) return { operations, parsing: Promise.resolve(0) };
  const start = performance.now();
  operations = getHttpOperationsFromSpec(contract);
  parsed.set(contract, operations);
  return { operations, parsing: operations.then(() => performance.now() - start) };
}

/** Prism's DiagnosticSeverity: Error 0, Warning 1 (an undocumented status is only a warning there). */
const failing = (severity: number) => severity <= 1;

export interface AnswerJudge {
  /** for `startSandbox({ onAnswer })` */
  onAnswer: (request: Request, response: Response) => void;
  /** how many answers were judged so far */
  readonly judged: number;
  /** milliseconds spent judging them, reading the contract included (when this judge read it first) */
  readonly spentMs: number;
  /**
   * Waits for the answers still being judged; answers what broke the contract since the last call
   * (one line per answer) and forgets it.
   */
  take(): Promise<string[]>;
}

/** Judges answers against `contract` (the repository's by default; a broken copy for a self-check). */
export function judgeAnswers(contract: string = contractPath): AnswerJudge {
  const { operations, parsing } = operationsOf(contract);
  const pending = new Set<Promise<void>>();
  let violations: string[] = [];
  let judged = 0;
  let spentMs = 0;
  void parsing.then(
    (ms) => (spentMs += ms),
    () => {},
  );

  const judge = async (request: Request, response: Response): Promise<void> => {
    const url = new URL(request.url);
    const what = `${request.method} ${url.pathname}${url.search} → ${response.status}`;
    // An answer the platform keeps compressed (every agency's KPIs) comes out of it encoded already.
    const bytes = Buffer.from(await response.arrayBuffer());
    const encoding = response.headers.get('content-encoding');
    const text = (encoding === 'br' ? brotliDecompressSync(bytes) : encoding === 'gzip' ? gunzipSync(bytes) : bytes).toString('utf8');
    const headers: Record<string, string> = {};
    response.headers.forEach((value, name) => {
      headers[name] = value;
    });
    let body: unknown = text === '' ? undefined : text;
    if (text !== '' && /json/i.test(headers['content-type'] ?? '')) {
      try {
        body = JSON.parse(text);
      } catch {
        violations.push(`${what}: the body is not the JSON its Content-Type says`);
        return;
      }
    }
    const resources = await operations;
    const start = performance.now();
    try {
      verdictOn(resources, { what, text, method: request.method, path: url.pathname, element: { statusCode: response.status, headers, body } });
    } finally {
      spentMs += performance.now() - start;
    }
  };

  interface Exchange {
    what: string;
    text: string;
    method: string;
    path: string;
    element: { statusCode: number; headers: Record<string, string>; body: unknown };
  }

  const verdictOn = (resources: Operations, { what, text, method, path, element }: Exchange): void => {
    const found = route({ resources, input: { method: method.toLowerCase() as never, url: { path } } });
    judged += 1;
    if (found._tag === 'Left') {
      violations.push(`${what}: no operation of the contract (${found.left.message})`);
      return;
    }
    const verdict = validateOutput({ resource: found.right, element });
    if (verdict._tag === 'Right') return;
    const failures = verdict.left.filter((diagnostic) => failing(diagnostic.severity));
    if (failures.length === 0) return;
    // An array of 90 items may break the same way 90 times: the first few say enough.
    const lines = failures.slice(0, 8).map((diagnostic) => `${(diagnostic.path ?? []).join('.') || '(answer)'}: ${diagnostic.message}`);
    violations.push(`${what} breaks the contract (${found.right.iid}):\n    ${lines.join('\n    ')}${failures.length > 8 ? `\n    … and ${failures.length - 8} more` : ''}\n    body: ${text.slice(0, 500)}`);
  };

  return {
    onAnswer(request, response) {
      // The contract says nothing of preflights (CORS, answered by the sandbox for every path).
      if (request.method === 'OPTIONS') return;
      const judging = judge(request, response).catch((error: unknown) => {
        violations.push(`${request.method} ${request.url}: could not be judged: ${error instanceof Error ? error.message : String(error)}`);
      });
      pending.add(judging);
      void judging.finally(() => pending.delete(judging));
    },
    get judged() {
      return judged;
    },
    get spentMs() {
      return spentMs;
    },
    async take() {
      while (pending.size > 0) await Promise.all(pending);
      const found = violations;
      violations = [];
      return found;
    },
  };
}
