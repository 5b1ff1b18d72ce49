/**
 * The annual report on the national portal (`examples/portal/`, as `pnpm start` serves it), in
 * Chromium: `<chikaya-report>` from the script tag, on the portal's report page.
 *
 * - The way in: an agency's "annual report" link on the portal, and a full badge's link on an
 *   agency's site, lead to that agency's report for that year; from there, the year chooser, the
 *   sector's report and the national one.
 * - On paper: an agency's report and the national summary printed to PDF as a browser prints them
 *   (print media, A4 from the page's `@page` rule): every page A4, a sane number of pages, no
 *   button and none of the site's chrome, tables whose header row repeats on each page, black on
 *   white. The PDFs are kept in `$TMPDIR/chikaya-e2e/report/`, with their first pages as PNG when
 *   `pdftoppm` is installed, for a person to look at.
 * - The national report's table saved as CSV: the file the browser saves, in French.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Report } from '@chikaya/sdk';
import type { Browser, CDPSession, Page } from 'puppeteer-core';
import type { Sandbox } from '../../../sandbox/src/server.js';
import { assertBuilt, assertClean, explain, launch, observe, type PageLog, squash, startPlatform, textOf, waitFor } from './support.js';

const report = 'chikaya-report';
/** The latest year that has ended: the report page's year when the address gives none. */
const lastYear = new Date().getFullYear() - 1;
/** A year whose reports the seed published (every year up to two years back). */
const publishedYear = lastYear - 1;
/** Where the printed reports are kept for a person to look at. */
const printFolder = join(tmpdir(), 'chikaya-e2e', 'report');

let sandbox: Sandbox;
let browser: Browser;
let page: Page;
let log: PageLog;

async function step(name: string, run: () => Promise<void>): Promise<void> {
  try {
    await run();
    assertClean(log);
  } catch (error) {
    throw await explain(error, log, name);
  }
}

async function api<T>(path: string): Promise<T> {
  const response = await fetch(`${sandbox.url}${path}`);
  assert.equal(response.status, 200, `${path} answers 200`);
  return (await response.json()) as T;
}

interface Loaded {
  scope: 'agency' | 'sector' | 'national';
  id: string | null;
  sectorId: string | null;
  year: number;
  status: 'provisional' | 'published';
}

/** The `chikaya-report-loaded` event of the page shown now (each page records its own, see `before`). */
async function loaded(): Promise<Loaded> {
  await page.waitForFunction(() => ((window as unknown as { reportsLoaded?: unknown[] }).reportsLoaded ?? []).length > 0);
  const events = await page.evaluate(() => (window as unknown as { reportsLoaded: Loaded[] }).reportsLoaded);
  assert.equal(events.length, 1, `one report shown: ${JSON.stringify(events)}`);
  await waitFor(page, `${report} >>> .report[aria-busy="false"] .section`);
  return events[0]!;
}

/** Follows a link of the page (a real click) and waits for the next page. */
async function follow(selector: string): Promise<void> {
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click(selector)]);
}

const href = (selector: string) => page.$eval(selector, (link) => (link as HTMLAnchorElement).href);
const reportPage = (query: string) => `${sandbox.url}/examples/portal/rapport.html?${query}`;
/** The report requests the page made since `from` (in `log.requests`). */
const reportReads = (from: number) => log.requests.slice(from).filter((request) => request.includes('/v1/reports/'));

