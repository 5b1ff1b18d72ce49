/**
 * <chikaya-status-tracker>: what it renders, state by state, against the sandbox. The look-up form,
 * the public status of a submission (received, taken in hand, forwarded, not admissible, answered,
 * overdue), what only the holder of the access key sees (the submission as lodged, the answer, the
 * rating and renewal forms, the rating and the renewal made), and its attributes.
 */
import { createClient } from '@chikaya/sdk';
import { deepEqual, equal, match, ok } from '../../../tools/browser/assert.js';
import { afterEach, describe, it } from '../../../tools/browser/mocha.js';
import { spyOnFetch } from './fetch-spy.js';
import {
  $,
  $$,
  acknowledge,
  answered,
  answerText,
  control,
  daysBetween,
  everythingShown,
  facts,
  forward,
  heading,
  idle,
  lodge,
  locales,
  mountTracker,
  overdueSubmission,
  personal,
  reject,
  root,
  showsDetails,
  showsLookup,
  showsStatus,
  timeline,
  today,
  words,
} from './status-tracker.support.js';
import { cleanup, platform, settle, until } from './support.js';

/** The ids an element's aria-describedby names, resolved inside the shadow root. */
function describedBy(element: HTMLElement): HTMLElement[] {
  const shadow = element.getRootNode() as ShadowRoot;
  return (element.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => {
      const found = shadow.getElementById(id);
      ok(found, `aria-describedby names #${id}, which exists`);
      return found;
    });
}

const labelOf = (element: HTMLElement) => words((element.getRootNode() as ShadowRoot).querySelector(`label[for="${element.id}"]`));
const client = () => createClient({ baseUrl: platform.url });

/** A day as the tracker writes it in English. */
const longDay = (moment: string) => new Intl.DateTimeFormat(['en-MA', 'en'], { dateStyle: 'long' }).format(new Date(moment));
const number = (value: number) => new Intl.NumberFormat(['en-MA', 'en']).format(value);
const longDate = (day: string) => new Intl.DateTimeFormat(['en-MA', 'en'], { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));

