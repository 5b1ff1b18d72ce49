import type { Report } from '@chikaya/sdk';
import { msg, str } from '@lit/localize';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { LocaleController } from '#locale-controller';
import { apiFor } from '../shared/config.js';
import { formatDate, formatDay } from '../shared/dates.js';
import { type Locale } from '../shared/localization.js';
import { tokens } from '../shared/tokens.styles.js';
import { downloadCsv, toCsv } from './csv.js';
import { namer } from './names.js';
import { reportsFor } from './reader.js';
import { styles } from './report.styles.js';
import { breakdowns } from './views/breakdowns.js';
import { classification } from './views/classification.js';
import type { ViewContext } from './views/context.js';
import { headline } from './views/headline.js';
import { lines } from './views/lines.js';
import { measures } from './views/measures.js';
import { participation } from './views/participation.js';
import type { TableData } from './views/table.js';
import { trends } from './views/trends.js';

export type ReportScope = 'agency' | 'sector' | 'national';

/**
 * An annual report in the platform's one model, for an agency, a sector or the nation: the three
 * public targets met or not beside the previous year, the classification of submissions by type
 * of public service and kind, the year month by month, where submissions came from, the measures
 * adopted or planned, and, for a sector or the nation, a line for each agency or sector (and, for
 * the nation, the public bodies joining the platform over time).
 *
 * Every chart has its table, and every table downloads as CSV. Printed, the report is a clean
 * document: no buttons, tables that repeat their headers on each page, sections that do not break
 * across pages where they can help it. (A4 pages: the page's own `@page` rule; see the docs.)
 *
 * A published report's numbers never change; a provisional one says so, and the day of its figures.
 *
 * @summary An annual report of complaints, observations and suggestions.
 *
 * @event chikaya-report-loaded - The report is shown. `detail`: `{ scope, id, sectorId, year, status }`.
 *
 * @csspart report - The report's box.
 * @csspart title - The report's title.
 * @csspart target - Each of the three public targets.
 * @csspart table - Each table.
 * @csspart button - Every button: print, download, try again.
 * @csspart download - Each "Download as CSV" button.
 *
 * @cssproperty [--chikaya-color-primary=#006233] - Links, buttons and the first series of charts.
 * @cssproperty [--chikaya-color-series-2=#b45309] - The second series of charts.
 * @cssproperty [--chikaya-color-series-3=#1d4ed8] - The third series of charts.
 * @cssproperty [--chikaya-color-success=#006233] - A target met.
 * @cssproperty [--chikaya-color-danger=#b3261e] - A target not met.
 * @cssproperty [--chikaya-font-family=inherit] - Defaults to the page's font.
 * @cssproperty [--chikaya-radius=0.375rem] - Corner radius of boxes and buttons.
 * @cssproperty [--chikaya-space=1rem] - The base spacing unit.
 */
export class ChikayaReport extends LitElement {
  static override styles = [tokens, styles];

  static override properties = {
    scope: { reflect: true },
    agency: { reflect: true },
    sector: { reflect: true },
    year: { type: Number },
    locale: { reflect: true },
    api: {},
    theme: { reflect: true },
    report: { state: true },
    problem: { state: true },
  };

  /** `agency`, `sector` or `national`; omitted, `agency` when `agency` is set, `sector` when `sector` is, else `national`. */
  declare scope?: ReportScope;
  /** The agency's id, for an agency's report. */
  declare agency?: string;
  /** The sector's id, for a sector's report. */
  declare sector?: string;
  /** The report's calendar year; omitted, last year (the latest year that has ended). */
  declare year?: number;
  /** The language: `ar`, `fr`, `en` or `zgh` (one per page). */
  declare locale?: Locale;
  /** The platform's base URL; otherwise the page-wide configuration. */
  declare api?: string;
  /** `light` or `dark`; otherwise the user's preference. */
  declare theme?: 'light' | 'dark';

  private declare report: Report | null;
  /** the error code of a failed read */
  private declare problem: string | null;

  private readonly localization = new LocaleController(this, 'report');
  private controller: AbortController | null = null;
  private focusTitle = false;

  constructor() {
    super();
    this.report = null;
    this.problem = null;
  }

  /** The scope this element shows, told or inferred from the ids it was given. */
  get reportScope(): ReportScope {
    return this.scope ?? (this.agency ? 'agency' : this.sector ? 'sector' : 'national');
  }

  private get reportYear(): number {
    return this.year ?? new Date().getFullYear() - 1;
  }