describe('the annual report on the portal', () => {
  before(async () => {
    assertBuilt();
    sandbox = await startPlatform();
    browser = await launch('chromium');
    page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    log = await observe(page);
    await page.evaluateOnNewDocument(() => {
      const recorded: unknown[] = [];
      (window as unknown as { reportsLoaded?: unknown[] }).reportsLoaded = recorded;
      addEventListener('chikaya-report-loaded', (event) => recorded.push((event as CustomEvent).detail));
    });
    await mkdir(printFolder, { recursive: true });
  });

  after(async () => {
    await browser?.close();
    await sandbox?.close();
  });

  it('leads from the portal to an agency’s report, then to other years, its sector’s and the national one', async () => {
    const agency = await api<{ id: string; sectorId: string; names: { fr: string } }>('/v1/agencies/cnss');
    const sectors = await api<{ items: { id: string; names: { fr: string } }[] }>('/v1/sectors');
    const sector = sectors.items.find((candidate) => candidate.id === agency.sectorId)!;

    await step('the portal’s links to the reports', async () => {
      await page.goto(`${sandbox.url}/examples/portal/`, { waitUntil: 'load' });
      await waitFor(page, `#agency-${agency.id} .agency-actions a`);
      assert.equal(await href(`#agency-${agency.id} .agency-actions a`), reportPage(`agency=${agency.id}&year=${lastYear}`));
      assert.match(await textOf(page, `#agency-${agency.id} .agency-actions a`), new RegExp(`^Rapport annuel ${lastYear}\\b`));
      assert.equal(await href('#national-report-link'), reportPage(`year=${lastYear}`));
      // The national badge shows this year's figures: its link, this year's report.
      const badgeLink = await waitFor(page, '#national-badge >>> a[part="link"]');
      assert.equal(await badgeLink.evaluate((link) => (link as HTMLAnchorElement).href), reportPage(`year=${lastYear + 1}`));
      await badgeLink.dispose();
    });

    await step('an agency’s report, last year’s', async () => {
      const from = log.requests.length;
      await follow(`#agency-${agency.id} .agency-actions a`);
      assert.deepEqual(await loaded(), { scope: 'agency', id: agency.id, sectorId: agency.sectorId, year: lastYear, status: 'provisional' });
      const title = await textOf(page, `${report} >>> .title`);
      assert.ok(title.includes(agency.names.fr) && title.includes(String(lastYear)), title);
      // That agency's report, read once: the page gives the element its attributes before it loads.
      assert.deepEqual(reportReads(from), [`GET ${sandbox.url}/v1/reports/agencies/${agency.id}/${lastYear}`]);
      const data = await api<Report>(`/v1/reports/agencies/${agency.id}/${lastYear}`);
      const received = await textOf(page, `${report} >>> .facts dd`);
      assert.equal(received.replace(/\D/g, ''), String(data.kpis.counts.received), `received: ${received}`);
      assert.ok((await page.title()).includes(agency.names.fr), await page.title());
      const years = await page.$$eval('#report-year option', (options) => options.map((option) => (option as HTMLOptionElement).value));
      assert.deepEqual(years, Array.from({ length: lastYear - 2018 + 1 }, (_, index) => String(lastYear - index)), 'from last year back to 2018');
      assert.equal(await page.$eval('#report-year', (select) => (select as HTMLSelectElement).value), String(lastYear));
    });

    await step('the year chooser: the same agency, another year', async () => {
      await page.select('#report-year', String(publishedYear));
      await follow('#report-year-form button[type="submit"]');
      assert.equal(page.url(), reportPage(`agency=${agency.id}&year=${publishedYear}`));
      assert.deepEqual(await loaded(), { scope: 'agency', id: agency.id, sectorId: agency.sectorId, year: publishedYear, status: 'published' });
      assert.equal(await page.$eval('#report-year', (select) => (select as HTMLSelectElement).value), String(publishedYear));
    });

    await step('its sector’s report, the same year', async () => {
      await waitFor(page, '#report-sector-link');
      assert.equal(await href('#report-sector-link'), reportPage(`sector=${sector.id}&year=${publishedYear}`));
      assert.ok((await textOf(page, '#report-sector-link')).includes(sector.names.fr));
      await follow('#report-sector-link');
      assert.deepEqual(await loaded(), { scope: 'sector', id: sector.id, sectorId: sector.id, year: publishedYear, status: 'published' });
      assert.ok((await textOf(page, `${report} >>> .title`)).includes(sector.names.fr));
    });

    await step('the national report, the same year', async () => {
      assert.equal(await page.$('#report-sector-link'), null, 'a sector’s report links to the national one only');
      await follow('#report-national-link');
      assert.deepEqual(await loaded(), { scope: 'national', id: null, sectorId: null, year: publishedYear, status: 'published' });
      assert.equal(await page.$$eval('#report-links:not([hidden]) a', (links) => links.length), 0, 'no other report to link to');
    });
  });

  it('follows a full badge’s link on an agency’s site to that year’s report', async () => {
    await step('the agency site’s results page', async () => {
      await page.goto(`${sandbox.url}/examples/agency-site/resultats.html`, { waitUntil: 'load' });
      const badge = 'main chikaya-kpi-badge[year]';
      const year = Number(await page.$eval(badge, (element) => element.getAttribute('year')));
      const agency = await page.$eval(badge, (element) => element.getAttribute('agency')!);
      const link = await waitFor(page, `${badge} >>> a[part="link"]`);
      await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), link.click()]);
      await link.dispose();
      assert.equal(page.url(), reportPage(`agency=${agency}&year=${year}`));
      const { sectorId } = await api<{ sectorId: string }>(`/v1/agencies/${agency}`);
      assert.deepEqual(await loaded(), { scope: 'agency', id: agency, sectorId, year, status: year <= publishedYear ? 'published' : 'provisional' });
    });
  });

  /** Prints the page shown now, as a browser prints it, and checks the paper; returns the page count. */
  async function printed(name: string, maxPages: number): Promise<number> {
    await page.emulateMediaType('print');
    try {
      await assertPrintable();
      // Whatever the element's theme: a dark one prints black on white too.
      await page.$eval(report, (element) => element.setAttribute('theme', 'dark'));
      await assertPrintable();
      await page.$eval(report, (element) => element.removeAttribute('theme'));
      const pdf = Buffer.from(await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true }));
      const file = join(printFolder, `${name}.pdf`);
      await writeFile(file, pdf);
      const pages = a4Pages(pdf);
      assert.ok(pages >= 1 && pages <= maxPages, `${name}: ${pages} pages (at most ${maxPages}); see ${file}`);
      pictures(file);
      return pages;
    } finally {
      await page.emulateMediaType();
    }
  }

  it('prints an agency’s report: A4, at most 6 pages, the report alone, black on white', async () => {
    // The agency with the most submissions that year: the longest report.
    const kpis = await api<{ items: { agencyId: string; counts: { received: number } }[] }>(`/v1/kpis/agencies?year=${publishedYear}`);
    const busiest = [...kpis.items].sort((a, b) => b.counts.received - a.counts.received)[0]!.agencyId;
    await step('an agency’s report on paper', async () => {
      await page.goto(reportPage(`agency=${busiest}&year=${publishedYear}`), { waitUntil: 'load' });
      await loaded();
      await printed(`agency-${busiest}-${publishedYear}`, 6);
    });
  });

  it('prints the national summary report: A4, a sane number of pages, the report alone, black on white', async () => {
    await step('the national report on paper', async () => {
      await page.goto(reportPage(`year=${publishedYear}`), { waitUntil: 'load' });
      await loaded();
      // Bounded whatever the year: 26 types of service, 17 sectors, a line per public body.
      await printed(`national-${publishedYear}`, 16);
    });
  });

  it('saves a table of the national report as a CSV file, in French', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'chikaya-e2e-csv-'));
    const cdp: CDPSession = await browser.target().createCDPSession();
    try {
      await step('the download', async () => {
        await page.goto(reportPage(`year=${lastYear}`), { waitUntil: 'load' });
        await loaded();
        await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: folder, eventsEnabled: true });
        const saved = new Promise<string>((resolve, reject) => {
          let fileName = '';
          cdp.on('Browser.downloadWillBegin', (event) => (fileName = event.suggestedFilename));
          cdp.on('Browser.downloadProgress', (event) => {
            if (event.state === 'completed') resolve(fileName);
            if (event.state === 'canceled') reject(new Error('the download was canceled'));
          });
        });
        const button = await waitFor(page, `${report} >>> [data-table="participation"] button.download`);
        await button.click();
        await button.dispose();
        const fileName = await saved;
        assert.equal(fileName, `chikaya-national-${lastYear}-participation.csv`);
        const csv = await readFile(join(folder, fileName), 'utf8');
        // The byte order mark (Excel reads the file as UTF-8), then the header row in the page's
        // language: the table's own headers, as the page shows them.
        const columns = await page.$$eval(`${report} >>> [data-table="participation"] thead th`, (cells) =>
          cells.map((cell) => (cell as HTMLElement).innerText.trim()),
        );
        assert.equal(columns[1], 'Organismes publics', `the headers in French: ${columns.join(', ')}`);
        assert.ok(csv.startsWith(`\uFEFF${columns.join(',')}\r\n`), JSON.stringify(csv.slice(0, 60)));
        const data = await api<Report>(`/v1/reports/national/${lastYear}`);
        assert.deepEqual(
          csv.slice(1).split('\r\n').slice(1, -1),
          data.participation.map((point) => `${point.date},${point.agencies}`),
          'a line per date, ISO dates and plain numbers',
        );
      });
    } finally {
      await cdp.detach();
      await rm(folder, { recursive: true, force: true });
    }
  });
});

