/**
 * @chikaya/sdk/schemas: the contract's request bodies as zod/mini schemas, for forms that check
 * input before sending it. Every error is a `{ pointer, code }` with the contract's stable codes,
 * the same as the platform answers, so one table of localized messages serves both.
 *
 * ```ts
 * import { submissionInput, validate, validateField } from '@chikaya/sdk/schemas';
 * validateField(submissionInput, draft, '/complainant/phone'); // 'invalid_format' | null
 * const result = validate(submissionInput, draft); // { ok: true, value } | { ok: false, errors }
 * ```
 */
export { fieldErrorCodes, isFieldErrorCode, type FieldErrorCode } from './codes.js';
export { parse, toFieldErrors, toPointer, validate, validateField, validateFields, type Validation } from './validate.js';
export {
  complainant,
  complaintInput,
  email,
  fullName,
  identifiedComplainant,
  locale,
  location,
  nationalId,
  opinionInput,
  phone,
  submissionInput,
} from './submission.js';
export { ratingInput, renewalInput } from './follow-up.js';
export {
  acknowledgeInput,
  answerInput,
  forwardInput,
  measureInput,
  measurePatch,
  measureStatus,
  rejectInput,
  rejectionReason,
} from './back-office.js';
export { agencyOnboarding, agencyType, names, origin, reportApprovalInput, serviceOnboarding } from './admin.js';
export { trackingCode } from './tracking-code.js';
export { date, dateWithin, earliest, isDate, lastReportDay, latest, platformStart, slug, textProblem, type TextKind } from './rules.js';
