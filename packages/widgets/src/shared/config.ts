/**
 * Page-wide configuration: the platform's address and the page's language, set once for every
 * Chikaya element of the page, by the script tag (`data-api`, `data-locale`) or by `configure()`.
 * An element's own `api` attribute wins over it.
 *
 * It lives on `globalThis` under a registered symbol, with the page's shared SDK objects: two
 * copies of this module (the script tag beside the npm package) still share them.
 */

export interface PageConfig {
  /** the platform's base URL, e.g. `https://api.chikaya.ma` */
  api?: string;
  /** the language of every Chikaya element of the page: `ar`, `fr`, `en` or `zgh` */
  locale?: string;
  /** the page that shows an agency's annual report; badges link to it with `?agency=…&year=…` */
  reportUrl?: string;
}

interface Shared {
  config: PageConfig;
  /** `kind api` → the page's one SDK object of that kind for that address */
  instances: Map<string, unknown>;
}

const sharedKey = Symbol.for('chikaya.widgets.shared');

function shared(): Shared {
  const host = globalThis as typeof globalThis & { [sharedKey]?: Shared };
  return (host[sharedKey] ??= { config: {}, instances: new Map() });
}

/** Sets the page-wide configuration (merged into what is there). */
export function configure(config: PageConfig): void {
  Object.assign(shared().config, config);
}

export function pageConfig(): Readonly<PageConfig> {
  return shared().config;
}

/** The platform's address for an element: its `api` attribute, else the page's, else this page's origin. */
export function apiFor(attribute: string | undefined | null): string {
  return attribute || shared().config.api || globalThis.location?.origin || '';
}

/**
 * The page's one object of a kind for an address, made on first use: the elements of a page share
 * it, so that their reads are shared and batched (90 badges, one request).
 */
export function pageInstance<T>(kind: string, api: string, make: () => T): T {
  const { instances } = shared();
  const key = `${kind} ${api}`;
  if (!instances.has(key)) instances.set(key, make());
  return instances.get(key) as T;
}
