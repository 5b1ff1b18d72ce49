/**
 * Driving `<chikaya-report>` in tests: mounting reports against the sandbox and waiting until they
 * show their figures, recording the report each element was answered (other files, in the other
 * browser, change the sandbox's figures while this one runs: the page is compared with the very
 * answer it got), reading the platform's reports afresh, reading back what a user sees (title,
 * status, targets, facts, each table's rows, charts' text equivalents), and what a user would
 * expect there: the report's figures written as `Intl` writes them in the page's language, its
 * names in that language from `report.names`.
 */
import '../../src/report/define.js';
import type { Report } from '@chikaya/sdk';
import type { ChikayaReport } from '../../src/report/report.component.js';
import type { Locale } from '../../src/shared/localization.js';
import { deepEqual, equal, ok } from '../../../tools/browser/assert.js';
import { spyOnFetch } from './fetch-spy.js';
import { onCleanup, platform, settle, until } from './support.js';

export type { Report };
export type ReportElement = ChikayaReport;
export type Scope = 'agency' | 'sector' | 'national';
export const locales: readonly Locale[] = ['ar', 'fr', 'en', 'zgh'];

export const thisYear = new Date().getFullYear();
/** The year the platform's seed leaves awaiting approval (the years before it are published). */
export const provisionalYear = thisYear - 1;
/** A year whose reports the seed published. */
export const publishedYear = thisYear - 2;

/** The seeded agency and the sector (several agencies, several service categories) whose reports the tests read. */
export const agencyId = 'dgsn';
export const sectorId = 'finance';

export const isFirefox = navigator.userAgent.includes('Firefox');

// ---- the platform's reports, read by the test itself ----------------------------------------------

/** The page's own fetch, whatever a test patches: the test's reads are not the element's. */
const pageFetch = window.fetch.bind(window);

/** A fresh read of the platform (never the HTTP cache, never recorded): `GET {platform.url}{path}`. */
export async function api<T>(path: string): Promise<T> {
  const response = await pageFetch(`${platform.url}${path}`, { cache: 'no-store' });
  equal(response.status, 200, `GET ${path}`);
  return (await response.json()) as T;
}

/** Where the platform serves a report. */
export function reportPath(scope: Scope, id: string | null, year: number): string {
  if (scope === 'agency') return `/v1/reports/agencies/${id}/${year}`;
  return scope === 'sector' ? `/v1/reports/sectors/${id}/${year}` : `/v1/reports/national/${year}`;
}

// ---- recording the element's reads ----------------------------------------------------------------

export interface ReportRead {
  url: URL;
  /** the answer's status; undefined while it is on its way, or when the request failed */
  status?: number;
  /** the answer's JSON, for a 200 */
  body?: Report;
}

export interface ReportReads {
  /** every request to `/v1/reports/…` the page made, in order */
  readonly all: ReportRead[];
  /** the report of the last 200 answer (to `path`, when given) */
  last(path?: string): Report;
}

const isReportPath = (url: URL) => url.pathname.startsWith('/v1/reports/');

/**
 * Patches `window.fetch` for one test, recording each report request and the report it answered.
 * Put back by `cleanup()`. (Faults are injected with `fetch-spy.ts`, installed before this.)
 */
export function recordReports(): ReportReads {
  const original = window.fetch;
  const reads: ReportReads = {
    all: [],
    last(path) {
      const found = [...this.all].reverse().find((read) => read.body && (!path || read.url.pathname === path));
      ok(found, `no report answered${path ? ` for ${path}` : ''} (reads: ${this.all.map((read) => `${read.url.pathname} ${read.status}`).join(', ')})`);
      return found.body!;
    },
  };
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    if (!isReportPath(url)) return original.call(window, input, init);
    const read: ReportRead = { url };
    reads.all.push(read);
    const response = await original.call(window, input, init);
    read.status = response.status;
    if (response.status === 200) read.body = (await response.clone().json()) as Report;
    return response;
  };
  onCleanup(() => {
    window.fetch = original;
  });
  return reads;
}

// ---- mounting -------------------------------------------------------------------------------------

/**
 * Mounts a report talking to the sandbox inside a `<main>` and (unless `wait` is false) waits
 * until it shows its report or its problem. `attributes` is raw markup: `agency="dgsn" year="2025"`.
 */
