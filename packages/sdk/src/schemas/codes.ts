/**
 * The stable codes of the contract's `FieldError`: the same for an error found here, before any
 * request, and for one the platform answers, so that one table of localized messages serves both.
 */
export const fieldErrorCodes = [
  'required',
  'unknown_field',
  'invalid_type',
  'invalid_value',
  'invalid_format',
  'too_short',
  'too_long',
  'too_small',
  'too_big',
  'too_many',
  'contact_required',
  'invalid_characters',
  'no_visible_text',
  // Only the platform can tell these: they name a record it holds (or not).
  'unknown_agency',
  'unknown_service',
  'unknown_region',
  'unknown_province',
  'unknown_sector',
  'unknown_service_category',
  // Only the platform sees the body as text: once parsed, one of two equal keys is gone.
  'duplicate_key',
] as const;

export type FieldErrorCode = (typeof fieldErrorCodes)[number];

export function isFieldErrorCode(value: unknown): value is FieldErrorCode {
  return (fieldErrorCodes as readonly unknown[]).includes(value);
}
