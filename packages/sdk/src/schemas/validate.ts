/**
 * Runs a schema and answers as the platform does: a list of `{ pointer, code }`, one code per
 * pointer (the first found), pointers as JSON Pointers into the input (`/complainant/phone`).
 */
import * as z from 'zod/mini';
import { type FieldError, ValidationError } from '../errors.js';
import { type FieldErrorCode, isFieldErrorCode } from './codes.js';

export type Validation<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

/** A JSON Pointer (RFC 6901) from a zod path. */
export function toPointer(path: readonly PropertyKey[]): string {
  let pointer = '';
  for (const segment of path) pointer += `/${String(segment).replace(/~/g, '~0').replace(/\//g, '~1')}`;
  return pointer;
}

interface RawIssue {
  readonly code?: string | undefined;
  readonly input?: unknown;
  readonly origin?: string | undefined;
}

/**
 * The codes of issues that carry none, for schemas not built from these rules (a caller's own
 * extension): the same mapping as the platform's from its validator's keywords.
 */
function fallbackCode(issue: RawIssue): FieldErrorCode {
  const list = issue.origin === 'array' || issue.origin === 'set';
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'required' : 'invalid_type';
    case 'unrecognized_keys':
      return 'unknown_field';
    case 'invalid_format':
      return 'invalid_format';
    case 'too_small':
      return issue.origin === 'string' || list ? 'too_short' : 'too_small';
    case 'too_big':
      return issue.origin === 'string' ? 'too_long' : list ? 'too_many' : 'too_big';
    default:
      return 'invalid_value';
  }
}

const context = { error: fallbackCode };

/** The platform's `errors` for a list of zod issues: unknown keys one by one, first code per pointer. */
export function toFieldErrors(issues: readonly z.core.$ZodIssue[]): FieldError[] {
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  const add = (pointer: string, code: string) => {
    if (seen.has(pointer)) return;
    seen.add(pointer);
    errors.push({ pointer, code });
  };
  for (const issue of issues) {
    const code = isFieldErrorCode(issue.message) ? issue.message : fallbackCode(issue as RawIssue);
    if (issue.code === 'unrecognized_keys') for (const key of issue.keys) add(toPointer([...issue.path, key]), code);
    else add(toPointer(issue.path), code);
  }
  return errors;
}

/** Checks `input` against `schema`: the parsed value, or the field errors the platform would answer. */
export function validate<S extends z.core.$ZodType>(schema: S, input: unknown): Validation<z.output<S>> {
  const result = z.safeParse(schema, input, context);
  return result.success ? { ok: true, value: result.data } : { ok: false, errors: toFieldErrors(result.error.issues) };
}

/** The parsed value, or a `ValidationError` (code `validation_failed`) with the field errors. */
export function parse<S extends z.core.$ZodType>(schema: S, input: unknown): z.output<S> {
  const result = validate(schema, input);
  if (!result.ok) throw new ValidationError(result.errors);
  return result.value;
}

const within = (pointer: string, parent: string) => pointer === parent || pointer.startsWith(`${parent}/`);

/**
 * The errors of some fields only, as a form checks one step: the errors at each of `pointers` or
 * inside it (`/complainant` takes `/complainant/email` too). The whole draft is checked, so rules
 * that join fields (the complaint's email or phone) are judged as the platform will judge them.
 */
export function validateFields(schema: z.core.$ZodType, draft: unknown, pointers: readonly string[]): FieldError[] {
  const result = validate(schema, draft);
  if (result.ok) return [];
  return result.errors.filter((error) => error.pointer !== undefined && pointers.some((pointer) => within(error.pointer!, pointer)));
}

/**
 * The code of ONE field of a partial draft, or null when it is fine, for checking a field as the
 * user leaves it: `validateField(submissionInput, draft, '/complainant/email')`. An empty required
 * field is `required`. The complaint's "email or phone" rule is reported at `/complainant`.
 * A submission draft needs its `kind`: without it, only `/kind` is judged.
 */
export function validateField(schema: z.core.$ZodType, draft: unknown, pointer: string): FieldErrorCode | null {
  const result = validate(schema, draft);
  if (result.ok) return null;
  const error = result.errors.find((candidate) => candidate.pointer === pointer);
  return error === undefined ? null : (error.code as FieldErrorCode);
}