describe('<chikaya-status-tracker> template', () => {
  afterEach(cleanup);

  describe('without a code: the look-up', () => {
    it('asks for the tracking code and, optionally, the access key: labelled, explained, left to right, never autocompleted', async () => {
      const spy = spyOnFetch();
      const tracker = await mountTracker();
      ok(showsLookup(tracker), 'the look-up form');
      const title = $(tracker, 'h2[data-heading]')!;
      equal(words(title), 'Follow your submission');
      equal(title.tabIndex, -1, 'the heading is focusable by script only');

      const code = control(tracker, 'trackingCode');
      equal(labelOf(code), 'Tracking code');
      equal(code.type, 'text');
      equal(code.getAttribute('dir'), 'ltr');
      equal(code.getAttribute('autocomplete'), 'off');
      equal(code.required, true);
      const [hint] = describedBy(code);
      ok(hint, 'the code is described');
      ok(hint.classList.contains('hint'), 'the hint is tied by aria-describedby');
      ok(words(hint).includes('K7QM-4XPZ-RD'), 'the hint shows what a code looks like');
      equal(hint.querySelector('bdi')?.textContent, 'K7QM-4XPZ-RD', 'the example code is isolated from the sentence around it');

      const key = control(tracker, 'accessKey');
      match(labelOf(key), /^Access key \(optional\)$/);
      equal(key.required, false);
      equal(key.getAttribute('dir'), 'ltr');
      equal(key.getAttribute('autocomplete'), 'off');
      ok(describedBy(key)[0]?.classList.contains('hint'), 'the key is explained');

      const buttons = $$<HTMLButtonElement>(tracker, 'form[part="form"] button');
      deepEqual(
        buttons.map((button) => [button.type, words(button)]),
        [['submit', 'Find']],
      );
      equal($$(tracker, '.timeline, .summary, .error-summary').length, 0, 'nothing else');
      await settle(tracker, 100);
      equal(spy.exchanges.length, 0, 'without a code, nothing is asked of the platform');
    });

    it('`locale` sets the language and the direction: Arabic right to left, the others left to right', async () => {
      for (const locale of locales) {
        const tracker = await mountTracker(`locale="${locale}"`);
        await until(() => root(tracker).getAttribute('lang') === locale, 5000, `lang=${locale}`);
        equal(root(tracker).getAttribute('dir'), locale === 'ar' ? 'rtl' : 'ltr', `dir in ${locale}`);
        equal(getComputedStyle(root(tracker)).direction, locale === 'ar' ? 'rtl' : 'ltr', `computed direction in ${locale}`);
        // Codes and keys are typed left to right in every language.
        equal(getComputedStyle(control(tracker, 'trackingCode')).direction, 'ltr', `the code in ${locale}`);
        tracker.closest('main')!.remove();
      }
    });
  });

  describe('with a code and no key: the public status', () => {
    it('received: the kind and the code as the heading, the key facts with the days left, one event, and the key’s form', async () => {
      const receipt = await lodge('complaint');
      const tracker = await mountTracker(`code="${receipt.trackingCode}"`);
      ok(showsStatus(tracker), 'the public status');
      equal(heading(tracker), `Complaint ${receipt.trackingCode}`);
      const code = $(tracker, '[data-heading] bdi.code')!;
      equal(code.textContent, receipt.trackingCode);
      equal(code.getAttribute('dir'), 'ltr', 'the code reads left to right in any language');
      equal($(tracker, '[data-heading]')!.tagName, 'H2');

      const status = await client().submissions.status(receipt.trackingCode);
      const left = daysBetween(today(), receipt.dueDate);
      ok(left >= 59 && left <= 60, `sixty days to answer (${left})`);
      deepEqual(facts(tracker), {
        'Public body': 'Commune du banc d’essai',
        Status: 'Received',
        'Received on': longDay(status.receivedAt),
        'To be answered by': `${longDate(receipt.dueDate)} (days left: ${left})`,
      });
      equal($(tracker, '.due--overdue'), null, 'not overdue');

      const events = timeline(tracker);
      equal(events.length, 1, 'one event');
      equal($(tracker, 'ol.timeline')!.getAttribute('part'), 'timeline');
      const time = events[0]!.querySelector('time')!;
      equal(time.getAttribute('datetime'), status.timeline[0]!.at, 'a machine-readable time');
      equal(words(time), longDay(status.timeline[0]!.at));
      equal(words(events[0]!.querySelector('.event-title')), 'Sent and received');

      // The key opens the rest: its form, under the status.
      const keyForm = control(tracker, 'accessKey').closest('form')!;
      equal(words(keyForm.querySelector('h3')), 'See your submission');
      equal(words(keyForm.querySelector('button[type="submit"]')), 'Show');
      equal(control(tracker, 'accessKey').value, '', 'the key is asked, not filled in');
      equal($$(tracker, 'input[name="trackingCode"]').length, 0, 'the code is not asked again');
      ok(!showsDetails(tracker), 'nothing of the details');
      equal($$(tracker, '[part="answer"], [name="score"], [name="reason"]').length, 0, 'no answer, no rating, no renewal');
      deepEqual(
        $$(tracker, '.root > .actions button').map(words),
        ['Refresh', 'Follow another submission'],
      );
    });

    it('an observation says so in its heading', async () => {
      const receipt = await lodge('observation');
      const tracker = await mountTracker(`code="${receipt.trackingCode}"`);
      equal(heading(tracker), `Observation ${receipt.trackingCode}`);
    });

    it('taken in hand: the status in words, and the agency’s public note in the history, its numbers kept in order', async () => {
      const receipt = await lodge();
      await acknowledge(receipt.trackingCode, 'Dossier ET-2026-118 transmis au bureau 12 de l’état civil.');
      const tracker = await mountTracker(`code="${receipt.trackingCode}"`);
      equal(facts(tracker).Status, 'Being handled');
      const events = timeline(tracker);
      deepEqual(
        events.map((event) => words(event.querySelector('.event-title'))),
        ['Sent and received', 'Taken in hand'],
      );
      const note = events[1]!.querySelector('.event-note')!;
      equal(words(note), 'Dossier ET-2026-118 transmis au bureau 12 de l’état civil.');
      deepEqual(
        [...note.querySelectorAll('bdi')].map((bdi) => bdi.textContent),
        ['ET-2026-118', '12'],
        'the numbers are isolated, so that an Arabic page does not reorder them',
      );
      equal(events[0]!.querySelector('.event-note'), null, 'no note, no empty paragraph');
    });

    it('forwarded: the body it went to, by its name in the page’s language, as the public body and in the history', async () => {
      const receipt = await lodge();
      await forward(receipt.trackingCode, 'cnss', 'Transmise à la CNSS, compétente pour les prestations familiales.');
      const cnss = await client().agencies.get('cnss');
      const tracker = await mountTracker(`code="${receipt.trackingCode}"`);
      equal(facts(tracker)['Public body'], cnss.names.en);
      equal(facts(tracker).Status, 'Forwarded to the competent public body');
      equal(words(timeline(tracker)[1]!.querySelector('.event-title')), `Forwarded to ${cnss.names.en}`);
    });

    it('not admissible: the status, and no due date any more', async () => {
      const receipt = await lodge();
      await reject(receipt.trackingCode, 'outside_public_service', 'La demande concerne un litige entre particuliers.');
      const tracker = await mountTracker(`code="${receipt.trackingCode}"`);
      const shown = facts(tracker);
      equal(shown.Status, 'Not admissible');
      equal('To be answered by' in shown, false, 'no due date for what will not be answered');
      const status = await client().submissions.status(receipt.trackingCode);
      equal(shown['Closed on'], longDay(status.timeline.at(-1)!.at), 'closed on the day it was found not admissible');
      equal($(tracker, '.due'), null, 'no days left');
      equal(words(timeline(tracker)[1]!.querySelector('.event-note')), 'La demande concerne un litige entre particuliers.');
    });

    it('answered: the day of the answer instead of the due date, and the key’s form offers to read the answer', async () => {
      const receipt = await answered();
      const status = await client().submissions.status(receipt.trackingCode);
      const tracker = await mountTracker(`code="${receipt.trackingCode}"`);
      const shown = facts(tracker);
      equal(shown.Status, 'Answered');
      equal(shown['Answered on'], longDay(status.answeredAt!));
      equal('To be answered by' in shown, false);
      equal(words(control(tracker, 'accessKey').closest('form')!.querySelector('h3')), 'Read the answer');
      ok(!everythingShown(tracker).includes(answerText), 'the answer itself needs the key');
    });

    it('overdue: the days past the due date, marked as such', async () => {
      const overdue = await overdueSubmission();
      const tracker = await mountTracker(`code="${overdue.trackingCode}"`);
      ok(showsStatus(tracker), 'the overdue submission’s status');
      const late = daysBetween(overdue.dueDate, today());
      ok(late > 0, `past its due date (${overdue.dueDate})`);
      const due = $(tracker, '.due')!;
      ok(due.classList.contains('due--overdue'), 'marked overdue');
      equal(words(due), `(days overdue: ${number(late)})`);
      equal(facts(tracker)['To be answered by'], `${longDate(overdue.dueDate)} (days overdue: ${number(late)})`);
      const danger = getComputedStyle(due).color;
      const plain = getComputedStyle(due.parentElement!).color;
      ok(danger !== plain, `told by its colour too (${danger} against ${plain}), not by it alone: the words say it`);
    });
  });

  describe('with the key: what only its holder sees', () => {
    it('the submission as lodged, folded in a <details>: subject, description, service, place, date, and who, never the national ID', async () => {
      const receipt = await lodge();
      const tracker = await mountTracker(`code="${receipt.trackingCode}" access-key="${receipt.accessKey}"`);
      await until(() => words($(tracker, 'details[part="details"]')).includes('État civil'), 5000, 'the name of the service');
      const details = $<HTMLDetailsElement>(tracker, 'details[part="details"]')!;
      equal(details.open, false, 'folded: a shared screen does not show it unasked');
      equal(words(details.querySelector('summary')), 'Your submission');
      const rows = Object.fromEntries([...details.querySelectorAll('dt')].map((term) => [words(term), words(term.nextElementSibling)]));
      equal(rows.Subject, personal.subject);
      equal(rows.Description, personal.description);
      equal(rows['Service concerned'], 'État civil');
      equal(rows.Where, 'Martil, Tetouan, Tangier-Tetouan-Al Hoceima', 'commune, province and region, in the page’s language');
      ok(rows['Date it happened'], 'the day it happened');
      equal(rows['About you'], `${personal.fullName} · ${personal.email} · ${personal.phone}`);
      equal(details.querySelectorAll('dd bdi').length, 3, 'name, email and phone each isolated');
      equal(everythingShown(tracker).includes(personal.nationalId), false, 'never the national ID');
      equal($$(tracker, 'input[name="accessKey"]').length, 0, 'the key is not asked again');
      equal($$(tracker, '[part="answer"], [name="score"], [name="reason"]').length, 0, 'not answered yet: nothing to read, rate or contest');
    });

    it('answered: the answer, a rating form (1 to 5, an optional comment) and a renewal form with its last day', async () => {
      const receipt = await answered();
      const tracker = await mountTracker(`code="${receipt.trackingCode}" access-key="${receipt.accessKey}"`);
      const details = await createClient({ baseUrl: platform.url }).submissions.details(receipt.trackingCode, receipt.accessKey);
      const answer = $(tracker, 'section[part="answer"]')!;
      ok(answer.classList.contains('answer'));
      equal(words(answer.querySelector('h3')), 'The answer');
      equal(answer.getAttribute('aria-labelledby'), answer.querySelector('h3')!.id, 'the section is named by its heading');
      equal(words(answer.querySelector('.answer-text')), answerText);
      equal(words(answer.querySelector('.muted')), longDay(details.answer!.at));

      const rating = control(tracker, 'score').closest('form')!;
      equal(words(rating.querySelector('h3')), 'Rate the answer');
      const fieldset = rating.querySelector('fieldset')!;
      equal(words(fieldset.querySelector('legend')), 'How satisfied are you with the answer?');
      const radios = [...fieldset.querySelectorAll<HTMLInputElement>('input[type="radio"][name="score"]')];
      deepEqual(
        radios.map((radio) => [radio.value, labelOf(radio)]),
        [
          ['1', '1: very dissatisfied'],
          ['2', '2'],
          ['3', '3'],
          ['4', '4'],
          ['5', '5: very satisfied'],
        ],
      );
      equal(radios.some((radio) => radio.checked), false, 'nothing chosen for the user');
      const comment = control<HTMLTextAreaElement>(tracker, 'comment');
      equal(comment.tagName, 'TEXTAREA');
      match(labelOf(comment), /^Comment \(optional\)$/);
      const count = describedBy(comment).find((element) => element.classList.contains('count'));
      equal(words(count), 'You have 1,000 characters remaining');
      equal(words(rating.querySelector('button[type="submit"]')), 'Send my rating');

      const renewal = control<HTMLTextAreaElement>(tracker, 'reason').closest('form')!;
      equal(words(renewal.querySelector('h3')), 'Not convinced by the answer?');
      equal(words(renewal.querySelector('.lead')), `You may contest it once, until ${longDate(details.renewableUntil!)}. Your complaint is then handled again.`);
      equal(labelOf(control(tracker, 'reason')), 'Why does the answer not settle your complaint?');
      equal(control<HTMLTextAreaElement>(tracker, 'reason').required, true);
      equal(words(renewal.querySelector('button[type="submit"]')), 'Contest the answer');
      ok(showsDetails(tracker), 'and the submission as lodged');
    });

    it('an answered observation may be rated but not contested: only complaints are renewed', async () => {
      const receipt = await answered('observation');
      const tracker = await mountTracker(`code="${receipt.trackingCode}" access-key="${receipt.accessKey}"`);
      ok($(tracker, '[part="answer"]'), 'the answer');
      ok($(tracker, '[name="score"]'), 'a rating form');
      equal($(tracker, '[name="reason"]'), null, 'no renewal form');
    });

    it('not admissible: why, in the user’s words (not the platform’s code), and nothing to rate or contest', async () => {
      const receipt = await lodge();
      await reject(receipt.trackingCode, 'insufficient_information', 'Pièces justificatives manquantes.');
      const tracker = await mountTracker(`code="${receipt.trackingCode}" access-key="${receipt.accessKey}"`);
      const section = $(tracker, 'section[part="answer"]')!;
      equal(words(section.querySelector('h3')), 'Why it was not admissible');
      equal(words(section.querySelector('p')), 'It does not give enough information to be handled.');
      equal(everythingShown(tracker).includes('insufficient_information'), false, 'never the code');
      equal($$(tracker, '[name="score"], [name="reason"]').length, 0);
    });

    it('rated: the rating given and its comment instead of the form; the submission closed, nothing left to contest', async () => {
      const receipt = await answered();
      await client().submissions.rate(receipt.trackingCode, receipt.accessKey, { score: 4, comment: 'Réponse claire, merci.' });
      const tracker = await mountTracker(`code="${receipt.trackingCode}" access-key="${receipt.accessKey}"`);
      const rating = $(tracker, 'section[part="rating"]')!;
      equal(words(rating.querySelector('h3')), 'Your rating');
      equal(words(rating.querySelector('p')), `You rated the answer 4 out of 5 on ${longDay(new Date().toISOString())}.`);
      equal(words(rating.querySelector('.value')), 'Réponse claire, merci.');
      equal($$(tracker, '[name="score"], [name="reason"]').length, 0, 'no forms');
      equal(facts(tracker).Status, 'Closed');
    });

    it('renewed: the renewal made and its reason; the status back to being handled, and said to be contested', async () => {
      const receipt = await answered();
      const reason = 'Le bureau indiqué est fermé depuis un mois.';
      await client().submissions.renew(receipt.trackingCode, receipt.accessKey, { reason });
      const tracker = await mountTracker(`code="${receipt.trackingCode}" access-key="${receipt.accessKey}"`);
      const renewal = $(tracker, 'section[part="renewal"]')!;
      equal(words(renewal.querySelector('h3')), 'You contested the answer');
      equal(words(renewal.querySelector('.value')), reason);
      const shown = facts(tracker);
      equal(shown.Status, 'Being handled');
      equal(shown.Contested, 'Yes: the answer was contested and the complaint reopened.');
      equal($$(tracker, '[name="score"], [name="reason"]').length, 0, 'neither rated nor contested again while it is handled');
    });
  });

  describe('attributes and properties', () => {
    it('`access-key` is the `accessKeyValue` property (HTML’s own `accessKey` is left alone)', async () => {
      const receipt = await lodge();
      const tracker = await mountTracker(`code="${receipt.trackingCode}" access-key="${receipt.accessKey}"`);
      equal(tracker.accessKeyValue, receipt.accessKey);
      equal(tracker.accessKey, '', 'no keyboard shortcut set');
      ok(showsDetails(tracker));
    });

    it('a code set after the element connected (a single-page app) is looked up; a key set later opens the details', async () => {
      const receipt = await lodge();
      const tracker = await mountTracker();
      ok(showsLookup(tracker));
      tracker.code = receipt.trackingCode;
      await idle(tracker);
      await until(() => showsStatus(tracker), 5000, 'the status');
      equal(heading(tracker), `Complaint ${receipt.trackingCode}`);
      ok(!showsDetails(tracker));
      tracker.accessKeyValue = receipt.accessKey;
      await idle(tracker);
      await until(() => showsDetails(tracker), 5000, 'the details');
    });

    it('`code` is read as a person types it (any case, spaces) and shown in its canonical form', async () => {
      const receipt = await lodge();
      const typed = receipt.trackingCode.toLowerCase().replace(/-/g, ' ');
      const tracker = await mountTracker(`code="${typed}"`);
      equal(heading(tracker), `Complaint ${receipt.trackingCode}`);
    });

    it('`api` is the platform it reads from: a dead address gives the look-up form back with a message, not an empty box', async () => {
      const tracker = await mountTracker(`code="K7QM-4XPZ-RD"`, { api: platform.closedUrl });
      ok(showsLookup(tracker), 'the look-up form');
      match(words($(tracker, '.error-summary')), /could not reach the platform/);
      equal(control(tracker, 'trackingCode').value, 'K7QM-4XPZ-RD', 'the code is kept');
    });
  });
});
