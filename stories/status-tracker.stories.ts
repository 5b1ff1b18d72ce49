import '@chikaya/widgets/status-tracker';
import type { ChikayaStatusTracker, Locale } from '@chikaya/widgets';
import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { keyed } from 'lit/directives/keyed.js';
import { ref } from 'lit/directives/ref.js';
import { attribute, colors, event, fontRadiusSpace, localeAndApi, theme } from './arg-types.js';
import { type Demo, type DemoState, type DemoSubmission, demoSubmissions } from './demo.js';
import { offline, patchFetch, problem } from './fetch-patch.js';
import { notice } from './notice.js';

/** The element's attributes (as a page writes them) and its CSS custom properties. */
interface Args {
  code?: string;
  'access-key'?: string;
  'read-url'?: boolean;
  locale?: string;
  api?: string;
  theme?: string;
  '--chikaya-color-primary'?: string;
  '--chikaya-color-danger'?: string;
  '--chikaya-font-family'?: string;
  '--chikaya-radius'?: string;
  '--chikaya-space'?: string;
}

/** The element's events: not attributes; each is logged in the Actions panel. */
interface Events {
  'chikaya-rated'?: never;
  'chikaya-renewed'?: never;
}

const customProperties = [
  '--chikaya-color-primary',
  '--chikaya-color-danger',
  '--chikaya-font-family',
  '--chikaya-radius',
  '--chikaya-space',
] as const;

/** A valid tracking code (its check character is right) that no submission has. */
const unknownCode = 'K7QM-4XPZ-RD';

/** What a story shows, in its `parameters.tracker`. */
interface Shown {
  /**
   * A submission that `pnpm storybook` made on its sandbox (`demo-submissions.mjs`), or a seeded
   * overdue one: its code, and with `key` its access key, right or wrong by one character. Without
   * one (a static build…), the story says why, and shows `fallback` if it has one, else the look-up.
   */
  demo?: { state: DemoState | 'overdue'; key?: 'right' | 'wrong'; fallback?: string };
  /** Then type this code into the look-up form and press Find, as a user would. */
  typeCode?: string;
  /** The height of the story's frame in the docs page, when the default (720 px) is too short. */
  height?: number;
}

const shown = (what: Shown) => ({
  tracker: what,
  ...(what.height === undefined ? {} : { docs: { story: { height: `${what.height}px` } } }),
});

const described: Record<DemoState | 'overdue', string> = {
  inProgress: 'a complaint being handled',
  answered: 'an answered complaint, with its access key',
  rated: 'a complaint whose answer was rated, with its access key',
  renewed: 'a complaint whose answer was contested, with its access key',
  overdue: 'a seeded complaint to the DGSN, overdue now',
};

/** The key with its last character changed: what a user who mistyped it sends. */
const mistyped = (key: string) => `${key.slice(0, -1)}${key.endsWith('x') ? 'y' : 'x'}`;

/** The code and key a story shows, or the note that says why it cannot. */
function fromDemo(what: NonNullable<Shown['demo']>, demo: Demo, locale: Locale): { submission?: DemoSubmission; note?: TemplateResult } {
  const submission = !demo.ready ? undefined : what.state === 'overdue' ? demo.overdue : demo.submission(what.state, locale);
  if (submission) return { submission };
  if (what.fallback) return { submission: { trackingCode: what.fallback } };
  const why = demo.ready ? 'the sandbox has no overdue complaint at the DGSN' : demo.why;
  return {
    note: notice(
      html`This story shows ${described[what.state]}: one of the demo submissions that <code>pnpm storybook</code> prepares on
        its sandbox. There is none here: ${why}. Below, the tracker without a code; or set the <code>code</code> control.`,
    ),
  };
}

