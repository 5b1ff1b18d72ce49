/**
 * <chikaya-report>: what it renders, against the sandbox. For an agency, a sector and the nation,
 * a published year and one awaiting approval: the title, the status line, the three targets beside
 * the previous year, the key figures, every table row by row as the platform's report has it (its
 * names in the page's language, the months without submissions too), the charts' text
 * equivalents, and what each scope adds or leaves out; a year without submissions and the current
 * year; the scope inferred from the attributes; Arabic right to left, French, Tamazight; the theme
 * and the host's colours.
 */
import { deepEqual, equal, match, ok } from '../../../tools/browser/assert.js';
import { afterEach, describe, it } from '../../../tools/browser/mocha.js';
import {
  $,
  $$,
  agencyId,
  api,
  chartLabel,
  day,
  everyMonth,
  expectTables,
  expectTargets,
  facts,
  localDay,
  monthName,
  mountReport,
  nameOf,
  number,
  provisionalYear,
  publishedYear,
  recordReports,
  type Report,
  type ReportElement,
  reportPath,
  root,
  type Scope,
  section,
  sectorId,
  status,
  table,
  tableIds,
  targets,
  text,
  thisYear,
  title,
} from './report.support.js';
import { cleanup } from './support.js';

interface KpiItem {
  agencyId: string;
  counts: { received: number };
}

const en = (value: number, digits = 0) => number(value, 'en', digits);
const met = (report: Report) => (['responseRate', 'onTimeRate', 'renewalRate'] as const).filter((name) => report.kpis.indicators[name].met === true).length;

/** Mounts the report of `scope` for `year` in English and answers it with the report it was answered. */
async function shown(scope: Scope, year: number | null, extra = ''): Promise<{ element: ReportElement; report: Report }> {
  const reads = recordReports();
  const id = scope === 'agency' ? agencyId : scope === 'sector' ? sectorId : null;
  const subject = scope === 'agency' ? `agency="${agencyId}"` : scope === 'sector' ? `sector="${sectorId}"` : '';
  const element = await mountReport(`${subject} ${year === null ? '' : `year="${year}"`} locale="en" ${extra}`);
  equal(reads.all.length, 1, `one request (${reads.all.map((read) => read.url.pathname).join(', ')})`);
  equal(reads.all[0]!.url.pathname, reportPath(scope, id, year ?? thisYear - 1), 'the report asked for');
  const report = reads.last();
  equal(report.scope, scope);
  return { element, report };
}

/** The headline's figures as an English reader expects them. */
function expectedFacts(report: Report): Record<string, string> {
  const { counts, satisfaction, participatingAgencies } = report.kpis;
  const days = (value: number | null) => (value === null ? '—' : `${en(value, 1)} days`);
  return {
    'Submissions received': en(counts.received),
    'Submissions answered': en(counts.answered),
    'Answered within 60 days': en(counts.answeredOnTime),
    Overdue: en(counts.overdue),
    'Renewed complaints': en(counts.renewed),
    'Median time to answer': days(report.daysToAnswer.median),
    '9 in 10 answered within': days(report.daysToAnswer.p90),
    Satisfaction: satisfaction.average === null ? 'No ratings yet' : `${en(satisfaction.average, 1)} out of 5 (${en(satisfaction.ratings)} ratings)`,
    ...(participatingAgencies ? { 'Public bodies on the platform': `${en(participatingAgencies.count)} (target: ${en(participatingAgencies.target)})` } : {}),
  };
}

