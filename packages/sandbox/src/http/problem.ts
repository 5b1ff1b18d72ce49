/**
 * Problem details (RFC 9457). Every error the sandbox answers is one of these, with a stable
 * machine `code` from the contract so that clients show their own localized message.
 */
import type { components } from '@chikaya/sdk';

export type ProblemCode = components['schemas']['Problem']['code'];
export type FieldError = components['schemas']['FieldError'];
export type Problem = components['schemas']['Problem'];

const titles: Record<ProblemCode, string> = {
  malformed_json: 'The body is not valid JSON',
  unsupported_media_type: 'Send the body as application/json',
  payload_too_large: 'The body is too large',
  validation_failed: 'Some fields are invalid',
  not_found: 'Nothing is at this address',
  agency_not_found: 'No agency has this id',
  sector_not_found: 'No sector has this id',
  submission_not_found: 'No submission has this tracking code',
  access_key_required: 'The access key is required',
  access_key_invalid: 'The access key does not open this submission',
  unauthorized: 'A valid key is required',
  origin_not_allowed: 'This website may not submit for this agency',
  idempotency_key_reused: 'This idempotency key was used for another request',
  invalid_transition: 'The submission cannot make this change in its current status',
  not_answered: 'The submission has not been answered yet',
  already_rated: 'The answer has already been rated',
  not_renewable: 'The submission cannot be renewed',
  agency_exists: 'An agency already has this id',
  measure_not_found: 'No measure of this agency has this id',
  report_already_published: 'This report is already published',
  year_not_over: 'A report is approved once its year has ended',
  rate_limited: 'Too many requests',
  duplicate_key: 'A key is given twice in one object',
  method_not_allowed: 'This address does not take this method',
  malformed_request: 'The request is not valid HTTP',
  headers_too_large: 'The request line or headers are too large',
  request_timeout: 'The request took too long to arrive',
  daily_limit_reached: 'Too many submissions from this client with this agency today',
  challenge_required: 'A proof of work is required',
  challenge_invalid: 'The proof of work is forged, expired or already spent',
  internal_error: 'The platform failed to answer',
};

/**
 * The most field errors an answer lists. A body may carry thousands of unknown fields; listing
 * each would make the answer grow with the input (5,000 fields made 219 KB). A form has far fewer
 * fields than this, so a person never misses one; the answer says when the list was cut.
 */
export const maxFieldErrors = 50;

/**
 * The longest pointer an answer gives (the contract's `FieldError.pointer` maxLength). A pointer
 * grows with what the client sent (a key of 5,000 characters, arrays nested 600 deep, all within
 * 64 KiB): a longer one names the deepest enclosing value whose pointer fits. Cut inside a key, it
 * would name a field nobody sent; cut at a `/`, it names the value that holds the fault.
 */
export const maxPointerLength = 1000;

function fitted(error: FieldError): FieldError {
  const { pointer } = error;
  if (pointer === undefined || pointer.length <= maxPointerLength) return error;
  return { ...error, pointer: pointer.slice(0, pointer.lastIndexOf('/', maxPointerLength)) };
}

/** The errors as answered: pointers fitted, and what fitting made the same said once. */
function answered(errors: readonly FieldError[]): FieldError[] {
  const seen = new Set<string>();
  return errors.map(fitted).filter((error) => {
    const key = JSON.stringify([error.pointer, error.parameter, error.code]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
/** Thrown anywhere below a route; the app turns it into a problem+json response. */
export class ProblemError extends Error {
  constructor(
    readonly status: number,
    readonly code: ProblemCode,
    readonly detail?: string,
    readonly errors?: FieldError[],
    readonly headers: Record<string, string> = {},
  ) {
    super(`${status} ${code}${detail ? `: ${detail}` : ''}`);
  }

  toJSON(): Problem {
    const errors = this.errors === undefined ? undefined : answered(this.errors);
    return {
      type: `https://chikaya.ma/problems/${this.code}`,
      title: titles[this.code],
      status: this.status,
      code: this.code,
      ...(this.detail === undefined ? {} : { detail: this.detail }),
      ...(errors === undefined ? {} : { errors: errors.slice(0, maxFieldErrors) }),
      ...(errors !== undefined && errors.length > maxFieldErrors ? { errorsTruncated: true } : {}),
    };
  }
}

export function validationFailed(errors: FieldError[]): ProblemError {
  return new ProblemError(422, 'validation_failed', undefined, errors);
}
