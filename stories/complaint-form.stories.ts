import '@chikaya/widgets/complaint-form';
import type { ChikayaComplaintForm, Locale } from '@chikaya/widgets';
import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { keyed } from 'lit/directives/keyed.js';
import { ref } from 'lit/directives/ref.js';
import { attribute, colors, event, fontRadiusSpace, localeAndApi, theme } from './arg-types.js';
import { type FormState, forgetSavedAnswers, showState } from './form-state.js';

/** The element's attributes (as strings, as a page writes them) and its CSS custom properties. */
interface Args {
  agency?: string;
  kind?: string;
  service?: string;
  locale?: string;
  api?: string;
  'tracker-url'?: string;
  theme?: string;
  '--chikaya-color-primary'?: string;
  '--chikaya-color-danger'?: string;
  '--chikaya-color-success'?: string;
  '--chikaya-font-family'?: string;
  '--chikaya-radius'?: string;
  '--chikaya-space'?: string;
}

/** The element's events: not attributes; each is logged in the Actions panel. */
interface Events {
  'chikaya-submit'?: never;
  'chikaya-submitted'?: never;
  'chikaya-error'?: never;
}

const customProperties = [
  '--chikaya-color-primary',
  '--chikaya-color-danger',
  '--chikaya-color-success',
  '--chikaya-font-family',
  '--chikaya-radius',
  '--chikaya-space',
] as const;

/** A story's internal state, in the story's language (so that the user's answers are in it too). */
type StateFor = (locale: Locale) => FormState;

/**
 * A story's `parameters` that show the element at a given state (see `form-state.ts`), with the
 * height of the story's frame in the docs page when the default (720 px) is too short.
 */
const formState = (stateFor: StateFor, height?: number) => ({
  formState: stateFor,
  ...(height === undefined ? {} : { docs: { story: { height: `${height}px` } } }),
});

// ---- what a user typed, in each language ------------------------------------------------------

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

const texts: Record<Locale, { subject: string; description: string; name: string; commune: string; suggestion: string; idea: string }> = {
  ar: {
    subject: 'نتائج المباراة لم تُنشر بعد أربعة أشهر',
    description:
      'اجتزت الاختبار الكتابي لمباراة المساعدين الإداريين بالرباط. بعد أربعة أشهر، لم تُنشر النتائج بعد على الموقع ولا أحد يجيب على الرقم المذكور في الإعلان. أود معرفة موعد نشرها.',
    name: 'سلمى بناني',
    commune: 'أكدال الرياض',
    suggestion: 'حجز موعد عبر الإنترنت',
    idea: 'سيكون من المفيد حجز موعد عبر الإنترنت لإيداع ملفات المباريات بدل الانتظار في الطابور منذ الصباح.',
  },
  fr: {
    subject: 'Résultats du concours non publiés après quatre mois',
    description:
      'J’ai passé l’épreuve écrite du concours d’adjoints administratifs à Rabat. Quatre mois plus tard, les résultats ne sont toujours pas publiés sur le site et personne ne répond au numéro indiqué dans l’avis. Je souhaite savoir quand ils le seront.',
    name: 'Salma Bennani',
    commune: 'Agdal-Riyad',
    suggestion: 'Prendre rendez-vous en ligne',
    idea: 'Il serait utile de pouvoir prendre rendez-vous en ligne pour déposer les dossiers de concours, au lieu de faire la queue dès le matin.',
  },
  en: {
    subject: 'Examination results not published after four months',
    description:
      'I sat the written examination for administrative assistants in Rabat. Four months later the results are still not on the website, and nobody answers at the number given in the notice. I would like to know when they will be published.',
    name: 'Salma Bennani',
    commune: 'Agdal-Riyad',
    suggestion: 'Book an appointment online',
    idea: 'It would help to book an appointment online to hand in examination files, instead of queueing from early morning.',
  },
  // A Tamazight-speaking user may well write in French: the interface is in Tamazight, the answers are the user's.
  zgh: {
    subject: 'Résultats du concours non publiés après quatre mois',
    description:
      'J’ai passé l’épreuve écrite du concours d’adjoints administratifs à Rabat. Quatre mois plus tard, les résultats ne sont toujours pas publiés sur le site et personne ne répond au numéro indiqué dans l’avis.',
    name: 'Salma Bennani',
    commune: 'Agdal-Riyad',
    suggestion: 'Prendre rendez-vous en ligne',
    idea: 'Il serait utile de pouvoir prendre rendez-vous en ligne pour déposer les dossiers de concours.',
  },
};

