/**
 * <chikaya-status-tracker>: what it does, against the sandbox. The look-up (checked before any
 * request), the access key (and nothing personal without it), the page's address (`read-url`),
 * refreshing after the back office acted, rating and contesting the answer with their events, and
 * the failures a user may meet: an unknown code, a wrong key, rate limiting, no network.
 */
import { createClient } from '@chikaya/sdk';
import { deepEqual, equal, match, ok } from '../../../tools/browser/assert.js';
import { afterEach, describe, it } from '../../../tools/browser/mocha.js';
import { press, typeKeys } from './commands.js';
import { type Exchange, problemResponse, spyOnFetch } from './fetch-spy.js';
import {
  $,
  $$,
  acknowledge,
  answer,
  answered,
  answerText,
  clickButton,
  collect,
  control,
  errorOf,
  everythingShown,
  facts,
  fill,
  focused,
  heading,
  idle,
  liveRegion,
  lodge,
  lookUp,
  mistypedCode,
  mountTracker,
  personal,
  pick,
  root,
  setQuery,
  showsDetails,
  showsLookup,
  showsStatus,
  submit,
  summaryBox,
  summaryLinks,
  switchLocale,
  timeline,
  type Tracker,
  unknownCode,
  words,
} from './status-tracker.support.js';
import { cleanup, platform, settle, until } from './support.js';

const client = () => createClient({ baseUrl: platform.url });

/** The requests for a submission's details (the only ones that carry personal data). */
const detailReads = (exchanges: Exchange[], code: string) =>
  exchanges.filter((exchange) => exchange.method === 'GET' && exchange.url.pathname === `/v1/submissions/${code}`);
const statusReads = (exchanges: Exchange[]) => exchanges.filter((exchange) => exchange.url.pathname.endsWith('/status'));
/** Requests about submissions: reading one, rating, renewing (not the agencies' and regions' names). */
const submissionCalls = (exchanges: Exchange[]) => exchanges.filter((exchange) => exchange.url.pathname.startsWith('/v1/submissions'));

/** The error shown beside `name`, checked to be tied to its control (aria-describedby, aria-invalid). */
function fieldError(tracker: Tracker, name: string): string {
  const error = errorOf(tracker, name);
  ok(error, `an error beside ${name}`);
  const field = control(tracker, name);
  const describer = field.type === 'radio' ? field.closest('fieldset')! : field;
  ok(describer.getAttribute('aria-describedby')?.split(' ').includes(error.id), `${name}'s aria-describedby names its error`);
  if (field.type !== 'radio') equal(field.getAttribute('aria-invalid'), 'true', `${name} is aria-invalid`);
  return words(error);
}

/** Finds nothing of the submission's personal data anywhere in the tracker. */
function expectNothingPersonal(tracker: Tracker, when: string): void {
  const shown = everythingShown(tracker);
  for (const [what, value] of Object.entries(personal)) equal(shown.includes(value), false, `${when}: the ${what} is not shown`);
}

