/**
 * Driving `<chikaya-status-tracker>` in tests: lodging real submissions in the sandbox (through the
 * SDK, as the complaint form does) and moving them on through the back office (as an agency's
 * server does), mounting the tracker against the sandbox, reaching into its shadow root, and
 * waiting for its look-ups to finish.
 */
import '../../src/status-tracker/define.js';
import { createClient, type SubmissionInput } from '@chikaya/sdk';
import type { ChikayaStatusTracker } from '../../src/status-tracker/status-tracker.component.js';
import type { Locale } from '../../src/shared/localization.js';
import { equal, ok } from '../../../tools/browser/assert.js';
import { backOffice, citizen } from './commands.js';
import { onCleanup, platform, settle, until } from './support.js';

export type Tracker = ChikayaStatusTracker;
export const locales: readonly Locale[] = ['ar', 'fr', 'en', 'zgh'];

/** A valid tracking code (its check character is right) that no submission has. */
export const unknownCode = 'K7QM-4XPZ-RD';
/** The same code with its last character mistyped: the check character catches it. */
export const mistypedCode = 'K7QM-4XPZ-RE';

/** A month ago, `YYYY-MM-DD`: a day something may have happened on. */
export const aMonthAgo = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10);

/**
 * The personal data of the submissions the tests lodge: each value distinctive enough that finding
 * it anywhere in the tracker's shadow root means it was shown.
 */
export const personal = {
  subject: 'Extrait d’acte de naissance jamais délivré',
  description: 'J’ai demandé un extrait d’acte de naissance au guichet il y a six semaines; toujours rien malgré deux relances.',
  fullName: 'Yasmine Bennani-Tazi',
  email: 'yasmine.bennani@example.org',
  phone: '0661234509',
  nationalId: 'QK918273',
  commune: 'Martil',
} as const;

export interface Receipt {
  trackingCode: string;
  accessKey: string;
  dueDate: string;
}

const client = () => createClient({ baseUrl: platform.url });

/** Who lodges: `personal`'s identity unless a test gives another one. */
export interface Identity {
  nationalId: string;
  email: string;
  phone: string;
}

/**
 * Someone new at each call. The platform counts the same person's near-identical complaint within
 * 30 days once (a duplicate): a test whose figures must count each complaint it lodges lodges them
 * as different people.
 */
export function someoneElse(): Identity {
  const digits = (count: number) => Array.from(crypto.getRandomValues(new Uint8Array(count)), (byte) => byte % 10).join('');
  const id = crypto.randomUUID().slice(0, 8);
  return { nationalId: `ZZ${digits(6)}`, email: `someone.${id}@example.org`, phone: `06${digits(8)}` };
}

/** What the tests lodge: a submission for the test agency, of `kind`, that happened on `occurredOn`. */
function submissionInput(kind: 'complaint' | 'observation' | 'suggestion', occurredOn: string, who: Identity = personal): SubmissionInput {
  return {
    kind,
    agencyId: platform.agencyId,
    serviceId: platform.serviceId,
    location: { regionId: 'tanger-tetouan-al-hoceima', provinceId: 'tetouan', commune: personal.commune },
    subject: personal.subject,
    description: personal.description,
    occurredOn,
    complainant: {
      fullName: personal.fullName,
      ...(kind === 'complaint' ? { nationalId: who.nationalId } : {}),
      email: who.email,
      phone: who.phone,
    },
    answerLanguage: 'fr',
    consent: true,
  } as SubmissionInput;
}

/** Lodges a submission for the test agency, as its page would, and answers its receipt. */
export async function lodge(kind: 'complaint' | 'observation' | 'suggestion' = 'complaint', who: Identity = personal): Promise<Receipt> {
  const receipt = await client().submissions.create(submissionInput(kind, aMonthAgo, who));
  return { trackingCode: receipt.trackingCode, accessKey: receipt.accessKey, dueDate: receipt.dueDate };
}

/** One back-office call on a submission of the test agency, which must succeed. */
async function act(code: string, action: string, body: unknown): Promise<void> {
  const { status, body: answer } = await backOffice('POST', `/v1/back-office/submissions/${code}/${action}`, body);
  equal(status, 200, `the back office could ${action} ${code} (${JSON.stringify(answer)})`);
}

