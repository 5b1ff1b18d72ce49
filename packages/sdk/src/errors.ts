/**
 * What the SDK throws: one base class and a kind per cause, each with a stable `code` so that a
 * user interface looks up its own localized message. No ky or fetch error ever escapes.
 */
import type { components } from './generated/api.js';

export type Problem = components['schemas']['Problem'];
export type FieldError = components['schemas']['FieldError'];

export class ChikayaError extends Error {
  /** stable machine code: a problem `code` of the contract, or `network_error`, `timeout`, `aborted` */
  readonly code: string;
  /** invalid fields and parameters, for `validation_failed` */
  readonly errors: FieldError[];

  constructor(code: string, message: string, errors: FieldError[] = [], cause?: unknown) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = new.target.name;
    this.code = code;
    this.errors = errors;
  }
}

/** The platform answered with an error (RFC 9457 problem details). */
export class ApiError extends ChikayaError {
  constructor(
    readonly status: number,
    readonly problem: Problem,
  ) {
    super(problem.code, problem.detail ?? problem.title, problem.errors ?? []);
  }
}

/** The input was refused before any request, by the same rules and codes as the platform's. */
export class ValidationError extends ChikayaError {
  constructor(errors: FieldError[]) {
    super('validation_failed', 'Some fields are invalid', errors);
  }
}

/** The platform could not be reached (offline, DNS, connection reset, CORS refused). */
export class NetworkError extends ChikayaError {
  constructor(cause: unknown) {
    super('network_error', 'The platform could not be reached', [], cause);
  }
}

/** The platform did not answer in time. */
export class TimeoutError extends ChikayaError {
  constructor() {
    super('timeout', 'The platform did not answer in time');
  }
}

/** The caller aborted the request through its `AbortSignal`. */
export class AbortError extends ChikayaError {
  constructor(cause: unknown) {
    super('aborted', 'The request was aborted', [], cause);
    // Code that checks `error.name === 'AbortError'`, as for fetch, keeps working.
    this.name = 'AbortError';
  }
}

export function isChikayaError(error: unknown): error is ChikayaError {
  return error instanceof ChikayaError;
}

/** The problem details of an error answer; for a proxy's HTML error page, what the status says. */
export async function problemOf(response: Response): Promise<Problem> {
  try {
    return (await response.json()) as Problem;
  } catch {
    return { type: 'about:blank', title: response.statusText || 'HTTP error', status: response.status, code: 'http_error' as Problem['code'] };
  }
}