/** In print media: no button and none of the site's chrome shown, headers that repeat, black on white. */
async function assertPrintable(): Promise<void> {
  const paper = await page.evaluate(() => {
    const shown = (element: Element) => element.getClientRects().length > 0;
    const host = document.querySelector('chikaya-report')!;
    const root = host.shadowRoot!;
    const everything = [...document.querySelectorAll('*'), ...root.querySelectorAll('*')];
    /** WCAG's contrast of a CSS colour against white */
    const contrast = (color: string) => {
      const [r, g, b] = (color.match(/[\d.]+/g) ?? []).map(Number).map((value) => {
        const channel = value / 255;
        return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
      });
      return 1.05 / (0.2126 * r! + 0.7152 * g! + 0.0722 * b! + 0.05);
    };
    const texts = everything.filter((element) => shown(element) && [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim()));
    const label = (element: Element) => `${element.localName}.${[...element.classList].join('.')} "${(element.textContent ?? '').trim().slice(0, 30)}"`;
    return {
      buttons: everything.filter((element) => element.localName === 'button' && shown(element)).map(label),
      chrome: ['.skip-link', '.site-header', '.site-nav', '.site-footer', 'h1', '#report-nav', '#report-year-form']
        .filter((selector) => [...document.querySelectorAll(selector)].some(shown)),
      tables: [...root.querySelectorAll('table')].map((table) => table.tHead && getComputedStyle(table.tHead).display),
      reportShown: shown(host) && (root.querySelector('.report') as HTMLElement).innerText.trim() !== '',
      // The ink: body text black; secondary text (muted, the status) at least as dark as AAA asks.
      notBlack: [...root.querySelectorAll('.title, h3, th, td, dd')].filter((element) => getComputedStyle(element).color !== 'rgb(0, 0, 0)').map(label),
      pale: texts.filter((element) => contrast(getComputedStyle(element).color) < 7).map((element) => `${label(element)}: ${getComputedStyle(element).color}`),
      // The paper: white, or nothing painted, under every text and around the report.
      grounds: [document.documentElement, document.body, host, root.querySelector('.report')!, ...texts]
        .map((element) => getComputedStyle(element).backgroundColor)
        .filter((color) => !['rgb(255, 255, 255)', 'rgba(0, 0, 0, 0)'].includes(color)),
    };
  });
  assert.ok(paper.reportShown, 'the report is printed');
  assert.deepEqual(paper.buttons, [], 'no button on paper');
  assert.deepEqual(paper.chrome, [], 'none of the site’s chrome on paper');
  assert.ok(paper.tables.length > 0, 'tables');
  assert.deepEqual(paper.tables, paper.tables.map(() => 'table-header-group'), 'every table’s header row repeats on each page');
  assert.deepEqual(paper.notBlack, [], 'black text');
  assert.deepEqual(paper.pale, [], 'no pale text');
  assert.deepEqual(paper.grounds, [], 'on white');
}

