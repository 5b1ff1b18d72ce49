/**
 * <chikaya-kpi-badge>: what it does. The badges of a page share one reader: 90 badges make ONE
 * request, and a revisit renders from the browser's HTTP cache; an unknown agency among them
 * spoils nobody else's figures; a lost network is told, with a retry that works once the network
 * is back; the badge follows its attributes, keeps its figures when moved, and loads the full
 * variant's figures only when asked for.
 */
import { configure } from '../../src/shared/config.js';
import { deepEqual, equal, ok } from '../../../tools/browser/assert.js';
import { afterEach, describe, it } from '../../../tools/browser/mocha.js';
import {
  $,
  $$,
  allMet,
  api,
  type Badge,
  expectRates,
  findAgency,
  type Kpis,
  mountBadge,
  ready,
  rates,
  recordKpiReads,
  resetBadges,
  root,
  someMissed,
  switchLocale,
  text,
} from './kpi-badge.support.js';
import { onCleanup, platform, settle, until } from './support.js';

const thisYear = new Date().getFullYear();
const title = (badge: Badge) => text($(badge, '.title'));
const problem = (badge: Badge) => text($(badge, '.problem'));
const retryButton = (badge: Badge) => $<HTMLButtonElement>(badge, 'button.retry');

interface AgencyPage {
  items: { id: string }[];
  total: number;
}

/** Every agency of the platform, one page of 100. */
async function everyAgency(): Promise<string[]> {
  const page = await api<AgencyPage>('/v1/agencies?pageSize=100');
  ok(page.total >= 90, `the platform has its 90 agencies (and the test's), got ${page.total}`);
  equal(page.items.length, page.total, 'all of them on the one page');
  return page.items.map((agency) => agency.id);
}

/** Badges for `ids`, all added to the page at once (one piece of markup, as a page's HTML has them). */
function mountAll(ids: string[], attributes = 'locale="en"'): Badge[] {
  const main = document.createElement('main');
  main.innerHTML = ids.map((id) => `<chikaya-kpi-badge api="${platform.url}" agency="${id}" ${attributes}></chikaya-kpi-badge>`).join('\n');
  document.body.append(main);
  return [...main.querySelectorAll('chikaya-kpi-badge')];
}

