/**
 * The npm package's way to give an element the page's language (`#locale-controller`): messages
 * loaded at run time by @lit/localize, so that a page may switch language without a reload.
 *
 * Each element brings its own messages (`generated/locales/<element>/<locale>.ts`, split by
 * `pnpm generate`): a page with only a badge downloads the badge's few strings, not the form's.
 * They are merged, per language, into one table on `globalThis` that @lit/localize reads.
 *
 * @lit/localize holds one language per copy of itself and throws when a copy is configured twice.
 * Two copies of this module (two bundles of the elements on one page) may share one copy of it or
 * bring their own: each copy of @lit/localize is configured exactly once (a registry keyed by its
 * `configureLocalization` function), and copies follow each other's language changes.
 */
import { configureLocalization, LOCALE_STATUS_EVENT } from '@lit/localize';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { sourceLocale, targetLocales } from '../generated/locale-codes.js';
import { loaders } from '../generated/locales/loaders.js';
import { directionOf, fallbackLocale, type Locale, matchLocale, resolveLocale } from './localization.js';

type TargetLocale = (typeof targetLocales)[number];
export type ElementName = keyof typeof loaders;

type Templates = Record<string, unknown>;

interface Messages {
  /** per language, every loaded element's messages: the very objects @lit/localize reads */
  templates: Record<TargetLocale, Templates>;
  /** the elements of the page whose messages every language needs */
  elements: Set<ElementName>;
  /** `element:locale` → its loading */
  loads: Map<string, Promise<void>>;
  /** `element:locale` loaded */
  loaded: Set<string>;
}

type LocalizationApi = ReturnType<typeof configureLocalization>;

interface Shared {
  messages: Messages;
  /** one configuration per copy of @lit/localize on the page */
  apis: WeakMap<typeof configureLocalization, LocalizationApi>;
}

const sharedKey = Symbol.for('chikaya.widgets.localization');

function shared(): Shared {
  const host = globalThis as typeof globalThis & { [sharedKey]?: Shared };
  return (host[sharedKey] ??= {
    messages: {
      templates: Object.fromEntries(targetLocales.map((locale) => [locale, {}])) as Record<TargetLocale, Templates>,
      elements: new Set(),
      loads: new Map(),
      loaded: new Set(),
    },
    apis: new WeakMap(),
  });
}

const isTarget = (locale: string): locale is TargetLocale => (targetLocales as readonly string[]).includes(locale);

/** Loads (once) an element's messages in a language into the shared table. */
function loadMessages(element: ElementName, locale: TargetLocale): Promise<void> {
  const { messages } = shared();
  const key = `${element}:${locale}`;
  let load = messages.loads.get(key);
  if (!load) {
    load = loaders[element][locale]().then((module) => {
        Object.assign(messages.templates[locale], module.templates);
        messages.loaded.add(key);
      });
    // A failed download (offline) may be tried again by the next element or language change.
    load.catch(() => messages.loads.delete(key));
    messages.loads.set(key, load);
  }
  return load;
}

function localization(): LocalizationApi {
  const { apis, messages } = shared();
  let api = apis.get(configureLocalization);
  if (!api) {
    api = configureLocalization({
      sourceLocale,
      targetLocales,
      loadLocale: async (locale) => {
        const target = locale as TargetLocale;
        await Promise.all([...messages.elements].map((element) => loadMessages(element, target)));
        return { templates: messages.templates[target] } as Awaited<ReturnType<Parameters<typeof configureLocalization>[0]['loadLocale']>>;
      },
    });
    apis.set(configureLocalization, api);
  }
  return api;
}

/**
 * Gives its element the page's language: sets it when the element connects, loads the element's
 * messages in it, re-renders the element when it changes, and exposes `locale` and `dir`.
 */
export class LocaleController implements ReactiveController {
  locale: Locale = fallbackLocale;

  /** @param element the element's folder, as `pnpm generate` names its messages (`kpi-badge`) */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly element: ElementName,
  ) {
    host.addController(this);
    shared().messages.elements.add(element);
  }

  get dir(): 'rtl' | 'ltr' {
    return directionOf(this.locale);
  }

  /** Whether the language's messages are loaded: render nothing before, rather than flash English. */
  get ready(): boolean {
    if (localization().getLocale() !== this.locale) return false;
    return !isTarget(this.locale) || shared().messages.loaded.has(`${this.element}:${this.locale}`);
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
    this.follow(resolveLocale(this.host));
  }

  /**
   * Speaks `locale`: asks @lit/localize for it, or, when the page already speaks it but this
   * element came later (or another copy of @lit/localize changed it), loads its own messages.
   */
  private follow(locale: Locale): void {
    const api = localization();
    this.locale = locale;
    if (api.getLocale() !== locale) void api.setLocale(locale).catch(() => undefined);
    else if (!this.ready && isTarget(locale)) void this.loadOwn(locale);
    this.host.requestUpdate();
  }

  private async loadOwn(locale: TargetLocale): Promise<void> {
    try {
      await loadMessages(this.element, locale);
    } finally {
      this.host.requestUpdate();
    }
  }

  private readonly handleStatus = (event: Event) => {
    const { detail } = event as CustomEvent<{ status: string; readyLocale?: string }>;
    if (detail.status !== 'ready') return;
    const ready = matchLocale(detail.readyLocale);
    // Another copy of @lit/localize (another bundle of the elements) may have changed language.
    if (ready) this.follow(ready);
  };
}
