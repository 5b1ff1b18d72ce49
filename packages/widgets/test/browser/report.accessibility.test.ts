/**
 * <chikaya-report>: accessibility (WCAG 2.2 AA). axe-core finds nothing for an agency, a sector
 * or the nation, in any language, light or dark, nor in its error and loading states; the headings
 * make an outline (the title, a heading per section, one per measure); every table is named and
 * every download button says which table it saves; with real key presses, Tab reaches every button
 * and every scrollable table, in reading order, with a visible focus, and Enter saves a file; at
 * 320 px nothing scrolls sideways but the tables, inside their own focusable regions.
 */
import { deepEqual, equal, ok } from '../../../tools/browser/assert.js';
import { afterEach, describe, it } from '../../../tools/browser/mocha.js';
import { expectNoAxeViolations } from './axe.js';
import { press, setViewport } from './commands.js';
import { spyOnFetch } from './fetch-spy.js';
import { backgroundBehind, contrast } from './media.js';
import {
  $,
  $$,
  agencyId,
  catchDownloads,
  focused,
  isReport,
  loaded,
  locales,
  mountLoading,
  mountReport,
  provisionalYear,
  publishedYear,
  type ReportElement,
  root,
  type Scope,
  sectorId,
  table,
  tableIds,
  text,
} from './report.support.js';
import { cleanup, onCleanup, platform, settle, until } from './support.js';

const subjects: Record<Scope, string> = {
  agency: `agency="${agencyId}"`,
  sector: `sector="${sectorId}"`,
  national: 'scope="national"',
};
const scopes = Object.keys(subjects) as Scope[];

