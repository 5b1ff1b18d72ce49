import '@chikaya/widgets/kpi-badge';
import type { Locale } from '@chikaya/widgets';
import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { keyed } from 'lit/directives/keyed.js';
import { attribute, colors, fontRadiusSpace, localeAndApi, theme } from './arg-types.js';
import { offline, patchFetch } from './fetch-patch.js';
import { notice } from './notice.js';

/** The element's attributes (as a page writes them) and its CSS custom properties. */
interface Args {
  agency?: string;
  year?: number;
  variant?: string;
  label?: string;
  locale?: string;
  api?: string;
  'report-url'?: string;
  theme?: string;
  '--chikaya-color-primary'?: string;
  '--chikaya-color-success'?: string;
  '--chikaya-color-danger'?: string;
  '--chikaya-font-family'?: string;
  '--chikaya-radius'?: string;
  '--chikaya-space'?: string;
}

const customProperties = [
  '--chikaya-color-primary',
  '--chikaya-color-success',
  '--chikaya-color-danger',
  '--chikaya-font-family',
  '--chikaya-radius',
  '--chikaya-space',
] as const;

/**
 * Last year, a whole one: early in a year, few submissions have been answered yet, and every
 * agency misses its targets; last year's figures say the same all year long.
 */
const lastYear = new Date().getUTCFullYear() - 1;

const localeOf = (args: Args, context: StoryContext<Args>) => (args.locale || context.globals['locale']) as Locale;
const apiOf = (args: Args, context: StoryContext<Args>) => args.api || (context.globals['api'] as string);

const styleOf = (args: Args) =>
  customProperties
    .filter((name) => args[name])
    .map((name) => `${name}: ${args[name]}`)
    .join('; ') || undefined;

function badge(args: Args, locale: Locale, api: string, label = args.label) {
  return html`<chikaya-kpi-badge
    agency=${ifDefined(args.agency || undefined)}
    year=${ifDefined(args.year || undefined)}
    variant=${ifDefined(args.variant || undefined)}
    label=${ifDefined(label || undefined)}
    locale=${locale}
    api=${api}
    report-url=${ifDefined(args['report-url'] || undefined)}
    theme=${ifDefined(args.theme || undefined)}
    style=${ifDefined(styleOf(args))}
  ></chikaya-kpi-badge>`;
}

// Each story, and each change of a control, gets a new element: it loads its figures when it connects.
function render(args: Args, context: StoryContext<Args>) {
  const locale = localeOf(args, context);
  const api = apiOf(args, context);
  return html`${keyed(JSON.stringify([context.id, args, locale, api]), badge(args, locale, api))}`;
}

const isKpiRead = (url: URL) => url.pathname.startsWith('/v1/kpis/');

/**
 * An agency's record (or the nation's) against the public targets: at least 70 % of submissions
 * answered, at least 70 % answered within the legal 60 days, at most 10 % of complaints renewed.
 * Each rate says in words and by an icon whether its target is met, never by colour alone; the
 * targets come from the platform. `variant="full"` adds the counts by kind, the median time to
 * answer, the submissions overdue now, the users' satisfaction and a link to the annual report
 * (a chunk of its own, which a page of compact badges never downloads).
 *
 * The badges of a page share one reader: 90 badges make one request, and a revisit within five
 * minutes is served by the browser's HTTP cache. The stories read the platform named by the `api`
 * control, by default the sandbox that `pnpm storybook` starts; most show last year, a whole year,
 * whose figures stay the same all year. Choose the language in the toolbar.
 */
