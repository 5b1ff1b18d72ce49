/**
 * The building blocks of the input schemas, each with the contract's rule and the contract's code
 * as its error, so that a zod issue's message IS the `FieldError` code:
 *
 * - a missing value is `required`, a value of another JSON type `invalid_type`;
 * - strings are measured in Unicode code points, as JSON Schema (and the platform) measures them,
 *   not in UTF-16 units: "😀" is one character;
 * - a string's checks run in the platform's order (length, then pattern, then format), so that
 *   when one value breaks two rules the first code is the platform's first code;
 * - an object refuses unknown keys (`unknown_field`), as `additionalProperties: false` does;
 * - free text follows the contract's `x-text` rules (`invalid_characters`, `no_visible_text`).
 *
 * Only `zod/mini` is imported: these schemas ship in the form's browser bundle.
 */
import * as z from 'zod/mini';
import type { FieldErrorCode } from './codes.js';

/** What an error map receives; only the parts read here. */
interface RawIssue {
  readonly code?: string | undefined;
  readonly input?: unknown;
}

const missingOr = (code: FieldErrorCode) => (issue: RawIssue) => (issue.input === undefined ? 'required' : code);

/** The error of a schema whose only own failure is the value's type. */
export const typeError = missingOr('invalid_type');

/** A code point count, as JSON Schema's `minLength` and `maxLength` count (a surrogate pair is one). */
function characters(value: string): number {
  let count = 0;
  for (let i = 0; i < value.length; i++, count++) {
    const unit = value.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && (value.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
  }
  return count;
}

/** No lone UTF-16 surrogate: text no encoding can store, which the platform refuses as `invalid_format`. */
function wellFormed(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const unit = value.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && (value.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
    else if ((unit & 0xf800) === 0xd800) return false;
  }
  return true;
}

type StringCheck = z.core.$ZodCheck<string>;

/**
 * The contract's `x-text` kinds: `name` (one line, a letter), `title` (one line, a letter or a digit),
 * `line` (one line, anything visible), `text` (tabs and line breaks allowed, anything visible). The
 * platform's own rules are in packages/sandbox/src/domain/text.ts, which says why; these are the same.
 */
export type TextKind = 'name' | 'title' | 'line' | 'text';

// Controls (C0, DEL, C1) and bidirectional embeddings, overrides and isolates: refused everywhere.
const control = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;
const multiLine = /[\t\n\r]/u;
const separator = /[\u2028\u2029]/u;
// Spaces, combining marks, unassigned code points are in none of `needed`; these are but are not seen.
const hidden = /[\p{Default_Ignorable_Code_Point}\u2800]/u;
const needed: Record<TextKind, RegExp> = {
  name: /\p{L}/u,
  title: /[\p{L}\p{N}]/u,
  line: /[\p{L}\p{N}\p{P}\p{S}]/u,
  text: /[\p{L}\p{N}\p{P}\p{S}]/u,
};

/** `invalid_characters`, `no_visible_text` or null: what the platform answers for this text. */
export function textProblem(value: string, kind: TextKind): 'invalid_characters' | 'no_visible_text' | null {
  const lines = kind === 'text';
  let seen = false;
  for (const character of value) {
    if (control.test(character) ? !(lines && multiLine.test(character)) : !lines && separator.test(character)) return 'invalid_characters';
    if (!seen && needed[kind].test(character) && !hidden.test(character)) seen = true;
  }
  return seen ? null : 'no_visible_text';
}

/** `x-text` of the contract, judged after the lengths, as the platform does: one code at most. */
export const visible = (kind: TextKind): StringCheck[] => [
  z.refine<string>((value) => textProblem(value, kind) !== 'invalid_characters', 'invalid_characters'),
  z.refine<string>((value) => textProblem(value, kind) !== 'no_visible_text', 'no_visible_text'),
];

/** `maxLength` of the contract: `too_long`. */
export const maxLength = (limit: number): StringCheck => z.refine<string>((value) => characters(value) <= limit, 'too_long');
/** `minLength` of the contract: `too_short`. */
export const minLength = (limit: number): StringCheck => z.refine<string>((value) => characters(value) >= limit, 'too_short');
/** `pattern` of the contract (searched, not anchored, as JSON Schema does): `invalid_format`. */
export const pattern = (regex: RegExp): StringCheck => z.regex(regex, 'invalid_format');
/** `format` of the contract: `invalid_format`. */
export const format = (test: (value: string) => boolean): StringCheck => z.refine<string>(test, 'invalid_format');

/** A string with the contract's rules, given in the platform's order: maxLength, minLength, pattern, format. */
export function string(...checks: StringCheck[]) {
  return z.string({ error: typeError }).check(format(wellFormed), ...checks);
}

/** Free text of `min` to `max` characters, of an `x-text` kind. */
export const text = (kind: TextKind, min: number, max: number, ...checks: StringCheck[]) =>
  string(maxLength(max), minLength(min), ...checks, ...visible(kind));

/** An integer from `min` to `max`: `too_small`, `too_big`; `2.5` or `"3"` is `invalid_type`. */
export function integer(min: number, max: number) {
  return z
    .int({ error: (issue) => (issue.code === 'too_big' || issue.code === 'too_small' ? issue.code : typeError(issue)) })
    .check(z.maximum(max, 'too_big'), z.minimum(min, 'too_small'));
}

/** One of the contract's `enum` values (all of them strings): another string is `invalid_value`. */
export function choice<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, {
    error: (issue) => (issue.input === undefined ? 'required' : typeof issue.input === 'string' ? 'invalid_value' : 'invalid_type'),
  });
}

