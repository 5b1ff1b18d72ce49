/**
 * <chikaya-complaint-form>: what it renders. The attributes, the fields of each step with their
 * labels, hints, names and autocomplete tokens, the review, the confirmation, and the page's own
 * fallback content when the script never runs.
 */
import { deepEqual, equal, match, ok } from '../../../tools/browser/assert.js';
import { afterEach, describe, it } from '../../../tools/browser/mocha.js';
import {
  $,
  $$,
  control,
  expectStep,
  heading,
  locales,
  mountForm,
  next,
  pick,
  root,
  select,
  send,
  walkTo,
  whereLoaded,
} from './complaint-form.support.js';
import { cleanup, platform, until } from './support.js';

/** Every path of the API body (`SubmissionInput`) a control may carry as its `name`. */
const bodyPaths = new Set([
  'kind',
  'agencyId',
  'serviceId',
  'location.regionId',
  'location.provinceId',
  'location.commune',
  'subject',
  'description',
  'occurredOn',
  'complainant.fullName',
  'complainant.nationalId',
  'complainant.email',
  'complainant.phone',
  'answerLanguage',
  'consent',
]);

/** The ids an element's aria-describedby names, resolved inside the shadow root. */
function describedBy(element: HTMLElement): HTMLElement[] {
  const root = element.getRootNode() as ShadowRoot;
  return (element.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => {
      const found = root.getElementById(id);
      ok(found, `aria-describedby names #${id}, which exists`);
      return found;
    });
}

const labelOf = (element: HTMLElement) => (element.getRootNode() as ShadowRoot).querySelector(`label[for="${element.id}"]`);

