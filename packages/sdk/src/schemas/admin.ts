/** What the ministry sends to onboard a new agency (`AgencyOnboarding`). */
import * as z from 'zod/mini';
import { array, choice, dateWithin, earliest, fieldsValid, format, integer, latest, maxItems, maxLength, minItems, object, pattern, platformStart, slug, string, text } from './rules.js';

/** `Names`: a name in each language of the platform. */
export const names = object({
  ar: text('name', 1, 200),
  fr: text('name', 1, 200),
  en: text('name', 1, 200),
  zgh: text('name', 1, 200),
});

/** `AgencyType`. */
export const agencyType = choice(['ministry', 'public_institution', 'local_authority', 'concession_holder']);

/** `Origin`: scheme and host (and port), without a path. */
export const origin = string(maxLength(200), pattern(/^https?:\/\/[A-Za-z0-9.-]+(:[0-9]{1,5})?$/u));

// `format: uri`, by the same test as the platform's validator (ajv-formats, full mode).
const notUriFragment = /\/|:/;
const uriPattern =
  /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
const isUri = (value: string) => notUriFragment.test(value) && uriPattern.test(value);

/** `ServiceOnboarding`: a service of the new agency. */
export const serviceOnboarding = object({
  slug,
  names,
  serviceCategoryId: slug,
});

/** `AgencyOnboarding`. */
export const agencyOnboarding = object({
  id: slug,
  acronym: text('title', 1, 20),
  names,
  type: agencyType,
  sectorId: slug,
  website: string(maxLength(200), pattern(/^https?:\/\//u), format(isUri)),
  allowedOrigins: array(origin).check(maxItems(20)),
  joinedOn: z.optional(dateWithin(earliest(platformStart), latest())),
  services: array(serviceOnboarding).check(maxItems(100), minItems(1)),
});

type Approval = { scope: 'agency' | 'sector' | 'national'; id?: string | undefined };

/**
 * `ReportApprovalInput`: the report of an agency or a sector (`id` required), or of the nation (no
 * `id`), for a year. The rule on `id` is the platform's: `required`, or `unknown_field` for the nation.
 */
export const reportApprovalInput = object({
  scope: choice(['agency', 'sector', 'national']),
  id: z.optional(slug),
  year: integer(2018, 2100),
}).check(
  z.refine<Approval>((input) => input.scope === 'national' || input.id !== undefined, { error: 'required', path: ['id'], when: fieldsValid }),
  z.refine<Approval>((input) => input.scope !== 'national' || input.id === undefined, { error: 'unknown_field', path: ['id'], when: fieldsValid }),
);
