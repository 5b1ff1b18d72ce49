/**
 * <chikaya-kpi-badge>: what it renders, against the sandbox. The three rates of an agency whose
 * targets are all met, of one that misses one, of one without figures, and of the nation; each
 * value as `Intl` writes it in the badge's language; the targets as the platform states them; met
 * and not met told by words and by the icon's shape; the year and the label; the full variant's
 * figures and its link to the annual report; the messages when the figures cannot be had.
 */
import { deepEqual, equal, match, notEqual, ok } from '../../../tools/browser/assert.js';
import { afterEach, describe, it } from '../../../tools/browser/mocha.js';
import {
  $,
  $$,
  allMet,
  type Badge,
  digitsOf,
  expectRates,
  findAgency,
  indicatorNames,
  type Kpis,
  locales,
  mountBadge,
  noneKnown,
  number,
  percent,
  rates,
  recordKpiReads,
  resetBadges,
  root,
  someMissed,
  squash,
  switchLocale,
  text,
} from './kpi-badge.support.js';
import { platform, until } from './support.js';

const thisYear = new Date().getFullYear();
const title = (badge: Badge) => text($(badge, '.title'));
const icons = { met: 'M4 10.5l4 4 8-9', missed: 'M5 5l10 10M15 5L5 15', none: 'M5 10h10' };