/** The PDF's page count, after checking that every page is A4 (595 × 842 pt, within a point). */
function a4Pages(pdf: Buffer): number {
  const text = pdf.toString('latin1');
  const pages = [...text.matchAll(/\/Type\s*\/Page(?![a-zA-Z])/g)].length;
  const boxes = [...text.matchAll(/\/MediaBox\s*\[\s*([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s*\]/g)].map((box) => box.slice(1).map(Number));
  assert.ok(pages > 0, 'a PDF with pages');
  assert.equal(boxes.length, pages, 'a MediaBox for each page');
  for (const [x0, y0, x1, y1] of boxes) {
    assert.ok(Math.abs(x1! - x0! - 595.28) <= 1 && Math.abs(y1! - y0! - 841.89) <= 1, `an A4 page: ${x1! - x0!} × ${y1! - y0!} pt`);
  }
  return pages;
}

/** The first two pages as PNG beside the PDF, for a person to look at, when `pdftoppm` is installed (CI may not have it). */
function pictures(file: string): void {
  try {
    execFileSync('pdftoppm', ['-r', '60', '-png', '-f', '1', '-l', '2', file, file.replace(/\.pdf$/, '')], { stdio: 'ignore' });
  } catch {
    // No pdftoppm: the PDF is there.
  }
}
