/**
 * `chikaya.js`, the script tag: `<script type="module" src="…/chikaya.js" data-api="…"></script>`.
 *
 * It defines nothing itself. Each `chikaya-*` element is loaded when its tag first appears in the
 * page (also later, when a page adds it), from a chunk built for the page's language: the language
 * is chosen once, by the first element, as every element chooses it (`shared/localization.ts`).
 * Page-wide configuration comes from this script's own tag: `data-api`, `data-locale`,
 * `data-report-url`. Chunks are loaded from where this script came from, whatever the page's origin.
 */
import { configure, type PageConfig } from './shared/config.js';
import { type Locale, resolveLocale } from './shared/localization.js';

/**
 * Each element's chunk for each language, relative to this script, written in by the build:
 * `{ 'kpi-badge': { ar: 'Cj_SIzxR', … } }` for `kpi-badge.ar-Cj_SIzxR.js` (the short form saves bytes).
 */
declare const CHIKAYA_MANIFEST: Record<string, Record<Locale, string>>;
const manifest = CHIKAYA_MANIFEST;

const script = [...document.querySelectorAll<HTMLScriptElement>('script[src]')].find((candidate) => candidate.src === import.meta.url);
// `data-api`, `data-locale`, `data-report-url` are PageConfig's `api`, `locale`, `reportUrl`.
if (script) configure({ ...script.dataset } as PageConfig);

const tags = Object.keys(manifest).map((name) => `chikaya-${name}`);
const selector = tags.join(',');
const requested = new Set<string>();
let locale: Locale | undefined;

function load(element: Element): void {
  const tag = element.localName;
  if (requested.has(tag) || customElements.get(tag)) return;
  requested.add(tag);
  locale ??= resolveLocale(element as HTMLElement);
  const name = tag.slice(8);
  import(new URL(`${name}.${locale}-${manifest[name]![locale]}.js`, import.meta.url).href).catch(() => {
    // Offline or blocked: the fallback content inside the tag stays; the next tag tries again.
    requested.delete(tag);
  });
  if (requested.size === tags.length) observer.disconnect();
}

function scan(root: Element | Document): void {
  for (const element of root.querySelectorAll(selector)) load(element);
}

const observer = new MutationObserver((records) => {
  for (const record of records) {
    for (const node of record.addedNodes) {
      if (!(node instanceof Element)) continue;
      if (node.matches(selector)) load(node);
      scan(node);
    }
  }
});
observer.observe(document.documentElement, { childList: true, subtree: true });
scan(document);