const meta = {
  title: 'Elements/KPI badge',
  component: 'chikaya-kpi-badge',
  render,
  // No events: the badge only reads.
  parameters: { actions: { handles: [] } },
  argTypes: {
    agency: { control: 'text', table: attribute('string') },
    year: { control: { type: 'number', min: 2018, step: 1 }, table: attribute('number') },
    variant: {
      control: { type: 'select' },
      options: ['compact', 'full'],
      table: { ...attribute("'compact' | 'full'"), defaultValue: { summary: 'compact' } },
    },
    label: { control: 'text', table: attribute('string') },
    ...localeAndApi,
    'report-url': {
      description: 'The page of the annual report (`?agency=…&year=…` is added), linked from the full variant; otherwise the page-wide `reportUrl`.',
      control: 'text',
      table: attribute('string'),
    },
    ...theme,
    ...colors('primary', 'success', 'danger'),
    ...fontRadiusSpace,
  },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

// ---- the figures -------------------------------------------------------------------------------------

/** The Ministry of Administration Reform (`mrafp`) last year: every target met, each with a tick. */
export const CompactMet: Story = {
  name: 'Compact, targets met',
  args: { agency: 'mrafp', year: lastYear },
};

/** The Commune of Marrakesh last year: no target met, each with a cross and in the danger colour. */
export const CompactNotMet: Story = {
  name: 'Compact, targets not met',
  args: { agency: 'commune-marrakech', year: lastYear },
};

/** No `agency`: the nation's figures, this year so far (all public bodies together). */
export const National: Story = {};

/**
 * `variant="full"`: the rates, then the counts by kind, the median time to answer, the submissions
 * overdue now, the users' satisfaction, the date of the figures and the link to the annual report.
 */
export const Full: Story = {
  args: { agency: 'mrafp', year: lastYear, variant: 'full', 'report-url': '/rapport-annuel' },
};

// ---- while loading, and when the figures cannot be had ---------------------------------------------

/** The figures are on their way (here, the story holds the platform's answer back): "Loading the figures…", busy. */
export const Loading: Story = {
  args: { agency: 'mrafp', year: lastYear },
  beforeEach: () => patchFetch(({ url }, stall) => (isKpiRead(url) ? stall() : undefined)),
};

/** An id that no public body has: the badge says so (and offers no retry: it would not help). */
export const UnknownAgency: Story = {
  name: 'Unknown agency',
  args: { agency: 'ministere-inconnu' },
};

/**
 * The network is down (here, the first three attempts fail: the SDK tries twice more): the badge
 * says the figures could not be loaded, and offers to try again, which then reaches the platform.
 */
export const NotLoaded: Story = {
  name: 'Figures not loaded',
  args: { agency: 'mrafp', year: lastYear },
  beforeEach: () => {
    let failed = 0;
    return patchFetch(({ url }) => (isKpiRead(url) && failed++ < 3 ? offline() : undefined));
  },
};

// ---- looks -------------------------------------------------------------------------------------------

/** `theme="dark"`, on a dark page: the full variant. */
export const DarkTheme: Story = {
  name: 'Dark theme',
  args: { agency: 'mrafp', year: lastYear, variant: 'full', theme: 'dark', 'report-url': '/rapport-annuel' },
  globals: { backgrounds: { value: 'dark' } },
};

/** An agency's own look, through the CSS custom properties (try the controls). */
export const CustomTheming: Story = {
  name: 'Custom theming',
  args: {
    agency: 'commune-marrakech',
    year: lastYear,
    '--chikaya-color-primary': '#1d4f91',
    '--chikaya-color-success': '#1d4f91',
    '--chikaya-color-danger': '#8f1d4f',
    '--chikaya-radius': '0',
    '--chikaya-font-family': "Georgia, 'DejaVu Serif', serif",
  },
};

/**
 * Arabic, right to left, whatever the toolbar says: the bars grow from the right, the percentages
 * and the numbers are written the Moroccan way (`Intl`, `ar-MA`).
 */
export const RightToLeftArabic: Story = {
  name: 'Right to left (Arabic)',
  args: { agency: 'mrafp', year: lastYear, variant: 'full', 'report-url': '/rapport-annuel' },
  globals: { locale: 'ar' },
};

// ---- a page of 90 badges -------------------------------------------------------------------------------

interface AgencyName {
  id: string;
  names: Record<Locale, string>;
}

/** The platform's agencies (ids and names), as a portal lists them; null when the platform does not answer. */
async function agencies(api: string): Promise<AgencyName[] | null> {
  try {
    const response = await fetch(`${api.replace(/\/+$/, '')}/v1/agencies?pageSize=100`, { signal: AbortSignal.timeout(5000) });
    if (!response.ok) return null;
    return ((await response.json()) as { items: AgencyName[] }).items;
  } catch {
    return null;
  }
}

/**
 * Shows, under `selector`, the page's requests for KPIs from now on: how many, and whether each was
 * downloaded or served by the browser's HTTP cache (Resource Timing: the platform sends
 * `Timing-Allow-Origin: *`, so a cross-origin page sees the sizes). Returns what stops it.
 */
function watchKpiRequests(selector: string): () => void {
  stopWatching?.();
  const seen: PerformanceResourceTiming[] = [];
  const show = () => {
    const output = document.querySelector(selector);
    if (!output) return;
    const lines = seen.map((entry) => {
      const url = new URL(entry.name);
      const ids = url.searchParams.get('ids')?.split(',').length;
      const how =
        entry.transferSize === 0 && entry.decodedBodySize > 0
          ? 'served by the browser’s HTTP cache (nothing transferred)'
          : `downloaded (${(entry.transferSize / 1024).toFixed(1)} KB transferred)`;
      return `GET ${url.pathname}${ids ? ` with ${ids} ids` : url.search}: ${how}`;
    });
    output.textContent = `KPI requests made by this page for its badges: ${seen.length}. ${lines.join('; ')}`;
  };
  // Most browsers keep 250 entries; Storybook's dev server alone serves more files than that.
  performance.setResourceTimingBufferSize?.(10_000);
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as PerformanceResourceTiming[]) if (isKpiRead(new URL(entry.name))) seen.push(entry);
    show();
  });
  observer.observe({ type: 'resource' });
  stopWatching = () => {
    observer.disconnect();
    stopWatching = undefined;
  };
  return stopWatching;
}

