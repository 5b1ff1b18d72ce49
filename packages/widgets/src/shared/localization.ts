/**
 * Languages: Arabic (right to left), French, English and Standard Moroccan Tamazight (Tifinagh).
 *
 * Every Chikaya element of a page speaks the same language: the first element to connect chooses
 * it from, in order, its `locale` attribute, the nearest `lang` attribute, the page configuration
 * (`data-locale`), `<html lang>`, the browser. This module says how a language is chosen and
 * written; `#locale-controller` gives it to an element: from the npm package, messages loaded at
 * run time (`locale-controller.runtime.ts`); from the script tag, messages compiled into a build
 * per language (`locale-controller.static.ts`).
 */
import { pageConfig } from './config.js';

export const supportedLocales = ['ar', 'fr', 'en', 'zgh'] as const;
export type Locale = (typeof supportedLocales)[number];

/** When nothing on the page or in the browser names a language we have: Arabic, Morocco's first official language. */
export const fallbackLocale: Locale = 'ar';

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
    // The property before the attribute: a framework may set it (`@lit/react` does) before Lit reflects it.
    matchLocale((element as HTMLElement & { locale?: string }).locale) ??
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