export const acknowledge = (code: string, note: string) => act(code, 'acknowledge', { note });
export const answer = (code: string, text: string, note?: string) => act(code, 'answer', { answer: text, ...(note ? { note } : {}) });
export const reject = (code: string, reason: string, note: string) => act(code, 'reject', { reason, note });
export const forward = (code: string, toAgencyId: string, note: string) => act(code, 'forward', { toAgencyId, note });

/** The words of the answers the tests give, distinctive enough to be found on screen. */
export const answerText = 'Votre extrait d’acte de naissance est disponible au bureau d’état civil de Martil depuis le 3 mars.';

/** Lodges a complaint and has the back office answer it. */
export async function answered(kind: 'complaint' | 'observation' | 'suggestion' = 'complaint'): Promise<Receipt> {
  const receipt = await lodge(kind);
  await answer(receipt.trackingCode, answerText);
  return receipt;
}

export interface Overdue extends Receipt {
  status: string;
}

/** `days` before now, as an ISO instant and as the day it falls on. */
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();

/**
 * A complaint past its due date and not answered: lodged 75 days ago (the legal timeframe is 60)
 * and taken in hand the day after, both through the platform as of those days. Made by the test,
 * so that it exists whatever day the tests run on.
 */
export async function overdueSubmission(): Promise<Overdue> {
  const lodged = daysAgo(75);
  const { status, body } = await citizen<Receipt & { status: string }>('POST', '/v1/submissions', submissionInput('complaint', lodged.slice(0, 10)), { at: lodged });
  equal(status, 201, `a complaint lodged 75 days ago (${JSON.stringify(body)})`);
  const taken = await backOffice('POST', `/v1/back-office/submissions/${body.trackingCode}/acknowledge`, { note: 'Dossier transmis au bureau 12.' }, undefined, { at: daysAgo(74) });
  equal(taken.status, 200, `the back office took it in hand 74 days ago (${JSON.stringify(taken.body)})`);
  return { trackingCode: body.trackingCode, accessKey: body.accessKey, dueDate: body.dueDate, status: 'in_progress' };
}

/** Today as the platform counts days (UTC), and whole days between two `YYYY-MM-DD`. */
export const today = () => new Date().toISOString().slice(0, 10);
export const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

// ---- the element ----------------------------------------------------------------------------

/**
 * Mounts a tracker talking to the sandbox inside a `<main>`, and (unless `wait` is false) waits
 * until its first look-up, if any, is over. `attributes` is raw markup: `code="…" access-key="…"`.
 */
export async function mountTracker(attributes = '', { api = platform.url, wait = true }: { api?: string; wait?: boolean } = {}): Promise<Tracker> {
  const main = document.createElement('main');
  main.innerHTML = `<chikaya-status-tracker api="${api}" ${attributes}></chikaya-status-tracker>`;
  document.body.append(main);
  const element = main.querySelector('chikaya-status-tracker')!;
  if (wait) await idle(element);
  return element;
}

/** Waits until the tracker shows something and no look-up is under way (the names they need loaded too). */
export async function idle(element: Tracker, timeout = 10_000): Promise<void> {
  await settle(element);
  await until(
    () => {
      const shown = element.shadowRoot?.querySelector('.root');
      return shown?.getAttribute('aria-busy') === 'false' && shown.querySelector('[data-heading]');
    },
    timeout,
    'the tracker to finish its look-up',
  );
  await settle(element);
}

export const $ = <T extends Element = HTMLElement>(element: Tracker, selector: string) => element.shadowRoot!.querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(element: Tracker, selector: string) => [...element.shadowRoot!.querySelectorAll<T>(selector)];

/** The control named `name`; for radios, the first one. */
export function control<T extends HTMLElement = HTMLInputElement>(element: Tracker, name: string): T {
  const found = $<T>(element, `[name="${name}"]`);
  ok(found, `a control named ${name}`);
  return found;
}

