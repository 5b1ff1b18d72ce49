/**
 * <chikaya-complaint-form>: what it does. The steps and their order, validation (on leaving a
 * field, on each step, and by the platform), the draft that survives a reload, sending once and
 * only once whatever the network does, the events, the agency search, and the language.
 */
import { createClient, trackingCodePattern } from '@chikaya/sdk';
import { errorMessage } from '../../src/shared/error-messages.js';
import { deepEqual, equal, match, notEqual, ok } from '../../../tools/browser/assert.js';
import { afterEach, describe, it } from '../../../tools/browser/mocha.js';
import { press, typeKeys } from './commands.js';
import {
  $,
  $$,
  aMonthAgo,
  back,
  control,
  errorOf,
  expectStep,
  fill,
  focused,
  type Form,
  heading,
  mountForm,
  next,
  pick,
  root,
  select,
  send,
  stepName,
  summaryLinks,
  switchLocale,
  tick,
  walkTo,
  whereLoaded,
} from './complaint-form.support.js';
import { spyOnFetch } from './fetch-spy.js';
import { cleanup, onCleanup, pause, platform, settle, until } from './support.js';

const preset = `agency="${platform.agencyId}" kind="complaint"`;

/** Listens to `type` on the document (so the event must bubble out of the element) until the test ends. */
function collect<T = Record<string, unknown>>(type: string): CustomEvent<T>[] {
  const events: CustomEvent<T>[] = [];
  const listener = (event: Event) => events.push(event as CustomEvent<T>);
  document.addEventListener(type, listener);
  onCleanup(() => document.removeEventListener(type, listener));
  return events;
}

/** The error shown beside `name`, checked to be tied to its control (aria-describedby, aria-invalid). */
function fieldError(form: Form, name: string): string {
  const error = errorOf(form, name);
  ok(error, `an error beside ${name}`);
  const field = control(form, name);
  ok(field.getAttribute('aria-describedby')?.split(' ').includes(error.id), `${name}'s aria-describedby names its error`);
  if (field.type !== 'radio') equal(field.getAttribute('aria-invalid'), 'true', `${name} is aria-invalid`);
  return error.textContent!.replace(/\s+/g, ' ').trim();
}

const reviewText = (form: Form) => $(form, 'dl.review')!.textContent!.replace(/\s+/g, ' ');