/** What every report shows, whatever its scope, in English. */
function expectCommon(element: ReportElement, report: Report): void {
  const box = root(element)!;
  equal(box.getAttribute('aria-busy'), 'false');
  equal(box.getAttribute('lang'), 'en');
  equal(box.getAttribute('dir'), 'ltr');

  // The status line: published on its day, or provisional as of its figures' day.
  const line = $(element, '.status-line .status')!;
  if (report.status === 'published') {
    ok(report.publishedAt, 'a published report has its day');
    equal(status(element), `Published on ${localDay(report.publishedAt!, 'en')}.`);
    ok(line.classList.contains('status--published'), 'styled as published');
  } else {
    const ended = report.year < thisYear;
    equal(status(element), `Provisional figures of ${day(report.kpis.asOf, 'en')}: ${ended ? 'this report awaits approval.' : 'the year is not over.'}`);
    ok(line.classList.contains('status--provisional'), 'styled as provisional');
  }
  equal(text($(element, '.status-line button.print')), 'Print');

  // The three targets, the verdicts in words, and last year's rates beside them.
  equal(text($(element, '#headline-heading')), `Public targets: ${met(report)} of 3 met`);
  expectTargets(element, report, 'en');
  deepEqual(
    targets(element).map((target) => target.name),
    ['Answered', 'Answered on time', 'Renewed complaints'],
  );
  for (const target of targets(element)) {
    equal(target.said, { met: 'Target met', missed: 'Target not met', none: 'No figures yet' }[target.state], `${target.name}: the verdict in words`);
    if (target.before) match(target.before, new RegExp(`^In ${report.year - 1}: `), `${target.name}: last year's rate`);
  }
  ok(report.previousYear, `the platform has ${report.year - 1}'s figures`);
  const known = Object.values(report.previousYear!.indicators).filter((indicator) => indicator.value !== null).length;
  equal(targets(element).filter((target) => target.before).length, known, `each of last year’s ${known} known rates is shown`);
  deepEqual(facts(element), expectedFacts(report));

  // Every table, row by row.
  expectTables(element, report, 'en');
  const classification = table(element, 'classification');
  deepEqual(classification.columns, ['Type of public service', 'Complaints', 'Observations', 'Suggestions', 'Total']);
  equal(classification.caption, 'Submissions by type of public service');
  deepEqual(table(element, 'months').columns, ['Month', 'Submissions received', 'Of which answered']);
  deepEqual(
    ['regions', 'channels', 'services'].map((id) => table(element, id).caption),
    ['By region', 'By channel', 'The services most concerned'],
  );
  deepEqual(table(element, 'regions').columns, ['Region', 'Submissions', 'Share']);

  // Charts: one image each, named by what they show.
  // A suppressed count (null) is drawn as no bar, and named as such.
  const largest = Math.max(...report.classification.map((row) => row.total ?? 0));
  const bars = chartLabel(element, 'bar-chart');
  if (report.classification.length === 0) equal(bars, 'Bar chart of the table "Submissions by type of public service": no submissions.');
  else if (largest === 0)
    equal(bars, 'Bar chart of the table "Submissions by type of public service": fewer than 5 submissions for each type of public service.');
  else {
    const names = report.classification
      .filter((row) => row.total === largest)
      .map((row) => (row.serviceCategoryId === 'unclassified' ? 'Not classified' : nameOf(report, 'serviceCategories', row.serviceCategoryId, 'en')));
    ok(
      names.some((name) => bars === `Bar chart of the table "Submissions by type of public service": the most submissions concern ${name} (${en(largest)}).`),
      `the bar chart names the largest category (${names.join(' or ')}, ${largest}): “${bars}”`,
    );
  }
  const months = everyMonth(report);
  const busiest = Math.max(...months.map((row) => row.received ?? 0));
  const columns = chartLabel(element, 'column-chart');
  if (busiest === 0 && months.some((row) => row.received === null))
    equal(columns, 'Column chart of the table "Month by month": fewer than 5 submissions each month.');
  else if (busiest === 0) equal(columns, 'Column chart of the table "Month by month": no submissions.');
  else {
    const first = months.find((row) => row.received === busiest)!;
    equal(columns, `Column chart of the table "Month by month": the most submissions arrived in ${monthName(first.month, 'en')} (${en(busiest)}).`);
  }
  for (const image of $$(element, 'figure.chart [role="img"]')) {
    ok(
      [...image.querySelectorAll('svg')].every((svg) => svg.getAttribute('aria-hidden') === 'true'),
      'the drawings inside are hidden: the image’s name says it',
    );
  }
  // Every table can be saved.
  for (const id of tableIds(element)) equal(text(table(element, id).button), 'Download as CSV', `${id}: a download button`);
}

