/**
 * <chikaya-status-tracker>: accessibility (WCAG 2.2 AA). axe-core finds nothing in any state, in
 * any language, light or dark; focus goes to the heading after a look-up and to the summary after
 * an error, and the summary's links reach the fields inside the shadow root; one live region says
 * what happened; the whole tracker works with real key presses; focus is visible; Arabic reads
 * right to left; nothing scrolls sideways at 320 px.
 */
import { createClient } from '@chikaya/sdk';
import { equal, ok } from '../../../tools/browser/assert.js';
import { afterEach, describe, it } from '../../../tools/browser/mocha.js';
import { expectNoAxeViolations } from './axe.js';
import { emulateMedia, press, setViewport, typeKeys } from './commands.js';
import { problemResponse, spyOnFetch } from './fetch-spy.js';
import { activateMedia, backgroundBehind, contrast, emulatesMedia } from './media.js';
import {
  $,
  $$,
  acknowledge,
  answered,
  clickButton,
  control,
  fill,
  focused,
  idle,
  liveRegion,
  lodge,
  locales,
  lookUp,
  mistypedCode,
  mountTracker,
  overdueSubmission,
  reject,
  root,
  showsDetails,
  showsStatus,
  submit,
  summaryBox,
  summaryLinks,
  timeline,
  type Tracker,
  unknownCode,
  words,
} from './status-tracker.support.js';
import { cleanup, onCleanup, platform, settle, until } from './support.js';

const client = () => createClient({ baseUrl: platform.url });
const headingOf = (tracker: Tracker) => $(tracker, '[data-heading]');

async function check(tracker: Tracker, state: string): Promise<void> {
  await settle(tracker);
  await expectNoAxeViolations(tracker, state);
}

/** Presses Tab (or Shift+Tab) until the focused control inside the tracker passes `test`. */
async function tabTo(tracker: Tracker, test: (element: HTMLElement) => boolean, what: string, key = 'Tab'): Promise<HTMLElement> {
  for (let presses = 0; presses < 30; presses++) {
    await press(key);
    await settle(tracker);
    const current = focused(tracker);
    if (current && test(current)) return current;
  }
  throw new Error(`${what} was not reached with ${key}`);
}

const named = (name: string) => (element: HTMLElement) => element.getAttribute('name') === name;
const saying = (text: string) => (element: HTMLElement) => words(element) === text;

/** Opens the `<details>` of the submission as lodged, as a user would to read it. */
async function openDetails(tracker: Tracker): Promise<void> {
  const details = $<HTMLDetailsElement>(tracker, 'details[part="details"]')!;
  details.open = true;
  await settle(tracker);
}