export async function mountReport(attributes = '', { api: address = platform.url, wait = true }: { api?: string; wait?: boolean } = {}): Promise<ReportElement> {
  const main = document.createElement('main');
  main.innerHTML = `<chikaya-report api="${address}" ${attributes}></chikaya-report>`;
  document.body.append(main);
  const element = main.querySelector('chikaya-report')!;
  if (wait) await loaded(element);
  return element;
}

/** Whether a request is for a report. */
export const isReport = (url: URL): boolean => url.pathname.startsWith('/v1/reports/');

/**
 * Mounts a report whose read the platform does not answer until `release()` (or the test's end):
 * it stays loading.
 */
export async function mountLoading(attributes: string): Promise<{ element: ReportElement; release: () => void }> {
  const spy = spyOnFetch();
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  onCleanup(() => release());
  spy.intercept = async (exchange) => {
    if (isReport(exchange.url)) await held;
    return undefined;
  };
  const element = await mountReport(attributes, { wait: false });
  await until(() => $(element, '.loading'), 5000, 'the loading message');
  return { element, release };
}

/** Waits until the element is no longer busy: it shows a report, or says why it cannot. */
export async function loaded(element: ReportElement, timeout = 15_000): Promise<void> {
  await settle(element);
  await until(
    () => root(element)?.getAttribute('aria-busy') === 'false' && (status(element) || $(element, '.problem')),
    timeout,
    `the report ${element.getAttribute('agency') ?? element.getAttribute('sector') ?? '(national)'} to load`,
  );
  await settle(element);
}

/** Sets the page's language through the element's `locale` attribute and waits for it to re-render. */
export async function switchLocale(element: ReportElement, locale: Locale): Promise<void> {
  element.setAttribute('locale', locale);
  await until(() => root(element)?.getAttribute('lang') === locale, 5000, `the report in ${locale}`);
  await loaded(element);
}

/** Listens to `type` on the document (so the event must bubble out of the element) until the test ends. */
export function collect<T = Record<string, unknown>>(type: string): CustomEvent<T>[] {
  const events: CustomEvent<T>[] = [];
  const listener = (event: Event) => events.push(event as CustomEvent<T>);
  document.addEventListener(type, listener);
  onCleanup(() => document.removeEventListener(type, listener));
  return events;
}

// ---- what the element shows ------------------------------------------------------------------------

export const $ = <T extends Element = HTMLElement>(element: ReportElement, selector: string) => element.shadowRoot!.querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(element: ReportElement, selector: string) => [...element.shadowRoot!.querySelectorAll<T>(selector)];
export const root = (element: ReportElement) => element.shadowRoot?.querySelector<HTMLElement>('article.root') ?? null;
/** White space collapsed (the narrow no-break space of French numbers included) and trimmed. */
export const squash = (value: string) => value.replace(/\s+/g, ' ').trim();
/** An element's text, its white space collapsed. */
export const text = (node: Node | null | undefined) => squash(node?.textContent ?? '');
export const title = (element: ReportElement) => text($(element, 'h2.title'));
export const status = (element: ReportElement) => text($(element, '.status-line .status'));
export const problem = (element: ReportElement) => text($(element, '.problem'));
export const focused = (element: ReportElement) => element.shadowRoot!.activeElement as HTMLElement | null;
/** The section whose `h3` says `heading`'s id (`classification-heading`…). */
export const section = (element: ReportElement, headingId: string) => $(element, `section[aria-labelledby="${headingId}"]`);

export interface ShownTarget {
  element: HTMLElement;
  state: string;
  name: string;
  value: string;
  /** "Target met (target: at least 70%)" */
  verdict: string;
  /** "Target met" */
  said: string;
  /** "In 2024: 71%", or '' */
  before: string;
}

export function targets(element: ReportElement): ShownTarget[] {
  return $$(element, 'ul.targets > li.target').map((item) => ({
    element: item,
    state: [...item.classList].find((name) => name.startsWith('target--'))?.slice('target--'.length) ?? '',
    name: text(item.querySelector('.target-name')),
    value: text(item.querySelector('.target-value')),
    verdict: text(item.querySelector('.target-verdict')),
    said: text(item.querySelector('.target-verdict strong')),
    before: text(item.querySelector('.target-before')),
  }));
}