/** The measures as a list (agency and sector scope): title, status words with the day, body, service. */
function expectMeasureList(element: ReportElement, report: Report): void {
  const items = $$(element, 'ul.measures > li.measure');
  equal(items.length, report.measures.length, 'one item per measure');
  report.measures.forEach((measure, index) => {
    const item = items[index]!;
    ok(item.classList.contains(`measure--${measure.status}`), `${measure.title}: styled as ${measure.status}`);
    equal(text(item.querySelector('h4')), measure.title);
    const meta = [...item.querySelectorAll('.measure-meta > span')].map(text);
    const when = `${measure.status === 'adopted' ? 'Adopted on' : 'Planned for'} ${day(measure.date, 'en')}`;
    deepEqual(
      meta,
      [
        when,
        ...(report.scope === 'sector' ? [nameOf(report, 'agencies', measure.agencyId, 'en')] : []),
        ...(measure.serviceId ? [nameOf(report, 'services', measure.serviceId, 'en')] : []),
      ],
      `${measure.title}: the status, ${report.scope === 'sector' ? 'the public body, ' : ''}the service`,
    );
    ok(text(item).includes(measure.description), `${measure.title}: its description`);
  });
  equal(text($(element, 'section[aria-labelledby="measures-caption"] > button.download')), 'Download as CSV', 'the measures can be saved');
}

