/**
 * Shows `<chikaya-complaint-form>` at a given step and state without clicking through it: once the
 * element has connected (and so set its own first step and draft), the story sets the element's
 * internal reactive state. The types follow the element's own declarations (`ChikayaComplaintForm['step']`
 * is allowed on a private member in a type), so a change there breaks the stories' typecheck, not
 * the stories silently. Stories only: pages use the attributes.
 */
import type { ChikayaComplaintForm } from '@chikaya/widgets';

type Form = ChikayaComplaintForm;

/** The element's internal state that stories may set. */
export interface FormState {
  step?: Form['step'];
  /** merged into the draft the element starts with (its presets: agency, kind, service) */
  draft?: Form['draft'];
  /** field (`complainant.email`) → error code (`invalid_format`), as the element keeps them */
  errors?: Record<string, string>;
  showSummary?: boolean;
  problem?: Form['problem'];
  receipt?: Form['receipt'];
  sending?: Form['sending'];
  /** then press the step's main button, as a user would (validation runs for real) */
  submit?: boolean;
  /** then type this into the agency search box, as a user would (the sandbox answers) */
  searchFor?: string;
}

interface Internals {
  step: Form['step'];
  draft: Form['draft'];
  errors: Form['errors'];
  showSummary: Form['showSummary'];
  problem: Form['problem'];
  receipt: Form['receipt'];
  sending: Form['sending'];
}

/** The answers a form keeps per agency in sessionStorage: cleared so that each story starts alike. */
export function forgetSavedAnswers(): void {
  try {
    for (const key of Object.keys(sessionStorage)) if (key.startsWith('chikaya:')) sessionStorage.removeItem(key);
  } catch {
    // storage blocked: nothing was kept either
  }
}

/** Resolves with the first match in the element's shadow root once rendered (the language loads first). */
async function rendered<E extends Element>(form: Form, selector: string, timeout = 5000): Promise<E | null> {
  const until = performance.now() + timeout;
  while (performance.now() < until) {
    await form.updateComplete;
    const found = form.renderRoot.querySelector<E>(selector);
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return null;
}

/** Applies `state` to `form` once it has connected. */
export async function showState(form: Form, state: FormState): Promise<void> {
  // The first update runs only once the element is connected, after connectedCallback set the
  // draft and the first step from the attributes (and the answers saved in sessionStorage).
  await form.updateComplete;
  const internals = form as unknown as Internals;
  if (state.draft) internals.draft = { ...internals.draft, ...state.draft };
  if (state.step) internals.step = state.step;
  if (state.errors) internals.errors = new Map(Object.entries(state.errors));
  if (state.showSummary !== undefined) internals.showSummary = state.showSummary;
  if (state.problem !== undefined) internals.problem = state.problem;
  if (state.receipt !== undefined) internals.receipt = state.receipt;
  if (state.sending !== undefined) internals.sending = state.sending;
  if (state.submit) (await rendered<HTMLFormElement>(form, 'form'))?.requestSubmit();
  if (state.searchFor !== undefined) {
    const input = await rendered<HTMLInputElement>(form, 'input[role="combobox"]');
    if (input) {
      input.focus();
      input.value = state.searchFor;
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    }
  }
}
