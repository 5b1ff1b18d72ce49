import {
  type Agency,
  ApiError,
  isChikayaError,
  normalizeTrackingCode,
  type Region,
  type Service,
  type SubmissionDetails,
  type SubmissionStatus,
} from '@chikaya/sdk';
import { msg } from '@lit/localize';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { clientFor, type WidgetClient } from '../shared/client.js';
import { Announcer } from '../shared/announcer.js';
import { apiFor } from '../shared/config.js';
import { controlId, errorSummary, problemSummary } from '../shared/fields.js';
import { fieldStyles } from '../shared/fields.styles.js';
import { LocaleController } from '#locale-controller';
import { type Locale } from '../shared/localization.js';
import { tokens } from '../shared/tokens.styles.js';
import { styles } from './status-tracker.styles.js';
import { fieldMessage, problemMessage } from './texts.js';
import { answerView, detailsView, keyView } from './views/details.js';
import { commentMax, followUpView, reasonMax, reasonMin } from './views/follow-up.js';
import { lookupView } from './views/lookup.js';
import { statusView } from './views/status.js';
import type { Answers, TrackerView } from './views/view.js';

type Field = keyof Answers;

const blank: Answers = { trackingCode: '', accessKey: '', score: '', comment: '', reason: '' };

/**
 * Follows a submission after it was lodged: by its tracking code, anyone sees where it stands and
 * its history (no personal data); with its access key too, its author reads the answer, rates it
 * and, when it does not convince, contests it (renewal). Without a code, it asks for one; the
 * code's check character catches a typo before any request is made.
 *
 * @summary Follow a submission, read the answer, rate it, contest it.
 *
 * @event chikaya-rated - The answer was rated. `detail: { trackingCode, score }`.
 * @event chikaya-renewed - The answer was contested and the complaint reopened. `detail: { trackingCode }`.
 *
 * @csspart form - Each form: the look-up, the access key, the rating, the renewal.
 * @csspart field - Each field: label, hint, error and control.
 * @csspart label - Each label.
 * @csspart input - Each text box and text area.
 * @csspart button - Each button.
 * @csspart error-summary - The list of errors at the top of a form.
 * @csspart summary - The submission's key facts.
 * @csspart timeline - The ordered list of what happened.
 * @csspart answer - The agency's answer.
 * @csspart details - The submission as it was lodged.
 * @csspart rating - The rating given.
 * @csspart renewal - The renewal made.
 *
 * @cssproperty [--chikaya-color-primary=#006233] - Buttons, links and focus accents.
 * @cssproperty [--chikaya-color-danger=#b3261e] - Errors and overdue dates.
 * @cssproperty [--chikaya-font-family=inherit] - Defaults to the page's font.
 * @cssproperty [--chikaya-radius=0.375rem] - Corner radius of controls.
 * @cssproperty [--chikaya-space=1rem] - The base spacing unit.
 */
export class ChikayaStatusTracker extends LitElement {
  static override styles = [tokens, fieldStyles, styles];

  /** The tracking code, e.g. `K7QM-4XPZ-RD`; without it, the tracker asks for one. */
  @property({ reflect: true }) code?: string;
  /**
   * The access key given with the code: shows the answer, and lets its author rate and contest it
   * (property `accessKeyValue`: `accessKey` is HTML's keyboard shortcut of every element).
   */
  @property({ attribute: 'access-key' }) accessKeyValue?: string;
  /**
   * Read `?code=` and `?key=` from the page's address (the link of the form's confirmation); the
   * address then keeps the code, never the key.
   */
  @property({ type: Boolean, attribute: 'read-url' }) readUrl = false;
  /** The language: `ar`, `fr`, `en` or `zgh` (one per page). */
  @property({ reflect: true }) locale?: Locale;
  /** The platform's base URL; otherwise the page-wide configuration. */
  @property() api?: string;
  /** `light` or `dark`; otherwise the user's preference. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  @state() private answers: Answers = { ...blank };
  @state() private status: SubmissionStatus | null = null;
  @state() private details: SubmissionDetails | null = null;
  @state() private agencies = new Map<string, Agency>();
  @state() private services: Service[] = [];
  @state() private regions: Region[] = [];
  @state() private loading = false;
  @state() private sending: 'rating' | 'renewal' | null = null;
  /** field → error code */
  @state() private errors = new Map<Field, string>();
  /** the summary lists the errors once the user sent a form; leaving a field only marks the field (GOV.UK) */
  @state() private showSummary = false;
  /** the error code of a failed look-up or follow-up, shown in the summary */
  @state() private problem: string | null = null;

  private readonly announcer = new Announcer(this);
  private readonly localization = new LocaleController(this, 'status-tracker');
  private controller: AbortController | null = null;
  private started = false;
  private focusAfterRender: 'heading' | 'summary' | null = null;
  /** the look-up the page started on load: it moves no focus (the user is elsewhere on the page) */
  private quiet = false;