describe('<chikaya-complaint-form> behaviour', () => {
  afterEach(cleanup);

  describe('the steps', () => {
    it('lodges a complaint end to end: the platform has it, the draft is cleared', async () => {
      const form = await mountForm();
      await walkTo(form, 'review');
      await send(form);
      const code = $(form, '.code')!.textContent!.trim();
      match(code, new RegExp(trackingCodePattern));
      const status = await createClient({ baseUrl: platform.url }).submissions.status(code);
      equal(status.agencyId, platform.agencyId);
      equal(status.kind, 'complaint');
      equal(sessionStorage.length, 0, 'the draft is cleared');
    });

    it('sends an observation without any identity', async () => {
      const form = await mountForm(`agency="${platform.agencyId}"`);
      const submits = collect<{ input: Record<string, unknown> }>('chikaya-submit');
      await walkTo(form, 'review', { kind: 'observation' });
      ok(reviewText(form).length > 0);
      await send(form);
      equal(submits.length, 1);
      equal(submits[0]!.detail.input.kind, 'observation');
      equal('complainant' in submits[0]!.detail.input, false, 'no complainant in the body');
    });

    it('Back returns to the previous step with its answers', async () => {
      const form = await mountForm(`agency="${platform.agencyId}"`);
      await walkTo(form, 'facts');
      await fill(form, 'subject', 'Guichet fermé le matin');
      await back(form);
      expectStep(form, 'where');
      await back(form);
      expectStep(form, 'kind');
      equal($<HTMLInputElement>(form, 'input[name="kind"][value="complaint"]')!.checked, true);
      await next(form);
      await next(form);
      equal(control(form, 'subject').value, 'Guichet fermé le matin');
    });

    it('each “Change” of the review leads to its step, and continuing returns to the review', async () => {
      const form = await mountForm();
      await walkTo(form, 'review');
      const changes: [string, string, () => Promise<void>, string][] = [
        ['Subject', 'facts', () => fill(form, 'subject', 'Guichet fermé le matin'), 'Guichet fermé le matin'],
        ['About you', 'identity', () => fill(form, 'complainant.phone', '0522123456'), '0522123456'],
        [
          'Where',
          'where',
          async () => {
            // A commune goes with its region (alone, the region is asked for: see "nothing lost").
            await select(form, 'location.regionId', 'tanger-tetouan-al-hoceima');
            await fill(form, 'location.commune', 'Tétouan');
          },
          'Tétouan',
        ],
        ['Kind', 'kind', () => pick(form, 'kind', 'complaint'), 'Complaint'],
      ];
      for (const [term, step, change, shown] of changes) {
        const button = $$<HTMLButtonElement>(form, '.review-action button').find((candidate) => candidate.textContent!.includes(term));
        ok(button, `a Change button for ${term}`);
        button.click();
        await settle(form);
        expectStep(form, step);
        await change();
        await next(form);
        expectStep(form, 'review');
        ok(reviewText(form).includes(shown), `the review shows ${shown}`);
      }
    });

    it('a change that calls for more answers leads to them before the review (an observation become a complaint needs the CIN)', async () => {
      const form = await mountForm(`agency="${platform.agencyId}"`);
      await walkTo(form, 'review', { kind: 'observation' });
      const change = $$<HTMLButtonElement>(form, '.review-action button').find((button) => button.textContent!.includes('Kind'))!;
      change.click();
      await settle(form);
      await pick(form, 'kind', 'complaint');
      await next(form);
      expectStep(form, 'identity');
      equal($$(form, '.error-summary').length, 0, 'no errors before the user has had a chance to answer');
      await fill(form, 'complainant.fullName', 'Amina El Idrissi');
      await fill(form, 'complainant.nationalId', 'AB123456');
      await fill(form, 'complainant.phone', '0612345678');
      await next(form);
      expectStep(form, 'review');
    });
  });

  describe('validation', () => {
    it('continuing without choosing the kind shows a summary whose link focuses the first radio', async () => {
      const form = await mountForm();
      await next(form);
      expectStep(form, 'kind');
      const summary = $(form, '.error-summary')!;
      equal(focused(form), summary, 'focus moves to the summary');
      const [link] = summaryLinks(form);
      equal(link?.textContent?.trim(), errorMessage('kind', 'required'));
      link!.click();
      equal(focused(form), $(form, 'input[name="kind"]'), 'the first radio');
      const fieldset = $(form, 'fieldset')!;
      ok(fieldset.getAttribute('aria-describedby')?.split(' ').includes(errorOf(form, 'kind')!.id), 'the group is described by its error');
    });

    it('checks a field when the user leaves it, beside the field, and clears the error as soon as it is corrected', async () => {
      const form = await mountForm(preset);
      await walkTo(form, 'facts');
      await fill(form, 'subject', 'Abc');
      equal(fieldError(form, 'subject'), `Error: ${errorMessage('subject', 'too_short')}`);
      equal($$(form, '.error-summary').length, 0, 'no summary before the user continues');
      await fill(form, 'subject', 'Abcdef', { leave: false });
      equal(errorOf(form, 'subject'), null, 'corrected: the error goes at once');
      equal(control(form, 'subject').getAttribute('aria-invalid'), 'false');
    });

    it('refuses invisible text, hidden characters and days outside the platform, in the user’s language, before sending', async () => {
      const form = await mountForm(`${preset} locale="fr"`);
      // The prefix ("Erreur :") is localized too: compare the message.
      const shows = (element: Form, field: string, code: string) => ok(fieldError(element, field).endsWith(errorMessage(field, code)), `${field}: ${code}`);
      await walkTo(form, 'facts');
      const spy = spyOnFetch();
      onCleanup(spy.restore);
      await fill(form, 'subject', '\u200b\u3164\u2800\u200b\u200b\u200b');
      shows(form, 'subject', 'no_visible_text');
      await fill(form, 'subject', 'Carte \u202eeudrep');
      shows(form, 'subject', 'invalid_characters');
      await fill(form, 'description', '\u200b'.repeat(30));
      shows(form, 'description', 'no_visible_text');
      await fill(form, 'occurredOn', '2017-12-31');
      shows(form, 'occurredOn', 'too_small');
      notEqual(errorMessage('occurredOn', 'too_small'), errorMessage('occurredOn', 'too_big'));
      match(errorMessage('subject', 'invalid_characters'), /copier-coller/, 'in French');
      await fill(form, 'subject', 'Carte non délivrée');
      await fill(form, 'occurredOn', '2018-01-01');
      equal(errorOf(form, 'subject'), null);
      equal(errorOf(form, 'occurredOn'), null);
      equal(spy.submissions.length, 0, 'nothing was sent');
    });

    it('says nothing about a field left empty until the user continues', async () => {
      const form = await mountForm(preset);
      await walkTo(form, 'facts');
      await fill(form, 'subject', '');
      equal(errorOf(form, 'subject'), null);
      await next(form);
      ok(errorOf(form, 'subject'), 'an error once the user continues');
    });

    it('accepts Moroccan phone numbers in their usual spellings and refuses others', async () => {
      const form = await mountForm(preset);
      await walkTo(form, 'identity');
      for (const phone of ['0612345678', '+212612345678', '06 12 34 56 78', '06.12.34.56.78', '0522-12-34-56', '0712345678']) {
        await fill(form, 'complainant.phone', phone);
        equal(errorOf(form, 'complainant.phone'), null, `${phone} is accepted`);
      }
      for (const phone of ['0812345678', '+33612345678', '061234567', '00212612345678']) {
        await fill(form, 'complainant.phone', phone);
        equal(fieldError(form, 'complainant.phone'), `Error: ${errorMessage('complainant.phone', 'invalid_format')}`, `${phone} is refused`);
      }
    });

    it('checks the email address and the national ID (CIN) format', async () => {
      const form = await mountForm(preset);
      await walkTo(form, 'identity');
      await fill(form, 'complainant.email', 'amina@');
      equal(fieldError(form, 'complainant.email'), `Error: ${errorMessage('complainant.email', 'invalid_format')}`);
      await fill(form, 'complainant.email', 'amina@example.ma');
      equal(errorOf(form, 'complainant.email'), null);
      for (const cin of ['123456', 'ABC123', 'AB1234567']) {
        await fill(form, 'complainant.nationalId', cin);
        equal(fieldError(form, 'complainant.nationalId'), `Error: ${errorMessage('complainant.nationalId', 'invalid_format')}`, `${cin} is refused`);
      }
      for (const cin of ['AB123456', 'j12345', 'X1']) {
        await fill(form, 'complainant.nationalId', cin);
        equal(errorOf(form, 'complainant.nationalId'), null, `${cin} is accepted`);
      }
    });

    it('a complaint needs a name, a national ID, an email or a phone, and consent: a summary links to each field', async () => {
      const form = await mountForm(preset);
      await walkTo(form, 'identity');
      await next(form);
      expectStep(form, 'identity');
      const summary = $(form, '.error-summary')!;
      ok(summary, 'an error summary');
      equal(focused(form), summary, 'focus moves to the summary');
      const links = summaryLinks(form);
      deepEqual(
        links.map((link) => link.textContent!.trim()).sort(),
        [
          errorMessage('complainant', 'contact_required'),
          errorMessage('complainant.fullName', 'too_short'),
          errorMessage('complainant.nationalId', 'required'),
          errorMessage('consent', 'invalid_value'),
        ].sort(),
      );
      const targets: Record<string, string> = {
        [errorMessage('complainant', 'contact_required')]: 'complainant.email',
        [errorMessage('complainant.fullName', 'too_short')]: 'complainant.fullName',
        [errorMessage('complainant.nationalId', 'required')]: 'complainant.nationalId',
        [errorMessage('consent', 'invalid_value')]: 'consent',
      };
      for (const link of summaryLinks(form)) {
        const expected = targets[link.textContent!.trim()];
        ok(expected, `an expected error: ${link.textContent}`);
        link.click();
        equal(focused(form)?.getAttribute('name'), expected, `“${link.textContent!.trim()}” focuses ${expected}`);
        equal(document.activeElement, form, 'the page’s focus is in the form');
      }
      // Each error also stands beside its field, tied to it.
      fieldError(form, 'complainant.fullName');
      fieldError(form, 'complainant.nationalId');
      fieldError(form, 'consent');
      ok(fieldError(form, 'complainant.email').includes(errorMessage('complainant', 'contact_required')), 'email or phone, told at the email');
      // A phone alone is a way to answer.
      await fill(form, 'complainant.fullName', 'Amina El Idrissi');
      await fill(form, 'complainant.nationalId', 'AB123456');
      await fill(form, 'complainant.phone', '0612345678');
      await tick(form, 'consent');
      await next(form);
      expectStep(form, 'review');
    });

    it('the summary’s link to the public body focuses the search box; text not chosen from the list is refused', async () => {
      const form = await mountForm('kind="suggestion"');
      await next(form);
      const [link] = summaryLinks(form);
      equal(link?.textContent?.trim(), errorMessage('agencyId', 'required'));
      link!.click();
      equal(focused(form), control(form, 'agencyId'));
      await fill(form, 'agencyId', 'Ministère imaginaire', { leave: false });
      await next(form);
      expectStep(form, 'where');
      equal(summaryLinks(form)[0]?.textContent?.trim(), errorMessage('agencyId', 'unknown_agency'));
      ok(fieldError(form, 'agencyId').includes(errorMessage('agencyId', 'unknown_agency')));
    });

    it('the platform’s field errors land on their field: an unknown preset service leads back to the service, in the user’s words', async () => {
      const form = await mountForm(`${preset} service="banc-essai-nope"`);
      const errors = collect<{ code: string }>('chikaya-error');
      await walkTo(form, 'review');
      await next(form);
      await until(() => stepName(form) === 'where', 10_000, 'the step of the service');
      deepEqual(errors.map((event) => event.detail.code), ['validation_failed']);
      const message = errorMessage('serviceId', 'unknown_service');
      deepEqual(summaryLinks(form).map((link) => link.textContent!.trim()), [message]);
      equal(form.shadowRoot!.textContent!.includes('Some fields are invalid'), false, 'never the platform’s English');
      equal(focused(form), $(form, '.error-summary'), 'focus on the summary');
      equal(fieldError(form, 'serviceId'), `Error: ${message}`);
      summaryLinks(form)[0]!.click();
      equal(focused(form), control(form, 'serviceId'));
      await whereLoaded(form);
      await select(form, 'serviceId', platform.serviceId);
      await next(form);
      expectStep(form, 'review');
      await send(form);
    });
  });

  describe('nothing lost', () => {
    it('a commune typed without its region is not dropped: the region is asked for, then the place goes with the rest', async () => {
      const form = await mountForm(`agency="${platform.agencyId}" kind="suggestion" locale="en"`);
      await whereLoaded(form);
      await fill(form, 'location.commune', 'Martil');
      await next(form);
      equal(stepName(form), 'where', 'the step stays: the place would be lost');
      const summary = $$(form, '.error-summary a').map((link) => link.textContent?.trim());
      deepEqual(summary, ['Choose the region where it happened, or leave the place empty']);
      await select(form, 'location.regionId', 'tanger-tetouan-al-hoceima');
      await next(form);
      equal(stepName(form), 'facts', 'with its region, the place is complete');
    });

    it('keeps every answer but the national ID in sessionStorage, and restores them in a re-created form', async () => {
      const form = await mountForm(`agency="${platform.agencyId}"`);
      await pick(form, 'kind', 'complaint');
      await next(form);
      await whereLoaded(form);
      await select(form, 'serviceId', platform.serviceId);
      await select(form, 'location.regionId', 'tanger-tetouan-al-hoceima');
      await select(form, 'location.provinceId', 'tetouan');
      await fill(form, 'location.commune', 'Martil');
      await next(form);
      await fill(form, 'subject', 'Acte de naissance introuvable');
      await fill(form, 'description', 'Ma demande déposée il y a un mois est restée sans réponse, malgré deux relances.');
      await fill(form, 'occurredOn', aMonthAgo);
      await next(form);
      await fill(form, 'complainant.fullName', 'Amina El Idrissi');
      await fill(form, 'complainant.nationalId', 'QZ987654');
      await fill(form, 'complainant.email', 'amina@example.ma');
      await fill(form, 'complainant.phone', '0612345678');
      await select(form, 'answerLanguage', 'zgh');
      await tick(form, 'consent');
      const stored = Object.keys(sessionStorage).map((key) => sessionStorage.getItem(key)).join('\n');
      ok(stored.includes('Martil') && stored.includes('amina@example.ma'), 'the answers are kept as typed');
      equal(stored.includes('QZ987654'), false, 'never the national ID');

      form.closest('main')!.remove();
      const again = await mountForm(`agency="${platform.agencyId}"`);
      equal($<HTMLInputElement>(again, 'input[name="kind"][value="complaint"]')!.checked, true);
      await next(again);
      await whereLoaded(again);
      equal(control<HTMLSelectElement>(again, 'serviceId').value, platform.serviceId);
      equal(control<HTMLSelectElement>(again, 'location.regionId').value, 'tanger-tetouan-al-hoceima');
      equal(control<HTMLSelectElement>(again, 'location.provinceId').value, 'tetouan');
      equal(control(again, 'location.commune').value, 'Martil');
      await next(again);
      equal(control(again, 'subject').value, 'Acte de naissance introuvable');
      match(control(again, 'description').value, /deux relances/);
      equal(control(again, 'occurredOn').value, aMonthAgo);
      await next(again);
      equal(control(again, 'complainant.fullName').value, 'Amina El Idrissi');
      equal(control(again, 'complainant.nationalId').value, '', 'the national ID is typed again');
      equal(control(again, 'complainant.email').value, 'amina@example.ma');
      equal(control(again, 'complainant.phone').value, '0612345678');
      equal(control<HTMLSelectElement>(again, 'answerLanguage').value, 'zgh');
      equal(control(again, 'consent').checked, true);
    });

    it('keeps one draft per agency', async () => {
      const first = await mountForm(`agency="${platform.agencyId}" kind="complaint"`);
      await walkTo(first, 'facts');
      await fill(first, 'subject', 'Pour le banc d’essai');
      first.closest('main')!.remove();
      const other = await mountForm('agency="mrafp" kind="complaint"');
      await next(other);
      equal(control(other, 'subject').value, '', 'another agency’s form starts empty');
      other.closest('main')!.remove();
      const back = await mountForm(`agency="${platform.agencyId}" kind="complaint"`);
      await next(back);
      equal(control(back, 'subject').value, 'Pour le banc d’essai');
    });

    it('keeps the national ID when the page moves the form elsewhere in the document', async () => {
      const form = await mountForm(preset);
      await walkTo(form, 'identity');
      await fill(form, 'complainant.nationalId', 'AB123456');
      const aside = document.createElement('aside');
      document.body.append(aside);
      aside.append(form);
      await settle(form);
      expectStep(form, 'identity');
      equal(control(form, 'complainant.nationalId').value, 'AB123456');
    });

    it('a dropped response keeps everything, says so, and “Send again” lodges once, with the same Idempotency-Key', async () => {
      const form = await mountForm(preset);
      await walkTo(form, 'review');
      const errors = collect<{ code: string }>('chikaya-error');
      const spy = spyOnFetch();
      spy.dropResponses = true;
      await next(form);
      await until(() => $(form, '.error-summary'), 15_000, 'the failure to be told');
      expectStep(form, 'review');
      deepEqual(errors.map((event) => event.detail.code), ['network_error']);
      ok($(form, '.error-summary')!.textContent!.includes('your answers are kept'), 'says what happened');
      ok(reviewText(form).includes('Acte de naissance introuvable'), 'the answers are still there');
      ok(Object.keys(sessionStorage).length > 0, 'and still kept');
      const dropped = spy.submissions.length;
      ok(dropped >= 1, 'the request reached the platform');
      ok(spy.submissions.every((exchange) => exchange.status === 201 && exchange.dropped), 'and was lodged, but its answer lost');
      match($(form, 'button[type="submit"]')!.textContent!, /Send again/);

      spy.dropResponses = false;
      await send(form);
      const posts = spy.submissions;
      equal(posts.length, dropped + 1, 'one more POST');
      const key = posts[0]!.idempotencyKey;
      ok(key && key.length >= 8, 'an Idempotency-Key');
      ok(posts.every((post) => post.idempotencyKey === key), `every POST carried the same key: ${posts.map((post) => post.idempotencyKey).join(', ')}`);
      equal(posts[0]!.replayed, 'false', 'the first lodged it');
      equal(posts.at(-1)!.replayed, 'true', 'the last one was answered from the first');
      spy.restore();
      const code = $(form, '.code')!.textContent!.trim();
      equal((await createClient({ baseUrl: platform.url }).submissions.status(code)).agencyId, platform.agencyId);
    });

    it('a double click sends one request', async () => {
      const form = await mountForm(preset);
      await walkTo(form, 'review');
      const spy = spyOnFetch();
      const button = $<HTMLButtonElement>(form, 'form button[type="submit"]')!;
      button.click();
      button.click();
      await until(() => $(form, '.confirmation'), 10_000, 'the confirmation');
      equal(spy.submissions.length, 1);
    });

    it('a click while sending (the button says so) sends nothing more', async () => {
      const form = await mountForm(preset);
      await walkTo(form, 'review');
      const spy = spyOnFetch();
      spy.delay = 400;
      await next(form);
      const button = $<HTMLButtonElement>(form, 'form button[type="submit"]')!;
      equal(button.getAttribute('aria-disabled'), 'true', 'the button says it is sending');
      button.click();
      button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
      $<HTMLFormElement>(form, 'form')!.requestSubmit();
      await until(() => $(form, '.confirmation'), 10_000, 'the confirmation');
      equal(spy.submissions.length, 1);
    });
  });

  describe('events', () => {
    it('chikaya-submit is cancelable, bubbles out of the shadow root with the API body, and when cancelled nothing is sent', async () => {
      const form = await mountForm(preset);
      await walkTo(form, 'review');
      const spy = spyOnFetch();
      const submits = collect<{ input: Record<string, unknown> }>('chikaya-submit');
      const cancel = (event: Event) => event.preventDefault();
      form.addEventListener('chikaya-submit', cancel);
      await next(form);
      await pause(200);
      equal(submits.length, 1);
      const event = submits[0]!;
      ok(event.bubbles && event.composed && event.cancelable, 'bubbling, composed, cancelable');
      equal(event.detail.input.agencyId, platform.agencyId);
      equal((event.detail.input.complainant as Record<string, unknown>).nationalId, 'AB123456');
      equal(spy.submissions.length, 0, 'no POST');
      expectStep(form, 'review');
      form.removeEventListener('chikaya-submit', cancel);
      await send(form);
      equal(spy.submissions.length, 1);
    });

    it('chikaya-submitted tells the tracking code, the due date, the kind and the agency', async () => {
      const form = await mountForm(`agency="${platform.agencyId}" kind="suggestion"`);
      const submitted = collect<{ trackingCode: string; dueDate: string; kind: string; agencyId: string }>('chikaya-submitted');
      await walkTo(form, 'review', { kind: 'suggestion' });
      await send(form);
      equal(submitted.length, 1);
      const event = submitted[0]!;
      ok(event.bubbles && event.composed, 'bubbling and composed');
      deepEqual(Object.keys(event.detail).sort(), ['agencyId', 'dueDate', 'kind', 'trackingCode']);
      equal(event.detail.trackingCode, $(form, '.code')!.textContent!.trim());
      equal(event.detail.kind, 'suggestion');
      equal(event.detail.agencyId, platform.agencyId);
      match(event.detail.dueDate, /^\d{4}-\d{2}-\d{2}$/);
      ok(event.detail.dueDate > new Date().toISOString().slice(0, 10), 'in the future');
    });

    it('chikaya-error tells a stable code when the platform cannot be reached', async () => {
      const form = await mountForm(preset);
      await walkTo(form, 'review');
      const errors = collect<{ code: string }>('chikaya-error');
      const spy = spyOnFetch();
      spy.refuse = true;
      await next(form);
      await until(() => errors.length > 0, 15_000, 'chikaya-error');
      ok(errors[0]!.bubbles && errors[0]!.composed, 'bubbling and composed');
      deepEqual(errors[0]!.detail, { code: 'network_error' });
    });
  });

  describe('presets set after the element connected', () => {
    it('an agency set later loads that agency: its services, and no search box', async () => {
      const form = await mountForm('kind="complaint"');
      ok(control(form, 'agencyId'), 'the search box while no agency is preset');
      form.setAttribute('agency', platform.agencyId);
      await settle(form);
      await until(() => $$(form, 'select[name="serviceId"] option').length > 1, 5000, 'the services');
      equal($(form, 'input[name="agencyId"]'), null, 'no search box once the agency is preset');
      ok($$(form, 'select[name="serviceId"] option').some((option) => option.getAttribute('value') === platform.serviceId));
    });
  });

  describe('right to left', () => {
    it('keeps numbers and codes in their order inside Arabic text', async () => {
      const form = await mountForm(`locale="ar" agency="${platform.agencyId}" kind="complaint"`);
      await walkTo(form, 'identity');
      const isolates = $$(form, `#${'field-complainant-phone'}-hint bdi`).map((bdi) => bdi.textContent);
      ok(isolates.includes('+212612345678'), `isolated: ${JSON.stringify(isolates)}`);
      equal(root(form).getAttribute('dir'), 'rtl');
    });
  });

  describe('the agency search', () => {
    it('opens a listbox as the user types; arrows move through it, Enter chooses, Escape closes', async () => {
      const form = await mountForm('kind="complaint"');
      const box = control(form, 'agencyId');
      box.focus();
      await typeKeys('minist');
      await until(() => box.getAttribute('aria-expanded') === 'true', 5000, 'the listbox to open');
      const options = $$(form, '[role="option"]');
      ok(options.length >= 2, 'several ministries');
      equal($(form, '[role="listbox"]')!.hidden, false);
      await press('ArrowDown');
      await settle(form);
      equal(box.getAttribute('aria-activedescendant'), options[0]!.id);
      equal(options[0]!.getAttribute('aria-selected'), 'true');
      await press('ArrowDown');
      await settle(form);
      equal(box.getAttribute('aria-activedescendant'), options[1]!.id);
      await press('ArrowUp');
      await settle(form);
      equal(box.getAttribute('aria-activedescendant'), options[0]!.id);
      equal(focused(form), box, 'focus stays in the text box');
      const name = options[0]!.textContent!.replace(/\s+/g, ' ').trim();
      await press('Enter');
      await settle(form);
      expectStep(form, 'where');
      equal(box.getAttribute('aria-expanded'), 'false');
      ok(name.startsWith(box.value), `the box shows the chosen body (${box.value})`);
      await until(() => !control<HTMLSelectElement>(form, 'serviceId').disabled, 5000, 'its services');

      box.select();
      await typeKeys('banc');
      await until(() => box.getAttribute('aria-expanded') === 'true', 5000, 'the listbox to open again');
      await press('Escape');
      await settle(form);
      equal(box.getAttribute('aria-expanded'), 'false');
      equal($(form, '[role="listbox"]')!.hidden, true);
    });

    it('says when nothing matches, without an empty listbox', async () => {
      const form = await mountForm('kind="complaint"');
      await fill(form, 'agencyId', 'zzzzqqq', { leave: false });
      await until(() => $(form, '.combobox + [role="status"]')?.textContent?.trim(), 5000, 'the search to answer');
      equal(control(form, 'agencyId').getAttribute('aria-expanded'), 'false');
      equal($(form, '[role="listbox"]')!.hidden, true);
    });
  });

  describe('the description’s count and the language', () => {
    it('counts the characters left as the user types, and announces it once typing pauses', async () => {
      const form = await mountForm(preset);
      await walkTo(form, 'facts');
      const count = $(form, '.count')!;
      const live = $(form, '.count ~ [aria-live], [aria-live="polite"]')!;
      await fill(form, 'description', 'x'.repeat(10), { leave: false });
      match(count.textContent!, /4,990/);
      equal(live.textContent!.trim(), '', 'not announced at every key');
      await until(() => live.textContent!.includes('4,990'), 3000, 'the announcement');
      await fill(form, 'description', 'x'.repeat(5003), { leave: false });
      match(count.textContent!, /\b3\b.*too many/);
    });

    it('speaks the user’s language: headings and errors in Arabic, French and Tamazight (Tifinagh), not English', async () => {
      const form = await mountForm();
      const english = { heading: heading(form), error: errorMessage('kind', 'required') };
      const scripts: Record<string, RegExp> = { ar: /[\u0600-\u06ff]/, zgh: /[\u2d30-\u2d7f]/, fr: /[a-zé]/i };
      for (const locale of ['ar', 'fr', 'zgh'] as const) {
        await switchLocale(form, locale);
        await next(form);
        const shown = summaryLinks(form)[0]!.textContent!.trim();
        equal(shown, errorMessage('kind', 'required'), `${locale}: the message of the active language`);
        notEqual(shown, english.error, `${locale}: the error is translated`);
        notEqual(heading(form), english.heading, `${locale}: the heading is translated`);
        match(`${heading(form)} ${shown}`, scripts[locale]!, `${locale}: in its script`);
      }
    });

    it('switches language when the `locale` attribute changes, keeping the answers', async () => {
      const form = await mountForm(preset);
      await walkTo(form, 'facts');
      await fill(form, 'subject', 'Guichet fermé');
      await switchLocale(form, 'ar');
      equal(root(form).getAttribute('dir'), 'rtl');
      expectStep(form, 'facts');
      equal(control(form, 'subject').value, 'Guichet fermé');
      await switchLocale(form, 'fr');
      equal(root(form).getAttribute('dir'), 'ltr');
      equal(control(form, 'subject').value, 'Guichet fermé');
      notEqual(root(form).getAttribute('lang'), 'ar');
    });
  });

  describe('the confirmation', () => {
    it('copies the code and the key, announces it, and prints', async () => {
      const form = await mountForm(preset);
      await walkTo(form, 'review');
      await send(form);
      const copied: string[] = [];
      const clipboard = navigator.clipboard;
      Object.defineProperty(clipboard, 'writeText', { configurable: true, value: async (text: string) => void copied.push(text) });
      onCleanup(() => void delete (clipboard as unknown as Record<string, unknown>).writeText);
      let printed = 0;
      const print = window.print;
      window.print = () => void printed++;
      onCleanup(() => void (window.print = print));
      const [copy, printButton] = $$<HTMLButtonElement>(form, '.actions button');
      copy!.click();
      await until(() => copied.length > 0, 2000, 'the copy');
      const code = $(form, '.code')!.textContent!.trim();
      const key = $(form, '.key')!.textContent!.trim();
      ok(copied[0]!.includes(code) && copied[0]!.includes(key), 'the code and the key');
      await until(() => $$(form, '[role="status"]').some((status) => status.textContent!.includes('Copied')), 2000, 'the announcement');
      printButton!.click();
      equal(printed, 1);
    });
  });
});
