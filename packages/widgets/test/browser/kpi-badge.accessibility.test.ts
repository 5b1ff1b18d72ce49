/**
 * <chikaya-kpi-badge>: accessibility (WCAG 2.2 AA). axe-core finds nothing in any state (met,
 * not met, no figures, national, full, unknown agency, out of reach), in any language, light or
 * dark; nothing scrolls sideways at 320 px; forced colours keep the bars, the icons and the words;
 * right to left, the bars grow from the right; the retry and the report link work with the
 * keyboard and show their focus.
 */
import { equal, ok } from '../../../tools/browser/assert.js';
import { afterEach, describe, it } from '../../../tools/browser/mocha.js';
import { expectNoAxeViolations } from './axe.js';
import { press, setViewport } from './commands.js';
import {
  $,
  $$,
  allMet,
  type Badge,
  findAgency,
  locales,
  mountBadge,
  noneKnown,
  rates,
  recordKpiReads,
  resetBadges,
  root,
  someMissed,
} from './kpi-badge.support.js';
import { activateMedia, backgroundBehind, contrast, hasMediaBlock, systemColor } from './media.js';
import { onCleanup, platform, settle, until } from './support.js';

/** One of each state, all in `locale`: what the accessibility checks run over. */
async function everyState(locale: string, theme: 'light' | 'dark'): Promise<Record<string, Badge>> {
  const { agencyId: met, year } = await findAgency(allMet, 'with all three targets met');
  const { agencyId: missed } = await findAgency(someMissed, 'missing at least one target', year);
  const { agencyId: none } = await findAgency(noneKnown, 'without any figure', year);
  const common = `locale="${locale}" theme="${theme}" year="${year}"`;
  return {
    'met, compact': await mountBadge(`${common} agency="${met}"`),
    'not met, compact': await mountBadge(`${common} agency="${missed}"`),
    'no figures, compact': await mountBadge(`${common} agency="${none}"`),
    'national, compact': await mountBadge(common),
    'met, full': await mountBadge(`${common} agency="${met}" variant="full" report-url="/rapport"`),
    'not met, full, labelled': await mountBadge(`${common} agency="${missed}" variant="full" report-url="/rapport" label="Agence d’essai"`),
    'national, full': await mountBadge(`${common} variant="full"`),
    'unknown agency': await mountBadge(`${common} agency="nulle-part"`),
    'out of reach, with Try again': await mountBadge(`${common} agency="${met}"`, { api: platform.closedUrl }),
  };
}

const focusedIn = (badge: Badge) => badge.shadowRoot!.activeElement as HTMLElement | null;

/** Presses Tab until the focus is inside `badge` on an element that passes `test`. */
async function tabTo(badge: Badge, test: (element: HTMLElement) => boolean, what: string): Promise<HTMLElement> {
  for (let presses = 0; presses < 10; presses++) {
    await press('Tab');
    await settle(badge);
    const current = focusedIn(badge);
    if (current && test(current)) return current;
  }
  throw new Error(`${what} was not reached with Tab`);
}

/** The focus ring: a solid outline of 2 px or more, 3:1 against what is behind it. */
function expectVisibleFocus(element: HTMLElement, what: string): void {
  ok(element.matches(':focus-visible'), `${what} matches :focus-visible`);
  const style = getComputedStyle(element);
  equal(style.outlineStyle, 'solid', `${what} has an outline`);
  ok(parseFloat(style.outlineWidth) >= 2, `${what}'s outline is 2 px or more (${style.outlineWidth})`);
  const ratio = contrast(style.outlineColor, backgroundBehind(element.parentElement!));
  ok(ratio >= 3, `${what}'s outline contrasts ${ratio.toFixed(2)}:1 with its surroundings`);
}