/** The words of a node, spaces collapsed. */
export const words = (node: Node | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

export const root = (element: Tracker) => $(element, '.root')!;
export const heading = (element: Tracker) => words($(element, '[data-heading]'));
export const focused = (element: Tracker) => element.shadowRoot!.activeElement as HTMLElement | null;
export const liveRegion = (element: Tracker) => $(element, '.root > [role="status"]');
export const summaryBox = (element: Tracker) => $(element, '.error-summary');
export const summaryLinks = (element: Tracker) => $$<HTMLAnchorElement>(element, '.error-summary a');
export const errorOf = (element: Tracker, name: string) => $(element, `#field-${name}-error`);
export const timeline = (element: Tracker) => $$(element, '.timeline > li.event');
/** The `.summary` list's rows as `term → description`. */
export function facts(element: Tracker): Record<string, string> {
  const list = $(element, 'dl[part="summary"]');
  ok(list, 'the summary of the submission');
  return Object.fromEntries([...list.querySelectorAll('dt')].map((term) => [words(term), words(term.nextElementSibling)]));
}

/** Is the look-up form on screen (and not the status of a submission)? */
export const showsLookup = (element: Tracker) => Boolean($(element, 'input[name="trackingCode"]')) && !$(element, '.summary');
/** Is a submission's public status on screen? */
export const showsStatus = (element: Tracker) => Boolean($(element, 'dl[part="summary"]'));
/** Are the details only the key opens on screen? */
export const showsDetails = (element: Tracker) => Boolean($(element, 'details[part="details"]'));

/** Types `value` into a text box or area as one input event, then (unless told) leaves the field. */
export async function fill(element: Tracker, name: string, value: string, { leave = true } = {}): Promise<void> {
  const field = control<HTMLInputElement | HTMLTextAreaElement>(element, name);
  field.value = value;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  if (leave) field.dispatchEvent(new FocusEvent('blur'));
  await settle(element);
}

/** Clicks a button by its words (exactly, after trimming). */
export async function clickButton(element: Tracker, text: string): Promise<void> {
  const button = $$<HTMLButtonElement>(element, 'button').find((candidate) => words(candidate) === text);
  ok(button, `a button “${text}” (buttons: ${$$(element, 'button').map(words).join(' | ')})`);
  button.click();
  await settle(element);
}

/** Submits the form that holds the control named `name`, with its submit button. */
export async function submit(element: Tracker, name: string): Promise<void> {
  const form = control(element, name).closest('form');
  ok(form, `a form around ${name}`);
  const button = form.querySelector<HTMLButtonElement>('button[type="submit"]');
  ok(button, `a submit button in the form of ${name}`);
  button.click();
  await settle(element);
}

/** Types a code (and a key) into the look-up form, presses Find and waits for the answer. */
export async function lookUp(element: Tracker, code: string, key?: string): Promise<void> {
  await fill(element, 'trackingCode', code);
  if (key !== undefined) await fill(element, 'accessKey', key);
  await submit(element, 'trackingCode');
  await idle(element);
}

/** Picks a radio by clicking it. */
export async function pick(element: Tracker, name: string, value: string): Promise<void> {
  const radio = $<HTMLInputElement>(element, `input[type="radio"][name="${name}"][value="${value}"]`);
  ok(radio, `a radio ${name}=${value}`);
  radio.click();
  await settle(element);
}

/** Sets the page's language through the element's `locale` attribute and waits for it to re-render. */
export async function switchLocale(element: Tracker, locale: Locale): Promise<void> {
  element.setAttribute('locale', locale);
  await until(() => $(element, '.root')?.getAttribute('lang') === locale && $(element, '[data-heading]'), 5000, `the tracker in ${locale}`);
  await settle(element);
}

/** Listens to `type` on the document (so the event must bubble out of the element) until the test ends. */
export function collect<T = Record<string, unknown>>(type: string): CustomEvent<T>[] {
  const events: CustomEvent<T>[] = [];
  const listener = (event: Event) => events.push(event as CustomEvent<T>);
  document.addEventListener(type, listener);
  onCleanup(() => document.removeEventListener(type, listener));
  return events;
}

/**
 * Puts `params` into the test page's address (keeping the runner's own, such as its session id)
 * until the test ends, when the address is put back as it was.
 */
export function setQuery(params: Record<string, string>): void {
  const original = location.href;
  const url = new URL(original);
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
  history.replaceState(history.state, '', url);
  onCleanup(() => history.replaceState(history.state, '', original));
}

/** Everything the shadow root holds that a person could read or copy: its text, its markup and the values of its controls. */
export function everythingShown(element: Tracker): string {
  const values = $$<HTMLInputElement | HTMLTextAreaElement>(element, 'input, textarea').map((field) => field.value);
  return [element.shadowRoot!.textContent, element.shadowRoot!.innerHTML, ...values].join('\n');
}
