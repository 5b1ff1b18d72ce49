/**
 * The portal's own code: the list of every agency with its badge (search by name or acronym,
 * filter by sector), and the embed-code generator. The badges are the script tag's elements like
 * on any agency's page: all of them go into the page at once, so they read their KPIs with one
 * request. Names are written in the page's language (`<html lang>`).
 */
import { normalize, placesFrom, snippet, toParams } from './embed.js';

const script = document.querySelector('script[src$="/widgets/cdn/chikaya.js"]');
/** The platform: the script tag's `data-api`, else this page's origin (the sandbox serves both). */
const api = (script?.dataset.api || location.origin).replace(/\/$/, '');
/** What the snippet points to: this page's own script tag and platform, and the report page. */
const places = { ...placesFrom(location), ...(script ? { scriptUrl: script.src } : {}), api };

const languages = ['ar', 'fr', 'en', 'zgh'];
const pageLanguage = languages.find((language) => document.documentElement.lang.toLowerCase().startsWith(language)) ?? 'fr';
const collator = new Intl.Collator(pageLanguage, { sensitivity: 'base' });
const nameOf = (thing) => thing.names?.[pageLanguage] || thing.names?.fr || thing.names?.ar || thing.id;
/** The latest annual report's year: last year's (the current one is not over). */
const reportYear = new Date().getFullYear() - 1;
/** The report page's address for an agency's report, or the nation's. */
const reportUrl = (agencyId) => `rapport.html?${new URLSearchParams({ ...(agencyId ? { agency: agencyId } : {}), year: String(reportYear) })}`;

// The portal's own words (the page is in French; the elements translate themselves).
const texts = {
  count: (shown, total) =>
    shown === total
      ? `${total} administrations`
      : shown === 0
        ? `Aucune administration ne correspond, sur ${total}.`
        : `${shown} ${shown === 1 ? 'administration' : 'administrations'} sur ${total}`,
  loadFailed: 'La liste des administrations n’a pas pu être chargée.',
  retry: 'Réessayer',
  loading: 'Chargement des administrations…',
  embed: 'Intégrer sur votre site',
  report: `Rapport annuel ${reportYear}`,
  nationalReport: `Le rapport national de synthèse ${reportYear}`,
  anyAgency: 'Au choix de l’usager',
  nationalFigures: 'Toutes les administrations (chiffres nationaux)',
  badgeFallback: 'Les chiffres de cette administration sont publiés dans son rapport annuel.',
  copied: 'Code copié.',
  copyFailed: 'La copie n’est pas possible ici : le code est sélectionné, copiez-le avec Ctrl+C (⌘+C sur Mac).',
  elements: { 'complaint-form': 'formulaire de réclamation', 'status-tracker': 'suivi d’une demande', 'kpi-badge': 'badge des indicateurs' },
  locales: { ar: 'arabe', fr: 'français', en: 'anglais', zgh: 'amazighe' },
  preview: (element, locale) => `Aperçu : ${element}, en ${locale}`,
};

const byId = (id) => document.getElementById(id);