describe('<chikaya-kpi-badge> accessibility', () => {
  afterEach(resetBadges);

  describe('axe-core: no violation in any state', () => {
    for (const locale of locales) {
      for (const theme of ['light', 'dark'] as const) {
        it(`in ${locale}, ${theme}: met, not met, no figures, national, compact and full, unknown agency, out of reach`, async () => {
          const badges = await everyState(locale, theme);
          for (const [state, badge] of Object.entries(badges)) {
            equal(root(badge)!.getAttribute('lang'), locale, `${state} speaks ${locale}`);
            equal(root(badge)!.getAttribute('dir'), locale === 'ar' ? 'rtl' : 'ltr');
            if (state.includes('full')) ok($(badge, '.figures'), `${state} shows its figures`);
            await expectNoAxeViolations(badge, `${locale}, ${theme}, ${state}`);
          }
          if (theme === 'dark') {
            const badge = badges['met, compact']!;
            ok(contrast(getComputedStyle(badge).color, backgroundBehind(root(badge)!)) >= 4.5, 'light text on the badge’s own dark ground');
          }
        });
      }
    }

    it('while loading (busy, saying so)', async () => {
      const reads = recordKpiReads();
      let release!: () => void;
      reads.hold = new Promise((resolve) => (release = resolve));
      onCleanup(() => release());
      const { agencyId } = await findAgency(allMet, 'with all three targets met');
      for (const theme of ['light', 'dark']) {
        const badge = await mountBadge(`agency="${agencyId}" locale="en" theme="${theme}"`, { busy: true });
        await until(() => $(badge, '.loading'), 5000, 'the loading message');
        equal(root(badge)!.getAttribute('aria-busy'), 'true');
        await expectNoAxeViolations(badge, `${theme}, loading`);
      }
    });
  });

  describe('small screens', () => {
    it('at 320 px wide nothing scrolls sideways: compact and full, left to right and right to left', async () => {
      const { innerWidth: width, innerHeight: height } = window;
      await setViewport({ width: 320, height: 640 });
      onCleanup(() => setViewport({ width, height }));
      await until(() => window.innerWidth === 320, 2000, 'the 320 px viewport');
      for (const locale of ['ar', 'fr', 'en'] as const) {
        const badges = await everyState(locale, 'light');
        const overflow = document.documentElement.scrollWidth - document.documentElement.clientWidth;
        ok(overflow <= 0, `${locale}: the page scrolls ${overflow} px sideways`);
        for (const [state, badge] of Object.entries(badges)) {
          for (const element of $$(badge, '*')) {
            const box = element.getBoundingClientRect();
            if (box.width === 0) continue;
            ok(box.left >= -0.5 && box.right <= 320.5, `${locale}, ${state}: ${element.tagName}.${element.getAttribute('class')} spans ${box.left}–${box.right}`);
          }
          // The three rates stack in one column.
          const [first, second] = $$(badge, '.rate').map((rate) => rate.getBoundingClientRect());
          if (first && second) ok(second.top >= first.bottom, `${locale}, ${state}: the rates are one under the other`);
        }
        for (const main of document.querySelectorAll('main')) main.remove();
      }
    });
  });

  describe('colours and direction', () => {
    it('forced colours: bars, target lines, icons and verdicts in the system’s colours; met and not met still differ by words and icon', async () => {
      const { agencyId: met, year } = await findAgency(allMet, 'with all three targets met');
      const { agencyId: missed } = await findAgency(someMissed, 'missing at least one target', year);
      const good = await mountBadge(`agency="${met}" year="${year}" locale="en"`);
      const bad = await mountBadge(`agency="${missed}" year="${year}" locale="en"`);
      ok(hasMediaBlock(good, '(forced-colors: active)'), 'the element has rules for forced colours');
      const missedRate = rates(bad).find((rate) => rate.state === 'missed')!.element;
      const metRate = rates(good)[0]!.element;
      const colourBefore = [getComputedStyle(metRate.querySelector('.rate-verdict')!).color, getComputedStyle(missedRate.querySelector('.rate-verdict')!).color];
      ok(colourBefore[0] !== colourBefore[1], 'in ordinary colours, met and not met also differ by colour');
      activateMedia(good, '(forced-colors: active)');
      activateMedia(bad, '(forced-colors: active)');
      const canvasText = systemColor('CanvasText');
      const highlight = systemColor('Highlight');
      for (const rate of [metRate, missedRate]) {
        const verdict = rate.querySelector('.rate-verdict')!;
        equal(getComputedStyle(verdict).color, canvasText, 'the verdict in the text colour');
        equal(getComputedStyle(verdict.querySelector('.icon')!).stroke, canvasText, 'its icon drawn in the text colour');
        equal(getComputedStyle(rate.querySelector('.bar .fill')!).fill, highlight, 'the bar’s fill in Highlight');
        equal(getComputedStyle(rate.querySelector('.bar .track')!).stroke, canvasText, 'the bar’s track outlined');
        equal(getComputedStyle(rate.querySelector('.bar .target')!).stroke, canvasText, 'the target line in the text colour');
      }
      const words = (rate: Element) => rate.querySelector('.rate-verdict strong')!.textContent;
      const icon = (rate: Element) => rate.querySelector('.rate-verdict .icon path')!.getAttribute('d');
      ok(words(metRate) !== words(missedRate), 'the words differ');
      ok(icon(metRate) !== icon(missedRate), 'the icons differ');
    });

    it('right to left, the bars and their target lines are mirrored: they grow from the right', async () => {
      const reads = recordKpiReads();
      // Figures of our own, so that the geometry is known: a quarter, against a target of 70 %.
      reads.rewrite = (kpis) => {
        kpis.indicators.responseRate = { value: 0.25, target: 0.7, comparison: 'atLeast', met: false };
      };
      const { agencyId, year } = await findAgency(allMet, 'with all three targets met');
      for (const locale of ['ar', 'en', 'fr', 'zgh'] as const) {
        const badge = await mountBadge(`agency="${agencyId}" year="${year}" locale="${locale}"`);
        const rtl = locale === 'ar';
        equal(badge.shadowRoot!.querySelectorAll('.root[dir="rtl"]').length, rtl ? 1 : 0, `${locale}: .root[dir=rtl]`);
        const rate = rates(badge)[0]!.element;
        const bar = rate.querySelector('.bar')!.getBoundingClientRect();
        const fill = rate.querySelector('.bar .fill')!.getBoundingClientRect();
        ok(bar.width > 50, `${locale}: the bar is drawn (${bar.width} px)`);
        const near = (a: number, b: number) => Math.abs(a - b) <= 1.5;
        ok(near(fill.width, bar.width * 0.25), `${locale}: the fill is a quarter of the bar (${fill.width} of ${bar.width})`);
        if (rtl) ok(near(fill.right, bar.right), `${locale}: the fill starts at the right (${fill.left}–${fill.right} in ${bar.left}–${bar.right})`);
        else ok(near(fill.left, bar.left), `${locale}: the fill starts at the left (${fill.left}–${fill.right} in ${bar.left}–${bar.right})`);
        // A vertical line has no width to measure: where its x lands on the screen, through the
        // transforms of the SVG (the mirroring included).
        const line = rate.querySelector<SVGLineElement>('.bar .target')!;
        ok(line instanceof SVGLineElement, `${locale}: the target line is an SVG line (${line.constructor.name}, ${line.namespaceURI}), so it is drawn`);
        const targetAt = new DOMPoint(line.x1.baseVal.value, 0).matrixTransform(line.getScreenCTM()!).x;
        const expected = rtl ? bar.right - bar.width * 0.7 : bar.left + bar.width * 0.7;
        ok(Math.abs(targetAt - expected) <= 2.5, `${locale}: the target line at 70 % from the start (${targetAt}, expected ${expected})`);
        // The text starts on the same side as the bars.
        const name = rate.querySelector('.rate-name')!.getBoundingClientRect();
        const box = rate.getBoundingClientRect();
        ok(rtl ? near(name.right, box.right) : near(name.left, box.left), `${locale}: the rate's name starts at the ${rtl ? 'right' : 'left'}`);
        badge.closest('main')!.remove();
      }
    });

    it('right to left, the full variant’s bars grow from the right too', async () => {
      const { agencyId, year } = await findAgency((kpis) => kpis.counts.byKind.complaint > 0 && kpis.counts.byKind.observation > 0, 'with complaints and observations');
      const badge = await mountBadge(`agency="${agencyId}" year="${year}" locale="ar" variant="full"`);
      for (const row of $$(badge, '.kinds tbody tr')) {
        const bar = row.querySelector('.bar')!.getBoundingClientRect();
        const fill = row.querySelector('.bar .fill')!.getBoundingClientRect();
        if (fill.width === 0) continue;
        ok(Math.abs(fill.right - bar.right) <= 1.5, `the ${row.querySelector('th')!.textContent} bar grows from the right (${fill.left}–${fill.right} in ${bar.left}–${bar.right})`);
      }
    });
  });

  describe('keyboard', () => {
    it('“Try again” is reached with Tab, shows its focus, and Enter retries', async () => {
      const { agencyId, year } = await findAgency(allMet, 'with all three targets met');
      const reads = recordKpiReads();
      reads.refuse = true;
      const badge = await mountBadge(`agency="${agencyId}" year="${year}" locale="en"`);
      (document.activeElement as HTMLElement | null)?.blur();
      const button = await tabTo(badge, (element) => element.matches('button.retry'), '“Try again”');
      expectVisibleFocus(button, '“Try again”');
      ok(button.getBoundingClientRect().height >= 24, 'a target of 24 px or more (WCAG 2.5.8)');
      reads.refuse = false;
      await press('Enter');
      await until(() => $$(badge, '.rate').length === 3, 10_000, 'the figures after Enter');
    });

    it('the report link is reached with Tab and shows its focus, light and dark', async () => {
      const { agencyId, year } = await findAgency(allMet, 'with all three targets met');
      for (const theme of ['light', 'dark']) {
        const badge = await mountBadge(`agency="${agencyId}" year="${year}" locale="en" variant="full" report-url="/rapport" theme="${theme}"`);
        (document.activeElement as HTMLElement | null)?.blur();
        const link = await tabTo(badge, (element) => element.matches('a[part="link"]'), 'the report link');
        expectVisibleFocus(link, `the link, ${theme}`);
        badge.closest('main')!.remove();
      }
    });
  });
});