/** The report of `scope`: the agency's and the nation's provisional, the sector's published (both kinds of status line). */
function mountScope(scope: Scope, attributes: string): Promise<ReportElement> {
  const year = scope === 'sector' ? publishedYear : provisionalYear;
  return mountReport(`${subjects[scope]} year="${year}" ${attributes}`);
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

/** What Tab should reach in the report, in reading order: every button, every table's scrolling region. */
const tabStops = (element: ReportElement) => $$(element, 'button, .table-scroll');

/** A button before and one after the report: where Tab comes from and where it goes on to. */
function fence(element: ReportElement): { before: HTMLButtonElement; after: HTMLButtonElement } {
  const main = element.closest('main')!;
  const before = document.createElement('button');
  before.textContent = 'Before the report';
  const after = document.createElement('button');
  after.textContent = 'After the report';
  main.before(before);
  main.after(after);
  return { before, after };
}

describe('<chikaya-report> accessibility', () => {
  afterEach(cleanup);

  describe('axe-core: no violation', () => {
    for (const locale of locales) {
      it(`in ${locale}: an agency’s report, a sector’s and the nation’s`, async () => {
        for (const scope of scopes) {
          const element = await mountScope(scope, `locale="${locale}"`);
          equal(root(element)!.getAttribute('lang'), locale);
          equal(root(element)!.getAttribute('dir'), locale === 'ar' ? 'rtl' : 'ltr');
          ok($(element, '.status'), `${scope}: the report is shown`);
          await expectNoAxeViolations(element, `${locale}, ${scope}`);
          element.closest('main')!.remove();
        }
      });
    }

    for (const locale of ['ar', 'en'] as const) {
      it(`in the dark theme (${locale}), with light text on its own dark ground`, async () => {
        for (const scope of scopes) {
          const element = await mountScope(scope, `locale="${locale}" theme="dark"`);
          equal(getComputedStyle(root(element)!).backgroundColor, 'rgb(21, 26, 23)', 'dark');
          ok(contrast(getComputedStyle(element).color, backgroundBehind(root(element)!)) >= 4.5, 'light text on the dark ground');
          await expectNoAxeViolations(element, `${locale}, dark, ${scope}`);
          element.closest('main')!.remove();
        }
      });
    }

    it('in the error states (unknown agency or sector, no such year, out of reach with “Try again”) and while loading, light and dark', async () => {
      for (const theme of ['light', 'dark']) {
        const common = `locale="en" theme="${theme}"`;
        const states: Record<string, ReportElement> = {
          'unknown agency': await mountReport(`agency="nulle-part" year="${provisionalYear}" ${common}`),
          'unknown sector': await mountReport(`sector="nulle-part" year="${provisionalYear}" ${common}`),
          'no such year': await mountReport(`agency="${agencyId}" year="2017" ${common}`),
          'out of reach': await mountReport(`agency="${agencyId}" year="${provisionalYear}" ${common}`, { api: platform.closedUrl }),
        };
        ok($(states['out of reach']!, 'button.retry'), 'out of reach, with “Try again”');
        for (const [state, element] of Object.entries(states)) {
          ok($(element, '.problem'), `${state}: said`);
          await expectNoAxeViolations(element, `${theme}, ${state}`);
        }
        for (const main of document.querySelectorAll('main')) main.remove();
      }
      const { element: loading } = await mountLoading(`agency="${agencyId}" year="${provisionalYear}" locale="en"`);
      equal(root(loading)!.getAttribute('aria-busy'), 'true');
      await expectNoAxeViolations(loading, 'loading');
    });
  });

  describe('structure', () => {
    for (const scope of scopes) {
      it(`${scope}: the title (h2), a heading (h3) for each section naming it, a heading (h4) for each measure listed`, async () => {
        const element = await mountScope(scope, 'locale="en"');
        const headings = $$(element, 'h1, h2, h3, h4, h5, h6');
        equal(headings[0], $(element, 'h2.title'), 'the title first');
        equal(root(element)!.getAttribute('aria-labelledby'), 'title', 'the report is named by its title');
        equal($(element, '#title'), headings[0]);
        equal(headings.filter((heading) => heading.tagName === 'H2').length, 1, 'one h2');
        ok(
          headings.every((heading) => ['H2', 'H3', 'H4'].includes(heading.tagName)),
          `no other levels: ${headings.map((heading) => heading.tagName).join(' ')}`,
        );
        // No level skipped: each heading at most one level under the one before.
        headings.slice(1).forEach((heading, index) => {
          const level = Number(heading.tagName[1]);
          const previous = Number(headings[index]!.tagName[1]);
          ok(level <= previous + 1, `${heading.tagName} “${text(heading)}” after ${headings[index]!.tagName}`);
        });
        const sections = $$(element, 'section.section');
        ok(sections.length >= 5, 'the report is in sections');
        for (const section of sections) {
          const own = [...section.querySelectorAll('h3')];
          equal(own.length, 1, `one h3 in the section “${text(own[0])}”`);
          equal(section.getAttribute('aria-labelledby'), own[0]!.id, `the section is named by its heading “${text(own[0])}”`);
        }
        const h4s = $$(element, 'h4');
        ok(
          h4s.every((heading) => heading.closest('li.measure')),
          'h4s are the measures’ titles',
        );
        equal(h4s.length, $$(element, 'li.measure').length, 'each measure listed has its heading');
        if (scope !== 'national') ok(h4s.length > 0, 'the measures are listed');
      });
    }

    it('every table is named (its caption, or its section’s heading) and its download button is described by that name', async () => {
      for (const scope of scopes) {
        const element = await mountScope(scope, 'locale="en"');
        for (const id of tableIds(element)) {
          const shown = table(element, id);
          ok(shown.caption, `${scope}, ${id}: the table has a name`);
          ok(shown.nameId, `${scope}, ${id}: by an id`);
          const name = element.shadowRoot!.getElementById(shown.nameId!)!;
          ok(name.matches('caption') ? name.parentElement === shown.table : name.matches('h3'), `${scope}, ${id}: named by its caption or its heading`);
          // The scrolling box has the table's name: a region of its own, or a group when its section is the region of that name.
          const region = shown.box.querySelector('.table-scroll')!;
          equal(region.getAttribute('role'), name.matches('caption') ? 'region' : 'group', `${scope}, ${id}: the scrolling box's role`);
          equal(region.getAttribute('aria-labelledby'), shown.nameId, `${scope}, ${id}: the scrolling box has the table's name`);
          equal(shown.button.getAttribute('aria-describedby'), shown.nameId, `${scope}, ${id}: “Download as CSV” says which table`);
          equal(text(shown.button), 'Download as CSV');
          equal(shown.table.querySelectorAll('thead th[scope="col"]').length, shown.columns.length, `${scope}, ${id}: column headers`);
          ok(
            [...shown.table.querySelectorAll('tbody tr, tfoot tr')].every((row) => row.firstElementChild!.matches('th[scope="row"]') || row.querySelector('td[colspan]')),
            `${scope}, ${id}: each row has its header`,
          );
        }
        const names = tableIds(element).map((id) => table(element, id).caption);
        equal(new Set(names).size, names.length, `${scope}: each table's name is its own (${names.join(', ')})`);
        const measures = $(element, 'section[aria-labelledby="measures-caption"] > button.download')!;
        const describer = element.shadowRoot!.getElementById(measures.getAttribute('aria-describedby')!);
        equal(text(describer), 'Measures adopted or planned', `${scope}: the measures' button is described by their heading`);
        for (const image of $$(element, '[role="img"]')) ok(image.getAttribute('aria-label'), `${scope}: each chart has a text equivalent`);
        element.closest('main')!.remove();
      }
    });
  });

  describe('keyboard', () => {
    for (const scope of scopes) {
      it(`${scope}: Tab reaches every button and every table, in reading order, each showing its focus`, async () => {
        const element = await mountScope(scope, 'locale="en"');
        const { before, after } = fence(element);
        before.focus();
        const expected = tabStops(element);
        ok(expected.length > 5, 'buttons and tables');
        const reached: HTMLElement[] = [];
        for (let presses = 0; presses < expected.length + 5 && document.activeElement !== after; presses++) {
          await press('Tab');
          await settle(element);
          const current = focused(element);
          if (document.activeElement === element && current) {
            reached.push(current);
            expectVisibleFocus(current, `${current.tagName.toLowerCase()}.${current.className}`);
          }
        }
        equal(document.activeElement, after, 'Tab goes on past the report');
        deepEqual(
          reached.map((stop) => stop.className),
          expected.map((stop) => stop.className),
          'every stop, in order',
        );
        ok(
          reached.every((stop, index) => stop === expected[index]),
          'the very elements',
        );
        // And back with Shift+Tab to the print button.
        await press('Shift+Tab');
        equal(focused(element), expected.at(-1), 'Shift+Tab comes back to the last stop');
      });
    }

    it('Enter on “Download as CSV” saves the file; Enter on “Print” prints', async () => {
      const downloads = catchDownloads();
      const element = await mountScope('agency', 'locale="en"');
      const { before } = fence(element);
      let printed = 0;
      const original = window.print;
      window.print = () => void printed++;
      onCleanup(() => {
        window.print = original;
      });
      before.focus();
      await press('Tab');
      equal(focused(element), $(element, 'button.print'));
      await press('Enter');
      await until(() => printed === 1, 2000, 'the print dialog');
      for (let presses = 0; presses < 5 && !focused(element)?.matches('button.download'); presses++) await press('Tab');
      const button = focused(element)!;
      ok(button.matches('button.download'), 'a download button reached');
      await press('Enter');
      const file = await downloads.next();
      equal(file.name, `chikaya-agency-${agencyId}-${provisionalYear}-${button.closest<HTMLElement>('div.table')!.dataset.table}.csv`);
      ok(file.text.length > 10, 'a file with its content');
    });
  });

  describe('small screens', () => {
    it('at 320 px wide nothing scrolls sideways but the tables, each in a region the keyboard can scroll', async () => {
      const { innerWidth: width, innerHeight: height } = window;
      await setViewport({ width: 320, height: 640 });
      onCleanup(() => setViewport({ width, height }));
      await until(() => window.innerWidth === 320, 2000, 'the 320 px viewport');
      for (const locale of ['en', 'ar', 'fr'] as const) {
        for (const scope of scopes) {
          const element = await mountScope(scope, `locale="${locale}"`);
          const what = `${locale}, ${scope}`;
          const overflow = document.documentElement.scrollWidth - document.documentElement.clientWidth;
          ok(overflow <= 0, `${what}: the page scrolls ${overflow} px sideways`);
          for (const node of $$(element, '*')) {
            if (node.closest('.table-scroll') && !node.matches('.table-scroll')) continue;
            const box = node.getBoundingClientRect();
            if (box.width === 0) continue;
            ok(box.left >= -0.5 && box.right <= 320.5, `${what}: ${node.tagName.toLowerCase()}.${node.getAttribute('class')} spans ${box.left}–${box.right}`);
            // Its words too, which may spill out of a box that fits (a month's name under its column).
            for (const child of node.childNodes) {
              if (child.nodeType !== Node.TEXT_NODE || !child.textContent!.trim() || getComputedStyle(node).visibility !== 'visible') continue;
              const range = document.createRange();
              range.selectNodeContents(child);
              const ink = range.getBoundingClientRect();
              const where = `${node.tagName.toLowerCase()}.${node.getAttribute('class')}`;
              ok(ink.left >= -0.5 && ink.right <= 320.5, `${what}: “${text(child)}” in ${where} spans ${ink.left}–${ink.right}`);
            }
          }
          // The months' names under the columns stay apart: none runs into the next.
          const labels = $$(element, '.column-labels li')
            .filter((label) => getComputedStyle(label).visibility === 'visible')
            .map((label) => {
              const range = document.createRange();
              range.selectNodeContents(label);
              return { label: text(label), box: range.getBoundingClientRect() };
            })
            .sort((a, b) => a.box.left - b.box.left);
          ok(labels.length >= 3, `${what}: months are named under the columns`);
          labels.slice(1).forEach((label, index) => {
            const previous = labels[index]!;
            const span = ({ box }: { box: DOMRect }) => `${box.left}–${box.right}`;
            ok(previous.box.right <= label.box.left + 0.5, `${what}: “${previous.label}” (${span(previous)}) runs into “${label.label}” (${span(label)})`);
          });
          element.closest('main')!.remove();
        }
      }
      // A wide table scrolls inside its region, from the keyboard.
      const element = await mountScope('national', 'locale="en"');
      const region = table(element, 'sectors').box.querySelector<HTMLElement>('.table-scroll')!;
      ok(region.scrollWidth > region.clientWidth, `the sector table is wider than the screen (${region.scrollWidth} > ${region.clientWidth})`);
      const { before } = fence(element);
      before.focus();
      for (let presses = 0; presses < 20 && focused(element) !== region; presses++) await press('Tab');
      equal(focused(element), region, 'the region is reached with Tab');
      await press('ArrowRight');
      await until(() => region.scrollLeft > 0, 2000, 'the table to scroll with the arrow key');
    });
  });

  it('“Try again” is reached with Tab and brings the report, the focus then on its title', async () => {
    const spy = spyOnFetch();
    let failing = true;
    spy.intercept = (exchange) => {
      if (failing && isReport(exchange.url)) throw new TypeError('Failed to fetch (cut by the test)');
      return undefined;
    };
    const element = await mountScope('agency', 'locale="en"');
    const { before } = fence(element);
    before.focus();
    await press('Tab');
    const button = focused(element);
    ok(button && button.matches('button.retry'), `“Try again” is the first stop (${button?.outerHTML})`);
    expectVisibleFocus(button, '“Try again”');
    failing = false;
    await press('Enter');
    await until(() => $(element, '.status'), 10_000, 'the report');
    await loaded(element);
    equal(focused(element), $(element, 'h2.title'), 'the focus on the title');
  });
});
