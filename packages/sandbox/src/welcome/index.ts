/**
 * What `pnpm start` serves beside the API for a person who opens its address: the welcome page
 * at `/` (French, Arabic or English: `?lang=`, else the browser's languages), its stylesheet, the
 * contract rendered as HTML at `/contract/` (built by `pnpm build`) and as written at `/openapi.yaml`.
 */
import { readFile } from 'node:fs/promises';
import { Hono } from 'hono';
import { etag } from 'hono/etag';
import { holdsDevKeys } from '../dev-keys.js';
import { devAccessKey } from '../seed/index.js';
import type { Store } from '../store/index.js';
import { welcomePage, welcomePolicy, type WelcomeContext } from './page.js';
import { welcomeStyle } from './style.js';
import { type Language, languages } from './texts.js';

export interface WelcomeOptions {
  /** the contract as written (`openapi/chikaya.yaml`) */
  contract: string;
  /** the contract rendered by `pnpm build` (`openapi/dist/index.html`) */
  renderedContract: string;
  /** the sandbox's store, read once the sandbox runs */
  store: () => Store;
}

const isLanguage = (value: string | undefined): value is Language => languages.includes(value as Language);

/** `?lang=` when it names a language of the page, else the first of the browser's that does, else French. */
export function pickLanguage(query: string | undefined, acceptLanguage: string | undefined): Language {
  if (isLanguage(query)) return query;
  const wanted = (acceptLanguage ?? '')
    .split(',')
    .map((part, index) => {
      const [tag = '', ...parameters] = part.trim().split(';');
      const q = Number(parameters.find((parameter) => parameter.trim().startsWith('q='))?.trim().slice(2) ?? 1);
      return { language: tag.toLowerCase().split('-')[0], q: Number.isFinite(q) ? q : 0, index };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return wanted.map((entry) => entry.language).find(isLanguage) ?? 'fr';
}

/** What the keys section shows: the dev keys only when this database takes them, on a seeded complaint. */
function keysOf(store: Store): WelcomeContext['keys'] {
  if (!holdsDevKeys(store)) return { dev: false };
  // A complaint of the Commune de Rabat, whose site the tracker link opens, answered if there is one.
  const row = store.db
    .prepare(
      `SELECT tracking_code AS code FROM submissions
       ORDER BY agency_id = 'commune-rabat' DESC, kind = 'complaint' DESC, status = 'answered' DESC, id DESC LIMIT 1`,
    )
    .get() as { code: string } | undefined;
  return row ? { dev: true, sample: { trackingCode: row.code, accessKey: devAccessKey(row.code) } } : { dev: true };
}

const html = (body: string, status = 200, headers: Record<string, string> = {}) =>
  new Response(body, { status, headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache', ...headers } });

export function welcomeRoutes(options: WelcomeOptions): Hono {
  const app = new Hono();

  app.get('/', etag(), (c) => {
    const store = options.store();
    const language = pickLanguage(c.req.query('lang'), c.req.header('accept-language'));
    const page = welcomePage({
      language,
      origin: new URL(c.req.url).origin,
      agencies: store.db.prepare('SELECT count(*) FROM agencies').pluck().get() as number,
      keys: keysOf(store),
    });
    return html(page, 200, {
      'Content-Language': language,
      Vary: 'Accept-Language',
      'Content-Security-Policy': welcomePolicy,
      'X-Content-Type-Options': 'nosniff',
    });
  });

  app.get('/welcome.css', etag(), () =>
    new Response(welcomeStyle, { headers: { 'Content-Type': 'text/css; charset=utf-8', 'Cache-Control': 'no-cache' } }),
  );

  app.get('/contract', (c) => c.redirect('/contract/', 301));
  app.get('/contract/', etag(), async () => {
    try {
      return html(await readFile(options.renderedContract, 'utf8'));
    } catch {
      return html(
        `<!doctype html><html lang="en"><meta charset="utf-8"><title>Contract not built</title>
<h1>The rendered contract is not built</h1><p>Run <code>pnpm build</code> (or <code>node packages/tools/contract-docs.mjs</code>),
then reload. The contract as written is at <a href="/openapi.yaml">/openapi.yaml</a>.</p></html>\n`,
        404,
      );
    }
  });

  app.get('/openapi.yaml', etag(), async () =>
    new Response(await readFile(options.contract, 'utf8'), {
      headers: { 'Content-Type': 'application/yaml; charset=utf-8', 'Cache-Control': 'no-cache', 'Access-Control-Allow-Origin': '*' },
    }),
  );

  return app;
}