/** A complaint to the Ministry of Administration Reform (`mrafp`), every step answered. */
const complaint = (locale: Locale): NonNullable<FormState['draft']> => ({
  kind: 'complaint',
  agencyId: 'mrafp',
  serviceId: 'mrafp-concours',
  'location.regionId': 'rabat-sale-kenitra',
  'location.provinceId': 'rabat',
  'location.commune': texts[locale].commune,
  subject: texts[locale].subject,
  description: texts[locale].description,
  occurredOn: daysAgo(120),
  'complainant.fullName': texts[locale].name,
  'complainant.nationalId': 'AB123456',
  'complainant.email': 'salma.bennani@example.ma',
  'complainant.phone': '0612345678',
  answerLanguage: locale,
  consent: true,
});

// ---- the story's element -------------------------------------------------------------------------

function render(args: Args & Events, context: StoryContext<Args & Events>) {
  const locale = (args.locale || context.globals['locale']) as Locale;
  const api = args.api || (context.globals['api'] as string);
  const state = (context.parameters['formState'] as StateFor | undefined)?.(locale);
  const style = customProperties
    .filter((name) => args[name])
    .map((name) => `${name}: ${args[name]}`)
    .join('; ');
  // Each story, and each change of a control, gets a new element: it reads its attributes and the
  // answers saved in sessionStorage when it connects, so a story starts from nothing saved.
  forgetSavedAnswers();
  return html`${keyed(
    JSON.stringify([context.id, args, locale, api]),
    html`<chikaya-complaint-form
      agency=${ifDefined(args.agency || undefined)}
      kind=${ifDefined(args.kind || undefined)}
      service=${ifDefined(args.service || undefined)}
      locale=${locale}
      api=${api}
      tracker-url=${ifDefined(args['tracker-url'] || undefined)}
      theme=${ifDefined(args.theme || undefined)}
      style=${ifDefined(style || undefined)}
      ${ref((element) => {
        if (element && state) void showState(element as ChikayaComplaintForm, state);
      })}
    ></chikaya-complaint-form>`,
  )}`;
}

/**
 * The form through which a user lodges a complaint, an observation or a suggestion with a public
 * body: one question per step, then a review with "change" links, then the confirmation with the
 * tracking code and the access key. Nothing typed is lost: answers (but the national ID) are kept
 * in `sessionStorage` per agency and come back after a reload; a failed send keeps them and
 * retries with the same idempotency key, so that nothing is ever lodged twice.
 *
 * The stories call the platform named by the `api` control, by default the sandbox that
 * `pnpm storybook` starts (http://127.0.0.1:8787, or `STORYBOOK_CHIKAYA_API`). Choose the language
 * in the toolbar: one language per page, so in these docs each story has a page of its own. Stories
 * past the first step set the element's internal state once it renders (`stories/form-state.ts`);
 * a page only has the attributes.
 */
const meta = {
  title: 'Elements/Complaint form',
  component: 'chikaya-complaint-form',
  render,
  argTypes: {
    agency: { control: 'text', table: attribute('string') },
    kind: {
      control: { type: 'select', labels: { '': '(the user chooses)' } },
      options: ['', 'complaint', 'observation', 'suggestion'],
      table: attribute("'complaint' | 'observation' | 'suggestion'"),
    },
    service: { control: 'text', table: attribute('string') },
    ...localeAndApi,
    'tracker-url': { control: 'text', table: attribute('string') },
    ...theme,
    ...colors('primary', 'danger', 'success'),
    ...fontRadiusSpace,
    'chikaya-submit': { name: 'chikaya-submit', control: false, table: event('CustomEvent') },
    'chikaya-submitted': { name: 'chikaya-submitted', control: false, table: event('CustomEvent') },
    'chikaya-error': { name: 'chikaya-error', control: false, table: event('CustomEvent') },
  },
} satisfies Meta<Args & Events>;

export default meta;
type Story = StoryObj<Args & Events>;

// ---- the steps -----------------------------------------------------------------------------------

/** The first step when the page presets nothing: what the user wants to send. */
export const KindStep: Story = { name: 'Kind step' };

/**
 * An agency's own page: `agency="mrafp" kind="complaint"`. The kind step is skipped and the agency
 * is not asked; the form opens on the service and the place, named after the agency (from the platform).
 */
export const PresetAgencyAndKind: Story = {
  name: 'Preset agency (mrafp) and kind',
  args: { agency: 'mrafp', kind: 'complaint' },
};

/**
 * Without a preset agency the user searches for it: the combobox lists the platform's matches as
 * they type (here “office”: ONCF, ONDA, ONSSA, OFPPT…); arrows move, Enter chooses, Escape closes.
 */
export const AgencySearch: Story = {
  name: 'Agency search',
  parameters: formState(() => ({ step: 'where', draft: { kind: 'complaint' }, searchFor: 'office' })),
};