/** The headline's figures as `term → value`. */
export function facts(element: ReportElement): Record<string, string> {
  return Object.fromEntries($$(element, 'dl.facts > div').map((pair) => [text(pair.querySelector('dt')), text(pair.querySelector('dd'))]));
}

export interface ShownTable {
  box: HTMLElement;
  table: HTMLTableElement;
  /** its accessible name: its caption, or the heading it is labelled by */
  caption: string;
  /** the id of the caption or heading that names it */
  nameId: string | null;
  columns: string[];
  rows: string[][];
  /** the footer's row, or null */
  total: string[] | null;
  button: HTMLButtonElement;
}

/** The table `data-table="id"` as a user reads it. */
export function table(element: ReportElement, id: string): ShownTable {
  const box = $(element, `div.table[data-table="${id}"]`);
  ok(box, `a table "${id}" (tables: ${$$(element, 'div.table').map((found) => found.dataset.table).join(', ')})`);
  const found = box.querySelector('table')!;
  const cells = (row: Element) => [...row.children].map(text);
  const nameId = found.getAttribute('aria-labelledby') ?? (found.caption?.id || null);
  return {
    box,
    table: found,
    caption: found.hasAttribute('aria-labelledby') ? text(element.shadowRoot!.getElementById(nameId!)) : text(found.caption),
    nameId,
    columns: [...found.querySelectorAll('thead th')].map(text),
    rows: [...found.querySelectorAll('tbody tr')].map(cells),
    total: found.tFoot ? cells(found.tFoot.rows[0]!) : null,
    button: box.querySelector('button.download')!,
  };
}

export const tableIds = (element: ReportElement) => $$(element, 'div.table').map((box) => box.dataset.table!);

/** The text equivalent of the chart `figure.<kind>` (`bar-chart`, `column-chart`, `step-chart`). */
export function chartLabel(element: ReportElement, kind: string): string {
  const image = $(element, `figure.chart.${kind} [role="img"]`);
  ok(image, `a ${kind} with role=img`);
  return image.getAttribute('aria-label') ?? '';
}

// ---- what a user expects, from the report -----------------------------------------------------------

/** `Intl`'s locales for a page language, as the platform's Moroccan conventions have them. */
export const intl = (locale: Locale) => (locale === 'zgh' ? ['zgh-MA', 'tzm-MA', 'fr-MA'] : [`${locale}-MA`, locale]);
export const number = (value: number, locale: Locale, digits = 0) => squash(new Intl.NumberFormat(intl(locale), { maximumFractionDigits: digits }).format(value));
export const percent = (rate: number, locale: Locale) => squash(new Intl.NumberFormat(intl(locale), { style: 'percent', maximumFractionDigits: 0 }).format(rate));
/** A calendar day (`2025-06-03`) in words, whatever the user's time zone. */
export const day = (date: string, locale: Locale) =>
  squash(new Intl.DateTimeFormat(intl(locale), { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${date.slice(0, 10)}T00:00:00Z`)));
/** A moment as the user's own calendar day. */
export const localDay = (moment: string, locale: Locale) => squash(new Intl.DateTimeFormat(intl(locale), { dateStyle: 'long' }).format(new Date(moment)));
/** `2025-03` → "March 2025". */
export const monthName = (month: string, locale: Locale) =>
  squash(new Intl.DateTimeFormat(intl(locale), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`)));

/** The name of `id` in the page's language, as the report carries it (the id when it carries none). */
export function nameOf(report: Report, table: keyof Report['names'], id: string, locale: Locale): string {
  return report.names[table][id]?.[locale] ?? id;
}

const rateNames = ['responseRate', 'onTimeRate', 'renewalRate'] as const;

/** Every month of the report's year (zero months too), up to the month of its figures for the current year. */
export function everyMonth(report: Report): { month: string; received: number | null; answered: number | null }[] {
  const last = report.kpis.asOf.startsWith(`${report.year}-`) ? Number(report.kpis.asOf.slice(5, 7)) : 12;
  return Array.from({ length: last }, (_, index) => {
    const month = `${report.year}-${String(index + 1).padStart(2, '0')}`;
    return report.byMonth.find((row) => row.month === month) ?? { month, received: 0, answered: 0 };
  });
}