/** The watch of the story on screen: a change of a control renders the story again, and watches anew. */
let stopWatching: (() => void) | undefined;

/**
 * The portal's page: every participating public body's badge, each labelled with its name in the
 * page's language (the story reads the list of agencies first, as a portal would). The 90 badges
 * make ONE request for their figures, `GET /v1/kpis/agencies?ids=…`, as the line above them
 * shows (from the browser's own Resource Timing). Reload the story within five minutes: the figures
 * come from the browser's HTTP cache, with nothing transferred. The `agency` and `label` controls
 * do not apply here.
 */
export const NinetyBadges: Story = {
  name: 'A page of 90 badges (one request)',
  args: { year: lastYear },
  parameters: { docs: { story: { height: '1400px' } } },
  loaders: [async ({ args, globals }) => ({ agencies: await agencies(args.api || (globals['api'] as string)) })],
  beforeEach: () => watchKpiRequests('[data-kpi-requests]'),
  render: (args, context) => {
    const locale = localeOf(args, context);
    const api = apiOf(args, context);
    const list = context.loaded['agencies'] as AgencyName[] | null;
    if (!list) return notice(html`This story lists the platform’s agencies, and <code>${api}</code> did not give them.`);
    return html`${keyed(
      JSON.stringify([context.id, args, locale, api]),
      html`<p data-kpi-requests role="status" lang="en" dir="ltr" style="margin: 0 0 1rem; font: 14px/1.4 system-ui, sans-serif"></p>
        <div style="display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 26rem), 1fr)); gap: 1rem">
          ${list.map((agency) => badge({ ...args, agency: agency.id }, locale, api, agency.names[locale]))}
        </div>`,
    )}`;
  },
};
