import '@chikaya/widgets/report';
import type { Locale } from '@chikaya/widgets';
import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html, render as renderInto } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { keyed } from 'lit/directives/keyed.js';
import { attribute, colors, cssProperty, event, fontRadiusSpace, localeAndApi, theme } from './arg-types.js';
import { offline, patchFetch } from './fetch-patch.js';
import { notice } from './notice.js';

/** The element's attributes (as a page writes them) and its CSS custom properties. */
interface Args {
  scope?: string;
  agency?: string;
  sector?: string;
  year?: number;
  locale?: string;
  api?: string;
  theme?: string;
  '--chikaya-color-primary'?: string;
  '--chikaya-color-series-2'?: string;
  '--chikaya-color-series-3'?: string;
  '--chikaya-color-success'?: string;
  '--chikaya-color-danger'?: string;
  '--chikaya-font-family'?: string;
  '--chikaya-radius'?: string;
  '--chikaya-space'?: string;
}

/** The element's event: not an attribute; logged in the Actions panel. */
interface Events {
  'chikaya-report-loaded'?: never;
}

const customProperties = [
  '--chikaya-color-primary',
  '--chikaya-color-series-2',
  '--chikaya-color-series-3',
  '--chikaya-color-success',
  '--chikaya-color-danger',
  '--chikaya-font-family',
  '--chikaya-radius',
  '--chikaya-space',
] as const;

type Status = 'published' | 'provisional';

/**
 * The sandbox seeds its database with every report of the years up to two years back published
 * (approved on 31 March of the next year); last year's await approval; this year's is open.
 */
const thisYear = new Date().getUTCFullYear();
const lastYear = thisYear - 1;
const publishedYear = thisYear - 2;

const localeOf = (args: Args, context: StoryContext<Args & Events>) => (args.locale || context.globals['locale']) as Locale;
const apiOf = (args: Args, context: StoryContext<Args & Events>) => args.api || (context.globals['api'] as string);

const styleOf = (args: Args) =>
  customProperties
    .filter((name) => args[name])
    .map((name) => `${name}: ${args[name]}`)
    .join('; ') || undefined;

/**
 * When a story shows a published report of a year the sandbox's seed publishes, or a provisional
 * one of a year it leaves open, and the platform answered the other: says why above the report,
 * in the note's place just before it. (A year changed in the controls is not the story's point.)
 */
function checkStatus(expected: Status, api: string) {
  return (event: CustomEvent<{ year: number; status: Status }>) => {
    const { year, status } = event.detail;
    const place = (event.target as Element).previousElementSibling;
    const seededAs: Status = year <= publishedYear ? 'published' : 'provisional';
    if (status === expected || seededAs !== expected || !(place instanceof HTMLElement)) return;
    renderInto(
      notice(
        expected === 'published'
          ? html`This story shows a published report, and <code>${api}</code> answered a provisional one for ${year}. The
              sandbox publishes every report of the years up to two years back when it seeds its database, and one seeded
              before reports could be published has none: delete <code>.data/sandbox.db</code> and run
              <code>pnpm storybook</code> again (it seeds a new one). Another platform may not have approved it yet.`
          : html`This story shows a provisional report, and <code>${api}</code> has published ${year}’s already (an
              approval, <code>POST /v1/admin/reports/approvals</code>, is for good). Set the <code>year</code> control to
              ${thisYear} for one still open.`,
      ),
      place,
    );
  };
}

// Each story, and each change of a control, gets a new element: it reads its report when it connects.
function render(args: Args & Events, context: StoryContext<Args & Events>) {
  const locale = localeOf(args, context);
  const api = apiOf(args, context);
  const expected = context.parameters['reportStatus'] as Status | undefined;
  return html`${keyed(
    JSON.stringify([context.id, args, locale, api]),
    html`<div data-report-note></div>
      <chikaya-report
        scope=${ifDefined(args.scope || undefined)}
        agency=${ifDefined(args.agency || undefined)}
        sector=${ifDefined(args.sector || undefined)}
        year=${ifDefined(args.year || undefined)}
        locale=${locale}
        api=${api}
        theme=${ifDefined(args.theme || undefined)}
        style=${ifDefined(styleOf(args))}
        @chikaya-report-loaded=${expected ? checkStatus(expected, api) : undefined}
      ></chikaya-report>`,
  )}`;
}

const isReportRead = (url: URL) => url.pathname.startsWith('/v1/reports/');

