/**
 * <chikaya-complaint-form> in real browsers against the sandbox: the steps, validation, the draft,
 * a real submission, and the faults that must lose nothing and lodge nothing twice.
 */
import '../../src/complaint-form/define.js';
import { createClient, trackingCodePattern } from '@chikaya/sdk';
import type { ChikayaComplaintForm } from '../../src/complaint-form/complaint-form.component.js';
import { equal, match, ok } from '../../../tools/browser/assert.js';
import { afterEach, describe, it } from '../../../tools/browser/mocha.js';
import { cleanup, mount, platform, settle, until } from './support.js';

const form = (attributes = '') =>
  mount<ChikayaComplaintForm>(`<chikaya-complaint-form api="${platform.url}" ${attributes}></chikaya-complaint-form>`);

const $ = <T extends Element = HTMLElement>(element: ChikayaComplaintForm, selector: string) =>
  element.shadowRoot!.querySelector<T & HTMLElement>(selector);

async function type(element: ChikayaComplaintForm, name: string, value: string): Promise<void> {
  const control = $<HTMLInputElement>(element, `[name="${name}"]`)!;
  control.value = value;
  control.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  control.dispatchEvent(new FocusEvent('blur'));
  await settle(element);
}

async function choose(element: ChikayaComplaintForm, name: string, value: string): Promise<void> {
  const control = element.shadowRoot!.querySelector<HTMLInputElement | HTMLSelectElement>(
    `input[name="${name}"][value="${value}"], select[name="${name}"]`,
  )!;
  if (control instanceof HTMLSelectElement) control.value = value;
  else control.checked = true;
  control.dispatchEvent(new Event('change', { bubbles: true }));
  await settle(element);
}

async function next(element: ChikayaComplaintForm): Promise<void> {
  $<HTMLButtonElement>(element, 'button[type="submit"]')!.click();
  await settle(element);
}

const heading = (element: ChikayaComplaintForm) => $(element, '[data-step-heading]')?.textContent?.trim();

describe('<chikaya-complaint-form>', () => {
  afterEach(cleanup);

  it('starts with the kind, one question in a fieldset', async () => {
    const element = form();
    await settle(element);
    equal(heading(element), 'What would you like to send?');
    equal(element.shadowRoot!.querySelectorAll('fieldset input[type="radio"][name="kind"]').length, 3);
  });

  it('says what is missing in an error summary whose links focus the field inside the shadow root', async () => {
    const element = form();
    await settle(element);
    await next(element);
    const summary = $(element, '.error-summary')!;
    ok(summary, 'an error summary');
    equal(element.shadowRoot!.activeElement, summary, 'focus moves to the summary');
    const link = summary.querySelector('a')!;
    match(link.textContent!, /Choose whether this is a complaint/);
    link.click();
    equal(element.shadowRoot!.activeElement?.getAttribute('name'), 'kind');
  });

  it('lodges a complaint end to end and shows the tracking code, the key and the due date', async () => {
    const element = form(`agency="${platform.agencyId}" kind="complaint"`);
    let submitted: CustomEvent | null = null;
    document.addEventListener('chikaya-submitted', (event) => (submitted = event as CustomEvent), { once: true });
    await settle(element, 300);
    equal(heading(element)?.includes('Your message to'), true);
    await next(element);
    await type(element, 'subject', 'Acte de naissance introuvable');
    await type(element, 'description', 'Ma demande d’acte de naissance déposée il y a un mois est restée sans réponse.');
    await next(element);
    equal(heading(element), 'About you');
    await type(element, 'complainant.fullName', 'Amina El Idrissi');
    await type(element, 'complainant.nationalId', 'ab123456');
    await type(element, 'complainant.phone', '06 12 34 56 78');
    const consent = $<HTMLInputElement>(element, 'input[name="consent"]')!;
    consent.checked = true;
    consent.dispatchEvent(new Event('change'));
    await settle(element);
    await next(element);
    equal(heading(element), 'Check your answers before sending');
    await next(element);
    await until(() => $(element, '.code'), 10000, 'the confirmation');
    const code = $(element, '.code')!.textContent!.trim();
    match(code, new RegExp(trackingCodePattern));
    ok(submitted, 'chikaya-submitted was dispatched');
    equal((submitted as unknown as CustomEvent).detail.trackingCode, code);
    const status = await createClient({ baseUrl: platform.url }).submissions.status(code);
    equal(status.agencyId, platform.agencyId);
    equal(sessionStorage.length, 0, 'the draft is cleared');
  });
});