  private get subject(): string {
    const scope = this.reportScope;
    return scope === 'agency' ? (this.agency ?? '') : scope === 'sector' ? (this.sector ?? '') : '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back after a removal that stopped its read: read again (see kpi-badge for the first read).
    if (this.hasUpdated && !this.report && !this.controller) void this.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.controller?.abort();
    this.controller = null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('locale')) this.localization.apply();
    // At the first update, not at connection: a framework sets its properties right after connecting.
    if (!this.hasUpdated || ['scope', 'agency', 'sector', 'year', 'api'].some((name) => changed.has(name as keyof ChikayaReport)))
      void this.load();
  }

  private async load(): Promise<void> {
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    this.report = null;
    this.problem = null;
    const reports = reportsFor(apiFor(this.api));
    const options = { signal: controller.signal };
    const year = this.reportYear;
    const scope = this.reportScope;
    try {
      const report =
        scope === 'agency'
          ? await reports.agency(this.subject, year, options)
          : scope === 'sector'
            ? await reports.sector(this.subject, year, options)
            : await reports.summary(year, options);
      if (controller.signal.aborted) return;
      // The platform answers a year still to come with an empty report; it has none to give.
      if (report.year > Number(report.kpis.asOf.slice(0, 4))) {
        this.problem = 'no_such_year';
        return;
      }
      this.report = report;
      this.dispatchEvent(
        new CustomEvent('chikaya-report-loaded', {
          bubbles: true,
          composed: true,
          detail: { scope, id: this.subject || null, sectorId: report.sectorId, year, status: report.status },
        }),
      );
    } catch (error) {
      if (controller.signal.aborted) return;
      const { code, errors } = error as { code?: string; errors?: { parameter?: string }[] };
      this.problem = code === 'validation_failed' && errors?.some((field) => field.parameter === 'year') ? 'no_such_year' : (code ?? 'unknown');
    } finally {
      if (this.controller === controller) this.controller = null;
    }
  }

  private readonly handleRetry = () => {
    // The button goes away with the problem: the focus goes to the title rather than to the page.
    this.focusTitle = true;
    void this.load();
  };

  private readonly handlePrint = () => window.print();

  private readonly handleDownload = (table: TableData) => {
    const rows = [...table.rows, ...(table.total ? [table.total] : [])].map((row) => row.csv);
    const subject = this.subject ? `-${this.subject}` : '';
    downloadCsv(`chikaya-${this.reportScope}${subject}-${this.reportYear}-${table.id}.csv`, toCsv(table.csvColumns ?? table.columns, rows));
  };

  protected override updated(): void {
    if (this.focusTitle && (this.report || this.problem)) {
      this.focusTitle = false;
      this.renderRoot.querySelector<HTMLElement>('.title')?.focus();
    }
  }

  // ---- rendering -----------------------------------------------------------------------------

  /** The report's title; before it arrives (or when it cannot), one without a name: an id is no name. */
  private heading(report: Report | null): string {
    const year = report?.year ?? this.reportYear;
    const scope = this.reportScope;
    if (scope === 'national') return msg(str`National summary report ${year}`);
    if (!report) return scope === 'sector' ? msg(str`Sector report ${year}`) : msg(str`Annual report ${year}`);
    const name = namer(report, this.localization.locale);
    return scope === 'sector'
      ? msg(str`${name('sectors', this.subject)}: sector report ${year}`)
      : msg(str`${name('agencies', this.subject)}: annual report ${year}`);
  }

  private status(report: Report): string {
    const locale = this.localization.locale;
    if (report.status === 'published' && report.publishedAt) return msg(str`Published on ${formatDay(report.publishedAt, locale)}.`);
    const asOf = formatDate(report.kpis.asOf, locale);
    return Number(report.kpis.asOf.slice(0, 4)) > report.year
      ? msg(str`Provisional figures of ${asOf}: this report awaits approval.`)
      : msg(str`Provisional figures of ${asOf}: the year is not over.`);
  }

  private problemText(): string {
    switch (this.problem) {
      case 'agency_not_found':
        return msg(str`No public body has the id "${this.subject}".`);
      case 'sector_not_found':
        return msg(str`No sector has the id "${this.subject}".`);
      case 'no_such_year':
        return msg(str`There is no report for ${this.reportYear}.`);
      case 'validation_failed':
        // A malformed id is as unknown as a well-formed one.
        return this.reportScope === 'sector' ? msg(str`No sector has the id "${this.subject}".`) : msg(str`No public body has the id "${this.subject}".`);
      default:
        return msg('The report could not be loaded.');
    }
  }

  private body(): TemplateResult {
    if (this.problem) {
      const final = ['agency_not_found', 'sector_not_found', 'no_such_year', 'validation_failed'].includes(this.problem);
      return html`<p class="problem" role="alert">${this.problemText()}</p>
        ${final ? nothing : html`<button part="button" class="retry" type="button" @click=${this.handleRetry}>${msg('Try again')}</button>`}`;
    }
    const report = this.report;
    if (!report) return html`<p class="loading">${msg('Loading the report…')}</p>`;
    const locale = this.localization.locale;
    const context: ViewContext = { report, locale, name: namer(report, locale), download: this.handleDownload };
    return html`<div class="status-line">
        <p class="status status--${report.status}">${this.status(report)}</p>
        ${report.scope === 'agency' && report.sectorId
          ? html`<p class="context">${msg(str`Sector: ${context.name('sectors', report.sectorId)}`)}</p>`
          : nothing}
        <button part="button" class="print" type="button" @click=${this.handlePrint}>${msg('Print')}</button>
      </div>
      ${headline(context)} ${classification(context)} ${trends(context)}
      ${report.scope === 'agency' ? nothing : lines(context)} ${report.scope === 'national' ? participation(context) : nothing}
      ${breakdowns(context)} ${measures(context)}`;
  }

  override render(): TemplateResult | typeof nothing {
    if (!this.localization.ready) return nothing;
    const { dir, locale } = this.localization;
    return html`<article part="report" class="root report" dir=${dir} lang=${locale} aria-labelledby="title" aria-busy=${this.report || this.problem ? 'false' : 'true'}>
      <h2 part="title" class="title" id="title" tabindex="-1">${this.heading(this.report)}</h2>
      ${this.body()}
    </article>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'chikaya-report': ChikayaReport;
  }
}