describe('<chikaya-complaint-form> template', () => {
  afterEach(cleanup);

  describe('attributes', () => {
    it('without `kind`, asks it first: three radios in a fieldset whose legend is the heading, each explained in one line', async () => {
      const form = await mountForm();
      expectStep(form, 'kind');
      const fieldset = $(form, 'fieldset')!;
      const legendHeading = fieldset.querySelector('legend [data-step-heading]');
      ok(legendHeading, 'the legend holds the step heading');
      equal(legendHeading.tagName, 'H2');
      const radios = [...fieldset.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
      deepEqual(
        radios.map((radio) => radio.value),
        ['complaint', 'observation', 'suggestion'],
      );
      for (const radio of radios) {
        ok(labelOf(radio)?.textContent?.trim(), `${radio.value} has a label`);
        const [hint] = describedBy(radio);
        ok(hint && hint.textContent!.trim().length > 20, `${radio.value} has a one-line explanation tied by aria-describedby`);
      }
      match($(form, '.progress')!.textContent!, /1\D+5/);
    });

    it('with a preset `kind`, does not ask it and counts one step less', async () => {
      const form = await mountForm('kind="suggestion"');
      expectStep(form, 'where');
      equal($$(form, '[name="kind"]').length, 0);
      match($(form, '.progress')!.textContent!, /1\D+4/);
    });

    it('with an unknown `kind`, asks it as if none was preset', async () => {
      const form = await mountForm('kind="petition"');
      expectStep(form, 'kind');
      equal($$<HTMLInputElement>(form, '[name="kind"]').some((radio) => radio.checked), false, 'nothing chosen');
    });

    it('without `agency`, offers a search-as-you-type combobox (ARIA 1.2), labelled and explained', async () => {
      const form = await mountForm('kind="complaint"');
      const combobox = control(form, 'agencyId');
      equal(combobox.getAttribute('role'), 'combobox');
      equal(combobox.getAttribute('aria-autocomplete'), 'list');
      equal(combobox.getAttribute('aria-expanded'), 'false');
      equal(combobox.getAttribute('autocomplete'), 'off');
      const listbox = form.shadowRoot!.getElementById(combobox.getAttribute('aria-controls')!);
      equal(listbox?.getAttribute('role'), 'listbox', 'aria-controls names the listbox');
      ok(labelOf(combobox)?.textContent?.trim(), 'a label');
      ok(describedBy(combobox)[0]?.classList.contains('hint'), 'the hint is tied by aria-describedby');
    });

    it('with a preset `agency`, names it in the heading and shows no picker', async () => {
      const form = await mountForm(`agency="${platform.agencyId}" kind="complaint"`);
      await until(() => heading(form)?.includes('banc d’essai'), 5000, 'the agency name');
      equal($$(form, '[role="combobox"]').length, 0);
    });

    it('with a preset `service`, shows it chosen in the list of the agency’s services', async () => {
      const form = await mountForm(`agency="${platform.agencyId}" kind="complaint" service="${platform.serviceId}"`);
      await whereLoaded(form);
      equal(control<HTMLSelectElement>(form, 'serviceId').value, platform.serviceId);
    });

    it('`locale` sets the language and the direction: Arabic right to left, the others left to right', async () => {
      for (const locale of locales) {
        const form = await mountForm(`locale="${locale}"`);
        await until(() => root(form).getAttribute('lang') === locale, 5000, `lang=${locale}`);
        equal(root(form).getAttribute('dir'), locale === 'ar' ? 'rtl' : 'ltr', `dir in ${locale}`);
        equal(getComputedStyle(root(form)).direction, locale === 'ar' ? 'rtl' : 'ltr', `computed direction in ${locale}`);
        form.closest('main')!.remove();
      }
    });

    it('`api` is the platform it reads from: the regions come from there, and a dead address still renders the form', async () => {
      const live = await mountForm('kind="complaint"');
      await whereLoaded(live, { services: false });
      ok(control<HTMLSelectElement>(live, 'location.regionId').options.length > 12, 'twelve regions and the placeholder');
      const dead = await mountForm('kind="complaint"', { api: platform.closedUrl });
      await new Promise((resolve) => setTimeout(resolve, 300));
      equal(control<HTMLSelectElement>(dead, 'location.regionId').options.length, 1, 'only the placeholder');
      ok(control(dead, 'agencyId'), 'the picker is still there');
    });
  });

  describe('fields', () => {
    it('every control is named by its path in the API body (the anonymity choice aside, which is not sent)', async () => {
      const form = await mountForm();
      const seen = new Set<string>();
      const collect = () => {
        for (const named of $$<HTMLInputElement>(form, 'input, select, textarea')) {
          ok(named.name, `the ${named.type} #${named.id} has a name`);
          if (named.name !== 'identify') ok(bodyPaths.has(named.name), `"${named.name}" is a path of the API body`);
          seen.add(named.name);
        }
      };
      for (const step of ['where', 'facts', 'identity'] as const) {
        collect();
        await walkTo(form, step);
      }
      collect();
      deepEqual([...bodyPaths].filter((path) => !seen.has(path)), [], 'every body path has its control');
    });

    it('carries the autocomplete tokens of WCAG 1.3.5, and none for the national ID', async () => {
      const form = await mountForm(`agency="${platform.agencyId}" kind="complaint"`);
      const expected: Record<string, string> = {
        'location.regionId': 'address-level1',
        'location.provinceId': 'address-level2',
        'location.commune': 'address-level3',
        'complainant.fullName': 'name',
        'complainant.nationalId': 'off',
        'complainant.email': 'email',
        'complainant.phone': 'tel',
        answerLanguage: 'language',
      };
      const check = (names: string[]) => {
        for (const name of names) equal(control(form, name).getAttribute('autocomplete'), expected[name], `autocomplete of ${name}`);
      };
      check(['location.regionId', 'location.provinceId', 'location.commune']);
      await walkTo(form, 'identity');
      check(['complainant.fullName', 'complainant.nationalId', 'complainant.email', 'complainant.phone', 'answerLanguage']);
    });

    it('asks for the email, phone and national ID left to right with the right keyboards, even in Arabic', async () => {
      const form = await mountForm(`agency="${platform.agencyId}" kind="complaint" locale="ar"`);
      await walkTo(form, 'identity');
      equal(control(form, 'complainant.email').type, 'email');
      equal(control(form, 'complainant.phone').type, 'tel');
      equal(control(form, 'complainant.phone').getAttribute('inputmode'), 'tel');
      for (const name of ['complainant.email', 'complainant.phone', 'complainant.nationalId'])
        equal(getComputedStyle(control(form, name)).direction, 'ltr', `${name} is typed left to right`);
    });

    it('the public body step: service, region, province (after the region) and commune, each optional and labelled', async () => {
      const form = await mountForm(`agency="${platform.agencyId}" kind="complaint"`);
      await whereLoaded(form);
      for (const name of ['serviceId', 'location.regionId', 'location.provinceId', 'location.commune']) {
        const field = control(form, name);
        ok(labelOf(field)?.querySelector('.optional'), `${name} is labelled, and marked optional`);
      }
      equal(control<HTMLSelectElement>(form, 'location.provinceId').disabled, true, 'no province before the region');
      await select(form, 'location.regionId', 'tanger-tetouan-al-hoceima');
      const provinces = control<HTMLSelectElement>(form, 'location.provinceId');
      equal(provinces.disabled, false);
      ok([...provinces.options].some((option) => option.value === 'tetouan'), 'the provinces of that region');
    });

    it('the facts step: a subject and a description with hints, a live character count, and a date', async () => {
      const form = await mountForm(`agency="${platform.agencyId}" kind="complaint"`);
      await next(form);
      expectStep(form, 'facts');
      const subject = control(form, 'subject');
      ok(describedBy(subject)[0]?.classList.contains('hint'), 'the subject’s hint');
      const description = control<HTMLTextAreaElement>(form, 'description');
      equal(description.tagName, 'TEXTAREA');
      const described = describedBy(description);
      ok(described.some((element) => element.classList.contains('hint')), 'the description’s hint');
      const count = described.find((element) => element.classList.contains('count'));
      ok(count, 'the character count is tied to the description');
      match(count.textContent!, /5[,.\s\u202f\u00a0]?000/);
      equal(control(form, 'occurredOn').type, 'date');
    });

    it('the identity step of a complaint: name, national ID, email, phone, the answer’s language and consent under Law 09-08', async () => {
      const form = await mountForm(`agency="${platform.agencyId}" kind="complaint" locale="fr"`);
      await walkTo(form, 'identity');
      for (const name of ['complainant.fullName', 'complainant.nationalId', 'complainant.email', 'complainant.phone', 'answerLanguage'])
        ok(labelOf(control(form, name))?.textContent?.trim(), `${name} is labelled`);
      equal(control<HTMLSelectElement>(form, 'answerLanguage').value, 'fr', 'the answer’s language defaults to the page’s');
      deepEqual(
        [...control<HTMLSelectElement>(form, 'answerLanguage').options].map((option) => option.value).filter(Boolean),
        ['ar', 'fr', 'en', 'zgh'],
      );
      const consent = control(form, 'consent');
      equal(consent.type, 'checkbox');
      match(describedBy(consent).map((element) => element.textContent).join(' '), /09-08/);
    });

    it('the identity step of an observation: anonymous by default, the name fields only once the user chooses to give it', async () => {
      const form = await mountForm(`agency="${platform.agencyId}" kind="observation"`);
      await walkTo(form, 'identity', { kind: 'observation' });
      const choice = $(form, 'fieldset')!;
      ok(choice.querySelector('legend')?.textContent?.trim(), 'the choice has a legend');
      equal($<HTMLInputElement>(form, 'input[name="identify"][value="no"]')!.checked, true);
      equal($$(form, '[name^="complainant."]').length, 0, 'no identity fields');
      await pick(form, 'identify', 'yes');
      ok(control(form, 'complainant.fullName'));
      equal($$(form, '[name="complainant.nationalId"]').length, 0, 'never the national ID for an observation');
    });
  });

  describe('review and confirmation', () => {
    it('the review lists each answer with a Change button that says what it changes', async () => {
      const form = await mountForm();
      await walkTo(form, 'review');
      const rows = $$(form, '.review-row');
      ok(rows.length >= 8, 'a row per answer');
      const text = $(form, 'dl.review')!.textContent!;
      for (const answer of ['Acte de naissance introuvable', 'Amina El Idrissi', 'AB123456', '0612345678']) ok(text.includes(answer), `shows ${answer}`);
      for (const button of $$<HTMLButtonElement>(form, '.review-action button')) {
        const term = button.closest('.review-row')!.querySelector('dt')!.textContent!.trim();
        ok(button.textContent!.replace(/\s+/g, ' ').includes(term), `the Change button names "${term}"`);
        equal(button.querySelector('.visually-hidden')?.textContent?.trim(), term);
      }
    });

    it('the confirmation shows the tracking code, the access key, the due date, copy and print, and “Track it” with the code', async () => {
      const form = await mountForm(`agency="${platform.agencyId}" kind="complaint" tracker-url="/suivi?lang=fr"`);
      await walkTo(form, 'review');
      await send(form);
      const code = $(form, '.code')!.textContent!.trim();
      match(code, /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{2}$/);
      equal($(form, '.code')!.getAttribute('dir'), 'ltr');
      match($(form, '.key')!.textContent!.trim(), /^ak_/);
      const year = new Date().getFullYear();
      match($(form, '.confirmation')!.textContent!, new RegExp(`${year}|${year + 1}`), 'the due date');
      equal($$(form, '.actions button').length, 2, 'copy and print');
      const track = $<HTMLAnchorElement>(form, '.actions a')!;
      equal(track.getAttribute('href'), `/suivi?lang=fr&code=${code}`);
    });

    it('without `tracker-url`, the confirmation has no “Track it” link', async () => {
      const form = await mountForm(`agency="${platform.agencyId}" kind="suggestion"`);
      await walkTo(form, 'review', { kind: 'suggestion' });
      await send(form);
      equal($$(form, '.actions a').length, 0);
    });
  });

  describe('fallback content', () => {
    /** A page in an iframe, as an agency's page that has the tag but not (or not yet) the element. */
    async function framed(body: string, head = ''): Promise<Document> {
      const frame = document.createElement('iframe');
      frame.style.cssText = 'inline-size: 600px; block-size: 400px; border: 0';
      frame.srcdoc = `<!doctype html><html lang="fr"><head><meta charset="utf-8">${head}<title>Commune</title></head><body>${body}</body></html>`;
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      document.body.append(frame);
      await loaded;
      return frame.contentDocument!;
    }

    const markup = `<chikaya-complaint-form agency="${platform.agencyId}" api="${platform.url}"><p id="fallback">Déposez votre réclamation sur <a href="https://www.chikaya.ma">chikaya.ma</a>.</p></chikaya-complaint-form>`;
    const recommended = '<style>chikaya-complaint-form:not(:defined) { display: block; }</style>';

    it('stays readable when the script never loads (with the recommended :not(:defined) style)', async () => {
      const page = await framed(markup + '<script type="module" src="/nowhere/chikaya.js"></script>', recommended);
      await new Promise((resolve) => setTimeout(resolve, 200));
      equal(page.defaultView!.customElements.get('chikaya-complaint-form'), undefined, 'not defined');
      ok(page.getElementById('fallback')!.offsetHeight > 0, 'the fallback is visible');
    });

    it('stays readable when a Content-Security-Policy blocks the real script', async () => {
      const page = await framed(
        markup + '<script type="module" src="/packages/widgets/src/complaint-form/define.ts"></script>',
        `<meta http-equiv="Content-Security-Policy" content="script-src 'none'">${recommended}`,
      );
      await new Promise((resolve) => setTimeout(resolve, 300));
      equal(page.defaultView!.customElements.get('chikaya-complaint-form'), undefined, 'not defined');
      ok(page.getElementById('fallback')!.offsetHeight > 0, 'the fallback is visible');
    });

    it('gives way to the form once the same script is allowed to run', async () => {
      const page = await framed(markup + '<script type="module" src="/packages/widgets/src/complaint-form/define.ts"></script>', recommended);
      const frameWindow = page.defaultView!;
      await until(() => page.querySelector('chikaya-complaint-form')?.shadowRoot?.querySelector('[data-step-heading]'), 10_000, 'the form in the frame');
      ok(frameWindow.customElements.get('chikaya-complaint-form'), 'defined');
      equal(page.getElementById('fallback')!.offsetHeight, 0, 'the fallback is replaced by the form');
    });
  });
});
