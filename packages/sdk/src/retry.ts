/**
 * When and how a request is tried again: on a network failure, 408, 429 and 5xx, after an
 * exponential delay with jitter (so that a thousand clients cut off together do not come back
 * together), or after the server's `Retry-After`.
 */
export interface RetryOptions {
  /** attempts after the first (default 2) */
  limit?: number;
  /** the longest wait between two attempts, in milliseconds (default 10 s) */
  backoffLimit?: number;
}

export const retryStatusCodes = [408, 429, 500, 502, 503, 504];

/** The longest the server's Retry-After is waited out: a person is waiting. */
export const maxRetryAfter = 20_000;

export function retryLimits(options: RetryOptions | number | undefined): Required<RetryOptions> {
  const { limit = 2, backoffLimit = 10_000 } = typeof options === 'number' ? { limit: options } : (options ?? {});
  return { limit, backoffLimit };
}

/** 300 ms, 600 ms, 1.2 s… each between half and the whole of it (`attempt` from 1). */
export const retryDelay = (attempt: number) => 300 * 2 ** (attempt - 1) * (0.5 + Math.random() / 2);