/** What happened: the subject, the description with its live character count, and the date. */
export const FactsWithCount: Story = {
  name: 'Facts, with the live count',
  args: { agency: 'mrafp', kind: 'complaint' },
  parameters: formState((locale) => ({
    step: 'facts',
    draft: { subject: texts[locale].subject, description: texts[locale].description },
  })),
};

/** About you, for a complaint: a name, the national ID (CIN) and a way to reach the user are required. */
export const IdentityComplaint: Story = {
  name: 'Identity, complaint',
  args: { agency: 'mrafp', kind: 'complaint' },
  parameters: formState((locale) => ({ step: 'identity', draft: { ...complaint(locale), 'complainant.phone': undefined, consent: false } }), 900),
};

/** About you, for a suggestion: the user may send it without their name (the default). */
export const IdentityAnonymousSuggestion: Story = {
  name: 'Identity, anonymous suggestion',
  args: { agency: 'mrafp', kind: 'suggestion' },
  parameters: formState((locale) => ({
    step: 'identity',
    draft: { subject: texts[locale].suggestion, description: texts[locale].idea, identify: 'no' },
  })),
};

/**
 * The user pressed Continue with wrong answers: the error summary at the top (focused, each
 * message a link to its field), and each field's own message. The validation is the element's own,
 * run by pressing Continue.
 */
export const ErrorsShown: Story = {
  name: 'Errors shown',
  args: { agency: 'mrafp', kind: 'complaint' },
  parameters: formState(
    () => ({
      step: 'identity',
      draft: { 'complainant.fullName': '', 'complainant.nationalId': '1234567', 'complainant.email': 'salma.bennani@', consent: false },
      submit: true,
    }),
    1250,
  ),
};

/** Check your answers: every answer with a "Change" link back to its step. */
export const Review: Story = {
  args: { agency: 'mrafp', kind: 'complaint' },
  parameters: formState((locale) => ({ step: 'review', draft: complaint(locale) }), 1050),
};

/** Sending: the button says so and a second press does nothing (`aria-disabled`, `aria-busy`). */
export const Sending: Story = {
  args: { agency: 'mrafp', kind: 'complaint' },
  parameters: formState((locale) => ({ step: 'review', draft: complaint(locale), sending: true }), 1050),
};

/** The send failed (no network): the answers are kept and the button offers to send again. */
export const SendFailed: Story = {
  name: 'Send failed ("Send again")',
  args: { agency: 'mrafp', kind: 'complaint' },
  parameters: formState((locale) => ({ step: 'review', draft: complaint(locale), problem: 'network_error' }), 1200),
};

/** Lodged: the tracking code, the due date and the access key, shown once, with a link to the tracker. */
export const Confirmation: Story = {
  args: { agency: 'mrafp', kind: 'complaint', 'tracker-url': '/suivi' },
  parameters: formState(() => ({
    step: 'confirmation',
    receipt: {
      trackingCode: 'K7QM-4XPZ-RD',
      accessKey: 'ak_7hq2mz9xkc4vtw8pn3rjd6fy',
      kind: 'complaint',
      agencyId: 'mrafp',
      status: 'received',
      receivedAt: `${daysAgo(0)}T09:30:00Z`,
      dueDate: daysAgo(-60),
    },
  })),
};

// ---- looks -----------------------------------------------------------------------------------------

/** `theme="dark"`, on a dark page. */
export const DarkTheme: Story = {
  name: 'Dark theme',
  args: { agency: 'mrafp', kind: 'complaint', theme: 'dark' },
  globals: { backgrounds: { value: 'dark' } },
  parameters: formState((locale) => ({ step: 'identity', draft: complaint(locale) }), 900),
};

/** An agency's own look, through the CSS custom properties (try the controls). */
export const CustomTheming: Story = {
  name: 'Custom theming',
  args: {
    agency: 'mrafp',
    kind: 'complaint',
    '--chikaya-color-primary': '#7a1f5c',
    '--chikaya-radius': '0',
    '--chikaya-font-family': "Georgia, 'DejaVu Serif', serif",
  },
  parameters: formState((locale) => ({
    step: 'facts',
    draft: { subject: texts[locale].subject, description: texts[locale].description },
  })),
};

/**
 * Arabic, right to left, whatever the toolbar says: the review mixes Arabic answers with
 * left-to-right ones (the CIN, the email, the phone).
 */
export const RightToLeftArabic: Story = {
  name: 'Right to left (Arabic)',
  args: { agency: 'mrafp', kind: 'complaint' },
  globals: { locale: 'ar' },
  parameters: formState((locale) => ({ step: 'review', draft: complaint(locale) }), 1050),
};
