/**
 * What a user lodges (`SubmissionInput`): a complaint, which names its author with the national ID
 * and an email or a phone, or an observation or a suggestion, which may come without identity.
 */
import * as z from 'zod/mini';
import { choice, dateWithin, earliest, emailPattern, latest, maxLength, object, onlyTrue, pattern, platformStart, slug, string, text, typeError } from './rules.js';

/** `Locale`: the language of the answer. */
export const locale = choice(['ar', 'fr', 'en', 'zgh']);

/** `FullName`. */
export const fullName = text('name', 2, 120);
/** `NationalId`: the CIN, one or two letters then up to six digits. */
export const nationalId = string(maxLength(20), pattern(/^[A-Za-z]{1,2}[0-9]{1,6}$/u));
/** `Email`. */
export const email = string(maxLength(254), pattern(emailPattern));
/** `Phone`: a Moroccan number, `05…`, `06…`, `07…` or `+212…`. */
export const phone = string(maxLength(20), pattern(/^(\+212|0)[5-7][0-9]{8}$/u));

/** `Location`: where the matter happened. */
export const location = object({
  regionId: slug,
  provinceId: z.optional(slug),
  commune: z.optional(text('name', 2, 100)),
});

/** `Complainant`: who lodges an observation or a suggestion, when they give their identity. */
export const complainant = object({
  fullName,
  nationalId: z.optional(nationalId),
  email: z.optional(email),
  phone: z.optional(phone),
});

const reachable = (schema: z.ZodMiniType, value: unknown) => value !== undefined && z.safeParse(schema, value).success;

const identified = object({
  fullName,
  nationalId,
  email: z.optional(email),
  phone: z.optional(phone),
}).check(
  // The contract's `x-error-code: contact_required`: a valid email or a valid phone, reported at
  // the complainant itself. It runs even when another field of the complainant is wrong, as the
  // platform's does, but not when the complainant is not an object at all (that is `invalid_type`).
  z.refine<{ email?: unknown; phone?: unknown }>((value) => reachable(email, value.email) || reachable(phone, value.phone), {
    error: 'contact_required',
    when: ({ value }) => typeof value === 'object' && value !== null && !Array.isArray(value),
  }),
);

/** The contract's "email or phone", as a type. */
type Reachable = { email: string } | { phone: string };

/**
 * `IdentifiedComplainant`: who lodges a complaint. Its type says what the check above guarantees,
 * as the contract's type does: an email or a phone is there. (Not `z.intersection` with a union of
 * `{ email }` and `{ phone }`: an intersection reports an unknown key only when both sides refuse
 * it, so the complainant's unknown keys would pass.) test/schema-types.ts holds it to the contract.
 */
export const identifiedComplainant = identified as unknown as z.ZodMiniType<
  z.output<typeof identified> & Reachable,
  z.input<typeof identified> & Reachable
>;

/** `SubmissionBase`: what every submission carries. */
const submissionBase = {
  agencyId: slug,
  serviceId: z.optional(slug),
  location: z.optional(location),
  subject: text('title', 5, 150),
  description: text('text', 20, 5000),
  // The day the matter happened: from the platform's first day to today, as the platform judges it.
  occurredOn: z.optional(dateWithin(earliest(platformStart), latest())),
  answerLanguage: locale,
  consent: onlyTrue(),
  channel: z.optional(choice(['web', 'phone', 'mail', 'desk', 'mobile'])),
};

/** `ComplaintInput`. */
export const complaintInput = object({
  ...submissionBase,
  kind: z.literal('complaint'),
  complainant: identifiedComplainant,
});

/** `OpinionInput`: an observation or a suggestion. */
export const opinionInput = object({
  ...submissionBase,
  kind: choice(['observation', 'suggestion']),
  complainant: z.optional(complainant),
});

/**
 * `SubmissionInput`, chosen by `kind` as the contract's discriminator does: without a `kind`, or
 * with another, nothing else is checked and the one error is at `/kind` (`required`, `invalid_value`).
 */
export const submissionInput = z.discriminatedUnion('kind', [complaintInput, opinionInput], {
  error: (issue) =>
    issue.code === 'invalid_union'
      ? (issue.input as { kind?: unknown }).kind === undefined
        ? 'required'
        : 'invalid_value'
      : typeError(issue),
});