describe('<chikaya-report> template', () => {
  afterEach(cleanup);

  for (const year of [publishedYear, provisionalYear]) {
    const state = year === publishedYear ? 'published' : 'awaiting approval';

    it(`an agency (dgsn), ${year} (${state}): the title and sector, the targets, the figures, every table and the measures with their status`, async () => {
      const { element, report } = await shown('agency', year);
      equal(report.status, year === publishedYear ? 'published' : 'provisional');
      equal(title(element), `${nameOf(report, 'agencies', agencyId, 'en')}: annual report ${year}`);
      equal(text($(element, '.status-line .context')), `Sector: ${nameOf(report, 'sectors', report.sectorId!, 'en')}`);
      expectCommon(element, report);
      deepEqual(tableIds(element), ['classification', 'months', 'regions', 'channels', 'services'], 'no line per public body, no participation');
      equal(section(element, 'participation-heading'), null);
      equal(section(element, 'lines-heading'), null);
      ok(report.measures.length > 0, 'the seed records measures for dgsn');
      expectMeasureList(element, report);
      ok(!('Public bodies on the platform' in facts(element)), 'the participation of public bodies is the nation’s figure');
    });

    it(`a sector (${sectorId}), ${year} (${state}): a line per public body, no participation, the measures with their public body`, async () => {
      const { element, report } = await shown('sector', year);
      equal(title(element), `${nameOf(report, 'sectors', sectorId, 'en')}: sector report ${year}`);
      equal($(element, '.status-line .context'), null, 'a sector belongs to no sector');
      expectCommon(element, report);
      deepEqual(tableIds(element), ['classification', 'months', 'agencies', 'regions', 'channels', 'services']);
      const lines = table(element, 'agencies');
      equal(text($(element, '#lines-heading')), 'Public body by public body');
      deepEqual(lines.columns, ['Public body', 'Submissions received', 'Answered', 'Answered on time', 'Renewed complaints', 'Targets met']);
      ok(report.lines.length > 1, 'the sector has several public bodies');
      equal(section(element, 'participation-heading'), null, 'no participation');
      ok(report.measures.length > 0, `the seed records measures in ${sectorId}`);
      expectMeasureList(element, report);
    });

    it(`the nation, ${year} (${state}): a line per sector, the participation, and the measures counted by public body`, async () => {
      const { element, report } = await shown('national', year);
      equal(title(element), `National summary report ${year}`);
      equal($(element, '.status-line .context'), null);
      expectCommon(element, report);
      deepEqual(tableIds(element), ['classification', 'months', 'sectors', 'participation', 'regions', 'channels', 'services', 'measures-by-agency']);
      equal(text($(element, '#lines-heading')), 'Sector by sector');
      deepEqual(table(element, 'sectors').columns, ['Sector', 'Submissions received', 'Answered', 'Answered on time', 'Renewed complaints', 'Targets met']);
      // Participation: a step chart and its table, against the target.
      const participating = report.kpis.participatingAgencies!;
      ok(participating, 'the nation has its participating public bodies');
      equal(text($(element, '#participation-heading')), 'Public bodies on the platform');
      ok(text(section(element, 'participation-heading')).includes(`Target: ${en(participating.target)} public bodies.`), 'the target is said');
      const [first, last] = [report.participation[0]!, report.participation.at(-1)!];
      const count = (point: { date: string; agencies: number }) => `${en(point.agencies)} on ${day(point.date, 'en')}`;
      equal(chartLabel(element, 'step-chart'), `Step chart of the table "Public bodies on the platform": from ${count(first)} to ${count(last)}.`);
      deepEqual(table(element, 'participation').columns, ['Date', 'Public bodies']);
      // Measures: counted, not listed.
      equal($$(element, 'ul.measures').length, 0, 'hundreds of measures are not listed in the summary');
      const adopted = report.measures.filter((measure) => measure.status === 'adopted').length;
      const bodies = new Set(report.measures.map((measure) => measure.agencyId)).size;
      const sentence = `${en(adopted)} measures adopted and ${en(report.measures.length - adopted)} planned, by ${en(bodies)} public bodies.`;
      ok(text(section(element, 'measures-caption')).includes(sentence), `the measures are counted: ${text(section(element, 'measures-caption'))}`);
      deepEqual(table(element, 'measures-by-agency').columns, ['Public body', 'Measures adopted', 'Measures planned']);
      const counted = table(element, 'measures-by-agency').rows.map((row) => Number(row[1]) + Number(row[2]));
      ok(
        counted.every((count, index) => index === 0 || count <= counted[index - 1]!),
        `the bodies with the most measures first: ${counted.join(', ')}`,
      );
      equal(table(element, 'measures-by-agency').caption, 'Measures by public body');
      equal(text($(element, 'section[aria-labelledby="measures-caption"] > button.download')), 'Download as CSV', 'the full list of measures can be saved');
    });
  }

  describe('years and scopes', () => {
    it('without `year`: last year, the latest that has ended', async () => {
      const { element, report } = await shown('agency', null);
      equal(report.year, thisYear - 1);
      ok(title(element).endsWith(`annual report ${thisYear - 1}`), title(element));
    });

    it('the current year: its months up to the month of its figures, and “the year is not over”', async () => {
      const { element, report } = await shown('agency', thisYear);
      equal(report.status, 'provisional');
      equal(status(element), `Provisional figures of ${day(report.kpis.asOf, 'en')}: the year is not over.`);
      const months = table(element, 'months').rows;
      equal(months.length, Number(report.kpis.asOf.slice(5, 7)), 'January to the month of the figures');
      equal(months.at(-1)![0], monthName(report.kpis.asOf.slice(0, 7), 'en'));
      expectTables(element, report, 'en');
    });

    it('a year without submissions: zeros, every month, empty tables saying so, and charts saying “no submissions”', async () => {
      const { items } = await api<{ items: KpiItem[] }>(`/v1/kpis/agencies?year=${provisionalYear}`);
      const quiet = items.find((item) => item.counts.received === 0 && item.agencyId !== 'banc-essai');
      ok(quiet, `an agency without submissions in ${provisionalYear}`);
      const reads = recordReports();
      const element = await mountReport(`agency="${quiet.agencyId}" year="${provisionalYear}" locale="en"`);
      const report = reads.last();
      equal(report.kpis.counts.received, 0);
      expectTables(element, report, 'en');
      equal(table(element, 'months').rows.length, 12, 'every month of the year, all zero');
      ok(
        table(element, 'months').rows.every((row) => row[1] === '0' && row[2] === '0'),
        'zero received, zero answered',
      );
      deepEqual(table(element, 'classification').rows, [['Nothing to show for this year.']]);
      deepEqual(table(element, 'classification').total, ['Total', '0', '0', '0', '0']);
      equal(chartLabel(element, 'bar-chart'), 'Bar chart of the table "Submissions by type of public service": no submissions.');
      equal(chartLabel(element, 'column-chart'), 'Column chart of the table "Month by month": no submissions.');
      ok(!$$(element, '.note').some((note) => text(note).startsWith('So that no one can be recognized')), 'zero is no small count: no note');
      equal(facts(element)['Median time to answer'], '—');
      deepEqual(
        targets(element).map((target) => [target.value, target.said]),
        [
          ['—', 'No figures yet'],
          ['—', 'No figures yet'],
          ['—', 'No figures yet'],
        ],
      );
      if (report.measures.length === 0) ok(text(section(element, 'measures-caption')).includes('No measure recorded for this year.'));
    });

    it('the scope follows the attributes: `agency` → its report, `sector` → the sector’s, neither → the nation’s; `scope` wins', async () => {
      const cases: [string, string][] = [
        [`agency="${agencyId}"`, reportPath('agency', agencyId, provisionalYear)],
        [`sector="${sectorId}"`, reportPath('sector', sectorId, provisionalYear)],
        ['', reportPath('national', null, provisionalYear)],
        [`scope="national" agency="${agencyId}"`, reportPath('national', null, provisionalYear)],
        [`scope="sector" sector="${sectorId}" agency="${agencyId}"`, reportPath('sector', sectorId, provisionalYear)],
      ];
      for (const [attributes, path] of cases) {
        const reads = recordReports();
        const element = await mountReport(`${attributes} year="${provisionalYear}" locale="en"`);
        deepEqual(
          reads.all.map((read) => read.url.pathname),
          [path],
          `${attributes || '(nothing)'}: one request`,
        );
        equal(element.reportScope, reads.last().scope, `${attributes}: the scope`);
        element.closest('main')!.remove();
      }
    });
  });

  describe('small counts', () => {
    it('a count from 1 to 4 reads “fewer than 5”, with no share; a note says why; the totals are exact', async () => {
      const { element, report } = await shown('national', provisionalYear);
      ok(
        report.byRegion.some((row) => row.count === null),
        'the seed leaves regions with fewer than 5 submissions in a year',
      );
      const regions = table(element, 'regions');
      report.byRegion.forEach((row, index) => {
        if (row.count === null) deepEqual(regions.rows[index]!.slice(1), ['fewer than 5', '—'], `${row.key}: suppressed`);
        else equal(regions.rows[index]![1], en(row.count), `${row.key}: shown`);
      });
      ok(
        $$(element, '.note').some((note) => text(note) === 'So that no one can be recognized, the tables do not publish a count under 5; the totals are exact.'),
        'a note says why',
      );
      const { totals } = report;
      deepEqual(table(element, 'classification').total, ['Total', en(totals.complaint), en(totals.observation), en(totals.suggestion), en(totals.total)]);
      ok(totals.total > 0, 'a year with submissions');
    });
  });

  describe('languages', () => {
    it('Arabic: right to left, the report’s own Arabic names, Western digits, the bars growing from the right', async () => {
      const reads = recordReports();
      const element = await mountReport(`scope="national" year="${provisionalYear}" locale="ar"`);
      const report = reads.last();
      const box = root(element)!;
      equal(box.getAttribute('dir'), 'rtl');
      equal(box.getAttribute('lang'), 'ar');
      equal(getComputedStyle(box).direction, 'rtl');
      ok(title(element).includes(String(provisionalYear)), `the title names the year: ${title(element)}`);
      expectTables(element, report, 'ar');
      expectTargets(element, report, 'ar');
      ok(!/[٠-٩]/u.test(text(box)), 'Western digits, as Moroccan administrations write');
      // The first bar starts at the right edge of its drawing.
      const svg = $(element, 'figure.bar-chart svg.bars')!.getBoundingClientRect();
      const bar = $(element, 'figure.bar-chart svg.bars rect')!.getBoundingClientRect();
      ok(bar.width > 1, 'the first bar is drawn');
      ok(Math.abs(bar.right - svg.right) <= 1.5, `the bar grows from the right (${bar.left}–${bar.right} in ${svg.left}–${svg.right})`);
      // The first column (January) is drawn at the right too.
      const columns = $(element, 'figure.column-chart svg.columns')!.getBoundingClientRect();
      const rects = $$(element, 'figure.column-chart svg.columns rect').map((rect) => rect.getBoundingClientRect());
      const january = rects[0]!;
      ok(january.left > columns.left + columns.width / 2, `January is on the right (${january.left} in ${columns.left}–${columns.right})`);
    });

    it('an agency’s report in Arabic, French and Tamazight: its names from the report in that language', async () => {
      for (const locale of ['ar', 'fr', 'zgh'] as const) {
        const reads = recordReports();
        const element = await mountReport(`agency="${agencyId}" year="${publishedYear}" locale="${locale}"`);
        const report = reads.last();
        equal(root(element)!.getAttribute('lang'), locale);
        equal(root(element)!.getAttribute('dir'), locale === 'ar' ? 'rtl' : 'ltr');
        const name = nameOf(report, 'agencies', agencyId, locale);
        ok(name !== agencyId && name !== nameOf(report, 'agencies', agencyId, 'en'), `${locale}: the report has a name of its own in ${locale}`);
        ok(title(element).includes(name) && title(element).includes(String(publishedYear)), `${locale}: the title “${title(element)}” names ${name}`);
        ok(text($(element, '.status-line .context')).includes(nameOf(report, 'sectors', report.sectorId!, locale)), `${locale}: the sector in ${locale}`);
        ok(text($(element, '.status-line .status')).includes(localDay(report.publishedAt!, locale)), `${locale}: the day of publication in ${locale}`);
        expectTables(element, report, locale);
        expectTargets(element, report, locale);
        const items = $$(element, 'li.measure');
        report.measures.forEach((measure, index) => {
          const meta = text(items[index]!.querySelector('.measure-meta'));
          ok(meta.includes(day(measure.date, locale)), `${locale}: the measure's day in ${locale} (${meta})`);
          if (measure.serviceId) ok(meta.includes(nameOf(report, 'services', measure.serviceId, locale)), `${locale}: the service in ${locale}`);
        });
        element.closest('main')!.remove();
      }
    });
  });

  describe('theming', () => {
    it('`theme="dark"` gives the report a dark surface with light text; light stays white', async () => {
      const light = await mountReport(`agency="${agencyId}" year="${publishedYear}" locale="en" theme="light"`);
      const dark = await mountReport(`agency="${agencyId}" year="${publishedYear}" locale="en" theme="dark"`);
      const surface = (element: ReportElement) => getComputedStyle(root(element)!).backgroundColor;
      equal(surface(light), 'rgb(255, 255, 255)');
      equal(surface(dark), 'rgb(21, 26, 23)');
      equal(getComputedStyle(root(dark)!).color, 'rgb(238, 240, 239)', 'light text on it');
      equal(dark.getAttribute('theme'), 'dark');
    });

    it('`--chikaya-color-primary` on the host colours the first series of the charts and the buttons', async () => {
      const element = await mountReport(`scope="national" year="${provisionalYear}" locale="en" style="--chikaya-color-primary: #7b2d8e"`);
      const purple = 'rgb(123, 45, 142)';
      const first = $$(element, 'figure.chart rect.tone-1');
      ok(first.length > 0, 'bars of the first series');
      for (const rect of first) equal(getComputedStyle(rect).fill, purple, 'the first series in the host’s colour');
      equal(getComputedStyle($(element, 'figure.step-chart path.step')!).stroke, purple, 'the step line too');
      equal(getComputedStyle($(element, 'figure.column-chart .legend .swatch.tone-1')!).backgroundColor, purple, 'and its legend');
      const second = $(element, 'figure.chart rect.tone-2')!;
      ok(getComputedStyle(second).fill !== purple, 'the second series keeps its own colour');
      equal(getComputedStyle($(element, 'button.print')!).color, purple, 'the buttons');
    });
  });
});
