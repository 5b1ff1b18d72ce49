import type { Kpis } from '@chikaya/sdk';
import { msg, str } from '@lit/localize';
import { adoptStyles, html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { apiFor, pageConfig } from '../shared/config.js';
import { formatPercent } from '../shared/format.js';
import { kpisFor } from '../shared/kpi-reader.js';
import { LocaleController } from '#locale-controller';
import { type Locale } from '../shared/localization.js';
import { tokens } from '../shared/tokens.styles.js';
import { styles } from './kpi-badge.styles.js';
import { bar } from './bar.js';
import type { figuresView } from './figures.js';

type IndicatorName = keyof Kpis['indicators'];
type Indicator = Kpis['indicators'][IndicatorName];

const indicatorNames: readonly IndicatorName[] = ['responseRate', 'onTimeRate', 'renewalRate'];

/**
 * An agency's (or the nation's) record against the public targets: at least 70 % of submissions
 * answered, at least 70 % answered within the legal 60 days, at most 10 % of complaints renewed.
 * Each rate is told in words and by an icon, never by colour alone; the targets come from the
 * platform. `variant="full"` adds the counts by kind, the median time to answer, the submissions
 * overdue now, the users' satisfaction and a link to the annual report.
 *
 * The badges of a page share one reader: 90 badges make one request, and a revisit renders from
 * the browser's HTTP cache (the platform allows 5 minutes).
 *
 * @summary An agency's KPIs against the public targets.
 *
 * @csspart badge - The badge's box.
 * @csspart title - The badge's title.
 * @csspart rate - Each of the three rates.
 * @csspart figures - The full variant's other figures.
 * @csspart link - The link to the annual report.
 * @csspart button - The "Try again" button, when the figures could not be loaded.
 *
 * @cssproperty [--chikaya-color-primary=#006233] - Bars and links.
 * @cssproperty [--chikaya-color-success=#006233] - A target met.
 * @cssproperty [--chikaya-color-danger=#b3261e] - A target not met.
 * @cssproperty [--chikaya-font-family=inherit] - Defaults to the page's font.
 * @cssproperty [--chikaya-radius=0.375rem] - Corner radius of the box.
 * @cssproperty [--chikaya-space=1rem] - The base spacing unit.
 */
export class ChikayaKpiBadge extends LitElement {
  static override styles = [tokens, styles];

  // Declared without decorators: their helpers weigh 0.3 KB, and a page that shows only a badge
  // has 12 KB for everything.
  static override properties = {
    agency: { reflect: true },
    year: { type: Number },
    variant: { reflect: true },
    label: {},
    locale: { reflect: true },
    api: {},
    reportUrl: { attribute: 'report-url' },
    theme: { reflect: true },
    kpis: { state: true },
    problem: { state: true },
    figures: { state: true },
  };

  /** The agency's id; omitted, the nation's figures. */
  declare agency?: string;
  /** The calendar year; omitted, the current year. */
  declare year?: number;
  /** `compact` (the three rates) or `full` (the rates and the other figures). */
  declare variant: 'compact' | 'full';
  /** A name said before the figures, such as the agency's name (in the page's language); otherwise a generic title. */
  declare label?: string;
  /** The language: `ar`, `fr`, `en` or `zgh` (one per page). */
  declare locale?: Locale;
  /** The platform's base URL; otherwise the page-wide configuration. */
  declare api?: string;
  /**
   * The page of the annual report (`?agency=…&year=…` is added), linked from the full variant;
   * otherwise the page-wide `reportUrl`.
   */
  declare reportUrl?: string;
  /** `light` or `dark`; otherwise the user's preference. */
  declare theme?: 'light' | 'dark';

  private declare kpis: Kpis | null;
  /** the error code of a failed read */
  private declare problem: string | null;
  /** the full variant's view, once its chunk is loaded */
  private declare figures: typeof figuresView | null;

  private readonly localization = new LocaleController(this, 'kpi-badge');
  private controller: AbortController | null = null;
  /** the full variant's chunk, loading or loaded; null again after a failure, so that a retry loads it */
  private figuresLoad: Promise<void> | null = null;
  private focusTitle = false;

  constructor() {
    super();
    this.variant = 'compact';
    this.kpis = null;
    this.problem = null;
    this.figures = null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved in the page: its figures are still good. Back after a removal that stopped its read:
    // read again. Connected for the first time: its first update reads them (see willUpdate).
    if (this.hasUpdated && !this.kpis && !this.controller) this.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.controller?.abort();
    this.controller = null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('locale')) this.localization.apply();
    if (this.variant === 'full') this.figuresLoad ??= this.loadFigures();
    // The first read waits for the first update, not the connection: the properties a framework
    // sets right after connecting the element (`@lit/react` does, in a layout effect) are set by
    // then. The badges of a task still share one request: the reader batches until the task ends.
    if (!this.hasUpdated || changed.has('agency') || changed.has('year') || changed.has('api')) this.load();
  }

  private async loadFigures(): Promise<void> {
    try {
      const { figuresView, figuresStyles } = await import('./figures.js');
      adoptStyles(this.renderRoot as ShadowRoot, [...ChikayaKpiBadge.elementStyles, figuresStyles]);
      this.figures = figuresView;
    } catch {
      this.figuresLoad = null;
      this.problem = 'network_error';
    }
  }

  private async load(): Promise<void> {
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    this.kpis = null;
    this.problem = null;
    const reader = kpisFor(apiFor(this.api));
    const options = { year: this.year, signal: controller.signal };
    try {
      const kpis = await (this.agency ? reader.agency(this.agency, options) : reader.national(options));
      if (!controller.signal.aborted) this.kpis = kpis;
    } catch (error) {
      if (controller.signal.aborted) return;
      this.problem = (error as { code?: string }).code ?? 'unknown';
    } finally {
      if (this.controller === controller) this.controller = null;
    }
  }

  private readonly handleRetry = () => {
    // The button goes away with the problem: the focus goes to the title rather than to the page.
    this.focusTitle = true;
    void this.load();
  };

  protected override updated(): void {
    if (this.focusTitle && (this.kpis || this.problem)) {
      this.focusTitle = false;
      this.renderRoot.querySelector<HTMLElement>('.title')?.focus();
    }
  }

  // ---- rendering -----------------------------------------------------------------------------

  private get language(): Locale {
    return this.localization.locale;
  }

  private indicatorName(name: IndicatorName): string {
    return { responseRate: msg('Answered'), onTimeRate: msg('Answered on time'), renewalRate: msg('Renewed complaints') }[name];
  }

  private target(indicator: Indicator): string {
    const target = formatPercent(indicator.target, this.language);
    return indicator.comparison === 'atLeast' ? msg(str`target: at least ${target}`) : msg(str`target: at most ${target}`);
  }

  private verdict(indicator: Indicator): string {
    if (indicator.met === null) return msg('No figures yet');
    return indicator.met ? msg('Target met') : msg('Target not met');
  }

  private rate(name: IndicatorName, indicator: Indicator): TemplateResult {
    const state = indicator.met === null ? 'none' : indicator.met ? 'met' : 'missed';
    const value = indicator.value === null ? '—' : formatPercent(indicator.value, this.language);
    return html`<li part="rate" class="rate rate--${state}">
      <span class="rate-name">${this.indicatorName(name)}</span>
      <span class="rate-value">${value}</span>
      ${bar(indicator.value ?? 0, indicator.target)}
      <span class="rate-verdict"
        ><svg class="icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false"><path d=${shapes[state]}></path></svg
        ><span><strong>${this.verdict(indicator)}</strong> (${this.target(indicator)})</span></span>
    </li>`;
  }

  private heading(year: number | undefined): string {
    const label = this.label ?? (this.agency ? msg('Complaints, observations and suggestions') : msg('All public bodies'));
    return year === undefined ? label : msg(str`${label}: ${year}`);
  }

  private body(): TemplateResult {
    if (this.problem) {
      // A malformed id (refused by the SDK before any request) is as unknown as a well-formed one.
      const unknown = this.problem === 'agency_not_found' || this.problem === 'validation_failed';
      return html`<p class="problem" role="alert">
          ${unknown ? msg(str`No public body has the id "${this.agency ?? ''}".`) : msg('The figures could not be loaded.')}
        </p>
        ${unknown
          ? nothing
          : html`<button part="button" class="retry" type="button" @click=${this.handleRetry}>${msg('Try again')}</button>`}`;
    }
    const kpis = this.kpis;
    if (!kpis) return html`<p class="loading">${msg('Loading the figures…')}</p>`;
    return html`<ul class="rates">
        ${indicatorNames.map((name) => this.rate(name, kpis.indicators[name]))}
      </ul>
      ${this.variant === 'full' && this.figures ? this.figures(kpis, this.language, this.reportUrl ?? pageConfig().reportUrl) : nothing}`;
  }

  override render(): TemplateResult | typeof nothing {
    if (!this.localization.ready) return nothing;
    const { dir, locale } = this.localization;
    return html`<div
      part="badge"
      class="root badge badge--${this.variant === 'full' ? 'full' : 'compact'}"
      dir=${dir}
      lang=${locale}
      role="group"
      aria-labelledby="title"
      aria-busy=${(this.kpis && (this.variant !== 'full' || this.figures)) || this.problem ? 'false' : 'true'}
    >
      <p part="title" class="title" id="title" tabindex="-1">${this.heading(this.kpis?.year ?? this.year)}</p>
      ${this.body()}
    </div>`;
  }
}

/** ✓ met, ✗ missed, – no figures: a shape for each, so that colour is never the only sign. */
const shapes = { met: 'M4 10.5l4 4 8-9', missed: 'M5 5l10 10M15 5L5 15', none: 'M5 10h10' };

declare global {
  interface HTMLElementTagNameMap {
    'chikaya-kpi-badge': ChikayaKpiBadge;
  }
}