/** The status of the report a story shows: when the platform answers another, the story says why. */
const expecting = (status: Status) => ({ reportStatus: status });
/** The frame of a story without a report, in the docs page (a report's frame scrolls). */
const short = { docs: { story: { height: '300px' } } };

/**
 * An annual report, in one model for an agency, a sector and the nation: the three public targets
 * met or not beside the previous year, the key figures, the classification by type of public
 * service and kind, the year month by month, a line per agency (sector) or per sector (nation),
 * the public bodies joining the platform (nation), where submissions came from and the services
 * they most concerned, and the measures adopted or planned. Every chart has its table, every table
 * downloads as CSV, and the report prints as a clean document (the *Print* button, or the
 * browser's own). A report counts over the platform's classification only, never what users
 * wrote, and publishes no count under 5: such a cell reads "fewer than 5" (`<5` in the CSV file),
 * while the totals stay exact.
 *
 * One request per report; the report carries the names it refers to. A published report's numbers
 * never change and it says when it was published; a provisional one says the day of its figures.
 * The stories read the platform named by the `api` control, by default the sandbox that
 * `pnpm storybook` starts, whose seed publishes every report of the years up to two years back:
 * last year's await approval, and this year's is open. Choose the language in the toolbar.
 */
const meta = {
  title: 'Elements/Report',
  component: 'chikaya-report',
  render,
  // A report is long: in the docs, its frame shows the first sections and scrolls for the rest.
  parameters: { actions: { handles: ['chikaya-report-loaded'] }, docs: { story: { height: '2000px' } } },
  argTypes: {
    scope: {
      description: '`agency`, `sector` or `national`. Empty: `agency` when `agency` is set, `sector` when `sector` is, else `national`.',
      control: { type: 'select', labels: { '': '(from agency / sector)' } },
      options: ['', 'agency', 'sector', 'national'],
      table: attribute("'agency' | 'sector' | 'national'"),
    },
    agency: { description: 'The agency’s id (`mrafp`), for an agency’s report.', control: 'text', table: attribute('string') },
    sector: { description: 'The sector’s id (`public-service`), for a sector’s report.', control: 'text', table: attribute('string') },
    year: {
      description: `The report's calendar year (from 2018). Empty: last year (${lastYear}).`,
      control: { type: 'number', step: 1 },
      table: attribute('number'),
    },
    ...localeAndApi,
    ...theme,
    ...colors('primary'),
    '--chikaya-color-series-2': { control: 'color', table: cssProperty },
    '--chikaya-color-series-3': { control: 'color', table: cssProperty },
    ...colors('success', 'danger'),
    ...fontRadiusSpace,
    'chikaya-report-loaded': { name: 'chikaya-report-loaded', control: false, table: event('CustomEvent') },
  },
} satisfies Meta<Args & Events>;

export default meta;
type Story = StoryObj<Args & Events>;

// ---- each scope, a published year ----------------------------------------------------------------

/**
 * The Ministry of Administration Reform (`mrafp`), two years back: published on 31 March of the
 * next year. Its three targets met beside the year before, its sector, its measures (each with
 * its date and service), and no line per agency.
 */
export const Agency: Story = {
  name: 'An agency’s report (published)',
  args: { agency: 'mrafp', year: publishedYear },
  parameters: expecting('published'),
};

/**
 * The sector of public administration (`public-service`), two years back: its three public bodies
 * line by line ("Public body by public body", with how many targets each met), one target not met,
 * and the measures of all three, each with its public body.
 */
export const Sector: Story = {
  name: 'A sector’s report (published)',
  args: { sector: 'public-service', year: publishedYear },
  parameters: expecting('published'),
};

/**
 * No `agency` nor `sector`: the national summary, two years back. The public bodies on the
 * platform against their target, sector by sector, the step chart of public bodies joining, and
 * the measures counted by public body (their full list is the CSV file).
 */
export const National: Story = {
  name: 'The national summary (published)',
  args: { year: publishedYear },
  parameters: expecting('published'),
};

/**
 * A public body that received few submissions in the year (the national railways, `oncf`): most of
 * its cells read "fewer than 5", their share is left out, the charts draw no bar for them, a note
 * says why, and the totals are exact. The CSV files write such a count as `<5`.
 */
export const SmallCounts: Story = {
  name: 'Small counts, suppressed',
  args: { agency: 'oncf', year: publishedYear },
  parameters: expecting('published'),
};

// ---- provisional ---------------------------------------------------------------------------------

