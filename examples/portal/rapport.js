/**
 * The annual report's page: `rapport.html?agency=…&year=…` shows an agency's report,
 * `?sector=…&year=…` a sector's, `?year=…` the national summary report; without `year`, last
 * year's (the latest year that has ended, as the element itself chooses). The report is the
 * script tag's `<chikaya-report>`, given the address's choices; around it, the page's own
 * navigation: a year chooser (2018 to last year), and links from an agency's report to its
 * sector's report and to the national one. Names are written in the page's language.
 */

const script = document.querySelector('script[src$="/widgets/cdn/chikaya.js"]');
/** The platform: the script tag's `data-api`, else this page's origin (the sandbox serves both). */
const api = (script?.dataset.api || location.origin).replace(/\/$/, '');
const languages = ['ar', 'fr', 'en', 'zgh'];
const pageLanguage = languages.find((language) => document.documentElement.lang.toLowerCase().startsWith(language)) ?? 'fr';
const nameOf = (thing) => thing.names?.[pageLanguage] || thing.names?.fr || thing.id;

/** The platform's first year: there is no report before it. */
const firstYear = 2018;
const thisYear = new Date().getFullYear();
const lastYear = thisYear - 1;

const params = new URLSearchParams(location.search);
const agencyId = params.get('agency') || null;
const sectorId = agencyId ? null : params.get('sector') || null;
const year = /^\d{4}$/.test(params.get('year') ?? '') ? Number(params.get('year')) : lastYear;
const scope = agencyId ? 'agency' : sectorId ? 'sector' : 'national';

const texts = {
  agency: (name) => `Rapport annuel ${year} : ${name}`,
  sector: (name) => `Rapport ${year} du secteur ${name}`,
  national: `Rapport national de synthèse ${year}`,
  sectorLink: (name) => `Le rapport ${year} du secteur ${name}`,
  nationalLink: `Le rapport national de synthèse ${year}`,
  thisYear: `${thisYear} (année en cours)`,
};

const byId = (id) => document.getElementById(id);

/** The report page's address for a scope and a year. */
const reportUrl = (choice) => `rapport.html?${new URLSearchParams(choice)}`;

async function getJson(path) {
  const response = await fetch(`${api}${path}`, { headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return response.json();
}

// ---- the report --------------------------------------------------------------------------------

const report = byId('report');
report.setAttribute('scope', scope);
if (agencyId) report.setAttribute('agency', agencyId);
if (sectorId) report.setAttribute('sector', sectorId);
report.setAttribute('year', String(year));

// ---- the year chooser: a form that asks for this page again, with the other year ---------------

const form = byId('report-year-form');
const yearChoice = byId('report-year');
if (agencyId || sectorId) {
  const subject = document.createElement('input');
  subject.type = 'hidden';
  subject.name = scope;
  subject.value = agencyId ?? sectorId;
  form.prepend(subject);
}
// Last year first: the one most readers want. This year's report (provisional: the year is not
// over) is offered only when it is the one shown, which a full badge's link does.
if (year === thisYear) yearChoice.append(new Option(texts.thisYear, String(thisYear)));
for (let option = lastYear; option >= firstYear; option -= 1) yearChoice.append(new Option(String(option), String(option)));
yearChoice.value = String(year);
// A year with no report (the element says so): the chooser offers the latest.
if (yearChoice.selectedIndex === -1) yearChoice.value = String(lastYear);

// ---- the other reports: the sector's and the nation's, for the same year -----------------------

const links = byId('report-links');

/** A list item with a link (whose `id` the end-to-end tests use). */
function linkItem(id, href, text) {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.id = id;
  link.href = href;
  link.textContent = text;
  item.append(link);
  return item;
}

if (scope === 'national') links.hidden = true;
else links.append(linkItem('report-national-link', reportUrl({ year }), texts.nationalLink));
byId('report-nav').hidden = false;

/** The title says whose report it is; an agency's report links to its sector's, named. */
async function nameTheReport() {
  if (scope === 'national') {
    document.title = `${texts.national} : Chikaya`;
    return;
  }
  try {
    const [agency, sectors] = await Promise.all([
      agencyId ? getJson(`/v1/agencies/${encodeURIComponent(agencyId)}`) : null,
      getJson('/v1/sectors').then((answer) => answer.items),
    ]);
    const sector = sectors.find((candidate) => candidate.id === (agency?.sectorId ?? sectorId));
    const title = agency ? texts.agency(nameOf(agency)) : sector ? texts.sector(nameOf(sector)) : null;
    if (title) document.title = `${title} : Chikaya`;
    if (agency && sector) links.prepend(linkItem('report-sector-link', reportUrl({ sector: sector.id, year }), texts.sectorLink(nameOf(sector))));
  } catch {
    // An unknown agency or sector: the report says so; no link to a sector then.
  }
}

void nameTheReport();