describe('<chikaya-status-tracker> behaviour', () => {
  afterEach(cleanup);

  describe('the look-up form', () => {
    it('an empty code: an error in the summary and beside the field, and no request', async () => {
      const spy = spyOnFetch();
      const tracker = await mountTracker();
      await submit(tracker, 'trackingCode');
      deepEqual(summaryLinks(tracker).map(words), ['Enter your tracking code']);
      equal(fieldError(tracker, 'trackingCode'), 'Error: Enter your tracking code');
      ok(showsLookup(tracker));
      await settle(tracker, 100);
      equal(spy.exchanges.length, 0, 'nothing asked of the platform');
    });

    it('a mistyped code: the check character catches it, beside the field on leaving it and in the summary, with no request made', async () => {
      const spy = spyOnFetch();
      const tracker = await mountTracker();
      await fill(tracker, 'trackingCode', mistypedCode);
      const message = 'Check your tracking code: it has 10 letters and numbers, like K7QM-4XPZ-RD';
      equal(fieldError(tracker, 'trackingCode'), `Error: ${message}`, 'told on leaving the field');
      equal(summaryBox(tracker), null, 'leaving a field marks the field; the summary waits for “Find” (GOV.UK)');
      await submit(tracker, 'trackingCode');
      deepEqual(summaryLinks(tracker).map(words), [message]);
      await fill(tracker, 'trackingCode', 'K7QM-4XP', { leave: false });
      equal(errorOf(tracker, 'trackingCode'), null, 'a corrected field loses its error at once');
      await submit(tracker, 'trackingCode');
      deepEqual(summaryLinks(tracker).map(words), [message], 'too short: the same advice');
      await settle(tracker, 100);
      deepEqual(spy.exchanges.map((exchange) => exchange.url.pathname), [], 'nothing asked of the platform');
    });

    it('a valid code nobody has: the form again, saying so, with the code kept and nothing to “try again”', async () => {
      const spy = spyOnFetch();
      const tracker = await mountTracker();
      await lookUp(tracker, unknownCode);
      ok(showsLookup(tracker), 'the look-up form');
      const summary = summaryBox(tracker)!;
      match(words(summary), /No submission has this tracking code\. Check it against your receipt\./);
      equal($$(tracker, '.error-summary button').length, 0, 'trying again would find nothing more');
      equal(control(tracker, 'trackingCode').value, unknownCode);
      deepEqual(
        statusReads(spy.exchanges).map((exchange) => [exchange.url.pathname, exchange.status]),
        [[`/v1/submissions/${unknownCode}/status`, 404]],
        'one request, answered 404 (not retried)',
      );
    });

    it('a page that opens on a code moves no focus: the user may be reading elsewhere on the page', async () => {
      const receipt = await lodge();
      const before = document.createElement('button');
      before.textContent = 'the page’s own button';
      document.body.append(before);
      before.focus();
      const tracker = await mountTracker(`code="${receipt.trackingCode}" access-key="wrong-key-1234567890"`);
      ok(showsStatus(tracker));
      await settle(tracker, 50);
      equal(document.activeElement, before, 'the focus stays where the user left it');
      equal(focused(tracker), null);
    });

    it('a code found: its status; typed the way people do (lower case, spaces) it is read all the same', async () => {
      const receipt = await lodge();
      const tracker = await mountTracker();
      await lookUp(tracker, `  ${receipt.trackingCode.toLowerCase().replace(/-/g, ' ')} `);
      ok(showsStatus(tracker));
      equal(heading(tracker), `Complaint ${receipt.trackingCode}`);
      equal(facts(tracker).Status, 'Received');
    });

    it('a code with its key: the details at once, with the answer', async () => {
      const receipt = await answered();
      const tracker = await mountTracker();
      await lookUp(tracker, receipt.trackingCode, receipt.accessKey);
      ok(showsDetails(tracker), 'the details');
      equal(words($(tracker, '.answer-text')), answerText);
    });

    it('“Follow another submission” gives an empty look-up form back, and the next code is looked up', async () => {
      const [first, second] = await Promise.all([lodge(), lodge('suggestion')]);
      const tracker = await mountTracker(`code="${first.trackingCode}" access-key="${first.accessKey}"`);
      ok(showsDetails(tracker));
      await clickButton(tracker, 'Follow another submission');
      ok(showsLookup(tracker), 'the look-up form');
      equal(control(tracker, 'trackingCode').value, '', 'the code is cleared');
      equal(control(tracker, 'accessKey').value, '', 'and the key');
      equal(everythingShown(tracker).includes(personal.subject), false, 'nothing of the first is left');
      await lookUp(tracker, second.trackingCode);
      equal(heading(tracker), `Suggestion ${second.trackingCode}`);
    });
  });

  describe('without the key, no personal data is requested or shown', () => {
    it('a code alone: only its public status is read, and nothing personal appears, even after a refresh or an empty key', async () => {
      const receipt = await lodge();
      const spy = spyOnFetch();
      const tracker = await mountTracker(`code="${receipt.trackingCode}"`);
      ok(showsStatus(tracker));
      ok(statusReads(spy.exchanges).length >= 1, 'the public status was read');
      expectNothingPersonal(tracker, 'on arrival');
      await clickButton(tracker, 'Refresh');
      await idle(tracker);
      expectNothingPersonal(tracker, 'after a refresh');
      await submit(tracker, 'accessKey');
      equal(fieldError(tracker, 'accessKey'), 'Error: Enter your access key', 'an empty key is asked for, not called wrong');
      expectNothingPersonal(tracker, 'after “Show” with no key');
      await settle(tracker, 100);
      deepEqual(detailReads(spy.exchanges, receipt.trackingCode), [], 'the details were never requested');
      ok(
        spy.exchanges.every((exchange) => !exchange.url.pathname.startsWith('/v1/submissions') || exchange.url.pathname.endsWith('/status')),
        `only public reads: ${spy.exchanges.map((exchange) => exchange.url.pathname).join(', ')}`,
      );

      // With the key typed in, the details are read, once.
      await fill(tracker, 'accessKey', receipt.accessKey);
      await submit(tracker, 'accessKey');
      await idle(tracker);
      ok(showsDetails(tracker), 'the details');
      equal(detailReads(spy.exchanges, receipt.trackingCode).length, 1, 'one read of the details, with the key');
      ok(everythingShown(tracker).includes(personal.subject), 'and now the subject is shown');
    });

    it('the same from the look-up form: a code without a key reads the public status only', async () => {
      const receipt = await lodge();
      const spy = spyOnFetch();
      const tracker = await mountTracker();
      await lookUp(tracker, receipt.trackingCode);
      ok(showsStatus(tracker));
      expectNothingPersonal(tracker, 'after the look-up');
      deepEqual(detailReads(spy.exchanges, receipt.trackingCode), []);
    });
  });

  describe('the access key', () => {
    it('a wrong key: the public status is still shown, the key’s error beside its field; the right one then opens the details', async () => {
      const receipt = await answered();
      const spy = spyOnFetch();
      const tracker = await mountTracker(`code="${receipt.trackingCode}" access-key="ak_this-is-not-the-key"`);
      ok(showsStatus(tracker), 'the public status');
      equal(facts(tracker).Status, 'Answered');
      const message = 'This access key does not open this submission. Check it against your receipt.';
      equal(fieldError(tracker, 'accessKey'), `Error: ${message}`);
      deepEqual(summaryLinks(tracker).map(words), [message]);
      deepEqual(
        detailReads(spy.exchanges, receipt.trackingCode).map((exchange) => exchange.status),
        [403],
        'the platform refused the key once (not retried)',
      );
      ok(!showsDetails(tracker), 'no details');
      equal(everythingShown(tracker).includes(answerText), false, 'no answer');
      equal(control(tracker, 'accessKey').value, 'ak_this-is-not-the-key', 'the key typed is kept, to be corrected');

      await fill(tracker, 'accessKey', receipt.accessKey, { leave: false });
      equal(errorOf(tracker, 'accessKey'), null, 'corrected: the error goes at once');
      await submit(tracker, 'accessKey');
      await idle(tracker);
      ok(showsDetails(tracker), 'the details');
      equal(words($(tracker, '.answer-text')), answerText);
      equal(summaryBox(tracker), null, 'no error left');
    });

    it('a wrong key typed in the look-up form: the same', async () => {
      const receipt = await lodge();
      const tracker = await mountTracker();
      await lookUp(tracker, receipt.trackingCode, 'ak_wrong');
      ok(showsStatus(tracker));
      ok(fieldError(tracker, 'accessKey').includes('does not open this submission'));
    });
  });

  describe('the page’s address (`read-url`)', () => {
    it('reads ?code= and ?key=: the details at once', async () => {
      const receipt = await answered();
      setQuery({ code: receipt.trackingCode, key: receipt.accessKey });
      const tracker = await mountTracker('read-url');
      ok(showsDetails(tracker), 'the details');
      equal(heading(tracker), `Complaint ${receipt.trackingCode}`);
      equal(words($(tracker, '.answer-text')), answerText);
    });

    it('reads ?code= alone: the public status and the key’s form', async () => {
      const receipt = await lodge();
      setQuery({ code: receipt.trackingCode });
      const tracker = await mountTracker('read-url');
      ok(showsStatus(tracker));
      ok(!showsDetails(tracker));
      ok(control(tracker, 'accessKey'), 'the key is asked');
    });

    it('a code looked up in the form goes into the address (for a reload or a bookmark), never the key', async () => {
      const receipt = await lodge();
      setQuery({ lang: 'fr' });
      const tracker = await mountTracker('read-url');
      ok(showsLookup(tracker), 'no code in the address: the form');
      await lookUp(tracker, receipt.trackingCode.toLowerCase(), receipt.accessKey);
      ok(showsDetails(tracker));
      const params = new URL(location.href).searchParams;
      equal(params.get('code'), receipt.trackingCode, 'the canonical code');
      equal(params.get('key'), null, 'never the key');
      equal(params.get('lang'), 'fr', 'the page’s own parameters are kept');
    });

    it('without `read-url`, the address is left alone, in both directions', async () => {
      const receipt = await lodge();
      setQuery({ code: receipt.trackingCode });
      const before = location.href;
      const tracker = await mountTracker();
      ok(showsLookup(tracker), 'the code in the address is not read');
      const other = await lodge();
      await lookUp(tracker, other.trackingCode);
      equal(location.href, before, 'nor written');
    });
  });

  describe('refresh', () => {
    it('shows the event the back office added since, with its note and the new status, and announces “Updated”', async () => {
      const receipt = await lodge();
      const tracker = await mountTracker(`code="${receipt.trackingCode}"`);
      equal(timeline(tracker).length, 1);
      await acknowledge(receipt.trackingCode, 'Votre demande est entre les mains du bureau d’état civil.');
      const refresh = $$<HTMLButtonElement>(tracker, 'button').find((button) => words(button) === 'Refresh')!;
      refresh.focus();
      refresh.click();
      await settle(tracker);
      equal(root(tracker).getAttribute('aria-busy'), 'true', 'busy while it reads');
      equal(words(refresh), 'Refreshing…');
      equal(refresh.getAttribute('aria-disabled'), 'true');
      await idle(tracker);
      const events = timeline(tracker);
      equal(events.length, 2, 'a new event');
      equal(words(events[1]!.querySelector('.event-title')), 'Taken in hand');
      equal(words(events[1]!.querySelector('.event-note')), 'Votre demande est entre les mains du bureau d’état civil.');
      equal(facts(tracker).Status, 'Being handled');
      await until(() => words(liveRegion(tracker)) === 'Updated', 2000, 'the announcement');
      equal(words(refresh), 'Refresh', 'the same button, ready again');
      equal(focused(tracker), refresh, 'the focus stays on the button (it is not moved on a refresh)');
    });

    it('with the key: the answer, once given, appears with the forms to rate and contest it', async () => {
      const receipt = await lodge();
      const tracker = await mountTracker(`code="${receipt.trackingCode}" access-key="${receipt.accessKey}"`);
      ok(showsDetails(tracker));
      equal($$(tracker, '[part="answer"], [name="score"], [name="reason"]').length, 0, 'nothing to read yet');
      await answer(receipt.trackingCode, answerText, 'Réponse envoyée par courrier également.');
      await clickButton(tracker, 'Refresh');
      await idle(tracker);
      equal(words($(tracker, '.answer-text')), answerText);
      ok($(tracker, '[name="score"]') && $(tracker, '[name="reason"]'), 'rate or contest it');
      equal(facts(tracker).Status, 'Answered');
      equal(words(timeline(tracker).at(-1)!.querySelector('.event-title')), 'Answered');
    });
  });

  describe('rating the answer', () => {
    it('with the keyboard: the scores are one radio group, an optional comment, and the rating is sent, shown and told', async () => {
      const receipt = await answered();
      const tracker = await mountTracker(`code="${receipt.trackingCode}" access-key="${receipt.accessKey}"`);
      const rated = collect<{ trackingCode: string; score: number }>('chikaya-rated');
      const spy = spyOnFetch();
      control(tracker, 'score').focus();
      await press('Space');
      await settle(tracker);
      equal($<HTMLInputElement>(tracker, 'input[name="score"]:checked')?.value, '1', 'Space chooses the focused score');
      await press('ArrowDown');
      await press('ArrowDown');
      await press('ArrowDown');
      await settle(tracker);
      equal($<HTMLInputElement>(tracker, 'input[name="score"]:checked')?.value, '4', 'arrows move through the scores');
      equal(focused(tracker), $(tracker, 'input[name="score"][value="4"]'));
      await press('Tab');
      equal(focused(tracker)?.getAttribute('name'), 'comment', 'one Tab leaves the group, for the comment');
      await typeKeys('Réponse claire et rapide.');
      await press('Tab');
      equal(words(focused(tracker)), 'Send my rating');
      await press('Enter');
      await until(() => rated.length > 0, 10_000, 'chikaya-rated');
      await settle(tracker);

      const event = rated[0]!;
      ok(event.bubbles && event.composed, 'the event leaves the shadow root');
      deepEqual(event.detail, { trackingCode: receipt.trackingCode, score: 4 });
      const posts = spy.exchanges.filter((exchange) => exchange.method === 'POST');
      deepEqual(
        posts.map((exchange) => [exchange.url.pathname, exchange.status]),
        [[`/v1/submissions/${receipt.trackingCode}/rating`, 200]],
        'one POST',
      );
      equal($$(tracker, '[name="score"], [name="comment"]').length, 0, 'the form is gone');
      const shown = $(tracker, 'section[part="rating"]')!;
      match(words(shown), /You rated the answer 4 out of 5 on .+\./);
      equal(words(shown.querySelector('.value')), 'Réponse claire et rapide.');
      equal((await client().submissions.details(receipt.trackingCode, receipt.accessKey)).rating?.score, 4, 'the platform has it');
      await until(() => words($(tracker, '.status')) === 'Closed', 5000, 'the status to follow');
      await until(() => words(liveRegion(tracker)) === 'Thank you: your rating was sent.', 2000, 'the announcement');
      equal($(tracker, '[name="reason"]'), null, 'rated: the matter is closed, nothing left to contest');
    });

    it('each score from 1 to 5 is sent as chosen, with or without a comment', async () => {
      const receipts = await Promise.all([1, 2, 3, 4, 5].map(() => answered()));
      const rated = collect<{ trackingCode: string; score: number }>('chikaya-rated');
      for (const [index, receipt] of receipts.entries()) {
        const score = index + 1;
        const tracker = await mountTracker(`code="${receipt.trackingCode}" access-key="${receipt.accessKey}"`);
        await pick(tracker, 'score', String(score));
        if (score === 3) await fill(tracker, 'comment', 'Moyen.');
        await submit(tracker, 'score');
        await until(() => $(tracker, 'section[part="rating"]'), 10_000, `the rating of ${score}`);
        equal(words($(tracker, 'section[part="rating"] p')).startsWith(`You rated the answer ${score} out of 5`), true, `${score} shown`);
        equal($(tracker, 'section[part="rating"] .value') !== null, score === 3, `a comment shown only when given (${score})`);
        tracker.closest('main')!.remove();
      }
      deepEqual(
        rated.map((event) => event.detail),
        receipts.map((receipt, index) => ({ trackingCode: receipt.trackingCode, score: index + 1 })),
      );
    });

    it('without a score: an error whose link focuses the first score, and nothing sent', async () => {
      const receipt = await answered();
      const tracker = await mountTracker(`code="${receipt.trackingCode}" access-key="${receipt.accessKey}"`);
      const spy = spyOnFetch();
      const rated = collect('chikaya-rated');
      await fill(tracker, 'comment', 'Sans note.');
      await submit(tracker, 'score');
      deepEqual(summaryLinks(tracker).map(words), ['Choose a rating from 1 to 5']);
      equal(fieldError(tracker, 'score'), 'Error: Choose a rating from 1 to 5');
      equal(focused(tracker), summaryBox(tracker), 'focus on the summary');
      summaryLinks(tracker)[0]!.click();
      equal(focused(tracker), $(tracker, 'input[name="score"][value="1"]'), 'the link focuses the first score, inside the shadow root');
      equal(control(tracker, 'comment').value, 'Sans note.', 'the comment is kept');
      await settle(tracker, 100);
      equal(submissionCalls(spy.exchanges).length, 0, 'nothing sent');
      equal(rated.length, 0);
    });

    it('rated meanwhile elsewhere: says so and shows the rating the platform has, without an event', async () => {
      const receipt = await answered();
      const tracker = await mountTracker(`code="${receipt.trackingCode}" access-key="${receipt.accessKey}"`);
      const rated = collect('chikaya-rated');
      await client().submissions.rate(receipt.trackingCode, receipt.accessKey, { score: 2 });
      await pick(tracker, 'score', '5');
      await submit(tracker, 'score');
      await until(() => $(tracker, 'section[part="rating"]') && summaryBox(tracker), 10_000, 'the rating the platform has, and why');
      match(words($(tracker, 'section[part="rating"] p')), /^You rated the answer 2 out of 5/);
      match(words(summaryBox(tracker)), /The answer has already been rated\./);
      await until(() => words(liveRegion(tracker)) === 'The answer has already been rated.', 2000, 'the announcement (not “Updated”)');
      equal(rated.length, 0, 'no chikaya-rated: this rating was not sent');
    });

    it('a rating the platform could not take keeps the score and the comment; sending again works', async () => {
      const receipt = await answered();
      const tracker = await mountTracker(`code="${receipt.trackingCode}" access-key="${receipt.accessKey}"`);
      const spy = spyOnFetch();
      spy.intercept = (exchange) => (exchange.method === 'POST' ? problemResponse(503, 'unavailable') : undefined);
      const rated = collect('chikaya-rated');
      await pick(tracker, 'score', '3');
      await fill(tracker, 'comment', 'Correct.');
      await submit(tracker, 'score');
      await until(() => summaryBox(tracker), 10_000, 'the failure');
      match(words(summaryBox(tracker)), /Something went wrong on the platform\. Try again in a moment\./);
      equal($<HTMLInputElement>(tracker, 'input[name="score"]:checked')?.value, '3', 'the score is kept');
      equal(control(tracker, 'comment').value, 'Correct.', 'the comment is kept');
      equal(rated.length, 0);
      spy.intercept = null;
      await submit(tracker, 'score');
      await until(() => rated.length === 1, 10_000, 'chikaya-rated');
      await until(() => $(tracker, 'section[part="rating"]'), 5000, 'the rating');
      equal(summaryBox(tracker), null, 'the failure is no longer told');
    });
  });

  describe('contesting the answer (renewal)', () => {
    it('is offered only once answered, and only to the holder of the key', async () => {
      const receipt = await lodge();
      const withKey = await mountTracker(`code="${receipt.trackingCode}" access-key="${receipt.accessKey}"`);
      equal($(withKey, '[name="reason"]'), null, 'not before the answer');
      await answer(receipt.trackingCode, answerText);
      await clickButton(withKey, 'Refresh');
      await idle(withKey);
      ok($(withKey, '[name="reason"]'), 'once answered');
      const withoutKey = await mountTracker(`code="${receipt.trackingCode}"`);
      equal($(withoutKey, '[name="reason"]'), null, 'never without the key');
    });

    it('needs a reason of 10 characters or more: told beside the field and in the summary, nothing sent', async () => {
      const receipt = await answered();
      const tracker = await mountTracker(`code="${receipt.trackingCode}" access-key="${receipt.accessKey}"`);
      const spy = spyOnFetch();
      await submit(tracker, 'reason');
      deepEqual(summaryLinks(tracker).map(words), ['Say why the answer does not settle your complaint']);
      await fill(tracker, 'reason', 'Non.');
      equal(fieldError(tracker, 'reason'), 'Error: Say why in at least 10 characters', 'told on leaving the field');
      await submit(tracker, 'reason');
      deepEqual(summaryLinks(tracker).map(words), ['Say why in at least 10 characters']);
      summaryLinks(tracker)[0]!.click();
      equal(focused(tracker), control(tracker, 'reason'), 'the link focuses the reason');
      await settle(tracker, 100);
      equal(submissionCalls(spy.exchanges).length, 0, 'nothing sent');
    });

    it('with a reason: chikaya-renewed, the complaint handled again, the renewal shown, the history one event longer', async () => {
      const receipt = await answered();
      const tracker = await mountTracker(`code="${receipt.trackingCode}" access-key="${receipt.accessKey}"`);
      const renewed = collect<{ trackingCode: string }>('chikaya-renewed');
      const events = timeline(tracker).length;
      const reason = 'Le bureau indiqué est fermé depuis un mois, personne ne répond.';
      await fill(tracker, 'reason', reason);
      await submit(tracker, 'reason');
      await until(() => renewed.length > 0, 10_000, 'chikaya-renewed');
      const event = renewed[0]!;
      ok(event.bubbles && event.composed, 'the event leaves the shadow root');
      deepEqual(event.detail, { trackingCode: receipt.trackingCode });
      await until(() => words($(tracker, '.status')) === 'Being handled', 5000, 'the status back to being handled');
      equal($(tracker, '[name="reason"]'), null, 'the form is gone: contested once');
      equal(words($(tracker, 'section[part="renewal"] .value')), reason);
      equal(facts(tracker).Contested, 'Yes: the answer was contested and the complaint reopened.');
      equal(timeline(tracker).length, events + 1, 'the reopening is in the history');
      equal(
        words(timeline(tracker).at(-1)!.querySelector('.event-title')),
        'The answer was contested',
        'told as the author’s act, not as the agency taking it in hand',
      );
      equal($(tracker, '[name="score"]'), null, 'no rating while it is handled again');
      await until(() => words(liveRegion(tracker)) === 'Your complaint is reopened: the public body handles it again.', 2000, 'the announcement');
      equal((await client().submissions.status(receipt.trackingCode)).status, 'in_progress', 'the platform has it');
    });
  });

  describe('failures', () => {
    it('rate limited (429 with Retry-After, on every attempt): a clear message and “Try again”, which then works', async () => {
      const receipt = await lodge();
      const spy = spyOnFetch();
      spy.intercept = (exchange) => (exchange.url.pathname.endsWith('/status') ? problemResponse(429, 'rate_limited', { 'Retry-After': '1' }) : undefined);
      const tracker = await mountTracker(`code="${receipt.trackingCode}"`);
      ok(showsLookup(tracker), 'no status to show: the look-up form');
      match(words(summaryBox(tracker)), /Too many look-ups were made from your connection\. Wait a minute, then try again\./);
      ok(statusReads(spy.exchanges).length >= 2, `the SDK waited and tried again (${statusReads(spy.exchanges).length} attempts)`);
      ok(statusReads(spy.exchanges).every((exchange) => exchange.status === 429 && exchange.faked));
      equal(control(tracker, 'trackingCode').value, receipt.trackingCode, 'the code is kept');
      spy.intercept = null;
      await clickButton(tracker, 'Try again');
      await idle(tracker);
      ok(showsStatus(tracker), 'found once the platform lets it through');
      equal(summaryBox(tracker), null);
    });

    it('rate limited while reading the details: the public status, the message, and “Try again” reads the details', async () => {
      const receipt = await answered();
      const spy = spyOnFetch();
      const details = `/v1/submissions/${receipt.trackingCode}`;
      spy.intercept = (exchange) => (exchange.url.pathname === details ? problemResponse(429, 'rate_limited', { 'Retry-After': '1' }) : undefined);
      const tracker = await mountTracker(`code="${receipt.trackingCode}" access-key="${receipt.accessKey}"`);
      ok(showsStatus(tracker), 'the public status');
      match(words(summaryBox(tracker)), /Too many look-ups/);
      ok(!showsDetails(tracker));
      spy.intercept = null;
      await clickButton(tracker, 'Try again');
      await idle(tracker);
      await until(() => showsDetails(tracker), 5000, 'the details read again');
      equal(words($(tracker, '.answer-text')), answerText);
    });

    it('the platform out of reach: says so, keeps the code, and “Try again” tries again', async () => {
      const spy = spyOnFetch();
      const tracker = await mountTracker(`code="${unknownCode}"`, { api: platform.closedUrl });
      match(words(summaryBox(tracker)), /We could not reach the platform\. Check your connection, then try again\./);
      const attempts = spy.exchanges.length;
      ok(attempts >= 2, 'the SDK tried more than once');
      await clickButton(tracker, 'Try again');
      await idle(tracker);
      ok(spy.exchanges.length > attempts, 'tried again');
      ok(summaryBox(tracker), 'and says it again');
    });

    it('while it looks, says so; a second look-up replaces the first', async () => {
      const [slow, fast] = await Promise.all([lodge(), lodge('observation')]);
      const spy = spyOnFetch();
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      spy.intercept = async (exchange) => {
        if (exchange.url.pathname === `/v1/submissions/${slow.trackingCode}/status`) await held;
        return undefined;
      };
      const tracker = await mountTracker(`code="${slow.trackingCode}"`, { wait: false });
      await until(() => $(tracker, '.loading'), 5000, 'the loading message');
      equal(words($(tracker, '.loading')), 'Looking for your submission…');
      equal(root(tracker).getAttribute('aria-busy'), 'true');
      tracker.code = fast.trackingCode;
      await idle(tracker);
      release();
      await settle(tracker, 200);
      equal(heading(tracker), `Observation ${fast.trackingCode}`, 'the later look-up wins');
    });
  });

  describe('language', () => {
    it('switching the page’s language keeps the submission on screen, right to left in Arabic', async () => {
      const receipt = await answered();
      const tracker = await mountTracker(`code="${receipt.trackingCode}" access-key="${receipt.accessKey}"`);
      await switchLocale(tracker, 'ar');
      equal(root(tracker).getAttribute('dir'), 'rtl');
      equal(getComputedStyle($(tracker, '.summary')!).direction, 'rtl');
      ok(showsDetails(tracker), 'still the details');
      match(heading(tracker), new RegExp(`${receipt.trackingCode}$`));
      match(heading(tracker), /[\u0600-\u06ff]/, 'the kind in Arabic');
      equal(getComputedStyle($(tracker, '[data-heading] .code')!).direction, 'ltr', 'the code left to right');
      await switchLocale(tracker, 'fr');
      equal(root(tracker).getAttribute('dir'), 'ltr');
      match(heading(tracker), /^Réclamation /);
      ok(showsDetails(tracker));
    });
  });
});