describe('<chikaya-status-tracker> accessibility', () => {
  afterEach(cleanup);

  describe('axe-core: no violation in any state', () => {
    for (const locale of locales) {
      it(`in ${locale}: the look-up and its errors, loading, not found, rate limited; the status, overdue, a wrong key; the details, the answer and its forms with errors, rated, renewed, not admissible`, async () => {
        const [received, toRate, toRenew, renewed, rejected, overdue] = await Promise.all([
          lodge(),
          answered(),
          answered(),
          answered(),
          lodge(),
          overdueSubmission(),
        ]);
        await Promise.all([
          client().submissions.renew(renewed.trackingCode, renewed.accessKey, { reason: 'Le bureau indiqué est fermé depuis un mois.' }),
          reject(rejected.trackingCode, 'duplicate', 'Déjà reçue sous un autre code.'),
          acknowledge(received.trackingCode, 'Dossier ET-2026-118 reçu par le bureau 12.'),
        ]);
        const at = (state: string) => `${locale}, ${state}`;
        const mount = (attributes = '', options: { wait?: boolean } = {}) => mountTracker(`locale="${locale}" ${attributes}`, options);
        const done = (tracker: Tracker) => tracker.closest('main')!.remove();

        // The look-up.
        const lookup = await mount();
        equal(root(lookup).getAttribute('lang'), locale);
        equal(root(lookup).getAttribute('dir'), locale === 'ar' ? 'rtl' : 'ltr');
        await check(lookup, at('look-up'));
        await submit(lookup, 'trackingCode');
        await check(lookup, at('look-up, empty code'));
        await fill(lookup, 'trackingCode', mistypedCode);
        await check(lookup, at('look-up, mistyped code beside the field'));
        await lookUp(lookup, unknownCode);
        ok(summaryBox(lookup), 'not found');
        await check(lookup, at('look-up, no such submission'));
        done(lookup);

        // Loading, then rate limited.
        const spy = spyOnFetch();
        let release!: () => void;
        const held = new Promise<void>((resolve) => (release = resolve));
        spy.intercept = async (exchange) => {
          if (!exchange.url.pathname.endsWith('/status')) return undefined;
          await held;
          return problemResponse(429, 'rate_limited', { 'Retry-After': '1' });
        };
        const limited = await mount(`code="${received.trackingCode}"`, { wait: false });
        await until(() => $(limited, '.loading'), 5000, 'the loading message');
        await check(limited, at('loading'));
        release();
        await idle(limited);
        ok(summaryBox(limited), 'rate limited');
        await check(limited, at('rate limited'));
        spy.restore();
        done(limited);

        // The public status.
        const status = await mount(`code="${received.trackingCode}"`);
        ok(showsStatus(status));
        await check(status, at('taken in hand, without the key'));
        await submit(status, 'accessKey');
        await check(status, at('taken in hand, empty key'));
        done(status);
        const wrong = await mount(`code="${received.trackingCode}" access-key="ak_wrong"`);
        ok(summaryBox(wrong), 'the wrong key is told');
        await check(wrong, at('wrong key'));
        done(wrong);
        const late = await mount(`code="${overdue.trackingCode}"`);
        ok($(late, '.due--overdue'), 'overdue');
        await check(late, at('overdue'));
        done(late);

        // With the key.
        const answer = await mount(`code="${toRate.trackingCode}" access-key="${toRate.accessKey}"`);
        ok(showsDetails(answer));
        await openDetails(answer);
        await check(answer, at('answered, with the key, the details open'));
        await submit(answer, 'score');
        await check(answer, at('answered, the rating without a score'));
        await fill(answer, 'reason', 'Non.');
        await submit(answer, 'reason');
        await check(answer, at('answered, the renewal’s reason too short'));
        $<HTMLInputElement>(answer, 'input[name="score"][value="4"]')!.click();
        await submit(answer, 'score');
        await until(() => $(answer, 'section[part="rating"]') && $(answer, '.status--closed'), 10_000, 'the rating, and the status closed');
        await check(answer, at('rated'));
        done(answer);
        const contest = await mount(`code="${toRenew.trackingCode}" access-key="${toRenew.accessKey}"`);
        await fill(contest, 'reason', 'La réponse ne dit pas où retirer le document.');
        await submit(contest, 'reason');
        await until(() => $(contest, 'section[part="renewal"]') && $(contest, '.status--in_progress'), 10_000, 'the renewal, and the status reopened');
        await check(contest, at('just contested'));
        done(contest);
        const reopened = await mount(`code="${renewed.trackingCode}" access-key="${renewed.accessKey}"`);
        await openDetails(reopened);
        await check(reopened, at('renewed, the details open'));
        done(reopened);
        const refused = await mount(`code="${rejected.trackingCode}" access-key="${rejected.accessKey}"`);
        ok($(refused, 'section[part="answer"]'));
        await check(refused, at('not admissible, with the key'));
        done(refused);
      });
    }

    it('in the dark theme: the look-up with errors, overdue, the answer with its forms and errors, rated', async () => {
      const [receipt, overdue] = await Promise.all([answered(), overdueSubmission()]);
      const lookup = await mountTracker('theme="dark"');
      await submit(lookup, 'trackingCode');
      await check(lookup, 'dark, look-up, errors');
      const late = await mountTracker(`theme="dark" code="${overdue.trackingCode}"`);
      await check(late, 'dark, overdue');
      const tracker = await mountTracker(`theme="dark" code="${receipt.trackingCode}" access-key="${receipt.accessKey}"`);
      await openDetails(tracker);
      await check(tracker, 'dark, answered, the details open');
      await submit(tracker, 'score');
      await fill(tracker, 'reason', 'Non.');
      await check(tracker, 'dark, answered, errors');
      await clickButton(tracker, 'Follow another submission');
      await check(tracker, 'dark, look-up again');
    });

    it('when the system prefers dark and the page is white (Chromium emulates the preference)', async () => {
      const receipt = await answered();
      const tracker = await mountTracker(`code="${receipt.trackingCode}" access-key="${receipt.accessKey}"`);
      if (emulatesMedia) {
        await emulateMedia({ colorScheme: 'dark' });
        onCleanup(() => emulateMedia({ colorScheme: 'light' }));
        ok(matchMedia('(prefers-color-scheme: dark)').matches);
      } else {
        activateMedia(tracker, '(prefers-color-scheme: dark)');
      }
      await settle(tracker);
      equal(getComputedStyle(document.body).backgroundColor, 'rgba(0, 0, 0, 0)', 'the page stays white');
      await openDetails(tracker);
      await submit(tracker, 'score');
      await check(tracker, 'system dark on a white page, answered, errors');
    });
  });

  describe('focus', () => {
    it('is left alone when the look-up form first renders', async () => {
      await mountTracker();
      equal(document.activeElement, document.body, 'the page keeps its focus');
    });

    it('goes to the heading after a successful look-up, and back to the look-up’s heading for another', async () => {
      const receipt = await lodge();
      const tracker = await mountTracker();
      await lookUp(tracker, receipt.trackingCode);
      equal(focused(tracker), headingOf(tracker), 'on the heading, which names the submission');
      equal(document.activeElement, tracker, 'the page’s focus is in the tracker');
      equal(headingOf(tracker)!.tabIndex, -1, 'focusable by script only');
      await fill(tracker, 'accessKey', receipt.accessKey);
      await submit(tracker, 'accessKey');
      await idle(tracker);
      ok(showsDetails(tracker));
      equal(focused(tracker), headingOf(tracker), 'again once the key opened the details');
      await clickButton(tracker, 'Follow another submission');
      equal(focused(tracker), headingOf(tracker), 'on the look-up’s heading');
      equal(words(headingOf(tracker)), 'Follow your submission');
    });

    it('goes to the error summary after an error: an empty or mistyped code, an unknown code, a wrong key, rate limiting', async () => {
      const receipt = await lodge();
      const tracker = await mountTracker();
      await submit(tracker, 'trackingCode');
      equal(focused(tracker), summaryBox(tracker), 'empty code');
      await fill(tracker, 'trackingCode', mistypedCode);
      await submit(tracker, 'trackingCode');
      equal(focused(tracker), summaryBox(tracker), 'mistyped code');
      await lookUp(tracker, unknownCode);
      equal(focused(tracker), summaryBox(tracker), 'unknown code');
      await lookUp(tracker, receipt.trackingCode, 'ak_wrong');
      ok(showsStatus(tracker));
      equal(focused(tracker), summaryBox(tracker), 'wrong key');
      tracker.closest('main')!.remove();

      const spy = spyOnFetch();
      spy.intercept = (exchange) => (exchange.url.pathname.endsWith('/status') ? problemResponse(429, 'rate_limited', { 'Retry-After': '1' }) : undefined);
      const limited = await mountTracker();
      await lookUp(limited, receipt.trackingCode);
      equal(focused(limited), summaryBox(limited), 'rate limited');
      equal(summaryBox(limited)!.getAttribute('tabindex'), '-1', 'focusable by script only');
      const title = summaryBox(limited)!.querySelector('h2')!;
      equal(summaryBox(limited)!.getAttribute('aria-labelledby'), title.id, 'named by its title');
    });

    it('the summary’s links focus their field inside the shadow root: the code, the key, the score, the reason', async () => {
      const receipt = await answered();
      const follow = async (tracker: Tracker, name: string) => {
        const [link] = summaryLinks(tracker);
        ok(link, `a link to ${name}`);
        equal(link.getAttribute('href'), `#${control(tracker, name).id}`, 'a real link to the field');
        link.click();
        await settle(tracker);
        equal(focused(tracker), control(tracker, name), `the link focuses ${name}`);
        equal(document.activeElement, tracker, 'the page’s focus is in the tracker');
      };
      const lookup = await mountTracker();
      await submit(lookup, 'trackingCode');
      await follow(lookup, 'trackingCode');
      const wrong = await mountTracker(`code="${receipt.trackingCode}" access-key="ak_wrong"`);
      await follow(wrong, 'accessKey');
      const tracker = await mountTracker(`code="${receipt.trackingCode}" access-key="${receipt.accessKey}"`);
      await submit(tracker, 'score');
      await follow(tracker, 'score');
      await submit(tracker, 'reason');
      await follow(tracker, 'reason');
    });
  });

  describe('live region', () => {
    it('one polite region, there from the start and never re-created, says the errors and “Updated”', async () => {
      const receipt = await lodge();
      const tracker = await mountTracker();
      const region = liveRegion(tracker);
      ok(region, 'a role=status region');
      equal(region.getAttribute('aria-live'), 'polite');
      equal(region.getAttribute('aria-atomic'), 'true');
      equal(words(region), '', 'silent at first');
      await submit(tracker, 'trackingCode');
      await until(() => words(region) === 'There is a problem', 2000, 'the error to be announced');
      await lookUp(tracker, unknownCode);
      await until(() => words(region).includes('No submission has this tracking code'), 2000, 'not found to be announced');
      await lookUp(tracker, receipt.trackingCode);
      equal(liveRegion(tracker), region, 'the same region once a submission is shown');
      await acknowledge(receipt.trackingCode, 'Pris en charge.');
      await clickButton(tracker, 'Refresh');
      await idle(tracker);
      await until(() => words(region) === 'Updated', 2000, '“Updated”');
      const said: string[] = [];
      const observer = new MutationObserver(() => said.push(words(region)));
      observer.observe(region, { childList: true, characterData: true, subtree: true });
      onCleanup(() => observer.disconnect());
      await clickButton(tracker, 'Refresh');
      await idle(tracker);
      await until(() => said.at(-1) === 'Updated', 2000, '“Updated” again');
      equal(said.slice(-2).join(' | '), ' | Updated', 'emptied first, so that the same words said twice are heard twice');
      equal(liveRegion(tracker), region, 'still the same region');
    });
  });

  describe('keyboard', () => {
    it('from the page to a rating, with real key presses only', async () => {
      const receipt = await answered();
      const tracker = await mountTracker();
      const rated: Event[] = [];
      tracker.addEventListener('chikaya-rated', (event) => rated.push(event));
      (document.activeElement as HTMLElement | null)?.blur();
      await press('Tab');
      equal(focused(tracker)?.getAttribute('name'), 'trackingCode', 'Tab enters the tracker at the code');
      await typeKeys(receipt.trackingCode.toLowerCase());
      await press('Tab');
      equal(focused(tracker)?.getAttribute('name'), 'accessKey', 'then the key');
      await typeKeys(receipt.accessKey);
      await press('Enter');
      await settle(tracker);
      await idle(tracker);
      ok(showsDetails(tracker), 'Enter in a text box finds it');
      equal(focused(tracker), headingOf(tracker), 'on the heading');

      await tabTo(tracker, named('score'), 'the scores');
      await press('Space');
      await press('ArrowDown');
      await settle(tracker);
      equal($<HTMLInputElement>(tracker, 'input[name="score"]:checked')?.value, '2');
      await press('Tab');
      equal(focused(tracker)?.getAttribute('name'), 'comment');
      await typeKeys('Peu clair.');
      await tabTo(tracker, saying('Send my rating'), 'Send my rating');
      await press('Enter');
      await until(() => rated.length === 1, 10_000, 'the rating');
      await until(() => $(tracker, 'section[part="rating"]'), 5000, 'the rating shown');

      await tabTo(tracker, saying('Refresh'), 'Refresh');
      await press('Enter');
      await idle(tracker);
      await until(() => words(liveRegion(tracker)) === 'Updated', 2000, 'refreshed with Enter');
      await press('Tab');
      ok(saying('Follow another submission')(focused(tracker)!), 'then “Follow another submission”');
      await press('Space');
      await settle(tracker);
      equal(words(headingOf(tracker)), 'Follow your submission', 'Space on that button: the look-up again');
    });

    it('the submission as lodged opens with the keyboard', async () => {
      const receipt = await lodge();
      const tracker = await mountTracker(`code="${receipt.trackingCode}" access-key="${receipt.accessKey}"`);
      const details = $<HTMLDetailsElement>(tracker, 'details[part="details"]')!;
      headingOf(tracker)!.focus();
      await tabTo(tracker, (element) => element.tagName === 'SUMMARY', 'the details’ summary');
      await press('Enter');
      await settle(tracker);
      equal(details.open, true, 'Enter opens it');
    });

    it('shows where the focus is: an outline of 2 px or more, 3:1 against what is around it, on every kind of control', async () => {
      const receipt = await answered();
      const seen = new Set<string>();
      const walk = async (tracker: Tracker, stop: (element: HTMLElement) => boolean, what: string) => {
        for (let presses = 0; presses < 30; presses++) {
          await press('Tab');
          const current = focused(tracker);
          if (!current || !current.matches(':focus')) continue;
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
      const lookup = await mountTracker();
      (document.activeElement as HTMLElement | null)?.blur();
      await submit(lookup, 'trackingCode');
      await walk(lookup, saying('Find'), 'Find, after the summary’s link and the fields');
      lookup.closest('main')!.remove();
      const tracker = await mountTracker(`code="${receipt.trackingCode}" access-key="${receipt.accessKey}"`);
      headingOf(tracker)!.focus();
      await walk(tracker, saying('Follow another submission'), 'the last button');
      for (const kind of ['a', 'input[text]', 'input[radio]', 'textarea', 'button', 'button.link', 'summary'])
        ok(seen.has(kind), `checked a focused ${kind} (saw ${[...seen].join(', ')})`);
    });
  });

  describe('right to left', () => {
    it('in Arabic: dir="rtl" on .root, the terms on the right, codes, keys and numbers left to right', async () => {
      const receipt = await lodge();
      await acknowledge(receipt.trackingCode, 'Dossier ET-2026-118 reçu par le bureau 12.');
      const tracker = await mountTracker(`locale="ar" code="${receipt.trackingCode}"`);
      equal(root(tracker).getAttribute('dir'), 'rtl');
      equal(root(tracker).getAttribute('lang'), 'ar');
      equal(getComputedStyle(root(tracker)).direction, 'rtl');
      const code = $(tracker, '[data-heading] bdi.code')!;
      equal(code.textContent, receipt.trackingCode);
      equal(getComputedStyle(code).direction, 'ltr', 'the code left to right');
      equal(getComputedStyle(control(tracker, 'accessKey')).direction, 'ltr', 'the key typed left to right');
      const row = $(tracker, 'dl[part="summary"] > div')!;
      const term = row.querySelector('dt')!.getBoundingClientRect();
      const value = row.querySelector('dd')!.getBoundingClientRect();
      ok(term.left > value.left, 'the term stands on the right of its value');
      const note = timeline(tracker)[1]!.querySelector('.event-note')!;
      ok([...note.querySelectorAll('bdi')].every((bdi) => bdi.getAttribute('dir') === 'ltr'), 'numbers in a note isolated left to right');
      const line = getComputedStyle(timeline(tracker)[0]!);
      ok(parseFloat(line.borderRightWidth) > 0 && parseFloat(line.borderLeftWidth) === 0, 'the history’s line runs on the right');
    });
  });

  describe('small screens', () => {
    it('at 320 px wide nothing scrolls sideways, left to right or right to left, whatever the state', async () => {
      const receipt = await answered();
      const { innerWidth: width, innerHeight: height } = window;
      await setViewport({ width: 320, height: 640 });
      onCleanup(() => setViewport({ width, height }));
      await until(() => window.innerWidth === 320, 2000, 'the 320 px viewport');
      for (const locale of ['ar', 'fr'] as const) {
        const fits = (tracker: Tracker, state: string) => {
          const overflow = document.documentElement.scrollWidth - document.documentElement.clientWidth;
          ok(overflow <= 0, `${locale}, ${state}: the page scrolls ${overflow} px sideways`);
          for (const element of $$(tracker, '*')) {
            if (element.closest('.visually-hidden') || element.closest('[hidden]')) continue;
            const box = element.getBoundingClientRect();
            if (box.width === 0) continue;
            ok(box.left >= -0.5 && box.right <= 320.5, `${locale}, ${state}: ${element.tagName}.${element.className} spans ${box.left}–${box.right}`);
          }
        };
        const lookup = await mountTracker(`locale="${locale}"`);
        fits(lookup, 'look-up');
        await submit(lookup, 'trackingCode');
        fits(lookup, 'look-up, errors');
        lookup.closest('main')!.remove();
        const tracker = await mountTracker(`locale="${locale}" code="${receipt.trackingCode}" access-key="${receipt.accessKey}"`);
        await openDetails(tracker);
        fits(tracker, 'answered, the details open');
        await submit(tracker, 'score');
        fits(tracker, 'answered, errors');
        tracker.closest('main')!.remove();
      }
    });
  });
});
