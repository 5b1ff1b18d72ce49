/**
 * Driving `<chikaya-complaint-form>` in tests: mounting it against the sandbox, reaching into its
 * shadow root, filling its fields as a user's events would, and walking it to a given step.
 */
import '../../src/complaint-form/define.js';
import type { ChikayaComplaintForm } from '../../src/complaint-form/complaint-form.component.js';
import type { Locale } from '../../src/shared/localization.js';
import { equal, ok } from '../../../tools/browser/assert.js';
import { platform, settle, until } from './support.js';

export type Form = ChikayaComplaintForm;
export type Kind = 'complaint' | 'observation' | 'suggestion';
export const locales: readonly Locale[] = ['ar', 'fr', 'en', 'zgh'];

/** A month ago, `YYYY-MM-DD`: a day something may have happened on. */
export const aMonthAgo = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10);

/**
 * Mounts a form talking to the sandbox inside a `<main>` (as on an agency's page), and waits until
 * it has rendered its first step in its language. `attributes` is raw markup: `agency="…" kind="…"`.
 */
export async function mountForm(attributes = '', { api = platform.url }: { api?: string } = {}): Promise<Form> {
  const main = document.createElement('main');
  main.innerHTML = `<chikaya-complaint-form api="${api}" ${attributes}></chikaya-complaint-form>`;
  document.body.append(main);
  const element = main.querySelector('chikaya-complaint-form')!;
  await ready(element);
  return element;
}

/** Waits until the form shows a step (its language's messages are loaded). */
export async function ready(element: Form): Promise<void> {
  await settle(element);
  await until(() => element.shadowRoot?.querySelector('.root [data-step-heading]'), 5000, 'the form to render');
}

export const $ = <T extends Element = HTMLElement>(element: Form, selector: string) => element.shadowRoot!.querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(element: Form, selector: string) => [...element.shadowRoot!.querySelectorAll<T>(selector)];

/** The control named `name` (the API body path); for radios, the first one. */
export function control<T extends HTMLElement = HTMLInputElement>(element: Form, name: string): T {
  const found = $<T>(element, `[name="${name}"]`);
  ok(found, `a control named ${name}`);
  return found;
}

export const heading = (element: Form) => $(element, '[data-step-heading]')?.textContent?.replace(/\s+/g, ' ').trim();
export const focused = (element: Form) => element.shadowRoot!.activeElement as HTMLElement | null;
export const root = (element: Form) => $(element, '.root')!;

/** Types `value` into a text box or area as one input event, then leaves the field (blur). */
export async function fill(element: Form, name: string, value: string, { leave = true } = {}): Promise<void> {
  const field = control<HTMLInputElement | HTMLTextAreaElement>(element, name);
  field.value = value;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  if (leave) field.dispatchEvent(new FocusEvent('blur'));
  await settle(element);
}

/** Chooses an option of a select. */
export async function select(element: Form, name: string, value: string): Promise<void> {
  const field = control<HTMLSelectElement>(element, name);
  ok([...field.options].some((option) => option.value === value), `${name} offers ${value}`);
  field.value = value;
  field.dispatchEvent(new Event('change', { bubbles: true }));
  await settle(element);
}

/** Clicks the radio of `name` with `value`. */
export async function pick(element: Form, name: string, value: string): Promise<void> {
  const radio = $<HTMLInputElement>(element, `input[type="radio"][name="${name}"][value="${value}"]`);
  ok(radio, `a radio ${name}=${value}`);
  radio.click();
  await settle(element);
}

/** Ticks (or unticks) a checkbox by clicking it. */
export async function tick(element: Form, name: string, checked = true): Promise<void> {
  const box = control(element, name);
  if (box.checked !== checked) box.click();
  await settle(element);
}

/** Presses the step's main button (Continue, Send). */
export async function next(element: Form): Promise<void> {
  $<HTMLButtonElement>(element, 'form button[type="submit"]')!.click();
  await settle(element);
}

export async function back(element: Form): Promise<void> {
  const button = $$<HTMLButtonElement>(element, '.actions button[type="button"]').find((candidate) => candidate.classList.contains('button--secondary'));
  ok(button, 'a Back button');
  button.click();
  await settle(element);
}