/**
 * No `year`: last year, over, whose reports await the ministry's approval. "Provisional figures
 * of <today>: this report awaits approval."; its figures still move with every late answer.
 */
export const Provisional: Story = {
  name: 'Provisional, awaiting approval (last year)',
  args: { agency: 'mrafp' },
  parameters: expecting('provisional'),
};

/**
 * This year so far, for the nation: "the year is not over", and the months stop at this one
 * (months without submissions are listed too, with zero).
 */
export const ThisYear: Story = {
  name: 'Provisional, the year not over (this year)',
  args: { year: thisYear },
  parameters: expecting('provisional'),
};

// ---- each language ---------------------------------------------------------------------------------

/**
 * Arabic, right to left, whatever the toolbar says: the bars grow from the right, the tables read
 * from the right, numbers and dates are written the Moroccan way (`Intl`, `ar-MA`), and the names
 * are those the report carries in Arabic. The sector's published report.
 */
export const Arabic: Story = {
  name: 'Right to left (Arabic)',
  args: { sector: 'public-service', year: publishedYear },
  globals: { locale: 'ar' },
  parameters: expecting('published'),
};

/** In French, whatever the toolbar says: the sector's published report. */
export const French: Story = {
  name: 'French',
  args: { sector: 'public-service', year: publishedYear },
  globals: { locale: 'fr' },
  parameters: expecting('published'),
};

/** In English, whatever the toolbar says: the sector's published report. */
export const English: Story = {
  name: 'English',
  args: { sector: 'public-service', year: publishedYear },
  globals: { locale: 'en' },
  parameters: expecting('published'),
};

/** In Tamazight (Tifinagh), whatever the toolbar says: the sector's published report. */
export const Tamazight: Story = {
  name: 'Tamazight',
  args: { sector: 'public-service', year: publishedYear },
  globals: { locale: 'zgh' },
  parameters: expecting('published'),
};

// ---- looks -------------------------------------------------------------------------------------------

/** `theme="dark"`, on a dark page: the national summary, charts and all. */
export const DarkTheme: Story = {
  name: 'Dark theme',
  args: { year: publishedYear, theme: 'dark' },
  globals: { backgrounds: { value: 'dark' } },
  parameters: expecting('published'),
};

/**
 * An agency's own look, through the CSS custom properties (try the controls): the Commune of
 * Marrakesh, two years back, no target met and no measure recorded; its charts in its own colours.
 */
export const CustomTheming: Story = {
  name: 'Custom theming',
  args: {
    agency: 'commune-marrakech',
    year: publishedYear,
    '--chikaya-color-primary': '#1d4f91',
    '--chikaya-color-series-2': '#c2410c',
    '--chikaya-color-series-3': '#6b7280',
    '--chikaya-color-success': '#1d4f91',
    '--chikaya-color-danger': '#8f1d4f',
    '--chikaya-radius': '0',
    '--chikaya-font-family': "Georgia, 'DejaVu Serif', serif",
  },
  parameters: expecting('published'),
};

// ---- while loading, and when there is no report -------------------------------------------------

/** The report is on its way (here, the story holds the platform's answer back): "Loading the report…", busy. */
export const Loading: Story = {
  args: { agency: 'mrafp', year: publishedYear },
  parameters: short,
  beforeEach: () => patchFetch(({ url }, stall) => (isReportRead(url) ? stall() : undefined)),
};

/** An id that no public body has: the report says so (and offers no retry: it would not help). */
export const UnknownAgency: Story = {
  name: 'Unknown agency',
  args: { agency: 'ministere-inconnu' },
  parameters: short,
};

/** An id that no sector has: the same, for a sector. */
export const UnknownSector: Story = {
  name: 'Unknown sector',
  args: { sector: 'secteur-inconnu' },
  parameters: short,
};

/** A year before the platform (2017; reports start in 2018): "There is no report for 2017.", no retry. */
export const NoSuchYear: Story = {
  name: 'No such year',
  args: { year: 2017 },
  parameters: short,
};

/**
 * The platform cannot be reached (here, the first three attempts fail: the SDK tries twice more):
 * the report could not be loaded, and "Try again" then reaches the platform (the focus goes to the
 * report's title).
 */
export const Unreachable: Story = {
  name: 'Platform unreachable',
  args: { agency: 'mrafp', year: publishedYear },
  parameters: expecting('published'),
  beforeEach: () => {
    let failed = 0;
    return patchFetch(({ url }) => (isReportRead(url) && failed++ < 3 ? offline() : undefined));
  },
};