/** English words for the platform's keys, as the element's source strings say them. */
const channelWords: Record<string, string> = {
  web: 'National portal',
  widget: 'Public body’s website',
  phone: 'Telephone',
  mail: 'Post',
  desk: 'In person',
  mobile: 'Mobile app',
};

/** What a cell should say; null: words of the element's own (not checked outside English). */
type Expected = string | null;

export interface ExpectedTable {
  rows: Expected[][];
  total?: Expected[];
}

/** Each table of `report` as a reader of `locale` expects it, row by row. */
export function expectedTables(report: Report, locale: Locale): Record<string, ExpectedTable> {
  const en = locale === 'en';
  const n = (value: number) => number(value, locale);
  // a suppressed count: "fewer than 5" (in the element's own words outside English), and no share
  const count = (value: number | null) => (value === null ? (en ? `fewer than ${report.suppressedBelow}` : null) : n(value));
  const held = report.totals.total;
  const share = (value: number | null) => (value === null ? '—' : percent(held === 0 ? 0 : value / held, locale));
  const category = (id: string) => (id === 'unclassified' ? (en ? 'Not classified' : null) : nameOf(report, 'serviceCategories', id, locale));
  const region = (id: string) => (id === 'unknown' ? (en ? 'Region not given' : null) : nameOf(report, 'regions', id, locale));
  const { totals } = report;
  const tables: Record<string, ExpectedTable> = {
    classification: {
      rows: report.classification.map((row) => [category(row.serviceCategoryId), count(row.complaint), count(row.observation), count(row.suggestion), count(row.total)]),
      total: [en ? 'Total' : null, n(totals.complaint), n(totals.observation), n(totals.suggestion), n(totals.total)],
    },
    months: { rows: everyMonth(report).map((row) => [monthName(row.month, locale), count(row.received), count(row.answered)]) },
    regions: { rows: report.byRegion.map((row) => [region(row.key), count(row.count), share(row.count)]) },
    channels: { rows: report.byChannel.map((row) => [en ? (channelWords[row.key] ?? row.key) : null, count(row.count), share(row.count)]) },
    services: { rows: report.topServices.map((row) => [nameOf(report, 'services', row.key, locale), count(row.count), share(row.count)]) },
  };
  if (report.scope !== 'agency') {
    const sectors = report.scope === 'national';
    tables[sectors ? 'sectors' : 'agencies'] = {
      rows: report.lines.map(({ id, kpis }) => {
        const met = rateNames.filter((name) => kpis.indicators[name].met === true).length;
        return [
          nameOf(report, sectors ? 'sectors' : 'agencies', id, locale),
          n(kpis.counts.received),
          ...rateNames.map((name) => (kpis.indicators[name].value === null ? '—' : percent(kpis.indicators[name].value!, locale))),
          en ? `${met} of 3` : null,
        ];
      }),
    };
  }
  if (report.scope === 'national') {
    tables.participation = { rows: report.participation.map((point) => [day(point.date, locale), n(point.agencies)]) };
    tables['measures-by-agency'] = {
      rows: measuresByAgency(report, locale).map(({ name, adopted, planned }) => [name, n(adopted), n(planned)]),
    };
  }
  return tables;
}

/** The national report's measures counted by public body: the bodies with the most first, then by name. */
export function measuresByAgency(report: Report, locale: Locale): { name: string; adopted: number; planned: number }[] {
  const counts = new Map<string, { name: string; adopted: number; planned: number }>();
  for (const measure of report.measures) {
    const count = counts.get(measure.agencyId) ?? { name: nameOf(report, 'agencies', measure.agencyId, locale), adopted: 0, planned: 0 };
    count[measure.status] += 1;
    counts.set(measure.agencyId, count);
  }
  return [...counts.values()].sort((a, b) => b.adopted + b.planned - (a.adopted + a.planned) || a.name.localeCompare(b.name, locale));
}

/** Compares a row shown with a row expected, skipping the cells expected as null. */
function sameRow(shown: readonly string[], expected: readonly Expected[], what: string): void {
  equal(shown.length, expected.length, `${what}: the number of cells (${JSON.stringify(shown)})`);
  expected.forEach((cell, index) => {
    if (cell !== null) equal(shown[index], squash(cell), `${what}, cell ${index + 1}`);
  });
}