/** The step, told by its data: its fields, since the headings are in the page's language. */
export function stepName(element: Form): string {
  if ($(element, '.confirmation')) return 'confirmation';
  if ($(element, 'dl.review')) return 'review';
  if ($(element, '[name="consent"]')) return 'identity';
  if ($(element, '[name="subject"]')) return 'facts';
  if ($(element, '[name="location.regionId"]')) return 'where';
  if ($(element, '[name="kind"]')) return 'kind';
  return 'nothing';
}

export function expectStep(element: Form, step: string): void {
  equal(stepName(element), step, 'the step');
}

export const summaryLinks = (element: Form) => $$<HTMLAnchorElement>(element, '.error-summary a');
export const errorOf = (element: Form, name: string) => $(element, `#field-${name.replace(/\./g, '-')}-error`);

/** Waits for the reference data of the "where" step: the regions, and the agency's services. */
export async function whereLoaded(element: Form, { services = true } = {}): Promise<void> {
  await until(() => control<HTMLSelectElement>(element, 'location.regionId').options.length > 1, 5000, 'the regions');
  if (services) await until(() => !control<HTMLSelectElement>(element, 'serviceId').disabled, 5000, 'the services');
}

/** Searches the agency picker for `query` and clicks the option whose text includes `text`. */
export async function chooseAgency(element: Form, query = 'banc', text = 'banc d’essai'): Promise<void> {
  await fill(element, 'agencyId', query, { leave: false });
  const option = () => $$(element, '[role="option"]').find((candidate) => candidate.textContent?.includes(text));
  await until(option, 5000, `“${text}” among the results`);
  option()!.click();
  await settle(element);
  await whereLoaded(element);
}

export interface Answers {
  kind: Kind;
  identify?: boolean;
  phone?: string;
  email?: string;
}

/** Fills the current step with valid answers and continues. */
export async function completeStep(element: Form, answers: Answers): Promise<void> {
  switch (stepName(element)) {
    case 'kind':
      await pick(element, 'kind', answers.kind);
      break;
    case 'where':
      if ($(element, '[role="combobox"]')) await chooseAgency(element);
      else await whereLoaded(element);
      break;
    case 'facts':
      await fill(element, 'subject', 'Acte de naissance introuvable');
      await fill(element, 'description', 'Ma demande d’acte de naissance déposée il y a un mois est restée sans réponse.');
      break;
    case 'identity':
      if (answers.kind !== 'complaint' && answers.identify) await pick(element, 'identify', 'yes');
      if (answers.kind === 'complaint' || answers.identify) {
        await fill(element, 'complainant.fullName', 'Amina El Idrissi');
        if (answers.kind === 'complaint') await fill(element, 'complainant.nationalId', 'AB123456');
        if (answers.email !== undefined) await fill(element, 'complainant.email', answers.email);
        await fill(element, 'complainant.phone', answers.phone ?? '0612345678');
      }
      await tick(element, 'consent');
      break;
    default:
      throw new Error(`completeStep: nothing to complete on ${stepName(element)}`);
  }
  await next(element);
}

/** Walks the form from wherever it is to `step`, filling every step on the way. */
export async function walkTo(element: Form, step: 'where' | 'facts' | 'identity' | 'review', answers: Answers = { kind: 'complaint' }): Promise<void> {
  for (let guard = 0; stepName(element) !== step; guard++) {
    ok(guard < 6, `reached ${step}`);
    const before = stepName(element);
    await completeStep(element, answers);
    equal(stepName(element) !== before, true, `left ${before} (errors: ${summaryLinks(element).map((link) => link.textContent).join('; ')})`);
  }
}

/** Sends from the review and waits for the confirmation. */
export async function send(element: Form): Promise<void> {
  expectStep(element, 'review');
  await next(element);
  try {
    await until(() => $(element, '.confirmation'), 10_000, 'the confirmation');
  } catch (error) {
    const summary = $(element, '.error-summary')?.textContent?.replace(/\s+/g, ' ').trim();
    throw new Error(`${(error as Error).message}: still on ${stepName(element)}${summary ? `, saying “${summary}”` : ''}`);
  }
  await settle(element);
}

/** Sets the page's language through the element's `locale` attribute and waits for it to re-render. */
export async function switchLocale(element: Form, locale: Locale): Promise<void> {
  element.setAttribute('locale', locale);
  await until(() => $(element, '.root')?.getAttribute('lang') === locale && $(element, '[data-step-heading]'), 5000, `the form in ${locale}`);
  await settle(element);
}
