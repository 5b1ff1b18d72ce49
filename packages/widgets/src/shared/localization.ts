/**
 * Languages: Arabic (right to left), French, English and Standard Moroccan Tamazight (Tifinagh).
 *
 * @lit/localize holds ONE language per page and throws when configured twice, so it is configured
 * once, behind a flag on `globalThis`, and every Chikaya element of a page speaks the same
 * language: the first element to connect chooses it from, in order, its `locale` attribute, the
 * nearest `lang` attribute, the page configuration (`data-locale`), `<html lang>`, the browser.
 * An element whose `locale` attribute names another language switches the whole page to it.
 */
import { configureLocalization, LOCALE_STATUS_EVENT } from '@lit/localize';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { sourceLocale, targetLocales } from '../generated/locale-codes.js';
import { pageConfig } from './config.js';

export const supportedLocales = ['ar', 'fr', 'en', 'zgh'] as const;
export type Locale = (typeof supportedLocales)[number];

/** When nothing on the page or in the browser names a language we have: Arabic, Morocco's first official language. */
export const fallbackLocale: Locale = 'ar';

// Explicit imports (not a template literal) so that bundlers see each locale as its own chunk.
const loaders = {
  ar: () => import('../generated/locales/ar.js'),
  fr: () => import('../generated/locales/fr.js'),
  zgh: () => import('../generated/locales/zgh.js'),
} satisfies Record<(typeof targetLocales)[number], () => Promise<unknown>>;

type LocalizationApi = ReturnType<typeof configureLocalization>;
const flag = Symbol.for('chikaya.widgets.localization');

function localization(): LocalizationApi {
  const host = globalThis as typeof globalThis & { [flag]?: LocalizationApi };
  return (host[flag] ??= configureLocalization({
    sourceLocale,
    targetLocales,
    loadLocale: (locale) => loaders[locale as keyof typeof loaders]() as ReturnType<Parameters<typeof configureLocalization>[0]['loadLocale']>,
  }));
}

/** Our locale for a BCP 47 tag (`ar-MA` → `ar`; `tzm`, `ber`, `zgh-Tfng` → `zgh`), or null. */
export function matchLocale(tag: string | null | undefined): Locale | null {
  if (!tag) return null;
  const language = tag.toLowerCase().split(/[-_]/)[0]!;
  if (language === 'tzm' || language === 'ber' || language === 'shi' || language === 'rif') return 'zgh';
  return (supportedLocales as readonly string[]).includes(language) ? (language as Locale) : null;
}

/** The nearest `lang` attribute above an element, crossing shadow roots. */
function nearestLang(element: Element): string | null {
  let node: Node | null = element.parentNode;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang');
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return null;
}

export function resolveLocale(element: HTMLElement): Locale {
  return (
    matchLocale(element.getAttribute('locale')) ??
    matchLocale(element.getAttribute('lang')) ??
    matchLocale(nearestLang(element)) ??
    matchLocale(pageConfig().locale) ??
    matchLocale(document.documentElement.lang) ??
    navigator.languages.map(matchLocale).find((locale) => locale !== null) ??
    fallbackLocale
  );
}

export const directionOf = (locale: Locale): 'rtl' | 'ltr' => (locale === 'ar' ? 'rtl' : 'ltr');

/** `Intl` locales for formatting dates and numbers (Tamazight falls back where a browser lacks it). */
export function intlLocales(locale: Locale): string[] {
  return locale === 'zgh' ? ['zgh-MA', 'tzm-MA', 'fr-MA'] : [`${locale}-MA`, locale];
}

/**
 * Gives its element the page's language: sets it when the element connects, re-renders the element
 * when it changes, and exposes `locale` and `dir` for rendering.
 */
export class LocaleController implements ReactiveController {
  locale: Locale = fallbackLocale;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  get dir(): 'rtl' | 'ltr' {
    return directionOf(this.locale);
  }

  /** Whether the language's messages are loaded: render nothing before, rather than flash English. */
  get ready(): boolean {
    return localization().getLocale() === this.locale;
  }

  hostConnected(): void {
    window.addEventListener(LOCALE_STATUS_EVENT, this.handleStatus);
    this.apply();
  }

  hostDisconnected(): void {
    window.removeEventListener(LOCALE_STATUS_EVENT, this.handleStatus);
  }

  /** Call when the element's `locale` attribute changes. */
  apply(): void {
    const wanted = resolveLocale(this.host);
    const api = localization();
    this.locale = wanted;
    if (api.getLocale() !== wanted) void api.setLocale(wanted).catch(() => undefined);
    this.host.requestUpdate();
  }

  private readonly handleStatus = (event: Event) => {
    const { detail } = event as CustomEvent<{ status: string; readyLocale?: string }>;
    if (detail.status !== 'ready') return;
    this.locale = matchLocale(detail.readyLocale) ?? this.locale;
    this.host.requestUpdate();
  };
}
