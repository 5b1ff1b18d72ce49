/**
 * The annual report's page, where the full badges' link goes: `rapport.html?agency=…&year=…` for
 * an agency's report, `rapport.html?year=…` for the national summary report (one model for both).
 * The KPIs are a full badge; the rest (submissions by service category, by sector, by channel, by
 * region, the measures adopted) is read from the report and written as tables.
 */

const script = document.querySelector('script[src$="/widgets/cdn/chikaya.js"]');
const api = (script?.dataset.api || location.origin).replace(/\/$/, '');
const language = ['ar', 'fr', 'en', 'zgh'].find((code) => document.documentElement.lang.startsWith(code)) ?? 'fr';
const nameOf = (thing) => thing?.names?.[language] || thing?.names?.fr || thing?.id || '';
const number = new Intl.NumberFormat(`${language}-MA`);
const percent = new Intl.NumberFormat(`${language}-MA`, { style: 'percent', maximumFractionDigits: 0 });
const date = new Intl.DateTimeFormat(`${language}-MA`, { dateStyle: 'long', timeZone: 'UTC' });

const channels = {
  web: 'Site de la plateforme',
  widget: 'Formulaire intégré au site d’une administration',
  mobile: 'Application mobile',
  phone: 'Téléphone',
  mail: 'Courrier',
  desk: 'Guichet',
};
const kinds = { complaint: 'Réclamations', observation: 'Observations', suggestion: 'Suggestions' };
const indicators = { responseRate: 'Réponse apportée', onTimeRate: 'Dans les délais', renewalRate: 'Renouvelées' };
const shownMeasures = 20;

const params = new URLSearchParams(location.search);
const agencyId = /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(params.get('agency') ?? '') ? params.get('agency') : null;
const thisYear = new Date().getFullYear();
const year = /^\d{4}$/.test(params.get('year') ?? '') ? Number(params.get('year')) : thisYear;

const title = document.getElementById('report-title');
const status = document.getElementById('report-status');
const report = document.getElementById('report');

class Problem extends Error {
  constructor(status, code) {
    super(code ?? String(status));
    this.status = status;
    this.code = code;
  }
}

async function getJson(path) {
  const response = await fetch(`${api}${path}`, { headers: { accept: 'application/json' } });
  if (!response.ok) {
    const body = await response.json().catch(() => ({}));
    throw new Problem(response.status, body.code);
  }
  return response.json();
}

const items = (path) => getJson(path).then((answer) => answer.items);

/** An element with its attributes and children (strings become text). */
function make(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) if (value !== '') element.setAttribute(name, value);
  element.append(...children);
  return element;
}

let sections = 0;
function section(heading, ...content) {
  sections += 1;
  const id = `report-section-${sections}`;
  return make('section', { 'aria-labelledby': id }, make('h2', { id }, heading), ...content);
}