/** Each table of the element says what `report` says, row by row, in `locale`. */
export function expectTables(element: ReportElement, report: Report, locale: Locale): void {
  const expected = expectedTables(report, locale);
  const empty = (id: string) => (report.classification.length === 0 && id === 'classification') || expected[id]!.rows.length === 0;
  for (const [id, wanted] of Object.entries(expected)) {
    const shown = table(element, id);
    if (empty(id)) {
      equal(shown.rows.length, 1, `${id}: one row saying there is nothing`);
      if (locale === 'en') deepEqual(shown.rows[0], ['Nothing to show for this year.'], `${id} is empty`);
    } else {
      equal(shown.rows.length, wanted.rows.length, `${id}: the number of rows`);
      wanted.rows.forEach((row, index) => sameRow(shown.rows[index]!, row, `${id}, row ${index + 1}`));
    }
    if (wanted.total) sameRow(shown.total ?? [], wanted.total, `${id}, the total row`);
    else equal(shown.total, null, `${id} has no total row`);
  }
}

/** The three targets as a reader of `locale` expects them: value, state, and the previous year's rate. */
export function expectTargets(element: ReportElement, report: Report, locale: Locale): void {
  const shown = targets(element);
  equal(shown.length, 3, 'three targets');
  rateNames.forEach((name, index) => {
    const indicator = report.kpis.indicators[name];
    const target = shown[index]!;
    equal(target.state, indicator.met === null ? 'none' : indicator.met ? 'met' : 'missed', `${name}: the state`);
    equal(target.value, indicator.value === null ? '—' : percent(indicator.value, locale), `${name}: the value`);
    ok(target.verdict.includes(percent(indicator.target, locale)), `${name}: the target ${percent(indicator.target, locale)} is said in “${target.verdict}”`);
    const previous = report.previousYear;
    const before = previous?.indicators[name].value ?? null;
    if (before === null) equal(target.before, '', `${name}: no previous year's rate`);
    else {
      const rate = percent(before, locale);
      ok(target.before.includes(String(previous!.year)) && target.before.includes(rate), `${name}: “${target.before}” gives ${previous!.year}'s ${rate}`);
    }
  });
}

// ---- downloads --------------------------------------------------------------------------------------

export interface Download {
  /** the file's name, from the link's `download` */
  name: string;
  /** the file's bytes, as saved */
  bytes: Uint8Array;
  /** its text, the byte order mark kept */
  text: string;
  /** the Blob's type */
  type: string;
  /** the link was in the document when clicked (Firefox saves from no other) and gone afterwards */
  linkInDocument: boolean;
}

/**
 * Catches the files the page saves: a click on an `<a download>` is stopped before the browser
 * saves anything, and the file is read back from its blob URL. Until the test ends.
 */
export function catchDownloads(): { files: Download[]; next(): Promise<Download> } {
  const pending: Promise<Download>[] = [];
  const files: Download[] = [];
  const listener = (event: MouseEvent) => {
    const link = event.composedPath()[0];
    if (!(link instanceof HTMLAnchorElement) || !link.hasAttribute('download')) return;
    event.preventDefault();
    const name = link.download;
    const linkInDocument = link.isConnected;
    pending.push(
      (async () => {
        const response = await pageFetch(link.href);
        const blob = await response.blob();
        const bytes = new Uint8Array(await blob.arrayBuffer());
        const file = { name, bytes, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes), type: blob.type, linkInDocument };
        files.push(file);
        return file;
      })(),
    );
  };
  document.addEventListener('click', listener, true);
  onCleanup(() => document.removeEventListener('click', listener, true));
  let taken = 0;
  return {
    files,
    async next() {
      await until(() => pending.length > taken, 5000, 'a file to be saved');
      return pending[taken++]!;
    },
  };
}

/** Clicks the "Download as CSV" button of table `id` (or the measures' one) and answers the file. */
export async function download(element: ReportElement, id: string, downloads: ReturnType<typeof catchDownloads>): Promise<Download> {
  const button = id === 'measures' ? $<HTMLButtonElement>(element, 'section[aria-labelledby="measures-caption"] > button.download') : table(element, id).button;
  ok(button, `a download button for ${id}`);
  button.click();
  return downloads.next();
}

/**
 * RFC 4180 as a spreadsheet reads it: fields with a comma, a quote or a line break quoted, quotes
 * doubled; CRLF. A text a spreadsheet would take for a formula (`=`, `+`, `-`, `@`, tab, carriage
 * return first) is written as OWASP says: a single quote first, the whole quoted. Numbers are numbers.
 */
