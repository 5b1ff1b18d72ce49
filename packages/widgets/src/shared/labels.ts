/** Words for the platform's enumerations, shared by the elements that show them. */
import { msg } from '@lit/localize';

export type Kind = 'complaint' | 'observation' | 'suggestion';

export function kindLabel(kind: Kind): string {
  return { complaint: msg('Complaint'), observation: msg('Observation'), suggestion: msg('Suggestion') }[kind];
}