/** `type: boolean, const: true`: `false` is `invalid_value`, `"true"` is `invalid_type`. */
export const onlyTrue = () =>
  z.literal(true, {
    error: (issue) => (issue.input === undefined ? 'required' : typeof issue.input === 'boolean' ? 'invalid_value' : 'invalid_type'),
  });

/** An object that refuses unknown keys: each is `unknown_field`, at its own pointer. */
export function object<const Shape extends z.core.$ZodLooseShape>(shape: Shape) {
  return z.strictObject(shape, { error: (issue) => (issue.code === 'unrecognized_keys' ? 'unknown_field' : typeError(issue)) });
}

/** An array of items: `invalid_type` when not one; its item counts are checked by `minItems` and `maxItems`. */
export const array = <T extends z.core.SomeType>(item: T) => z.array(item, { error: typeError });
/** `minItems` of the contract: `too_short`. */
export const minItems = (limit: number) => z.minLength(limit, 'too_short');
/** `maxItems` of the contract: `too_many`. */
export const maxItems = (limit: number) => z.maxLength(limit, 'too_many');

/**
 * Whether the value has no issue yet: a rule on a whole object is judged once its fields pass, as
 * the platform judges its own rules after the contract's schema, so that the two list the same errors.
 */
export const fieldsValid = (payload: { issues: readonly unknown[] }) => payload.issues.length === 0;

/** `minProperties` of the contract: `too_short`, at the object itself. */
export const minProperties = (limit: number) =>
  z.refine<object>((value) => Object.keys(value).length >= limit, { error: 'too_short', when: fieldsValid });

// The contract's named strings. Patterns carry the `u` flag, as the platform compiles them.

/** `Slug`: a lowercase identifier such as `mrafp`. */
export const slug = string(maxLength(60), minLength(2), pattern(/^[a-z0-9]+(-[a-z0-9]+)*$/u));

const isoDate = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
const daysInMonth = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** `format: date` (RFC 3339 full-date): `YYYY-MM-DD` of a day that exists, 29 February only in leap years. */
export function isDate(value: string): boolean {
  const match = isoDate.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && leap ? 29 : daysInMonth[month]!);
}

/** The first day of the platform (and of its reports): no day before it is a day it knows. */
export const platformStart = '2018-01-01';
/** The last day of the last year a report covers (`YearNumber`). */
export const lastReportDay = '2100-12-31';

/** Today, `YYYY-MM-DD` in UTC: the platform's calendar. */
const today = () => new Date().toISOString().slice(0, 10);

/** `x-earliest` of the contract: an earlier day is `too_small` (a value that is no day is the format's error). */
export const earliest = (first: string): StringCheck => z.refine<string>((value) => !isDate(value) || value >= first, 'too_small');
/** `x-latest` of the contract, or the platform's "not after today" when none is given: a later day is `too_big`. */
export const latest = (last?: string): StringCheck =>
  z.refine<string>((value) => !isDate(value) || value <= (last ?? today()), 'too_big');

/** A day, `YYYY-MM-DD`. */
export const date = string(maxLength(30), format(isDate));
/** A day within the bounds given (`earliest`, `latest`). */
export const dateWithin = (...bounds: StringCheck[]) => string(maxLength(30), format(isDate), ...bounds);

/** `format: email`, by the same expression as the platform's validator (ajv-formats, full mode). */
export const emailPattern =
  /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;