export function csv(rows: readonly (readonly (string | number | null)[])[]): string {
  const field = (value: string | number | null) => {
    const words = value === null ? '' : String(value);
    if (typeof value === 'string' && /^[=+\-@\t\r]/.test(value)) return `"'${words.replaceAll('"', '""')}"`;
    return /[",\r\n]/.test(words) ? `"${words.replaceAll('"', '""')}"` : words;
  };
  return rows.map((row) => row.map(field).join(',') + '\r\n').join('');
}

/** A breakdown's count as the CSV files write it: the number, or `<5` when it is suppressed. */
export const csvCount = (count: number | null, report: Report): number | string => count ?? `<${report.suppressedBelow}`;

/** A rate as the CSV files write it: a percentage with one decimal (`0.6806` → 68.1). */
export const csvPercent = (rate: number | null) => (rate === null ? null : Math.round(rate * 1000) / 10);

/** Each file of an English report, as a spreadsheet user expects it: a header, raw numbers, ISO months and days. */
export function expectedCsv(report: Report): Record<string, string> {
  const name = (table: keyof Report['names'], id: string) => nameOf(report, table, id, 'en');
  const category = (id: string) => (id === 'unclassified' ? 'Not classified' : name('serviceCategories', id));
  const held = report.totals.total;
  const share = (count: number | null) => (count === null ? null : csvPercent(held === 0 ? 0 : count / held));
  const kinds = ['complaint', 'observation', 'suggestion', 'total'] as const;
  const files: Record<string, string> = {
    classification: csv([
      ['Type of public service', 'Complaints', 'Observations', 'Suggestions', 'Total'],
      ...report.classification.map((row) => [category(row.serviceCategoryId), ...kinds.map((kind) => csvCount(row[kind], report))]),
      ['Total', ...kinds.map((kind) => report.totals[kind])],
    ]),
    months: csv([
      ['Month', 'Submissions received', 'Of which answered'],
      ...everyMonth(report).map((row) => [row.month, csvCount(row.received, report), csvCount(row.answered, report)]),
    ]),
    regions: csv([
      ['Region', 'Submissions', 'Share (%)'],
      ...report.byRegion.map((row) => [row.key === 'unknown' ? 'Region not given' : name('regions', row.key), csvCount(row.count, report), share(row.count)]),
    ]),
    channels: csv([
      ['Channel', 'Submissions', 'Share (%)'],
      ...report.byChannel.map((row) => [channelWords[row.key] ?? row.key, csvCount(row.count, report), share(row.count)]),
    ]),
    services: csv([
      ['Service', 'Submissions', 'Share (%)'],
      ...report.topServices.map((row) => [name('services', row.key), csvCount(row.count, report), share(row.count)]),
    ]),
    measures: csv([
      ['Measure', 'Public body', 'Service', 'Status', 'Date', 'Details'],
      ...report.measures.map((measure) => [
        measure.title,
        name('agencies', measure.agencyId),
        measure.serviceId ? name('services', measure.serviceId) : '',
        measure.status === 'adopted' ? 'Adopted' : 'Planned',
        measure.date,
        measure.description,
      ]),
    ]),
  };
  if (report.scope !== 'agency') {
    const sectors = report.scope === 'national';
    files[sectors ? 'sectors' : 'agencies'] = csv([
      [sectors ? 'Sector' : 'Public body', 'Submissions received', 'Answered (%)', 'Answered on time (%)', 'Renewed complaints (%)', 'Targets met'],
      ...report.lines.map(({ id, kpis }) => [
        name(sectors ? 'sectors' : 'agencies', id),
        kpis.counts.received,
        ...rateNames.map((rate) => csvPercent(kpis.indicators[rate].value)),
        rateNames.filter((rate) => kpis.indicators[rate].met === true).length,
      ]),
    ]);
  }
  if (report.scope === 'national') {
    files.participation = csv([['Date', 'Public bodies'], ...report.participation.map((point) => [point.date, point.agencies])]);
    files['measures-by-agency'] = csv([
      ['Public body', 'Measures adopted', 'Measures planned'],
      ...measuresByAgency(report, 'en').map((count) => [count.name, count.adopted, count.planned]),
    ]);
  }
  return files;
}