describe('<chikaya-kpi-badge> behaviour', () => {
  afterEach(resetBadges);

  describe('one reader for the page', () => {
    it('90 badges on a page: ONE request for all of them, and each shows its own agency’s figures', async () => {
      const ids = await everyAgency();
      const reads = recordKpiReads();
      const badges = mountAll(ids);
      await Promise.all(badges.map((badge) => ready(badge, 20_000)));
      equal(reads.all.length, 1, `one KPI request (made: ${reads.all.map((read) => read.url.pathname + read.url.search).join(', ')})`);
      const [read] = reads.all;
      equal(read!.url.pathname, '/v1/kpis/agencies');
      deepEqual(read!.url.searchParams.get('ids')!.split(',').sort(), [...ids].sort(), 'naming every agency of the page');
      equal(read!.status, 200);
      for (const [index, badge] of badges.entries()) {
        const id = ids[index]!;
        equal(badge.getAttribute('agency'), id);
        const kpis = reads.figuresOf(id);
        equal(kpis.agencyId, id);
        expectRates(badge, kpis, 'en');
        equal(title(badge), `Complaints, observations and suggestions: ${kpis.year}`);
      }
      const shown = new Set(badges.map((badge) => rates(badge).map((rate) => `${rate.state} ${rate.value}`).join(' | ')));
      ok(shown.size > 5, `the badges show different figures (${shown.size} different), not one agency's 90 times`);
    });

    it('two badges of the same agency and one of another, added together: one request naming each agency once', async () => {
      const { agencyId: met, year } = await findAgency(allMet, 'with all three targets met');
      const { agencyId: missed } = await findAgency(someMissed, 'missing at least one target', year);
      const reads = recordKpiReads();
      const badges = mountAll([met, missed, met], `locale="en" year="${year}"`);
      await Promise.all(badges.map((badge) => ready(badge)));
      equal(reads.all.length, 1);
      deepEqual(reads.all[0]!.url.searchParams.get('ids')!.split(','), [met, missed].sort());
      equal(reads.all[0]!.url.searchParams.get('year'), String(year));
      expectRates(badges[0]!, reads.figuresOf(met), 'en');
      expectRates(badges[1]!, reads.figuresOf(missed), 'en');
      expectRates(badges[2]!, reads.figuresOf(met), 'en');
    });

    it('a revisit renders from the HTTP cache: the second visit’s KPI read has transferSize 0 and a body', async () => {
      // A page of badges in an iframe, loaded twice: each load is a new document with a reader of
      // its own, as a user coming back to the page has. A year of its own in the query makes its
      // KPI request one that no other test of this page made.
      const ids = (await everyAgency()).filter((id) => id !== platform.agencyId).slice(-4);
      const year = thisYear;
      const frame = document.createElement('iframe');
      frame.title = 'A page of KPI badges';
      frame.style.inlineSize = '800px';
      frame.style.blockSize = '600px';
      document.body.append(frame);
      const page = `/packages/widgets/test/browser/fixtures/kpi-badges.html?api=${encodeURIComponent(platform.url)}&ids=${ids.join(',')}&year=${year}&locale=en`;

      const visit = async (visit: number) => {
        await new Promise((resolve, reject) => {
          frame.onload = resolve;
          frame.onerror = reject;
          frame.src = `${page}&visit=${visit}`;
        });
        const inside = frame.contentWindow! as Window & typeof globalThis;
        const badges = () => [...inside.document.querySelectorAll('chikaya-kpi-badge')] as Badge[];
        await until(() => badges().length === ids.length && badges().every((badge) => root(badge)?.getAttribute('aria-busy') === 'false'), 10_000, `visit ${visit}: the badges`);
        const resources = inside.performance.getEntriesByType('resource') as PerformanceResourceTiming[];
        const kpiReads = resources.filter((entry) => new URL(entry.name).pathname.startsWith('/v1/kpis/'));
        equal(kpiReads.length, 1, `visit ${visit}: one KPI request for the page (${kpiReads.map((entry) => entry.name).join(', ')})`);
        return { read: kpiReads[0]!, resources, shown: badges().map((badge) => rates(badge).map((rate) => rate.value).join(' ')) };
      };

      const first = await visit(1);
      ok(first.read.transferSize > 0, `the first visit downloads the figures (transferSize ${first.read.transferSize})`);
      ok(first.read.decodedBodySize > 0, 'the platform lets the page time its answers (Timing-Allow-Origin)');
      ok(first.resources.some((entry) => entry.name.includes('/kpi-badge/kpi-badge.component')), 'the page’s modules are listed too');
      ok(!first.resources.some((entry) => entry.name.includes('/kpi-badge/figures')), 'a page of compact badges never downloads the full variant’s figures');

      const second = await visit(2);
      equal(second.read.name, first.read.name, 'the same request');
      equal(second.read.transferSize, 0, 'the second visit’s figures come from the HTTP cache, not the network');
      ok(second.read.decodedBodySize > 0, `with their body (${second.read.decodedBodySize} bytes)`);
      equal(second.read.decodedBodySize, first.read.decodedBodySize, 'the same body');
      deepEqual(second.shown, first.shown, 'the badges show the same figures');
    });
  });

  describe('problems', () => {
    it('an unknown agency among others: its badge says so, the others show their figures, from the same one request', async () => {
      const { agencyId, year } = await findAgency(allMet, 'with all three targets met');
      const reads = recordKpiReads();
      const [known, unknown] = mountAll([agencyId, 'nulle-part'], `locale="en" year="${year}"`);
      await ready(known!);
      await ready(unknown!);
      equal(reads.all.length, 1);
      expectRates(known!, reads.figuresOf(agencyId), 'en');
      equal(problem(unknown!), 'No public body has the id "nulle-part".');
      equal(retryButton(unknown!), null, 'no retry for an id that does not exist');
    });

    it('the platform out of reach (`api` on a closed port): the message, and “Try again” tries again', async () => {
      const reads = recordKpiReads();
      const badge = await mountBadge('agency="dgsn" locale="en"', { api: platform.closedUrl });
      equal(problem(badge), 'The figures could not be loaded.');
      ok(reads.all.length >= 1 && reads.all.every((read) => read.failed), 'the requests failed');
      const tried = reads.all.length;
      retryButton(badge)!.click();
      await settle(badge);
      await until(() => reads.all.length > tried && retryButton(badge), 10_000, 'another try, failed again');
      equal(problem(badge), 'The figures could not be loaded.');
      equal($$(badge, '.rate').length, 0);
    });

    it('offline, then back: “Try again” shows the figures and the message goes', async () => {
      const { agencyId, year } = await findAgency(someMissed, 'missing at least one target');
      const reads = recordKpiReads();
      reads.refuse = true;
      const badge = await mountBadge(`agency="${agencyId}" year="${year}" locale="en"`);
      equal(problem(badge), 'The figures could not be loaded.');
      reads.refuse = false;
      retryButton(badge)!.click();
      await until(() => $$(badge, '.rate').length === 3, 10_000, 'the figures after the retry');
      await ready(badge);
      equal($(badge, '.problem'), null);
      equal(retryButton(badge), null);
      expectRates(badge, reads.figuresOf(agencyId), 'en');
      // The button went away with the problem: the focus is on the badge's title, not lost to the page.
      equal(badge.shadowRoot!.activeElement, $(badge, '.title'), 'the focus moves to the title');
    });

    it('a malformed id (refused before any request) is told as an unknown public body, without “Try again”', async () => {
      const reads = recordKpiReads();
      const badge = await mountBadge('agency="DGSN!" locale="en"');
      equal(problem(badge), 'No public body has the id "DGSN!".');
      equal(retryButton(badge), null);
      equal(reads.all.length, 0, 'nothing was asked of the platform');
    });

    it('a full badge out of reach says so too, and recovers with its figures', async () => {
      const { agencyId, year } = await findAgency(allMet, 'with all three targets met');
      const reads = recordKpiReads();
      reads.refuse = true;
      const badge = await mountBadge(`agency="${agencyId}" year="${year}" locale="en" variant="full"`);
      equal(problem(badge), 'The figures could not be loaded.');
      reads.refuse = false;
      retryButton(badge)!.click();
      await until(() => $(badge, '.figures'), 10_000, 'the full figures after the retry');
      expectRates(badge, reads.figuresOf(agencyId), 'en');
    });
  });

  describe('attributes and the page', () => {
    it('a new `agency` or `year` loads and shows that agency’s or year’s figures', async () => {
      const { agencyId: first, year } = await findAgency(allMet, 'with all three targets met');
      const { agencyId: second } = await findAgency(someMissed, 'missing at least one target', year);
      const reads = recordKpiReads();
      const badge = await mountBadge(`agency="${first}" year="${year}" locale="en"`);
      expectRates(badge, reads.figuresOf(first), 'en');
      badge.setAttribute('agency', second);
      await until(() => reads.all.some((read) => read.url.pathname.endsWith(`/${second}`) && read.status === 200), 5000, 'the second agency’s read');
      await ready(badge);
      expectRates(badge, reads.figuresOf(second), 'en');
      const before = reads.all.length;
      badge.setAttribute('year', String(year - 1));
      await until(() => title(badge).endsWith(String(year - 1)), 5000, 'the other year in the title');
      await ready(badge);
      equal(reads.all.length, before + 1, 'one more read');
      equal(reads.all.at(-1)!.url.searchParams.get('year'), String(year - 1));
      const other = reads.all.at(-1)!.body as Kpis;
      equal(other.year, year - 1);
      expectRates(badge, other, 'en');
    });

    it('a new `api` reads from there: from a closed port to the platform, the figures come', async () => {
      const reads = recordKpiReads();
      const badge = await mountBadge('agency="dgsn" locale="en"', { api: platform.closedUrl });
      equal(problem(badge), 'The figures could not be loaded.');
      badge.setAttribute('api', platform.url);
      await until(() => $$(badge, '.rate').length === 3, 10_000, 'the figures');
      expectRates(badge, reads.figuresOf('dgsn'), 'en');
    });

    it('without `api`, reads from the page-wide platform address, and links to the page-wide report page', async () => {
      configure({ api: platform.url, reportUrl: '/rapport-annuel' });
      onCleanup(() => configure({ api: undefined, reportUrl: undefined }));
      const { agencyId, year } = await findAgency(allMet, 'with all three targets met');
      const reads = recordKpiReads();
      const badge = await mountBadge(`agency="${agencyId}" year="${year}" locale="en" variant="full"`, { api: null });
      equal(new URL(reads.all[0]!.url).origin, new URL(platform.url).origin);
      expectRates(badge, reads.figuresOf(agencyId), 'en');
      const link = new URL($<HTMLAnchorElement>(badge, 'a[part="link"]')!.href);
      equal(link.pathname, '/rapport-annuel');
      equal(link.searchParams.get('agency'), agencyId);
      equal(link.searchParams.get('year'), String(year));
      badge.setAttribute('report-url', '/autre-rapport');
      await settle(badge);
      equal(new URL($<HTMLAnchorElement>(badge, 'a[part="link"]')!.href).pathname, '/autre-rapport', 'its own `report-url` wins');
    });

    it('moved in the page, keeps its figures without asking again; a language change asks nothing either', async () => {
      const { agencyId, year } = await findAgency(allMet, 'with all three targets met');
      const reads = recordKpiReads();
      const badge = await mountBadge(`agency="${agencyId}" year="${year}" locale="en"`);
      const shown = rates(badge).map((rate) => rate.value);
      const aside = document.createElement('aside');
      document.body.append(aside);
      aside.append(badge);
      await settle(badge);
      equal(root(badge)!.getAttribute('aria-busy'), 'false');
      deepEqual(
        rates(badge).map((rate) => rate.value),
        shown,
      );
      await switchLocale(badge, 'fr');
      await switchLocale(badge, 'en');
      equal(reads.all.length, 1, 'still the one read');
    });

    it('taken off the page before the figures came and put back, shows them', async () => {
      const { agencyId, year } = await findAgency(allMet, 'with all three targets met');
      const reads = recordKpiReads();
      let release!: () => void;
      reads.hold = new Promise((resolve) => (release = resolve));
      const badge = await mountBadge(`agency="${agencyId}" year="${year}" locale="en"`, { busy: true });
      const main = badge.closest('main')!;
      await until(() => reads.all.length === 1, 5000, 'the read to start');
      badge.remove();
      release();
      await until(() => reads.all[0]!.status !== undefined, 5000, 'the first read to end');
      main.append(badge);
      await ready(badge);
      expectRates(badge, reads.figuresOf(agencyId), 'en');
      equal($(badge, '.problem'), null, 'no problem said about the abandoned read');
    });

    it('`variant="full"` set later shows the other figures from the figures already read', async () => {
      const { agencyId, year } = await findAgency(allMet, 'with all three targets met');
      const reads = recordKpiReads();
      const badge = await mountBadge(`agency="${agencyId}" year="${year}" locale="en"`);
      equal($(badge, '.figures'), null);
      badge.setAttribute('variant', 'full');
      await until(() => $(badge, '.figures'), 5000, 'the full figures');
      await ready(badge);
      ok(root(badge)!.classList.contains('badge--full'));
      equal(reads.all.length, 1, 'no new read');
      const kpis = reads.figuresOf(agencyId);
      ok(text($(badge, 'caption')).startsWith(String(kpis.counts.received)), `the count of ${kpis.counts.received} received`);
    });
  });
});
