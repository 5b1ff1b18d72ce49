/**
 * The welcome page `pnpm start` opens at `/`: what this is, where the examples, the contract and
 * Storybook are, and the development keys with what each opens. One HTML document per language,
 * with no script at all, so that it works under the strictest Content-Security-Policy.
 */
import { legalTimeframeDays } from '../domain/deadline.js';
import { targets } from '../domain/kpi.js';
import { devAdminKey, devBackOfficeKey } from '../seed/index.js';
import { type Language, languages, texts } from './texts.js';

export interface WelcomeContext {
  language: Language;
  /** the sandbox's own address, for the terminal examples */
  origin: string;
  agencies: number;
  /** whether the database takes the dev keys; with one seeded submission to show them on */
  keys: { dev: true; sample?: Sample } | { dev: false };
}

/** The page's policy: only its stylesheet may load, nothing may run (also sent as a header). */
const policy = "default-src 'none'; style-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'";
/** As a header, which may also say who may frame the page (a `<meta>` may not). */
export const welcomePolicy = `${policy}; frame-ancestors 'none'`;

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

/** Code, keys, addresses: Latin script, left to right, also inside an Arabic sentence. */
const code = (text: string) => `<code dir="ltr">${escape(text)}</code>`;

const percent = (language: Language, share: number) =>
  new Intl.NumberFormat(language === 'ar' ? 'ar-MA' : language, { style: 'percent', numberingSystem: 'latn' }).format(share);

export function welcomePage(context: WelcomeContext): string {
  const { language, origin } = context;
  const t = texts[language];
  const count = (value: number) => new Intl.NumberFormat(language === 'ar' ? 'ar-MA' : language, { numberingSystem: 'latn' }).format(value);
  const figures = {
    days: count(legalTimeframeDays),
    response: percent(language, targets.responseRate.target),
    onTime: percent(language, targets.onTimeRate.target),
    renewal: percent(language, targets.renewalRate.target),
  };
  const link = (href: string, label: string, extra = '') => `<a href="${escape(href)}"${extra}>${label}</a>`;
  const switcher = languages
    .map((other) =>
      other === language
        ? `<li><a href="/?lang=${other}" lang="${other}" hreflang="${other}" aria-current="page">${texts[other].name}</a></li>`
        : `<li><a href="/?lang=${other}" lang="${other}" hreflang="${other}">${texts[other].name}</a></li>`,
    )
    .join('');

  const keys = context.keys.dev ? devKeys(language, origin, context.keys.sample) : `<p>${t.keys.none}</p>`;

  return `<!doctype html>
<html lang="${language}" dir="${language === 'ar' ? 'rtl' : 'ltr'}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta http-equiv="Content-Security-Policy" content="${policy}" />
    <title>${t.title}</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="/welcome.css" />
    ${languages.map((other) => `<link rel="alternate" hreflang="${other}" href="/?lang=${other}" />`).join('\n    ')}
  </head>
  <body>
    <header>
      <nav aria-label="${t.languages}">
        <ul class="languages">${switcher}</ul>
      </nav>
      <h1>${t.heading}</h1>
    </header>
    <main>
      <p>${t.intro(figures)}</p>
      <ul class="targets">${t.targets(figures).map((target) => `<li>${target}</li>`).join('')}</ul>
      <p>${t.sandbox(count(context.agencies))}</p>

      <section aria-labelledby="examples">
        <h2 id="examples">${t.examples.heading}</h2>
        <ul>
          <li>${link('/examples/agency-site/', t.examples.agencySite)}</li>
          <li>${link('/examples/portal/', t.examples.portal)}</li>
          <li>${link('/examples/portal/rapport.html', t.examples.report)}</li>
          <li>${link('/examples/', t.examples.all, language === 'en' ? '' : ' hreflang="en"')}</li>
        </ul>
      </section>

      <section aria-labelledby="contract">
        <h2 id="contract">${t.contract.heading}</h2>
        <ul>
          <li>${link('/contract/', t.contract.html, ' hreflang="en"')}</li>
          <li>${link('/openapi.yaml', t.contract.yaml, ' type="application/yaml"')}</li>
          <li>${link('/v1/agencies', t.contract.api, ' type="application/json"')}</li>
        </ul>
      </section>

      <section aria-labelledby="storybook">
        <h2 id="storybook">${t.storybook.heading}</h2>
        <p>${t.storybook.text(code('pnpm storybook'), link('http://localhost:6006', '<span dir="ltr">http://localhost:6006</span>'))}</p>
      </section>

      <section aria-labelledby="keys">
        <h2 id="keys">${t.keys.heading}</h2>
        ${keys}
      </section>

      <section aria-labelledby="more">
        <h2 id="more">${t.more.heading}</h2>
        <ul>
          <li>${t.more.help(code('pnpm start --help'))}</li>
          <li>${t.more.docs(code('ARCHITECTURE.md'), code('CONTRIBUTING.md'))}</li>
        </ul>
        <p>${t.more.stop}</p>
      </section>
    </main>
  </body>
</html>
`;
}

type Sample = { trackingCode: string; accessKey: string };

function devKeys(language: Language, origin: string, sample: Sample | undefined): string {
  const t = texts[language].keys;
  const bearer = (key: string) => code(`Authorization: Bearer ${key}`);
  const tracker = sample && `/examples/agency-site/suivi.html?code=${encodeURIComponent(sample.trackingCode)}&key=${encodeURIComponent(sample.accessKey)}`;
  const inbox = `curl -H 'Authorization: Bearer ${devBackOfficeKey('mrafp')}' ${origin}/v1/back-office/submissions`;
  return `<p>${t.why}</p>
        <div class="table">
          <table>
            <caption>${t.caption}</caption>
            <thead>
              <tr>${t.columns.map((column) => `<th scope="col">${column}</th>`).join('')}</tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">${t.backOffice.name}</th>
                <td>${bearer(devBackOfficeKey('<agency id>'))}<br />${t.backOffice.example} ${bearer(devBackOfficeKey('mrafp'))}</td>
                <td>${t.backOffice.opens}</td>
              </tr>
              <tr>
                <th scope="row">${t.admin.name}</th>
                <td>${bearer(devAdminKey)}</td>
                <td>${t.admin.opens}</td>
              </tr>
              <tr>
                <th scope="row">${t.access.name}</th>
                <td><span dir="ltr">${code('X-Access-Key: ak_sandbox_')}<var>${t.access.placeholder}</var></span></td>
                <td>${t.access.opens}</td>
              </tr>
            </tbody>
          </table>
        </div>
        ${
          sample && tracker
            ? `<p>${t.sample(code(sample.trackingCode), code(`X-Access-Key: ${sample.accessKey}`), (label) => `<a href="${escape(tracker)}" hreflang="fr">${label}</a>`)}</p>`
            : ''
        }
        <p>${t.inbox}</p>
        <pre dir="ltr"><code>${escape(inbox)}</code></pre>`;
}