/** A table: a caption, column headings, and rows whose first cell heads the row. */
function table(caption, headings, rows) {
  const head = make('tr', {}, ...headings.map((text, index) => make('th', { scope: 'col', class: index ? 'number' : '' }, text)));
  const body = rows.map(([first, ...cells]) =>
    make('tr', {}, make('th', { scope: 'row' }, first), ...cells.map((cell) => make('td', { class: 'number' }, cell))),
  );
  // Scrolls on its own when wider than a narrow screen; focusable, so that a keyboard scrolls it too.
  return make(
    'div',
    { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': caption },
    make('table', {}, make('caption', {}, caption), make('thead', {}, head), make('tbody', {}, ...body)),
  );
}

function rate(indicator) {
  if (indicator.value === null) return '—';
  const verdict = indicator.met === null ? '' : indicator.met ? ' (objectif atteint)' : ' (objectif non atteint)';
  return `${percent.format(indicator.value)}${verdict}`;
}

function yearLinks() {
  const link = (target, text) => make('a', { href: `rapport.html?${new URLSearchParams({ ...(agencyId ? { agency: agencyId } : {}), year: String(target) })}` }, text);
  const links = [link(year - 1, `Le rapport ${year - 1}`)];
  if (year < thisYear) links.push(' · ', link(year + 1, `Le rapport ${year + 1}`));
  if (agencyId) links.push(' · ', make('a', { href: `rapport.html?year=${year}` }, `Le rapport national ${year}`));
  return make('p', { class: 'year-links' }, ...links);
}

async function show() {
  try {
    const [data, agency, agencies, sectors, categories, regions] = await Promise.all([
      getJson(agencyId ? `/v1/reports/agencies/${agencyId}/${year}` : `/v1/reports/national/${year}`),
      agencyId ? getJson(`/v1/agencies/${agencyId}`) : null,
      agencyId ? [] : items('/v1/agencies?pageSize=100'),
      items('/v1/sectors'),
      items('/v1/service-categories'),
      items('/v1/regions'),
    ]);
    const named = (list) => new Map(list.map((thing) => [thing.id, nameOf(thing)]));
    const sectorNames = named(sectors);
    const categoryNames = named(categories);
    const regionNames = named(regions);
    const agencyNames = named(agencies);

    const heading = agency ? `Rapport annuel ${year} : ${nameOf(agency)}` : `Rapport national de synthèse ${year}`;
    title.textContent = heading;
    document.title = `${heading} : Chikaya`;
    status.textContent =
      data.status === 'published' ? 'Rapport approuvé : ses chiffres ne changeront plus.' : 'Rapport provisoire : ses chiffres peuvent encore changer.';

    // The KPIs: a full badge (this page's script tag has no data-report-url: no link to itself).
    const badge = make('chikaya-kpi-badge', { variant: 'full', year: String(year), agency: agency?.id ?? '', label: agency ? nameOf(agency) : '' });

    const parts = [yearLinks(), section('Les indicateurs', badge)];
    const counted = (count) => number.format(count);

    parts.push(
      section(
        'Les demandes par catégorie de service',
        data.classification.length === 0
          ? make('p', {}, 'Aucune demande cette année.')
          : table(
              'Demandes reçues, par type de service public',
              ['Catégorie de service', kinds.complaint, kinds.observation, kinds.suggestion, 'Total'],
              data.classification.map((line) => [
                categoryNames.get(line.serviceCategoryId) ?? line.serviceCategoryId,
                counted(line.complaint),
                counted(line.observation),
                counted(line.suggestion),
                counted(line.total),
              ]),
            ),
      ),
    );

    if (data.lines.length > 0) {
      parts.push(
        section(
          'Les résultats par secteur',
          table(
            'Les trois taux de chaque secteur face aux objectifs',
            ['Secteur', 'Reçues', ...Object.values(indicators)],
            data.lines.map((line) => [
              sectorNames.get(line.id) ?? agencyNames.get(line.id) ?? line.id,
              counted(line.kpis.counts.received),
              ...Object.keys(indicators).map((name) => rate(line.kpis.indicators[name])),
            ]),
          ),
        ),
      );
    }

    if (data.byChannel.length > 0 || data.byRegion.length > 0) {
      parts.push(
        section(
          'D’où viennent les demandes',
          table('Par canal', ['Canal', 'Demandes'], data.byChannel.map((line) => [channels[line.key] ?? line.key, counted(line.count)])),
          table('Par région de l’usager', ['Région', 'Demandes'], data.byRegion.map((line) => [regionNames.get(line.key) ?? line.key, counted(line.count)])),
        ),
      );
    }

    const measures = [...data.measures].sort((a, b) => b.date.localeCompare(a.date));
    parts.push(
      section(
        'Les mesures adoptées',
        measures.length === 0
          ? make('p', {}, 'Aucune mesure enregistrée cette année.')
          : make(
              'ol',
              { class: 'measures' },
              ...measures.slice(0, shownMeasures).map((measure) =>
                make(
                  'li',
                  {},
                  make('strong', {}, measure.title),
                  make('br'),
                  `${measure.status === 'planned' ? 'Prévue le' : 'Adoptée le'} ${date.format(new Date(measure.date))}`,
                  agencyId ? '' : ` · ${agencyNames.get(measure.agencyId) ?? measure.agencyId}`,
                  measure.description ? make('br') : '',
                  measure.description ?? '',
                ),
              ),
            ),
        measures.length > shownMeasures ? make('p', {}, `Les ${shownMeasures} plus récentes, sur ${number.format(measures.length)}.`) : '',
      ),
    );

    report.replaceChildren(...parts);
  } catch (error) {
    const unknownAgency = error instanceof Problem && error.code === 'agency_not_found';
    const badYear = error instanceof Problem && error.code === 'validation_failed';
    title.textContent = 'Rapport annuel';
    status.textContent = unknownAgency
      ? `Aucune administration n’a l’identifiant « ${agencyId} ».`
      : badYear
        ? `Il n’y a pas de rapport pour l’année ${year}.`
        : 'Le rapport n’a pas pu être chargé. Rechargez la page pour réessayer.';
  }
}

void show();
