/**
 * What the user has typed so far, kept as plain strings (as the controls hold them), and how it
 * becomes the API's body. Field names are the paths of the API body (`complainant.email`), which
 * the controls also carry as their `name`.
 */
import type { SubmissionInput } from '@chikaya/sdk';

export type Kind = SubmissionInput['kind'];

export interface Draft {
  kind?: Kind;
  agencyId?: string;
  serviceId?: string;
  'location.regionId'?: string;
  'location.provinceId'?: string;
  'location.commune'?: string;
  subject?: string;
  description?: string;
  occurredOn?: string;
  /** for observations and suggestions: whether the user gives their identity */
  identify?: 'yes' | 'no';
  'complainant.fullName'?: string;
  'complainant.nationalId'?: string;
  'complainant.email'?: string;
  'complainant.phone'?: string;
  answerLanguage?: SubmissionInput['answerLanguage'];
  consent?: boolean;
}

export type FieldName = Exclude<keyof Draft, 'identify'>;

/** The national ID is never written to storage (it is the one field a shared computer must not keep). */
export const unsavedFields: readonly (keyof Draft)[] = ['complainant.nationalId'];

/** The JSON Pointer of a field in the API body (`complainant.email` → `/complainant/email`). */
export const pointerOf = (field: string) => `/${field.replace(/\./g, '/')}`;

/** The field at a JSON Pointer, or null for a pointer that names no control. */
export function fieldOf(pointer: string): string {
  return pointer.slice(1).replace(/\//g, '.');
}

/** The id of a field's control inside the element. */
export const controlId = (field: string) => `field-${field.replace(/\./g, '-')}`;

export function identifies(draft: Draft): boolean {
  return draft.kind === 'complaint' || draft.identify === 'yes';
}

const text = (value: string | undefined) => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
};

/** The API body the draft stands for; empty optional fields are left out. */
export function toInput(draft: Draft): SubmissionInput {
  // A commune typed without its region is kept, so that the schema asks for the region rather
  // than the answer being dropped without a word (the contract's Location needs its region).
  const located = [draft['location.regionId'], draft['location.provinceId'], draft['location.commune']].some(text);
  const location = located
    ? {
        ...(text(draft['location.regionId']) ? { regionId: draft['location.regionId']! } : {}),
        ...(text(draft['location.provinceId']) ? { provinceId: draft['location.provinceId']! } : {}),
        ...(text(draft['location.commune']) ? { commune: text(draft['location.commune'])! } : {}),
      }
    : undefined;
  const complainant = identifies(draft)
    ? {
        fullName: text(draft['complainant.fullName']) ?? '',
        ...(text(draft['complainant.nationalId']) ? { nationalId: text(draft['complainant.nationalId'])!.toUpperCase() } : {}),
        ...(text(draft['complainant.email']) ? { email: text(draft['complainant.email'])! } : {}),
        ...(text(draft['complainant.phone']) ? { phone: draft['complainant.phone']!.replace(/[\s.-]/g, '') } : {}),
      }
    : undefined;
  const input: Record<string, unknown> = {
    kind: draft.kind,
    agencyId: draft.agencyId,
    ...(text(draft.serviceId) ? { serviceId: draft.serviceId } : {}),
    ...(location ? { location } : {}),
    subject: draft.subject ?? '',
    description: draft.description ?? '',
    ...(text(draft.occurredOn) ? { occurredOn: draft.occurredOn } : {}),
    ...(complainant ? { complainant } : {}),
    answerLanguage: draft.answerLanguage,
    consent: draft.consent === true,
  };
  for (const key of Object.keys(input)) if (input[key] === undefined) delete input[key];
  return input as unknown as SubmissionInput;
}
