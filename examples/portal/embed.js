/**
 * The embed code: what a webmaster copies (the script tag and the element's markup) and what the
 * preview shows are made here from the same choices, so that the preview is exactly the snippet.
 * Shared by `portal.js` (the generator) and `preview.js` (the preview's frame).
 */

export const elementNames = ['complaint-form', 'status-tracker', 'kpi-badge'];
export const locales = ['ar', 'fr', 'en', 'zgh'];
export const themes = ['', 'light', 'dark'];
export const variants = ['compact', 'full'];

/** The fallback inside the tag: shown while the script loads, and for ever if it is blocked. */
const fallbackText = {
  ar: 'الشكايات والملاحظات والاقتراحات',
  fr: 'Réclamations, observations et suggestions',
  en: 'Complaints, observations and suggestions',
  zgh: 'ⵜⵉⵛⴽⴰⵢⵉⵏ, ⵜⵉⵖⴹⴼⵉⵏ ⴷ ⵉⵙⵓⵎⵔⵏ',
};
const fallbackUrl = 'https://www.chikaya.ma';
// French puts a space before a colon.
const fallbackLabel = (locale) => `${fallbackText[locale]}${locale === 'fr' ? '\u00a0: ' : ': '}chikaya.ma`;

const oneOf = (value, allowed, otherwise) => (allowed.includes(value) ? value : otherwise);

/**
 * The choices, checked: `{ element, agency, locale, theme, variant, trackerUrl }`. Unknown values
 * fall back to defaults; an agency id is a lowercase slug or nothing.
 */
export function normalize(choices) {
  const agency = String(choices.agency ?? '');
  return {
    element: oneOf(choices.element, elementNames, 'complaint-form'),
    agency: /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(agency) ? agency : '',
    locale: oneOf(choices.locale, locales, 'fr'),
    theme: oneOf(choices.theme ?? '', themes, ''),
    variant: oneOf(choices.variant, variants, 'compact'),
    trackerUrl: String(choices.trackerUrl ?? '').trim(),
  };
}

/** The choices that matter for the element, as the preview's query string; and back. */
export function toParams(choices) {
  const { element, agency, locale, theme, variant, trackerUrl } = normalize(choices);
  const params = new URLSearchParams({ element, locale });
  if (agency && element !== 'status-tracker') params.set('agency', agency);
  if (element === 'kpi-badge') params.set('variant', variant);
  if (trackerUrl && element === 'complaint-form') params.set('trackerUrl', trackerUrl);
  if (theme) params.set('theme', theme);
  return params;
}

export function fromParams(params) {
  return normalize(Object.fromEntries(params));
}

/** The element's attributes, in the order the snippet writes them. */
export function attributesOf(choices) {
  const { element, agency, theme, variant, trackerUrl } = normalize(choices);
  const attributes = [];
  if (element === 'complaint-form') {
    if (agency) attributes.push(['agency', agency]);
    if (trackerUrl) attributes.push(['tracker-url', trackerUrl]);
  } else if (element === 'status-tracker') {
    attributes.push(['read-url', '']);
  } else {
    if (agency) attributes.push(['agency', agency]);
    if (variant === 'full') attributes.push(['variant', 'full']);
  }
  if (theme) attributes.push(['theme', theme]);
  return attributes;
}

/**
 * Where things are, seen from a page of this folder: the script tag (`scriptUrl`), the platform
 * (`api`) and the annual report's page (`reportUrl`). The sandbox serves all three.
 */
export function placesFrom(location) {
  return {
    scriptUrl: new URL('/widgets/cdn/chikaya.js', location.origin).href,
    api: location.origin,
    reportUrl: new URL('rapport.html', location.href).href,
  };
}

/** The script tag's `data-*` attributes. */
export function scriptDataOf(choices, places) {
  const { element, locale, variant } = normalize(choices);
  const data = { api: places.api, locale };
  // A full badge links to the annual report: where that page is.
  if (element === 'kpi-badge' && variant === 'full') data.reportUrl = places.reportUrl;
  return data;
}

const escape = (value) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const dataAttribute = (name) => `data-${name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;

/** The text to copy: the script tag (once per page) and the element with its fallback. */
export function snippet(choices, places) {
  const normalized = normalize(choices);
  const data = Object.entries(scriptDataOf(normalized, places))
    .map(([name, value]) => ` ${dataAttribute(name)}="${escape(value)}"`)
    .join('');
  const attributes = attributesOf(normalized)
    .map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escape(value)}"`))
    .join('');
  const tag = `chikaya-${normalized.element}`;
  return [
    `<script type="module" src="${escape(places.scriptUrl)}"${data}></script>`,
    '',
    `<${tag}${attributes}>`,
    `  <p><a href="${fallbackUrl}">${fallbackLabel(normalized.locale)}</a></p>`,
    `</${tag}>`,
  ].join('\n');
}

/** The element itself, with its fallback, made in `document` (the preview's). */
export function createElementFor(choices, document) {
  const normalized = normalize(choices);
  const element = document.createElement(`chikaya-${normalized.element}`);
  for (const [name, value] of attributesOf(normalized)) element.setAttribute(name, value);
  const paragraph = document.createElement('p');
  const link = document.createElement('a');
  link.href = fallbackUrl;
  link.textContent = fallbackLabel(normalized.locale);
  paragraph.append(link);
  element.append(paragraph);
  return element;
}

/** The script tag itself, made in `document`. */
export function createScriptFor(choices, places, document) {
  const script = document.createElement('script');
  script.type = 'module';
  script.src = places.scriptUrl;
  Object.assign(script.dataset, scriptDataOf(choices, places));
  return script;
}
