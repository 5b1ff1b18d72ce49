/**
 * Driving `<chikaya-kpi-badge>` in tests: mounting badges against the sandbox, reading what they
 * show, recording the KPI reads the page makes (with the very figures each read answered), and
 * finding seeded agencies in a given state from the platform's own figures.
 */
import '../../src/kpi-badge/define.js';
import type { Kpis } from '@chikaya/sdk';
import type { ChikayaKpiBadge } from '../../src/kpi-badge/kpi-badge.component.js';
import type { Locale } from '../../src/shared/localization.js';
import { equal, ok } from '../../../tools/browser/assert.js';
import { cleanup, onCleanup, platform, settle, until } from './support.js';

export type Badge = ChikayaKpiBadge;
export type { Kpis };
export type IndicatorName = keyof Kpis['indicators'];
export const indicatorNames: readonly IndicatorName[] = ['responseRate', 'onTimeRate', 'renewalRate'];
export const locales: readonly Locale[] = ['ar', 'fr', 'en', 'zgh'];

// ---- the page's shared KPI reader -----------------------------------------------------------------

interface Shared {
  instances: Map<string, unknown>;
}

/**
 * Forgets the page's KPI readers, as a new page would start: the next badge makes a reader of its
 * own (which still goes through the browser's HTTP cache). Each test starts so, whatever ran before.
 */
export function forgetReaders(): void {
  (globalThis as unknown as Record<symbol, Shared | undefined>)[Symbol.for('chikaya.widgets.shared')]?.instances.clear();
}

/** `afterEach`: removes the badges and what the test patched, and forgets the page's readers. */
export async function resetBadges(): Promise<void> {
  await cleanup();
  forgetReaders();
}

// ---- recording the KPI reads ----------------------------------------------------------------------

export interface KpiRead {
  url: URL;
  /** the answer's status; undefined until it comes, or when the request failed */
  status?: number;
  /** the answer's JSON body, for a 200 */
  body?: unknown;
  /** the request failed before any answer (network) */
  failed?: boolean;
}

export interface KpiReads {
  /** every request to `/v1/kpis/…` the page made, in order */
  readonly all: KpiRead[];
  /** the figures of `agencyId` (or of the nation, for `null`) in the last answer that carried them */
  figuresOf(agencyId: string | null): Kpis;
  /** refuse KPI requests before they leave, as when offline (a TypeError, as fetch gives) */
  refuse: boolean;
  /** while set, KPI requests wait for it before leaving (a slow network) */
  hold: Promise<void> | null;
  /** changes the figures of each 200 answer before the page sees them (as if the platform had said so) */
  rewrite: ((kpis: Kpis) => void) | null;
}

const isKpiPath = (url: URL) => url.pathname.startsWith('/v1/kpis/');

/**
 * Patches `window.fetch` for one test, recording each KPI request and the figures it answered, so
 * that the badge's text is compared with the very answer it got (other test files, in another
 * browser, change the sandbox's figures while this one runs). Put back by `cleanup()`.
 */
export function recordKpiReads(): KpiReads {
  const original = window.fetch;
  const reads: KpiReads = {
    all: [],
    refuse: false,
    hold: null,
    rewrite: null,
    figuresOf(agencyId) {
      for (const read of [...this.all].reverse()) {
        const body = read.body as (Kpis & { items?: undefined }) | { items: Kpis[] } | undefined;
        if (!body) continue;
        const found = body.items ? body.items.find((item) => item.agencyId === agencyId) : body.agencyId === agencyId ? body : undefined;
        if (found) return found;
      }
      throw new Error(`no KPI answer carried the figures of ${agencyId ?? 'the nation'} (reads: ${this.all.map((read) => read.url.pathname + read.url.search).join(', ')})`);
    },
  };
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    if (!isKpiPath(url)) return original.call(window, input, init);
    const read: KpiRead = { url };
    reads.all.push(read);
    if (reads.hold) await reads.hold;
    if (reads.refuse) {
      read.failed = true;
      throw new TypeError('Failed to fetch (refused by the test)');
    }
    let response: Response;
    try {
      response = await original.call(window, input, init);
    } catch (error) {
      read.failed = true;
      throw error;
    }
    read.status = response.status;
    if (response.status !== 200) return response;
    const body = (await response.json()) as Kpis | { items: Kpis[] };
    if (reads.rewrite) for (const kpis of 'items' in body ? body.items : [body]) reads.rewrite(kpis);
    read.body = body;
    const headers = new Headers(response.headers);
    headers.delete('content-length');
    return new Response(JSON.stringify(body), { status: response.status, statusText: response.statusText, headers });
  };
  onCleanup(() => {
    window.fetch = original;
  });
  return reads;
}