async function getJson(path) {
  const response = await fetch(`${api}${path}`, { headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return response.json();
}

/** Every agency, page after page (100 a page, the most the platform gives). */
async function allAgencies() {
  const agencies = [];
  for (let page = 1; ; page += 1) {
    const { items, total } = await getJson(`/v1/agencies?pageSize=100&page=${page}`);
    agencies.push(...items);
    if (items.length === 0 || agencies.length >= total) return agencies;
  }
}

/** Lowercase, without accents or marks, punctuation as spaces: "Fès" and "fes" match. */
const fold = (text) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** The acronym, when the name does not already say it ("Commune de Fès", "Fès"). */
const acronymOf = (agency) =>
  agency.acronym && !` ${fold(nameOf(agency))} `.includes(` ${fold(agency.acronym)} `) ? agency.acronym : null;

function visuallyHidden(text) {
  const span = document.createElement('span');
  span.className = 'visually-hidden';
  span.textContent = text;
  return span;
}

// ---- the national figures: this year's badge, last year's report -------------------------------

const nationalReport = byId('national-report-link');
nationalReport.href = reportUrl(null);
nationalReport.textContent = texts.nationalReport;

// ---- the agencies ----------------------------------------------------------------------------

const list = byId('agency-list');
const count = byId('agency-count');
const search = byId('agency-search');
const sectorFilter = byId('sector-filter');
const problem = byId('agency-error');

/** @type {{ agency: object, item: HTMLLIElement, words: string }[]} */
let rows = [];

function agencyItem(agency, sectorName) {
  const name = nameOf(agency);
  const item = document.createElement('li');
  item.className = 'agency';
  item.id = `agency-${agency.id}`;
  item.dataset.agency = agency.id;
  item.dataset.sector = agency.sectorId;

  const heading = document.createElement('h3');
  heading.className = 'agency-name';
  heading.id = `agency-${agency.id}-name`;
  heading.textContent = name;
  if (acronymOf(agency)) {
    const acronym = document.createElement('span');
    acronym.className = 'agency-acronym';
    acronym.textContent = ` (${acronymOf(agency)})`;
    heading.append(acronym);
  }

  const sector = document.createElement('p');
  sector.className = 'agency-sector';
  sector.textContent = sectorName;

  const badge = document.createElement('chikaya-kpi-badge');
  badge.setAttribute('agency', agency.id);
  badge.setAttribute('label', name);
  const fallback = document.createElement('p');
  fallback.className = 'fallback';
  fallback.textContent = texts.badgeFallback;
  badge.append(fallback);

  const actions = document.createElement('p');
  actions.className = 'agency-actions';
  const report = document.createElement('a');
  report.href = reportUrl(agency.id);
  report.append(texts.report, visuallyHidden(` : ${name}`));
  const embed = document.createElement('button');
  embed.type = 'button';
  embed.className = 'agency-embed';
  embed.dataset.agency = agency.id;
  embed.append(texts.embed, visuallyHidden(` : ${name}`));
  actions.append(report, embed);

  item.append(heading, sector, badge, actions);
  return item;
}

let announceTimer = 0;
/** Shows the agencies that match; the count (a live region) is said once the user pauses. */
function applyFilters({ announceNow = false } = {}) {
  const words = fold(search.value).split(' ').filter(Boolean);
  const sector = sectorFilter.value;
  let shown = 0;
  for (const row of rows) {
    const visible = (!sector || row.agency.sectorId === sector) && words.every((word) => row.words.includes(word));
    // Hidden, never removed: a badge taken out of the page would read its figures again.
    row.item.hidden = !visible;
    if (visible) shown += 1;
  }
  clearTimeout(announceTimer);
  const say = () => (count.textContent = texts.count(shown, rows.length));
  if (announceNow) say();
  else announceTimer = setTimeout(say, 400);
}

async function loadAgencies() {
  problem.hidden = true;
  problem.replaceChildren();
  count.textContent = texts.loading;
  try {
    const [agencies, sectors] = await Promise.all([allAgencies(), getJson('/v1/sectors').then((answer) => answer.items)]);
    const sectorNames = new Map(sectors.map((sector) => [sector.id, nameOf(sector)]));

    for (const sector of [...sectors].sort((a, b) => collator.compare(nameOf(a), nameOf(b)))) {
      sectorFilter.append(new Option(nameOf(sector), sector.id));
    }

    agencies.sort((a, b) => collator.compare(nameOf(a), nameOf(b)));
    rows = agencies.map((agency) => ({
      agency,
      item: agencyItem(agency, sectorNames.get(agency.sectorId) ?? ''),
      words: fold([agency.id, agency.acronym ?? '', ...Object.values(agency.names ?? {})].join(' ')),
    }));
    // All the badges join the page in one go: the page's one KPI reader asks for all of them at once.
    const fragment = document.createDocumentFragment();
    for (const row of rows) fragment.append(row.item);
    list.replaceChildren(fragment);
    applyFilters({ announceNow: true });

    fillAgencyChoice(agencies);
  } catch {
    count.textContent = '';
    const retry = document.createElement('button');
    retry.type = 'button';
    retry.textContent = texts.retry;
    retry.addEventListener('click', () => void loadAgencies(), { once: true });
    problem.append(`${texts.loadFailed} `, retry);
    problem.hidden = false;
  }
}

search.addEventListener('input', () => applyFilters());
sectorFilter.addEventListener('change', () => applyFilters({ announceNow: true }));
byId('agency-filters').addEventListener('submit', (event) => {
  event.preventDefault();
  applyFilters({ announceNow: true });
});

list.addEventListener('click', (event) => {
  const button = event.target instanceof Element ? event.target.closest('button.agency-embed') : null;
  if (!button) return;
  embedAgency.value = button.dataset.agency;
  if (embedForm.elements.element.value === 'status-tracker') embedForm.elements.element.value = 'complaint-form';
  updateEmbed();
  const title = byId('integrer-title');
  title.scrollIntoView({ block: 'start' });
  title.focus({ preventScroll: true });
});

// ---- the embed-code generator ------------------------------------------------------------------

const embedForm = byId('embed-form');
const embedAgency = byId('embed-agency');
const noAgency = byId('embed-agency-none');
const preview = byId('embed-preview');
const code = byId('embed-code');
const copyButton = byId('embed-copy');
const copyStatus = byId('embed-copy-status');

function fillAgencyChoice(agencies) {
  const chosen = embedAgency.value;
  embedAgency.replaceChildren(
    noAgency,
    ...agencies.map((agency) => new Option(acronymOf(agency) ? `${nameOf(agency)} (${acronymOf(agency)})` : nameOf(agency), agency.id)),
  );
  embedAgency.value = chosen;
}

function currentChoices() {
  return normalize(Object.fromEntries(new FormData(embedForm)));
}

/** The snippet, and the preview re-created from it: a page of its own in the frame (its own language). */
function updateEmbed() {
  const choices = currentChoices();
  byId('embed-agency-field').hidden = choices.element === 'status-tracker';
  byId('embed-tracker-url-field').hidden = choices.element !== 'complaint-form';
  byId('embed-variant-field').hidden = choices.element !== 'kpi-badge';
  noAgency.textContent = choices.element === 'kpi-badge' ? texts.nationalFigures : texts.anyAgency;

  code.textContent = snippet(choices, places);
  copyStatus.textContent = '';

  preview.title = texts.preview(texts.elements[choices.element], texts.locales[choices.locale]);
  const url = new URL(`preview.html?${toParams(choices)}`, location.href).href;
  // The first preview is the frame's own address; later ones replace it, so that they do not
  // pile up in the browser's history (Back leaves the portal, as expected).
  if (preview.getAttribute('src') === null) preview.src = url;
  else preview.contentWindow?.location.replace(url);
}

let typingTimer = 0;
embedForm.addEventListener('change', () => {
  clearTimeout(typingTimer);
  updateEmbed();
});
embedForm.addEventListener('input', (event) => {
  if (event.target.type !== 'text') return;
  clearTimeout(typingTimer);
  typingTimer = setTimeout(updateEmbed, 600);
});
embedForm.addEventListener('submit', (event) => {
  event.preventDefault();
  clearTimeout(typingTimer);
  updateEmbed();
});

// The preview says how tall it is; the frame follows.
window.addEventListener('message', (event) => {
  if (event.origin !== location.origin || event.source !== preview.contentWindow) return;
  const { type, height } = event.data ?? {};
  if (type !== 'chikaya-preview-height' || !Number.isFinite(height)) return;
  preview.style.blockSize = `${Math.min(Math.max(Math.ceil(height), 96), 4000)}px`;
});

function say(message) {
  // Emptied first: the same words said twice are announced twice.
  copyStatus.textContent = '';
  setTimeout(() => (copyStatus.textContent = message), 50);
}

copyButton.addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText(code.textContent);
    say(texts.copied);
  } catch {
    const range = document.createRange();
    range.selectNodeContents(code);
    getSelection()?.removeAllRanges();
    getSelection()?.addRange(range);
    say(texts.copyFailed);
  }
});

updateEmbed();
void loadAgencies();
