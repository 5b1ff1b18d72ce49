/**
 * Page-wide configuration: the platform's address and the page's language, set once for every
 * Chikaya element of the page, by the script tag (`data-api`, `data-locale`) or by `configure()`.
 * An element's own `api` attribute wins over it.
 *
 * Elements of a page share one SDK client per address, so that their KPI reads are batched into
 * one request. Both live on `globalThis` under a registered symbol: two copies of this module (the
 * script tag beside the npm package) still share them.
 */
import { type ChikayaClient, createClient } from '@chikaya/sdk';

export interface PageConfig {
  /** the platform's base URL, e.g. `https://api.chikaya.ma` */
  api?: string;
  /** the language of every Chikaya element of the page: `ar`, `fr`, `en` or `zgh` */
  locale?: string;
}

interface Shared {
  config: PageConfig;
  clients: Map<string, ChikayaClient>;
}

const sharedKey = Symbol.for('chikaya.widgets.shared');

function shared(): Shared {
  const host = globalThis as typeof globalThis & { [sharedKey]?: Shared };
  return (host[sharedKey] ??= { config: {}, clients: new Map() });
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

/** The one client of the page for that address. */
export function clientFor(api: string): ChikayaClient {
  const { clients } = shared();
  let client = clients.get(api);
  if (!client) {
    client = createClient({ baseUrl: api });
    clients.set(api, client);
  }
  return client;
}