// ---- the platform's figures, read by the test itself -----------------------------------------------

/** The page's own fetch, whatever a test patches: the test's reads are not the badges'. */
const pageFetch = window.fetch.bind(window);

/** A fresh read of the platform (never the HTTP cache, never recorded): `GET {platform.url}{path}`. */
export async function api<T>(path: string): Promise<T> {
  const response = await pageFetch(`${platform.url}${path}`, { cache: 'no-store' });
  equal(response.status, 200, `GET ${path}`);
  return (await response.json()) as T;
}

export const allMet = (kpis: Kpis) => indicatorNames.every((name) => kpis.indicators[name].met === true);
export const someMissed = (kpis: Kpis) => indicatorNames.some((name) => kpis.indicators[name].met === false);
export const noneKnown = (kpis: Kpis) => indicatorNames.every((name) => kpis.indicators[name].met === null);

/**
 * Agencies whose figures other files change while this one runs (in the other browser, against the
 * same sandbox): the test agency, where they lodge submissions, and `dgsn`, the seeded agency whose
 * submissions the status tracker's tests answer through the back office.
 */
const busyAgencies = new Set([platform.agencyId, 'dgsn']);

/**
 * A seeded agency whose figures pass `test` in `year`, the one with the most submissions: the
 * most settled. Without `year`, in the current year, else (early January) the year before: mount
 * it with its `year`.
 */
export async function findAgency(test: (kpis: Kpis) => boolean, what: string, year?: number): Promise<Kpis & { agencyId: string }> {
  const years = year ? [year] : [new Date().getFullYear(), new Date().getFullYear() - 1];
  for (const candidate of years) {
    const { items } = await api<{ items: Kpis[] }>(`/v1/kpis/agencies?year=${candidate}`);
    const found = items
      .filter((kpis) => !busyAgencies.has(kpis.agencyId!) && test(kpis))
      .sort((a, b) => b.counts.received - a.counts.received || a.agencyId!.localeCompare(b.agencyId!))[0];
    if (found) return found as Kpis & { agencyId: string };
  }
  throw new Error(`the sandbox has no agency ${what} in ${years.join(' or ')}`);
}

// ---- mounting -------------------------------------------------------------------------------------

/**
 * Mounts a badge talking to the sandbox inside a `<main>` and waits until it shows its figures (or
 * its problem; the full variant, its other figures too). `attributes` is raw markup:
 * `agency="…" variant="full"`.
 */
export async function mountBadge(
  attributes = '',
  { api: address = platform.url, busy = false }: { /** null: no `api` attribute */ api?: string | null; /** do not wait for the figures */ busy?: boolean } = {},
): Promise<Badge> {
  const main = document.createElement('main');
  main.innerHTML = `<chikaya-kpi-badge ${address === null ? '' : `api="${address}"`} ${attributes}></chikaya-kpi-badge>`;
  document.body.append(main);
  const badge = main.querySelector('chikaya-kpi-badge')!;
  if (!busy) await ready(badge);
  return badge;
}

/** Waits until the badge has rendered in its language and is no longer busy. */
export async function ready(badge: Badge, timeout = 10_000): Promise<void> {
  await settle(badge);
  await until(() => root(badge)?.getAttribute('aria-busy') === 'false', timeout, `the badge ${badge.getAttribute('agency') ?? '(national)'} to show its figures`);
  await settle(badge);
}

