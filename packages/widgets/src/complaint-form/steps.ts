/**
 * The steps of the form, one topic each (the GOV.UK pattern), and the API body fields each owns,
 * so that a step validates its own fields and a server error leads back to the right step.
 */
import type { Draft } from './draft.js';
import { identifies } from './draft.js';

export type StepName = 'kind' | 'where' | 'facts' | 'identity' | 'review' | 'confirmation';

/** The pointers each step validates (in the API body). */
export const stepPointers: Record<Exclude<StepName, 'review' | 'confirmation'>, (draft: Draft) => string[]> = {
  kind: () => ['/kind'],
  where: () => ['/agencyId', '/serviceId', '/location/regionId', '/location/provinceId', '/location/commune'],
  facts: () => ['/subject', '/description', '/occurredOn'],
  identity: (draft) => [
    ...(identifies(draft)
      ? ['/complainant', '/complainant/fullName', '/complainant/nationalId', '/complainant/email', '/complainant/phone']
      : []),
    '/answerLanguage',
    '/consent',
  ],
};

/** The steps this form shows, given what the page preset. */
export function stepsFor(preset: { kind: boolean; agency: boolean }): StepName[] {
  return [...(preset.kind ? [] : (['kind'] as const)), 'where', 'facts', 'identity', 'review', 'confirmation'];
}

/** The step that owns a pointer (the first whose pointers start it). */
export function stepOf(pointer: string, draft: Draft): StepName {
  for (const [step, pointers] of Object.entries(stepPointers) as [keyof typeof stepPointers, (draft: Draft) => string[]][]) {
    if (pointers({ ...draft, identify: 'yes' }).some((owned) => pointer === owned || pointer.startsWith(`${owned}/`))) return step;
  }
  return 'review';
}