  private get client(): WidgetClient {
    return clientFor(apiFor(this.api));
  }

  /**
   * Starts the element, once: at its first update rather than when it connects, so that the
   * properties a framework sets right after connecting it (`@lit/react` does, in a layout effect)
   * are taken as the element's own.
   */
  private start(): void {
    this.started = true;
    if (this.readUrl) {
      const params = new URLSearchParams(location.search);
      this.code ??= params.get('code') ?? undefined;
      this.accessKeyValue ??= params.get('key') ?? undefined;
    }
    this.answers = { ...this.answers, trackingCode: this.code ?? '', accessKey: this.accessKeyValue ?? '' };
    if (this.code) void this.lookUp(this.code, this.accessKeyValue, { initial: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.controller?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('locale')) this.localization.apply();
    if (!this.started) this.start();
    // A page that sets the code or the key later (a single-page app) gets them looked up.
    else if ((changed.has('code') || changed.has('accessKeyValue')) && this.code) {
      this.answers = { ...this.answers, trackingCode: this.code, accessKey: this.accessKeyValue ?? '' };
      void this.lookUp(this.code, this.accessKeyValue);
    }
  }

  /** Where the focus goes after the next render; nowhere while the page loads (`quiet`). */
  private focusLater(target: 'heading' | 'summary'): void {
    if (!this.quiet) this.focusAfterRender = target;
  }

  protected override updated(): void {
    if (this.focusAfterRender === 'summary') this.renderRoot.querySelector<HTMLElement>('.error-summary')?.focus();
    if (this.focusAfterRender === 'heading') this.renderRoot.querySelector<HTMLElement>('[data-heading]')?.focus();
    this.focusAfterRender = null;
  }

  // ---- looking up ----------------------------------------------------------------------------

  /**
   * Reads the public status and, with a key, the details; then the names they refer to. A wrong
   * key still shows the public status, with the key's error beside its field.
   */
  private async lookUp(code: string, accessKey: string | undefined, { refresh = false, initial = false } = {}): Promise<void> {
    this.quiet = initial;
    const trackingCode = normalizeTrackingCode(code);
    if (!trackingCode) {
      this.status = null;
      this.details = null;
      this.fail(new Map([['trackingCode', code.trim() ? 'invalid_format' : 'required']]));
      this.quiet = false;
      return;
    }
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    const { signal } = controller;
    const key = accessKey?.trim() || undefined;
    this.loading = true;
    this.problem = null;
    this.errors = new Map();
    this.showSummary = false;
    try {
      const [status, details] = await Promise.all([
        this.client.submissions.status(trackingCode, { signal }),
        key ? this.client.submissions.details(trackingCode, key, { signal }).catch((error: unknown) => error as Error) : null,
      ]);
      if (signal.aborted) return;
      this.status = status;
      if (details instanceof Error) {
        this.details = null;
        if (isChikayaError(details) && (details.code === 'access_key_invalid' || details.code === 'access_key_required')) {
          this.errors = new Map([['accessKey', 'access_key_invalid']]);
          this.showSummary = true;
          this.focusLater('summary');
          this.announcer.say(msg('There is a problem'));
        } else {
          this.problem = isChikayaError(details) ? details.code : 'unknown';
          this.focusLater('summary');
        }
      } else {
        this.details = details;
        if (!refresh) this.focusLater('heading');
      }
      if (refresh) this.announcer.say(msg('Updated'));
      this.rememberCode(trackingCode);
      await this.loadNames(status, this.details, signal);
    } catch (error) {
      if (signal.aborted) return;
      this.status = null;
      this.details = null;
      this.problem = isChikayaError(error) ? error.code : 'unknown';
      this.focusLater('summary');
      this.announcer.say(problemMessage(this.problem));
    } finally {
      if (this.controller === controller) {
        this.loading = false;
        this.controller = null;
        this.quiet = false;
      }
    }
  }

  /** The names behind the ids: the public bodies of the timeline, and for the details their service and region. */
  private async loadNames(status: SubmissionStatus, details: SubmissionDetails | null, signal: AbortSignal): Promise<void> {
    const ids = new Set([status.agencyId, ...status.timeline.map((event) => event.agencyId).filter((id): id is string => Boolean(id))]);
    const missing = [...ids].filter((id) => !this.agencies.has(id));
    const found = await Promise.all(missing.map((id) => this.client.agencies.get(id, { signal }).catch(() => null)));
    if (signal.aborted) return;
    if (found.some(Boolean)) this.agencies = new Map([...this.agencies, ...found.filter((agency): agency is Agency => agency !== null).map((agency) => [agency.id, agency] as const)]);
    if (!details) return;
    const [services, regions] = await Promise.all([
      this.client.agencies.services(details.agencyId, { signal }).then((list) => list.items, () => []),
      this.regions.length > 0 ? this.regions : this.client.reference.regions({ signal }).then((list) => list.items, () => []),
    ]);
    if (signal.aborted) return;
    this.services = services;
    this.regions = regions;
  }

  /** With `read-url`, the address keeps the code (never the key), so that a reload or a bookmark finds it again. */
  private rememberCode(trackingCode: string): void {
    if (!this.readUrl) return;
    const url = new URL(location.href);
    // A key read from `?key=` (a link with both) leaves the address too.
    if (url.searchParams.get('code') === trackingCode && !url.searchParams.has('key')) return;
    url.searchParams.set('code', trackingCode);
    url.searchParams.delete('key');
    history.replaceState(history.state, '', url);
  }

  private fail(errors: Map<Field, string>): void {
    this.errors = errors;
    this.showSummary = true;
    this.problem = null;
    this.focusLater('summary');
    this.announcer.say(msg('There is a problem'));
  }

  // ---- the user's actions --------------------------------------------------------------------

  private set(field: Field, value: string): void {
    this.answers = { ...this.answers, [field]: value };
    // A corrected field loses its error at once; a new one appears only on leaving it.
    if (this.errors.has(field)) {
      const errors = new Map(this.errors);
      errors.delete(field);
      this.errors = errors;
    }
  }

  /**
   * The error code of one field, checked as the platform will check it (the contract's RatingInput
   * and RenewalInput), with the same codes. Not with the SDK's zod schemas: they would add 5 KB to
   * a page whose budget is 30, for three limits; the platform checks again, and its 422 lands on
   * the same fields.
   */
  private check(field: Field): string | undefined {
    const value = this.answers[field].trim();
    switch (field) {
      case 'trackingCode':
        return !value ? 'required' : normalizeTrackingCode(value) ? undefined : 'invalid_format';
      case 'score':
        return value ? undefined : 'required';
      case 'comment':
        return value.length > commentMax ? 'too_long' : undefined;
      case 'reason':
        return !value ? 'required' : value.length < reasonMin ? 'too_short' : value.length > reasonMax ? 'too_long' : undefined;
      default:
        return undefined;
    }
  }

  /** Checks a field when the user leaves it (GOV.UK: never while they are still typing), if they typed something. */
  private handleBlur(field: Field): void {
    const code = this.answers[field] ? this.check(field) : undefined;
    if (this.errors.get(field) === code) return;
    const errors = new Map(this.errors);
    if (code) errors.set(field, code);
    else errors.delete(field);
    this.errors = errors;
  }

  private readonly handleLookup = (event: Event) => {
    event.preventDefault();
    if (this.loading) return;
    const code = this.check('trackingCode');
    if (code) {
      this.fail(new Map([['trackingCode', code]]));
      return;
    }
    void this.lookUp(this.answers.trackingCode, this.answers.accessKey);
  };

  private readonly handleKey = (event: Event) => {
    event.preventDefault();
    if (this.loading || !this.status) return;
    if (!this.answers.accessKey.trim()) {
      this.fail(new Map([['accessKey', 'required']]));
      return;
    }
    void this.lookUp(this.status.trackingCode, this.answers.accessKey);
  };

  private readonly handleRefresh = () => {
    if (this.status) void this.lookUp(this.status.trackingCode, this.details ? this.answers.accessKey : undefined, { refresh: true });
  };

  private readonly handleAnother = () => {
    this.controller?.abort();
    this.status = null;
    this.details = null;
    this.problem = null;
    this.errors = new Map();
    this.answers = { ...blank };
    this.focusLater('heading');
  };

  private async followUp(kind: 'rating' | 'renewal', fields: Field[]): Promise<void> {
    if (this.sending || !this.details) return;
    const found = new Map(fields.map((field) => [field, this.check(field)] as const).filter((entry): entry is [Field, string] => Boolean(entry[1])));
    if (found.size > 0) {
      this.fail(found);
      return;
    }
    const { trackingCode } = this.details;
    const { accessKey, score, comment, reason } = this.answers;
    this.sending = kind;
    this.problem = null;
    try {
      if (kind === 'rating') {
        this.details = await this.client.submissions.rate(trackingCode, accessKey.trim(), { score: Number(score), ...(comment.trim() ? { comment: comment.trim() } : {}) });
        this.dispatchEvent(new CustomEvent('chikaya-rated', { detail: { trackingCode, score: Number(score) }, bubbles: true, composed: true }));
        this.announcer.say(msg('Thank you: your rating was sent.'));
      } else {
        this.details = await this.client.submissions.renew(trackingCode, accessKey.trim(), { reason: reason.trim() });
        this.dispatchEvent(new CustomEvent('chikaya-renewed', { detail: { trackingCode }, bubbles: true, composed: true }));
        this.announcer.say(msg('Your complaint is reopened: the public body handles it again.'));
      }
      this.answers = { ...this.answers, score: '', comment: '', reason: '' };
      // The timeline and the status changed too.
      this.status = await this.client.submissions.status(trackingCode).catch(() => this.status);
    } catch (error) {
      if (error instanceof ApiError && error.code === 'validation_failed') {
        this.fail(new Map(error.errors.map((item) => [(item.pointer ?? '').slice(1) as Field, item.code])));
      } else {
        // Already rated, or the window closed meanwhile: show what the platform says now (first,
        // since a look-up clears the problem and announces "Updated"), and why.
        if (error instanceof ApiError && error.status === 409) await this.lookUp(trackingCode, accessKey, { refresh: true });
        this.problem = isChikayaError(error) ? error.code : 'unknown';
        this.focusLater('summary');
        this.announcer.say(problemMessage(this.problem));
      }
    } finally {
      this.sending = null;
    }
  }

  private readonly handleRating = (event: Event) => {
    event.preventDefault();
    void this.followUp('rating', ['score', 'comment']);
  };

  private readonly handleRenewal = (event: Event) => {
    event.preventDefault();
    void this.followUp('renewal', ['reason']);
  };

  // ---- rendering -----------------------------------------------------------------------------

  private error(field: Field): string | undefined {
    const code = this.errors.get(field);
    return code ? fieldMessage(field, code) : undefined;
  }

  private focusField(field: string): void {
    const control = this.renderRoot.querySelector<HTMLElement>(`#${controlId(field)}`);
    control?.focus();
    control?.scrollIntoView?.({ block: 'center' });
  }

  /** The errors of the fields on screen, or the problem that stopped a look-up or a follow-up. */
  private summary(): TemplateResult | typeof nothing {
    if (this.problem) {
      return problemSummary(
        msg('There is a problem'),
        problemMessage(this.problem),
        this.problem === 'submission_not_found'
          ? nothing
          : html`<button part="button" class="button button--secondary" type="button" @click=${this.handleRetry}>${msg('Try again')}</button>`,
      );
    }
    if (!this.showSummary) return nothing;
    return errorSummary(
      [...this.errors].map(([name, code]) => ({ name, message: fieldMessage(name, code) })),
      (name) => this.focusField(name),
    );
  }

  private readonly handleRetry = () => {
    this.problem = null;
    // With the key too: what failed may be the read of the details (a refresh would leave them out).
    if (this.status) void this.lookUp(this.status.trackingCode, this.answers.accessKey, { refresh: true });
    else void this.lookUp(this.answers.trackingCode, this.answers.accessKey);
  };

  private view(): TrackerView {
    return {
      locale: this.localization.locale,
      answers: this.answers,
      status: this.status,
      details: this.details,
      agencies: this.agencies,
      services: this.services,
      regions: this.regions,
      sending: this.sending,
      loading: this.loading,
      error: (field) => this.error(field),
      set: (field, value) => this.set(field, value),
      handleBlur: (field) => this.handleBlur(field),
      handleLookup: this.handleLookup,
      handleKey: this.handleKey,
      handleRating: this.handleRating,
      handleRenewal: this.handleRenewal,
      handleRefresh: this.handleRefresh,
      handleAnother: this.handleAnother,
    };
  }

  private found(view: TrackerView, status: SubmissionStatus): TemplateResult {
    const details = this.details;
    return html`${this.summary()} ${statusView(view, status)}
      ${details ? html`${answerView(view, details)} ${followUpView(view, details)} ${detailsView(view, details)}` : keyView(view)}
      <div class="actions">
        <button part="button" class="button button--secondary" type="button" @click=${this.handleRefresh} aria-disabled=${this.loading ? 'true' : 'false'}>
          ${this.loading ? msg('Refreshing…') : msg('Refresh')}
        </button>
        <button part="button" class="link-button" type="button" @click=${this.handleAnother}>${msg('Follow another submission')}</button>
      </div>`;
  }

  override render(): TemplateResult | typeof nothing {
    if (!this.localization.ready) return nothing;
    const { dir, locale } = this.localization;
    const view = this.view();
    const loadingFirst = this.loading && !this.status && this.code !== undefined && this.answers.trackingCode === this.code;
    return html`<div class="root" dir=${dir} lang=${locale} aria-busy=${this.loading ? 'true' : 'false'}>
      ${this.status
        ? this.found(view, this.status)
        : loadingFirst
          ? html`<p class="loading">${msg('Looking for your submission…')}</p>`
          : lookupView(view, this.summary())}
      ${this.announcer.region()}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'chikaya-status-tracker': ChikayaStatusTracker;
  }
}
