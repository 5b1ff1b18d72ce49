/**
 * <chikaya-complaint-form>: accessibility (WCAG 2.2 AA). axe-core finds nothing in any step or
 * state, in any language, light or dark; focus goes where a screen reader user needs it; a live
 * region says what happened; the whole form works with the keyboard alone (real key presses);
 * focus is visible; nothing scrolls sideways at 320 px; reduced motion and forced colours hold.
 */
import { equal, ok } from '../../../tools/browser/assert.js';
import { afterEach, describe, it } from '../../../tools/browser/mocha.js';
import { expectNoAxeViolations } from './axe.js';
import { emulateMedia, press, setViewport, typeKeys } from './commands.js';
import {
  $,
  $$,
  back,
  chooseAgency,
  completeStep,
  control,
  expectStep,
  fill,
  focused,
  type Form,
  heading,
  locales,
  mountForm,
  next,
  pick,
  select,
  send,
  stepName,
  switchLocale,
  walkTo,
  whereLoaded,
} from './complaint-form.support.js';
import { spyOnFetch } from './fetch-spy.js';
import { activateMedia, backgroundBehind, contrast, emulatesMedia, hasMediaBlock, systemColor } from './media.js';
import { cleanup, onCleanup, platform, settle, until } from './support.js';

const preset = `agency="${platform.agencyId}" kind="complaint"`;
const stepHeading = (form: Form) => $(form, '[data-step-heading]');
const liveRegion = (form: Form) => $(form, '.root > [role="status"]');

/** Presses Tab (or Shift+Tab) until the focused control inside the form passes `test`. */
async function tabTo(form: Form, test: (element: HTMLElement) => boolean, what: string, key = 'Tab'): Promise<HTMLElement> {
  for (let presses = 0; presses < 25; presses++) {
    await press(key);
    await settle(form);
    const current = focused(form);
    if (current && test(current)) return current;
  }
  throw new Error(`${what} was not reached with ${key}`);
}

const isSubmit = (element: HTMLElement) => element instanceof HTMLButtonElement && element.type === 'submit';
const named = (name: string) => (element: HTMLElement) => element.getAttribute('name') === name;