export const $ = <T extends Element = HTMLElement>(badge: Badge, selector: string) => badge.shadowRoot!.querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(badge: Badge, selector: string) => [...badge.shadowRoot!.querySelectorAll<T>(selector)];
export const root = (badge: Badge) => badge.shadowRoot?.querySelector<HTMLElement>('.root') ?? null;
/** White space collapsed (the narrow no-break space of French numbers included) and trimmed. */
export const squash = (value: string) => value.replace(/\s+/g, ' ').trim();
/** An element's text, its white space collapsed. */
export const text = (element: Element | null | undefined) => squash(element?.textContent ?? '');

export interface ShownRate {
  element: HTMLElement;
  /** `met`, `missed` or `none`, from the class */
  state: string;
  name: string;
  value: string;
  /** the verdict's words, e.g. "Target met (target: at least 70%)" */
  verdict: string;
  /** the verdict's strong words alone, e.g. "Target met" */
  said: string;
  /** the icon's drawing */
  icon: string;
}

/** The three rates as a user sees them, in order. */
export function rates(badge: Badge): ShownRate[] {
  return $$(badge, '.rates > li.rate').map((element) => ({
    element,
    state: [...element.classList].find((name) => name.startsWith('rate--'))?.slice('rate--'.length) ?? '',
    name: text(element.querySelector('.rate-name')),
    value: text(element.querySelector('.rate-value')),
    verdict: text(element.querySelector('.rate-verdict')),
    said: text(element.querySelector('.rate-verdict strong')),
    icon: element.querySelector('.rate-verdict svg path')?.getAttribute('d') ?? '',
  }));
}

/**
 * `Intl` as the test knows it, with Moroccan conventions (`fr-MA` groups thousands with a dot):
 * a whole percentage, a number.
 */
export const percent = (value: number, locale: 'en' | 'fr') => new Intl.NumberFormat(`${locale}-MA`, { style: 'percent', maximumFractionDigits: 0 }).format(value);
export const number = (value: number, locale: 'en' | 'fr', maximumFractionDigits = 0) => new Intl.NumberFormat(`${locale}-MA`, { maximumFractionDigits }).format(value);

/** The digits of a text, Western or Arabic-Indic, as a number (for languages whose words are not checked here). */
export function digitsOf(value: string): number {
  const western = value.replace(/[٠-٩]/g, (digit) => String(digit.charCodeAt(0) - 0x0660)).replace(/[۰-۹]/g, (digit) => String(digit.charCodeAt(0) - 0x06f0));
  return Number(western.replace(/\D/g, ''));
}

/** The badge shows each rate of `kpis`: the state, the value in the badge's language, and the target. */
export function expectRates(badge: Badge, kpis: Kpis, locale: 'en' | 'fr'): void {
  const shown = rates(badge);
  equal(shown.length, 3, 'three rates');
  indicatorNames.forEach((name, index) => {
    const indicator = kpis.indicators[name];
    const rate = shown[index]!;
    equal(rate.state, indicator.met === null ? 'none' : indicator.met ? 'met' : 'missed', `${kpis.agencyId ?? 'nation'} ${name}: the state`);
    equal(rate.value, indicator.value === null ? '—' : squash(percent(indicator.value, locale)), `${kpis.agencyId ?? 'nation'} ${name}: the value`);
    ok(rate.verdict.includes(squash(percent(indicator.target, locale))), `${name}: the target ${percent(indicator.target, locale)} is said in “${rate.verdict}”`);
  });
}

/** Sets the page's language through the badge's `locale` attribute and waits for it to re-render. */
export async function switchLocale(badge: Badge, locale: Locale): Promise<void> {
  badge.setAttribute('locale', locale);
  await until(() => root(badge)?.getAttribute('lang') === locale, 5000, `the badge in ${locale}`);
  await ready(badge);
}