describe('<chikaya-kpi-badge> template', () => {
  afterEach(resetBadges);

  describe('structure', () => {
    it('a group named by its title, with three rates: name, value, a bar hidden from screen readers, and a verdict', async () => {
      const { agencyId, year } = await findAgency(allMet, 'with all three targets met');
      const badge = await mountBadge(`agency="${agencyId}" year="${year}" locale="en"`);
      const box = root(badge)!;
      ok(box.matches('.root.badge.badge--compact'), `the box's classes: ${box.className}`);
      equal(box.getAttribute('role'), 'group');
      equal(box.getAttribute('part'), 'badge');
      const label = badge.shadowRoot!.getElementById(box.getAttribute('aria-labelledby')!);
      equal(label, $(badge, '.title'), 'aria-labelledby names the title');
      equal(box.getAttribute('aria-busy'), 'false');
      equal($$(badge, '.rates').length, 1);
      equal($(badge, '.rates')!.tagName, 'UL', 'the rates are a list');
      const items = $$(badge, '.rates > li');
      equal(items.length, 3);
      for (const item of items) {
        ok(item.matches('li.rate[part="rate"]'));
        ok(text(item.querySelector('.rate-name')), 'a name');
        ok(text(item.querySelector('.rate-value')), 'a value');
        const bar = item.querySelector('svg.bar')!;
        equal(bar.getAttribute('aria-hidden'), 'true', 'the bar is decoration: the words say the same');
        equal(item.querySelector('.rate-verdict svg.icon')!.getAttribute('aria-hidden'), 'true', 'the icon is decoration beside its words');
        ok(text(item.querySelector('.rate-verdict strong')), 'a verdict in words');
      }
      deepEqual(
        rates(badge).map((rate) => rate.name),
        ['Answered', 'Answered on time', 'Renewed complaints'],
      );
      equal($$(badge, '.figures').length, 0, 'the compact badge has no other figures');
    });

    it('says it is loading, busy, until the figures come', async () => {
      const reads = recordKpiReads();
      let release!: () => void;
      reads.hold = new Promise((resolve) => (release = resolve));
      const { agencyId, year } = await findAgency(allMet, 'with all three targets met');
      const badge = await mountBadge(`agency="${agencyId}" year="${year}" locale="en"`, { busy: true });
      await until(() => root(badge), 5000, 'the first render');
      equal(root(badge)!.getAttribute('aria-busy'), 'true');
      equal(text($(badge, '.loading')), 'Loading the figures…');
      equal($$(badge, '.rate').length, 0);
      release();
      await until(() => root(badge)!.getAttribute('aria-busy') === 'false', 5000, 'the figures');
      equal($$(badge, '.loading').length, 0);
      equal($$(badge, '.rate').length, 3);
    });
  });

  describe('states', () => {
    it('met: three rates “Target met” with a check mark, each value and target as the platform gives them', async () => {
      const reads = recordKpiReads();
      const { agencyId, year } = await findAgency(allMet, 'with all three targets met');
      const badge = await mountBadge(`agency="${agencyId}" year="${year}" locale="en"`);
      const kpis = reads.figuresOf(agencyId);
      ok(allMet(kpis), `${agencyId} still meets its targets`);
      expectRates(badge, kpis, 'en');
      for (const rate of rates(badge)) {
        equal(rate.state, 'met');
        equal(rate.said, 'Target met');
        equal(rate.icon, icons.met, 'a check mark');
      }
      rates(badge).forEach((rate, index) => {
        const line = rate.element.querySelector('.bar .target');
        ok(line instanceof SVGLineElement, `the target line is drawn, an SVG line (not ${line?.constructor.name})`);
        equal(line.x1.baseVal.value, kpis.indicators[indicatorNames[index]!].target * 100, 'at the target');
      });
      const [answered, onTime, renewed] = rates(badge);
      equal(answered!.verdict, `Target met (target: at least ${percent(kpis.indicators.responseRate.target, 'en')})`);
      equal(onTime!.verdict, `Target met (target: at least ${percent(kpis.indicators.onTimeRate.target, 'en')})`);
      equal(renewed!.verdict, `Target met (target: at most ${percent(kpis.indicators.renewalRate.target, 'en')})`);
    });

    it('not met: “Target not met” with a cross, a shape other than the check mark, and other words', async () => {
      const reads = recordKpiReads();
      const { agencyId, year } = await findAgency(someMissed, 'missing at least one target');
      const badge = await mountBadge(`agency="${agencyId}" year="${year}" locale="en"`);
      const kpis = reads.figuresOf(agencyId);
      expectRates(badge, kpis, 'en');
      const missed = rates(badge).filter((rate) => rate.state === 'missed');
      ok(missed.length > 0, 'at least one rate is not met');
      for (const rate of missed) {
        equal(rate.said, 'Target not met');
        equal(rate.icon, icons.missed, 'a cross');
        ok(rate.element.querySelector('.rate-value')!.textContent!.trim() !== '—', 'with its value');
      }
      for (const rate of rates(badge).filter((candidate) => candidate.state === 'met')) equal(rate.icon, icons.met);
    });

    it('met and not met differ by words and icon in every language, not by colour alone', async () => {
      const { agencyId: metId, year } = await findAgency(allMet, 'with all three targets met');
      const { agencyId: missedId } = await findAgency(someMissed, 'missing at least one target', year);
      for (const locale of locales) {
        const met = await mountBadge(`agency="${metId}" year="${year}" locale="${locale}"`);
        const missed = await mountBadge(`agency="${missedId}" year="${year}" locale="${locale}"`);
        const good = rates(met)[0]!;
        const bad = rates(missed).find((rate) => rate.state === 'missed')!;
        ok(good.said && bad.said, `${locale}: both verdicts are said`);
        notEqual(good.said, bad.said, `${locale}: met and not met are told apart in words`);
        notEqual(good.icon, bad.icon, `${locale}: and by the icon's shape`);
        met.closest('main')!.remove();
        missed.closest('main')!.remove();
      }
    });

    it('without figures: “No figures yet”, a dash for the value and a third icon', async () => {
      const reads = recordKpiReads();
      const { agencyId, year } = await findAgency(noneKnown, 'without any figure');
      const badge = await mountBadge(`agency="${agencyId}" year="${year}" locale="en"`);
      expectRates(badge, reads.figuresOf(agencyId), 'en');
      for (const rate of rates(badge)) {
        equal(rate.state, 'none');
        equal(rate.value, '—');
        equal(rate.said, 'No figures yet');
        equal(rate.icon, icons.none);
      }
    });

    it('the targets, their direction and the verdicts come from the platform, not from the element', async () => {
      const reads = recordKpiReads();
      reads.rewrite = (kpis) => {
        kpis.indicators.responseRate = { value: 0.8, target: 0.85, comparison: 'atLeast', met: false };
        kpis.indicators.renewalRate = { value: 0.12, target: 0.15, comparison: 'atMost', met: true };
      };
      const { agencyId, year } = await findAgency(allMet, 'with all three targets met');
      const badge = await mountBadge(`agency="${agencyId}" year="${year}" locale="en"`);
      const [answered, , renewed] = rates(badge);
      equal(answered!.value, '80%');
      equal(answered!.state, 'missed');
      equal(answered!.verdict, 'Target not met (target: at least 85%)');
      equal(renewed!.value, '12%');
      equal(renewed!.state, 'met');
      equal(renewed!.verdict, 'Target met (target: at most 15%)');
    });

    it('national: without `agency`, the nation’s figures under “All public bodies”', async () => {
      const reads = recordKpiReads();
      const badge = await mountBadge('locale="en"');
      equal(reads.all.length, 1, 'one read');
      equal(reads.all[0]!.url.pathname, '/v1/kpis/national');
      const kpis = reads.figuresOf(null);
      equal(kpis.scope, 'national');
      expectRates(badge, kpis, 'en');
      equal(title(badge), `All public bodies: ${kpis.year}`);
      equal(kpis.year, thisYear, 'the current year by default');
      ok(badge.getAttribute('agency') === null, 'no agency attribute');
    });
  });

  describe('languages', () => {
    it('each value is the Intl percentage of the platform’s value in the badge’s language (en, fr)', async () => {
      const reads = recordKpiReads();
      const { agencyId, year } = await findAgency(someMissed, 'missing at least one target');
      for (const locale of ['en', 'fr'] as const) {
        const badge = await mountBadge(`agency="${agencyId}" year="${year}" locale="${locale}"`);
        const kpis = reads.figuresOf(agencyId);
        expectRates(badge, kpis, locale);
        const values = rates(badge).map((rate) => rate.value);
        if (locale === 'fr') ok(values.every((value) => value === '—' || /\d\s%$/u.test(value)), `French puts a space before %: ${values.join(', ')}`);
        badge.closest('main')!.remove();
      }
      const national = await mountBadge('locale="fr"');
      expectRates(national, reads.figuresOf(null), 'fr');
    });

    it('renders in Arabic (right to left, Western digits, as Moroccan administrations write) and in Tamazight', async () => {
      const reads = recordKpiReads();
      const { agencyId, year } = await findAgency(someMissed, 'missing at least one target');
      for (const locale of ['ar', 'zgh'] as const) {
        const badge = await mountBadge(`agency="${agencyId}" year="${year}" locale="${locale}"`);
        const kpis = reads.figuresOf(agencyId);
        equal(root(badge)!.getAttribute('lang'), locale);
        equal(root(badge)!.getAttribute('dir'), locale === 'ar' ? 'rtl' : 'ltr');
        equal(getComputedStyle(root(badge)!).direction, locale === 'ar' ? 'rtl' : 'ltr');
        ok(title(badge).includes(String(year)), `${locale}: the title names the year: ${title(badge)}`);
        rates(badge).forEach((rate, index) => {
          const indicator = kpis.indicators[indicatorNames[index]!];
          ok(rate.name, `${locale}: the rate is named`);
          ok(rate.said, `${locale}: the verdict is said`);
          if (indicator.value === null) equal(rate.value, '—');
          else {
            equal(digitsOf(rate.value), Math.round(indicator.value * 100), `${locale}: ${rate.value} is ${indicator.value}`);
            match(rate.value, /[%٪]/u, `${locale}: a percent sign`);
            ok(!/[٠-٩]/u.test(rate.value), `${locale}: Western digits (${rate.value})`);
          }
          equal(digitsOf(rate.verdict), Math.round(indicator.target * 100), `${locale}: the target, alone in “${rate.verdict}”`);
        });
        badge.closest('main')!.remove();
      }
    });

    it('`locale` sets the language and the direction; one badge changing it changes the page’s other badges', async () => {
      const { agencyId, year } = await findAgency(allMet, 'with all three targets met');
      const first = await mountBadge(`agency="${agencyId}" year="${year}" locale="en"`);
      const second = await mountBadge(`agency="${agencyId}" year="${year}"`);
      equal(root(second)!.getAttribute('lang'), 'en', 'the page speaks English');
      const english = rates(first)[0]!.said;
      for (const locale of ['ar', 'fr', 'zgh', 'en'] as const) {
        await switchLocale(first, locale);
        await until(() => root(second)!.getAttribute('lang') === locale, 5000, `the other badge in ${locale}`);
        equal(root(second)!.getAttribute('dir'), locale === 'ar' ? 'rtl' : 'ltr');
        equal(rates(second)[0]!.said, rates(first)[0]!.said, `${locale}: both badges say the same words`);
      }
      equal(rates(second)[0]!.said, english);
    });
  });

  describe('attributes', () => {
    it('`year` is honoured: asked of the platform, shown in the title, its figures shown', async () => {
      const reads = recordKpiReads();
      const lastYear = thisYear - 1;
      const { agencyId } = await findAgency(someMissed, 'missing at least one target', lastYear);
      const badge = await mountBadge(`agency="${agencyId}" year="${lastYear}" locale="en"`);
      equal(reads.all.length, 1);
      equal(reads.all[0]!.url.searchParams.get('year'), String(lastYear), 'the year is asked for');
      const kpis = reads.figuresOf(agencyId);
      equal(kpis.year, lastYear);
      equal(title(badge), `Complaints, observations and suggestions: ${lastYear}`);
      expectRates(badge, kpis, 'en');
    });

    it('`label` names the badge in its title, before the year', async () => {
      const { agencyId, year } = await findAgency(allMet, 'with all three targets met');
      const badge = await mountBadge(`agency="${agencyId}" year="${year}" locale="en" label="Direction des essais"`);
      equal(title(badge), `Direction des essais: ${year}`);
      const fallback = await mountBadge(`agency="${agencyId}" year="${year}" locale="en"`);
      equal(title(fallback), `Complaints, observations and suggestions: ${year}`);
    });

    it('`variant` is compact by default and reflected; an unknown variant is shown compact', async () => {
      const { agencyId, year } = await findAgency(allMet, 'with all three targets met');
      const plain = await mountBadge(`agency="${agencyId}" year="${year}" locale="en"`);
      equal(plain.getAttribute('variant'), 'compact');
      ok(root(plain)!.classList.contains('badge--compact'));
      const odd = await mountBadge(`agency="${agencyId}" year="${year}" locale="en" variant="huge"`);
      ok(root(odd)!.classList.contains('badge--compact'));
      equal($$(odd, '.figures').length, 0);
    });
  });

  describe('full variant', () => {
    async function fullBadge(attributes: string): Promise<{ badge: Badge; kpis: Kpis }> {
      const reads = recordKpiReads();
      const { agencyId, year } = await findAgency(
        (kpis) => kpis.satisfaction.average !== null && kpis.medianDaysToAnswer !== null && kpis.counts.received > 1,
        'with ratings and answers',
      );
      const badge = await mountBadge(`agency="${agencyId}" year="${year}" variant="full" ${attributes}`);
      return { badge, kpis: reads.figuresOf(agencyId) };
    }

    it('adds the counts by kind as a table, the median time to answer, the overdue now, the satisfaction and the date', async () => {
      const { badge, kpis } = await fullBadge('locale="en" report-url="/rapport-annuel"');
      ok(root(badge)!.classList.contains('badge--full'));
      expectRates(badge, kpis, 'en');
      const figures = $(badge, '.figures[part="figures"]');
      ok(figures, 'the figures');
      const en = (value: number, digits = 0) => number(value, 'en', digits);
      const table = figures.querySelector('table')!;
      equal(text(table.querySelector('caption')), `${en(kpis.counts.received)} received`, 'the caption says the total');
      const rows = [...table.querySelectorAll('tbody tr')].map((row) => ({
        head: row.querySelector('th'),
        count: text(row.querySelector('td.count')),
      }));
      deepEqual(
        rows.map((row) => text(row.head)),
        ['Complaints', 'Observations', 'Suggestions'],
      );
      ok(rows.every((row) => row.head!.getAttribute('scope') === 'row'), 'each kind heads its row');
      deepEqual(
        rows.map((row) => row.count),
        [kpis.counts.byKind.complaint, kpis.counts.byKind.observation, kpis.counts.byKind.suggestion].map((count) => en(count)),
      );
      ok([...table.querySelectorAll('svg')].every((svg) => svg.getAttribute('aria-hidden') === 'true'), 'the bars are hidden from screen readers');
      const facts = Object.fromEntries($$(badge, '.facts > div').map((pair) => [text(pair.querySelector('dt')), text(pair.querySelector('dd'))]));
      deepEqual(facts, {
        'Median time to answer': `${en(kpis.medianDaysToAnswer!, 1)} days`,
        'Overdue now': en(kpis.counts.overdue),
        Satisfaction: `${en(kpis.satisfaction.average!, 1)} out of 5 (${en(kpis.satisfaction.ratings)} ratings)`,
      });
      const day = new Intl.DateTimeFormat('en-MA', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${kpis.asOf}T00:00:00Z`));
      equal(text($(badge, '.as-of')), `Figures of ${day}`);
    });

    it('links to the annual report: `report-url` with the agency and the year added, its own query kept', async () => {
      const { badge, kpis } = await fullBadge('locale="en" report-url="https://www.example.ma/rapport?lang=fr"');
      const link = $<HTMLAnchorElement>(badge, 'a[part="link"]');
      ok(link, 'a link');
      const href = new URL(link.href);
      equal(href.origin + href.pathname, 'https://www.example.ma/rapport');
      equal(href.searchParams.get('lang'), 'fr');
      equal(href.searchParams.get('agency'), kpis.agencyId);
      equal(href.searchParams.get('year'), String(kpis.year));
      equal(text(link), `Read the ${kpis.year} annual report`);
      const relative = await mountBadge(`agency="${kpis.agencyId}" year="${kpis.year}" variant="full" locale="en" report-url="rapports/annuel"`);
      await until(() => $(relative, 'a[part="link"]'), 5000, 'the link');
      equal($<HTMLAnchorElement>(relative, 'a[part="link"]')!.href, new URL(`rapports/annuel?agency=${kpis.agencyId}&year=${kpis.year}`, document.baseURI).href, 'relative to the page');
    });

    it('without a report page, shows no link', async () => {
      const { badge } = await fullBadge('locale="en"');
      ok($(badge, '.figures'));
      equal($$(badge, 'a').length, 0);
    });

    it('writes its numbers and date in the badge’s language (fr), and says when there are no ratings', async () => {
      const reads = recordKpiReads();
      reads.rewrite = (kpis) => {
        kpis.satisfaction = { average: null, ratings: 0 };
        kpis.medianDaysToAnswer = 12.5;
        kpis.counts.byKind.complaint = 1234;
      };
      const { agencyId, year } = await findAgency(allMet, 'with all three targets met');
      const badge = await mountBadge(`agency="${agencyId}" year="${year}" variant="full" locale="fr"`);
      await until(() => $(badge, '.figures'), 5000, 'the figures');
      const kpis = reads.figuresOf(agencyId);
      equal(text($(badge, 'td.count')), squash(number(1234, 'fr')), 'the count with Moroccan French grouping');
      ok(text($(badge, '.facts')).includes(squash(number(12.5, 'fr', 1))), `the median with a decimal comma: ${text($(badge, '.facts'))}`);
      const day = new Intl.DateTimeFormat('fr-MA', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${kpis.asOf}T00:00:00Z`));
      ok(text($(badge, '.as-of')).includes(day), `the date in French: ${text($(badge, '.as-of'))}`);
      await switchLocale(badge, 'en');
      await until(() => $(badge, '.figures'), 5000, 'the figures');
      equal(text($$(badge, '.facts > div')[2]!.querySelector('dd')), 'No ratings yet');
    });

    it('the nation’s full badge has its figures, the participating public bodies, and links to the national report', async () => {
      const reads = recordKpiReads();
      const badge = await mountBadge('variant="full" locale="en" report-url="/rapport"');
      await until(() => $(badge, '.figures'), 5000, 'the figures');
      const kpis = reads.figuresOf(null);
      expectRates(badge, kpis, 'en');
      equal(text($(badge, 'caption')), `${number(kpis.counts.received, 'en')} received`);
      const participating = kpis.participatingAgencies!;
      ok(participating, 'the platform gives the nation its participating public bodies');
      const terms = $$(badge, '.facts dt').map(text);
      const index = terms.indexOf('Public bodies on the platform');
      ok(index >= 0, `a "Public bodies on the platform" figure among ${terms.join(', ')}`);
      equal(text($$(badge, '.facts dd')[index]!), `${number(participating.count, 'en')} (target: ${number(participating.target, 'en')})`);
      const link = new URL($(badge, 'a[part="link"]')!.getAttribute('href')!);
      equal(link.pathname, '/rapport');
      equal(link.searchParams.get('agency'), null, 'no agency: the national report');
      equal(link.searchParams.get('year'), String(kpis.year));
    });
  });

  describe('problems', () => {
    it('an unknown agency: says so, with its id, and offers no retry', async () => {
      const badge = await mountBadge('agency="nulle-part" locale="en"');
      const problem = $(badge, '.problem')!;
      equal(text(problem), 'No public body has the id "nulle-part".');
      equal(problem.getAttribute('role'), 'alert');
      equal($$(badge, 'button').length, 0, 'no “Try again”: it would fail again');
      equal($$(badge, '.rate').length, 0);
      equal(title(badge), 'Complaints, observations and suggestions');
    });

    it('a platform out of reach: says the figures could not be loaded, with “Try again”', async () => {
      const badge = await mountBadge(`agency="dgsn" locale="en"`, { api: platform.closedUrl });
      const problem = $(badge, '.problem')!;
      equal(text(problem), 'The figures could not be loaded.');
      equal(problem.getAttribute('role'), 'alert');
      const retry = $<HTMLButtonElement>(badge, 'button.retry')!;
      equal(text(retry), 'Try again');
      equal(retry.type, 'button');
      equal($$(badge, '.rate').length, 0);
    });
  });
});