describe('<chikaya-complaint-form> accessibility', () => {
  afterEach(cleanup);

  describe('axe-core: no violation in any step or state', () => {
    for (const locale of locales) {
      it(`in ${locale}: every step, with and without errors, the search open, a failed send and the confirmation`, async () => {
        const form = await mountForm();
        await switchLocale(form, locale);
        equal($(form, '.root')!.getAttribute('dir'), locale === 'ar' ? 'rtl' : 'ltr');
        const check = (state: string) => expectNoAxeViolations(form, `${locale}, ${state}`);

        await check('kind');
        await next(form);
        await check('kind, errors');
        await pick(form, 'kind', 'complaint');
        await next(form);
        await whereLoaded(form, { services: false });
        await check('public body, search');
        await next(form);
        await check('public body, errors');
        await fill(form, 'agencyId', 'zzzzqqq', { leave: false });
        await until(() => $(form, '.combobox + [role="status"]')?.textContent?.trim(), 5000, 'the search to answer');
        await check('public body, nothing matches');
        control(form, 'agencyId').focus();
        await fill(form, 'agencyId', 'minist', { leave: false });
        await until(() => control(form, 'agencyId').getAttribute('aria-expanded') === 'true', 5000, 'the listbox');
        await press('ArrowDown');
        await settle(form);
        await check('public body, listbox open with an active option');
        await chooseAgency(form);
        await select(form, 'location.regionId', 'oriental');
        await check('public body chosen, region chosen');
        await next(form);
        await next(form);
        await check('facts, errors');
        await completeStep(form, { kind: 'complaint' });
        await check('identity of a complaint');
        await next(form);
        await fill(form, 'complainant.phone', '123');
        await check('identity, errors');
        await completeStep(form, { kind: 'complaint' });
        expectStep(form, 'review');
        await check('review');
        const spy = spyOnFetch();
        spy.refuse = true;
        await next(form);
        await until(() => $(form, '.error-summary'), 15_000, 'the failed send');
        await check('review, send failed');
        spy.refuse = false;
        await send(form);
        await check('confirmation');

        form.closest('main')!.remove();
        const opinion = await mountForm(`agency="${platform.agencyId}" kind="observation" tracker-url="/suivi"`);
        await walkTo(opinion, 'identity', { kind: 'observation' });
        await expectNoAxeViolations(opinion, `${locale}, identity of an observation`);
        await pick(opinion, 'identify', 'yes');
        await expectNoAxeViolations(opinion, `${locale}, identity of an observation, named`);
        await walkTo(opinion, 'review', { kind: 'observation', identify: true });
        await send(opinion);
        await expectNoAxeViolations(opinion, `${locale}, confirmation with a tracker link`);
      });
    }

    it('in the dark theme: errors, the platform’s own field error, the review and the confirmation', async () => {
      const form = await mountForm(`${preset} service="banc-essai-nope" theme="dark"`);
      await check(form, 'dark, public body');
      await next(form);
      await next(form);
      await check(form, 'dark, facts, errors');
      await walkTo(form, 'review');
      await check(form, 'dark, review');
      await next(form);
      await until(() => stepName(form) === 'where', 10_000, 'the service error');
      await check(form, 'dark, the platform’s error on the service');
      await whereLoaded(form);
      await select(form, 'serviceId', platform.serviceId);
      await next(form);
      await send(form);
      await check(form, 'dark, confirmation');
    });

    it('when the system prefers dark and the page is white (Chromium emulates the preference)', async function () {
      const form = await mountForm(preset);
      if (emulatesMedia) {
        await emulateMedia({ colorScheme: 'dark' });
        onCleanup(() => emulateMedia({ colorScheme: 'light' }));
        ok(matchMedia('(prefers-color-scheme: dark)').matches);
      } else {
        activateMedia(form, '(prefers-color-scheme: dark)');
      }
      await settle(form);
      equal(getComputedStyle(document.body).backgroundColor, 'rgba(0, 0, 0, 0)', 'the page stays white');
      await next(form);
      await next(form);
      await check(form, 'system dark on a white page, errors');
    });
  });

  describe('focus', () => {
    it('is left alone when the form first renders, then moves to each step’s heading, back and forth', async () => {
      const form = await mountForm();
      equal(document.activeElement, document.body, 'the page keeps its focus on load');
      for (const step of ['where', 'facts', 'identity', 'review']) {
        await completeStep(form, { kind: 'complaint' });
        expectStep(form, step);
        equal(focused(form), stepHeading(form), `focus on the heading of ${step}`);
        equal(stepHeading(form)!.tabIndex, -1, 'focusable by script only');
      }
      await back(form);
      equal(focused(form), stepHeading(form), 'after Back');
      await next(form);
      $<HTMLButtonElement>(form, '.review-action button')!.click();
      await settle(form);
      equal(focused(form), stepHeading(form), 'after Change');
      await next(form);
      await send(form);
      equal(focused(form), stepHeading(form), 'on the confirmation');
      ok(stepHeading(form)!.textContent!.trim(), 'which says what happened');
    });

    it('moves to the error summary when a step has errors, and to the message when a send fails', async () => {
      const form = await mountForm(preset);
      await walkTo(form, 'facts');
      await next(form);
      equal(focused(form), $(form, '.error-summary'));
      await walkTo(form, 'review');
      const spy = spyOnFetch();
      spy.refuse = true;
      await next(form);
      await until(() => $(form, '.error-summary'), 15_000, 'the failed send');
      await settle(form);
      equal(focused(form), $(form, '.error-summary'));
    });
  });

  describe('live region', () => {
    it('one polite region, there from the start, says the errors, a failed send and the success with the code', async () => {
      const form = await mountForm(preset);
      const region = liveRegion(form);
      ok(region, 'a role=status region');
      equal(region.getAttribute('aria-live'), 'polite');
      equal(region.textContent!.trim(), '', 'silent at first');
      await next(form);
      await next(form);
      await until(() => region.textContent!.trim(), 2000, 'the errors to be announced');
      equal(liveRegion(form), region, 'the same region, never re-created (or it would not be heard)');
      ok(region.textContent!.includes('There is a problem'));
      await walkTo(form, 'review');
      const spy = spyOnFetch();
      spy.refuse = true;
      await next(form);
      await until(() => region.textContent!.includes('could not reach'), 15_000, 'the failed send to be announced');
      spy.refuse = false;
      await send(form);
      const code = $(form, '.code')!.textContent!.trim();
      await until(() => region.textContent!.includes(code), 2000, 'the success to be announced');
      equal(liveRegion(form), region, 'still the same region');
      ok(region.textContent!.includes('sent'));
    });
  });

  describe('keyboard', () => {
    it('the whole form, from the page to the confirmation, with real key presses only', async () => {
      const form = await mountForm();
      (document.activeElement as HTMLElement | null)?.blur();
      // The kind: Tab into the group, Space chooses, arrows change the choice.
      await press('Tab');
      equal(focused(form)?.getAttribute('name'), 'kind', 'Tab enters the form at the first question');
      await press('Space');
      await press('ArrowDown');
      await settle(form);
      equal($<HTMLInputElement>(form, 'input[name="kind"]:checked')?.value, 'observation');
      await press('ArrowUp');
      await settle(form);
      equal($<HTMLInputElement>(form, 'input[name="kind"]:checked')?.value, 'complaint');
      await tabTo(form, isSubmit, 'Continue');
      await press('Enter');
      await settle(form);
      expectStep(form, 'where');
      // The public body: the combobox.
      await tabTo(form, named('agencyId'), 'the public body');
      await typeKeys('banc');
      await until(() => control(form, 'agencyId').getAttribute('aria-expanded') === 'true', 5000, 'the listbox');
      await press('ArrowDown');
      await press('Enter');
      await settle(form);
      ok(control(form, 'agencyId').value.includes('banc'), 'chosen with Enter');
      await whereLoaded(form);
      await tabTo(form, isSubmit, 'Continue');
      await press('Enter');
      await settle(form);
      expectStep(form, 'facts');
      // The facts: Enter in a text box continues too, and the errors are reached by keyboard.
      await tabTo(form, named('subject'), 'the subject');
      await typeKeys('Acte de naissance introuvable');
      await press('Enter');
      await settle(form);
      equal(focused(form), $(form, '.error-summary'), 'the description is missing: focus on the summary');
      await tabTo(form, (element) => element instanceof HTMLAnchorElement, 'the summary link');
      await press('Enter');
      await settle(form);
      equal(focused(form)?.getAttribute('name'), 'description', 'the link takes the keyboard to the field');
      await typeKeys('Ma demande est restée sans réponse depuis un mois.');
      await tabTo(form, isSubmit, 'Continue');
      await press('Enter');
      await settle(form);
      expectStep(form, 'identity');
      // About you.
      await tabTo(form, named('complainant.fullName'), 'the full name');
      await typeKeys('Amina El Idrissi');
      await press('Tab');
      await typeKeys('AB123456');
      await tabTo(form, named('complainant.phone'), 'the phone');
      await typeKeys('0612345678');
      await tabTo(form, named('consent'), 'the consent');
      await press('Space');
      await settle(form);
      equal(control(form, 'consent').checked, true, 'Space ticks the box');
      await tabTo(form, isSubmit, 'Continue');
      await press('Enter');
      await settle(form);
      expectStep(form, 'review');
      // Send.
      await tabTo(form, isSubmit, 'Send');
      await press('Enter');
      await until(() => $(form, '.confirmation'), 10_000, 'the confirmation');
      await settle(form);
      equal(focused(form), stepHeading(form));
      // and on to the confirmation's buttons
      await tabTo(form, (element) => element instanceof HTMLButtonElement, 'the copy button');
    });

    it('shows where the focus is: a solid outline of 2 px or more, 3:1 against what is around it, on every kind of control', async () => {
      const form = await mountForm(preset);
      const seen = new Set<string>();
      const checkFocus = async (stop: (element: HTMLElement) => boolean, what: string) => {
        for (let presses = 0; presses < 25; presses++) {
          await press('Tab');
          const current = focused(form);
          if (!current) continue;
          // Chromium's date box has a stop of its own, its calendar button, inside the browser's
          // own shadow root: the box does not match :focus then, and the browser draws that ring.
          if (!current.matches(':focus')) continue;
          const style = getComputedStyle(current);
          const kind = `${current.tagName.toLowerCase()}${current instanceof HTMLInputElement ? `[${current.type}]` : ''}${current.className.includes('link-button') ? '.link' : ''}`;
          seen.add(kind);
          equal(style.outlineStyle, 'solid', `${kind} has an outline`);
          ok(parseFloat(style.outlineWidth) >= 2, `${kind}'s outline is 2 px or more (${style.outlineWidth})`);
          const ratio = contrast(style.outlineColor, backgroundBehind(current.parentElement!));
          ok(ratio >= 3, `${kind}'s outline contrasts ${ratio.toFixed(2)}:1 with its surroundings`);
          if (stop(current)) return;
        }
        throw new Error(`${what} not reached`);
      };
      await checkFocus(isSubmit, 'the public body step’s Continue');
      await next(form);
      await next(form);
      await checkFocus(isSubmit, 'the facts step’s Continue, after its summary link and its fields');
      await walkTo(form, 'identity');
      await checkFocus(isSubmit, 'the identity step’s Continue');
      await completeStep(form, { kind: 'complaint' });
      expectStep(form, 'review');
      await checkFocus(isSubmit, 'Send, after the Change buttons');
      for (const kind of ['select', 'input[text]', 'input[email]', 'input[tel]', 'input[date]', 'input[checkbox]', 'textarea', 'button', 'a', 'button.link'])
        ok(seen.has(kind), `checked a focused ${kind} (saw ${[...seen].join(', ')})`);
    });
  });

  describe('small screens and user preferences', () => {
    it('at 320 px wide nothing scrolls sideways, in any step, left to right or right to left', async () => {
      const { innerWidth: width, innerHeight: height } = window;
      await setViewport({ width: 320, height: 640 });
      onCleanup(() => setViewport({ width, height }));
      await until(() => window.innerWidth === 320, 2000, 'the 320 px viewport');
      for (const locale of ['ar', 'fr'] as const) {
        const form = await mountForm(`agency="${platform.agencyId}" tracker-url="/suivi"`);
        await switchLocale(form, locale);
        const fits = (state: string) => {
          const overflow = document.documentElement.scrollWidth - document.documentElement.clientWidth;
          ok(overflow <= 0, `${locale}, ${state}: the page scrolls ${overflow} px sideways`);
          for (const element of $$(form, '*')) {
            if (element.closest('.visually-hidden') || element.closest('[hidden]')) continue;
            const box = element.getBoundingClientRect();
            if (box.width === 0) continue;
            ok(box.left >= -0.5 && box.right <= 320.5, `${locale}, ${state}: ${element.tagName}.${element.className} spans ${box.left}–${box.right}`);
          }
        };
        fits('kind');
        await next(form);
        fits('kind, errors');
        for (const step of ['where', 'facts', 'identity', 'review'] as const) {
          await walkTo(form, step);
          if (step === 'where') {
            await whereLoaded(form);
            await select(form, 'location.regionId', 'casablanca-settat');
          }
          fits(step);
        }
        await send(form);
        fits('confirmation');
        form.closest('main')!.remove();
      }
    });

    it('prefers-reduced-motion: nothing moves, even what the page adds through ::part()', async () => {
      const style = document.createElement('style');
      style.textContent = 'chikaya-complaint-form::part(button), chikaya-complaint-form::part(input) { transition: background-color 2s, border-color 2s; }';
      document.head.append(style);
      onCleanup(() => style.remove());
      const form = await mountForm(preset);
      const button = $(form, 'button[type="submit"]')!;
      equal(getComputedStyle(button).transitionDuration, '2s, 2s', 'without the preference, the page’s transitions apply');
      ok(hasMediaBlock(form, '(prefers-reduced-motion: reduce)'), 'the element has rules for it');
      if (emulatesMedia) {
        await emulateMedia({ reducedMotion: 'reduce' });
        onCleanup(() => emulateMedia({ reducedMotion: 'no-preference' }));
        ok(matchMedia('(prefers-reduced-motion: reduce)').matches);
      } else {
        activateMedia(form, '(prefers-reduced-motion: reduce)');
      }
      for (const step of ['where', 'facts', 'identity', 'review'] as const) {
        await walkTo(form, step);
        for (const element of $$(form, '*')) {
          const computed = getComputedStyle(element);
          ok(
            computed.transitionDuration.split(',').every((duration) => parseFloat(duration) === 0),
            `${step}: ${element.tagName}.${element.className} moves for ${computed.transitionDuration}`,
          );
          equal(computed.animationName, 'none', `${step}: ${element.tagName} is animated`);
        }
      }
    });

    it('forced colours: focus, the active option, buttons, errors and the confirmation stay visible in the system’s colours', async () => {
      const form = await mountForm('kind="complaint"');
      ok(hasMediaBlock(form, '(forced-colors: active)'), 'the element has rules for forced colours');
      control(form, 'agencyId').focus();
      await fill(form, 'agencyId', 'banc', { leave: false });
      await until(() => $$(form, '[role="option"]').length > 0, 5000, 'the listbox');
      await press('ArrowDown');
      await settle(form);
      const option = $(form, '.option--active')!;
      const primary = getComputedStyle(option).backgroundColor;
      activateMedia(form, '(forced-colors: active)');
      const highlight = systemColor('Highlight');
      ok(primary !== highlight || systemColor('Canvas') === highlight, 'the test can tell the two apart');
      equal(getComputedStyle(option).backgroundColor, highlight, 'the active option in the system’s selection colour');
      equal(getComputedStyle(option).color, systemColor('HighlightText'));
      await press('Escape');
      await chooseAgency(form);
      await next(form);
      await next(form);
      // Errors are told by a border and text, which forced colours keep (not by a background).
      const field = $(form, '.field--error')!;
      ok(parseFloat(getComputedStyle(field).borderInlineStartWidth) >= 3, 'an erroneous field has its border');
      control(form, 'subject').focus();
      await press('Shift+Tab');
      await press('Tab');
      const focusedControl = focused(form)!;
      equal(getComputedStyle(focusedControl).outlineColor, highlight, 'the focus ring is the system’s Highlight');
      ok(parseFloat(getComputedStyle(focusedControl).outlineWidth) >= 2, 'and an outline, not a shadow (forced colours remove shadows)');
      for (const button of $$(form, '.button')) {
        ok(getComputedStyle(button).borderStyle === 'solid' && parseFloat(getComputedStyle(button).borderTopWidth) >= 1, 'every button has a border');
      }
      await walkTo(form, 'review');
      await send(form);
      activateMedia(form, '(forced-colors: active)');
      const panel = $(form, '.confirmation')!;
      equal(getComputedStyle(panel).borderStyle, 'solid', 'the confirmation panel is outlined');
      equal(getComputedStyle(panel).color, systemColor('CanvasText'));
    });
  });
});

async function check(form: Form, state: string): Promise<void> {
  await settle(form);
  await expectNoAxeViolations(form, state);
}