/** Resolves with the first match in the element's shadow root once rendered (the language loads first). */
async function rendered<E extends Element>(tracker: ChikayaStatusTracker, selector: string, timeout = 5000): Promise<E | null> {
  const until = performance.now() + timeout;
  while (performance.now() < until) {
    await tracker.updateComplete;
    const found = tracker.renderRoot.querySelector<E>(selector);
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return null;
}

/** Types `code` into the look-up form and presses Find: the element's own check runs. */
async function typeAndFind(tracker: ChikayaStatusTracker, code: string): Promise<void> {
  const input = await rendered<HTMLInputElement>(tracker, 'input[name="trackingCode"]');
  if (!input) return;
  input.value = code;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  input.form?.requestSubmit();
}

// ---- the story's element -------------------------------------------------------------------------

function render(args: Args & Events, context: StoryContext<Args & Events>) {
  const locale = (args.locale || context.globals['locale']) as Locale;
  const api = args.api || (context.globals['api'] as string);
  const what = (context.parameters['tracker'] as Shown | undefined) ?? {};
  let code = args.code || undefined;
  let key = args['access-key'] || undefined;
  let note: TemplateResult | undefined;
  if (what.demo && !code) {
    const found = fromDemo(what.demo, context.loaded['demo'] as Demo, locale);
    note = found.note;
    code = found.submission?.trackingCode;
    const right = found.submission?.accessKey;
    if (!key && right && what.demo.key) key = what.demo.key === 'right' ? right : mistyped(right);
  }
  const style = customProperties
    .filter((name) => args[name])
    .map((name) => `${name}: ${args[name]}`)
    .join('; ');
  // Each story, and each change of a control, gets a new element: it reads its attributes (and,
  // with read-url, the page's address) when it connects.
  return html`${note ?? nothing}
  ${keyed(
    JSON.stringify([context.id, args, locale, api, code, key]),
    html`<chikaya-status-tracker
      code=${ifDefined(code)}
      access-key=${ifDefined(key)}
      ?read-url=${args['read-url']}
      locale=${locale}
      api=${api}
      theme=${ifDefined(args.theme || undefined)}
      style=${ifDefined(style || undefined)}
      ${ref((element) => {
        if (element && what.typeCode) void typeAndFind(element as ChikayaStatusTracker, what.typeCode);
      })}
    ></chikaya-status-tracker>`,
  )}`;
}

/** Look-ups of submissions (status, details, rating, renewal), which the stories below answer in the platform's place. */
const isLookUp = (url: URL) => url.pathname.startsWith('/v1/submissions/');

/**
 * Follows a submission after it was lodged. With its tracking code, anyone sees where it stands:
 * the public body, the status in words, the due date with the days left or overdue, and the
 * history with the public notes (no personal data). With the access key too, its author reads the
 * answer, rates it and, for a complaint, contests it (a renewal). Without a code it asks for one,
 * and the code's check character catches a typo before any request is made. The details are never
 * asked for without a key.
 *
 * The stories call the platform named by the `api` control, by default the sandbox that
 * `pnpm storybook` starts. The submissions they show (answered, rated, renewed…, with their keys)
 * are made on that sandbox when it starts, through its HTTP API with its back-office keys
 * (`stories/demo-submissions.mjs`): a browser cannot answer a submission. Rating or contesting one
 * here does it for real; the next `pnpm storybook` makes a new one in its place. A static build
 * has none, and says so. Rate limits and network failures are shown by answering the story's
 * requests in the platform's place (`stories/fetch-patch.ts`). Choose the language in the toolbar.
 */
const meta = {
  title: 'Elements/Status tracker',
  component: 'chikaya-status-tracker',
  render,
  loaders: [async (context) => ({ demo: await demoSubmissions(context.args.api || (context.globals['api'] as string)) })],
  parameters: { actions: { handles: ['chikaya-rated', 'chikaya-renewed'] } },
  argTypes: {
    code: {
      description: 'The tracking code, e.g. `K7QM-4XPZ-RD`; without it, the tracker asks for one. Empty: the story’s own submission.',
      control: 'text',
      table: attribute('string'),
    },
    'access-key': {
      description:
        'The access key given with the code: shows the answer, and lets its author rate and contest it (property `accessKeyValue`). Empty: the story’s own.',
      control: 'text',
      table: attribute('string'),
    },
    'read-url': {
      description: 'Read `?code=` and `?key=` from the page’s address (the link of the form’s confirmation); the address then keeps the code, never the key.',
      control: 'boolean',
      table: { ...attribute('boolean'), defaultValue: { summary: 'false' } },
    },
    ...localeAndApi,
    ...theme,
    ...colors('primary', 'danger'),
    ...fontRadiusSpace,
    'chikaya-rated': { name: 'chikaya-rated', control: false, table: event('CustomEvent') },
    'chikaya-renewed': { name: 'chikaya-renewed', control: false, table: event('CustomEvent') },
  },
} satisfies Meta<Args & Events>;

export default meta;
type Story = StoryObj<Args & Events>;

// ---- looking up ------------------------------------------------------------------------------------

/** No code on the page: the tracker asks for one, and for the access key (optional). */
export const LookUp: Story = { name: 'Look-up form (no code)' };

/**
 * A typo in the code (`K7QM-4XPZ-RE` for `K7QM-4XPZ-RD`): its check character catches it when the
 * user presses Find, before any request. The story types it and presses Find, as a user would.
 */
export const Typo: Story = {
  name: 'Typo in the code',
  parameters: shown({ typeCode: 'K7QM-4XPZ-RE' }),
};

/**
 * Looking the code up. The platform is slow here: the story holds the answer back (its body never
 * comes), so the tracker stays on "Looking for your submission…", busy.
 */
export const Loading: Story = {
  args: { code: unknownCode },
  beforeEach: () => patchFetch(({ url }, stall) => (isLookUp(url) ? stall() : undefined)),
};

/** A valid code that no submission has (`K7QM-4XPZ-RD`): the look-up form again, with the problem above it. */
export const NotFound: Story = {
  name: 'Not found',
  args: { code: unknownCode },
};

// ---- found -----------------------------------------------------------------------------------------

/**
 * Found, with the code alone, as anyone holding it sees it: the public body, the status, the days
 * left to answer, the history with the agency's public note, and the form for the access key.
 * Nothing personal: the details are never asked for without a key.
 */
export const Found: Story = {
  name: 'Found (public, no key)',
  parameters: shown({ demo: { state: 'inProgress' }, height: 900 }),
};

/** The access key is wrong by one character: the public status stays, with the key's error and the summary. */
export const WrongKey: Story = {
  name: 'Wrong key',
  parameters: shown({ demo: { state: 'inProgress', key: 'wrong' }, height: 1000 }),
};

/**
 * Answered, with the access key: the answer, the rating form (1 to 5, a comment) and the renewal
 * form, then the submission as it was lodged (never the national ID). Rating or contesting here
 * does it for real, and shows in the Actions panel (`chikaya-rated`, `chikaya-renewed`).
 */
export const Answered: Story = {
  name: 'Answered (with key)',
  parameters: shown({ demo: { state: 'answered', key: 'right' }, height: 1700 }),
};

/** Rated 4 out of 5, with a comment: the submission is closed, the rating shown instead of its form. */
export const Rated: Story = {
  parameters: shown({ demo: { state: 'rated', key: 'right' }, height: 1250 }),
};

/** Contested: the complaint is handled again ("Contested: yes"), the renewal and its reason shown. */
export const Renewed: Story = {
  parameters: shown({ demo: { state: 'renewed', key: 'right' }, height: 1350 }),
};

/** Past its due date and still not answered: "days overdue", in the danger colour. A seeded DGSN complaint. */
export const Overdue: Story = {
  parameters: shown({ demo: { state: 'overdue' }, height: 900 }),
};

/**
 * The page's address carries the code (`?code=…`), as the complaint form's confirmation links to the
 * tracker: with `read-url`, the tracker reads it. The story puts the code of the complaint being
 * handled in the address (without demo submissions, `K7QM-4XPZ-RD`, which is not found), and takes
 * it out again when left.
 */
export const ReadUrl: Story = {
  name: 'Code in the page’s address (read-url)',
  args: { 'read-url': true },
  parameters: shown({ height: 900 }),
  beforeEach: (context) => {
    const demo = context.loaded['demo'] as Demo;
    const code = demo.ready ? demo.submission('inProgress', (context.args.locale || context.globals['locale']) as Locale).trackingCode : unknownCode;
    const before = location.href;
    const url = new URL(before);
    url.searchParams.set('code', code);
    history.replaceState(history.state, '', url);
    return () => history.replaceState(history.state, '', before);
  },
};

// ---- when the platform does not answer as it should -------------------------------------------------

/**
 * Too many look-ups from the user's connection: the platform answers 429 (here, in its place, the
 * first three times: the SDK tries twice more, after the `Retry-After` second). "Try again" then
 * reaches the platform.
 */
export const RateLimited: Story = {
  name: 'Rate limited',
  parameters: shown({ demo: { state: 'inProgress', fallback: unknownCode } }),
  beforeEach: () => {
    let refused = 0;
    return patchFetch(({ url }) =>
      isLookUp(url) && refused++ < 3 ? problem(429, 'rate_limited', 'Too many requests', { 'Retry-After': '1' }) : undefined,
    );
  },
};

/** The network is down (here, the first three attempts fail): the problem, and "Try again". */
export const Offline: Story = {
  name: 'No network',
  parameters: shown({ demo: { state: 'inProgress', fallback: unknownCode } }),
  beforeEach: () => {
    let failed = 0;
    return patchFetch(({ url }) => (isLookUp(url) && failed++ < 3 ? offline() : undefined));
  },
};

// ---- looks -------------------------------------------------------------------------------------------

/** `theme="dark"`, on a dark page: an answered complaint with its key. */
export const DarkTheme: Story = {
  name: 'Dark theme',
  args: { theme: 'dark' },
  globals: { backgrounds: { value: 'dark' } },
  parameters: shown({ demo: { state: 'answered', key: 'right' }, height: 1700 }),
};

/** An agency's own look, through the CSS custom properties (try the controls). */
export const CustomTheming: Story = {
  name: 'Custom theming',
  args: {
    '--chikaya-color-primary': '#7a1f5c',
    '--chikaya-color-danger': '#a4262c',
    '--chikaya-radius': '0',
    '--chikaya-font-family': "Georgia, 'DejaVu Serif', serif",
  },
  parameters: shown({ demo: { state: 'inProgress', key: 'wrong' }, height: 1000 }),
};

/**
 * Arabic, right to left, whatever the toolbar says: the codes, dates and numbers stay readable
 * among the Arabic text. An answered complaint, written in Arabic, with its key.
 */
export const RightToLeftArabic: Story = {
  name: 'Right to left (Arabic)',
  globals: { locale: 'ar' },
  parameters: shown({ demo: { state: 'answered', key: 'right' }, height: 1700 }),
};
