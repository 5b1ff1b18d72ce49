import { ApiError, isChikayaError, type Proof, type Region, type Service, type SubmissionReceipt } from '@chikaya/sdk';
import { submissionInput, validateFields } from '@chikaya/sdk/schemas';
import { msg, str } from '@lit/localize';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { clientFor, type WidgetClient } from '../shared/client.js';
import { Announcer } from '../shared/announcer.js';
import { apiFor } from '../shared/config.js';
import { errorMessage, problemMessage } from '../shared/error-messages.js';
import { charactersLeft, controlId, errorSummary, problemSummary } from '../shared/fields.js';
import { fieldStyles } from '../shared/fields.styles.js';
import { kindLabel } from '../shared/labels.js';
import { LocaleController } from '#locale-controller';
import type { Locale } from '../shared/localization.js';
import { tokens } from '../shared/tokens.styles.js';
import { AgencySearch } from './agency-search.js';
import { styles } from './complaint-form.styles.js';
import { type Draft, fieldOf, type Kind, pointerOf, toInput } from './draft.js';
import { DraftStore } from './draft-store.js';
import { type StepName, stepOf, stepPointers, stepsFor } from './steps.js';
import { confirmationView } from './views/confirmation.js';
import { descriptionMax, factsView } from './views/facts.js';
import { identityView } from './views/identity.js';
import { kindView } from './views/kind.js';
import { reviewView } from './views/review.js';
import type { FormView } from './views/view.js';
import { whereView } from './views/where.js';

const kinds: readonly Kind[] = ['complaint', 'observation', 'suggestion'];

/**
 * The form through which a user lodges a complaint, an observation or a suggestion with a public
 * body: one question per step, then a review with "change" links, then the confirmation with the
 * tracking code and the access key. Nothing typed is lost: answers (but the national ID) are kept
 * in `sessionStorage` per agency and come back after a reload; a failed send keeps them and
 * retries with the same idempotency key, so that nothing is ever lodged twice.
 *
 * @summary The complaint, observation and suggestion form.
 *
 * @event chikaya-submit - Before sending; cancelable. `detail: { input }`, the API body.
 * @event chikaya-submitted - Lodged. `detail: { trackingCode, dueDate, kind, agencyId }`.
 * @event chikaya-error - Sending failed. `detail: { code }`, a stable error code.
 *
 * @csspart form - The form of each step.
 * @csspart field - Each field: label, hint, error and control.
 * @csspart label - Each label.
 * @csspart input - Each text box, text area and select.
 * @csspart button - Each button.
 * @csspart error-summary - The list of errors at the top of a step.
 * @csspart confirmation - The confirmation panel.
 *
 * @cssproperty [--chikaya-color-primary=#006233] - Buttons, links and focus accents.
 * @cssproperty [--chikaya-color-danger=#b3261e] - Errors.
 * @cssproperty [--chikaya-color-success=#006233] - The confirmation panel.
 * @cssproperty [--chikaya-font-family=inherit] - Defaults to the page's font.
 * @cssproperty [--chikaya-radius=0.375rem] - Corner radius of controls.
 * @cssproperty [--chikaya-space=1rem] - The base spacing unit.
 */
export class ChikayaComplaintForm extends LitElement {
  static override styles = [tokens, fieldStyles, styles];
  /** @internal Lit's options of the shadow root: not part of the element's API. */
  static override shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: false };

  /** The agency's id, preset by the page; without it the user searches for the agency. */
  @property({ reflect: true }) agency?: string;
  /** Preset kind: `complaint`, `observation` or `suggestion`; without it the user chooses. */
  @property({ reflect: true }) kind?: Kind;
  /** Preset service id of the agency. */
  @property() service?: string;
  /** The language: `ar`, `fr`, `en` or `zgh` (one per page; see the README). */
  @property({ reflect: true }) locale?: Locale;
  /** The platform's base URL; otherwise the page-wide configuration. */
  @property() api?: string;
  /** The page of the status tracker; the confirmation links to it with the code. */
  @property({ attribute: 'tracker-url' }) trackerUrl?: string;
  /** `light` or `dark`; otherwise the user's preference. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  @state() private step: StepName = 'kind';
  @state() private draft: Draft = {};
  /** field → error code, for the fields of the current step */
  @state() private errors = new Map<string, string>();
  @state() private showSummary = false;
  @state() private services: Service[] = [];
  @state() private regions: Region[] = [];
  @state() private sending = false;
  @state() private problem: string | null = null;
  @state() private receipt: SubmissionReceipt | null = null;
  /** after a "change" link from the review, continue returns to the review */
  @state() private returnToReview = false;
  @state() private countAnnouncement = '';

  private readonly announcer = new Announcer(this);
  private readonly localization = new LocaleController(this, 'complaint-form');
  private readonly search = new AgencySearch(this, () => this.client);
  private readonly store = new DraftStore(() => this.agency);
  private countTimer: ReturnType<typeof setTimeout> | undefined;
  /**
   * The proof of work the platform asks of a create, made in the background from the user's first
   * answer, so that it is ready by the time they send. The SDK makes another, without a word, for
   * one that failed, expired (a user who took more than ten minutes) or was refused.
   */
  private proof: Promise<Proof> | null = null;
  private restored = false;
  private focusAfterRender: 'heading' | 'summary' | null = null;

  private get client(): WidgetClient {
    return clientFor(apiFor(this.api));
  }

  private get steps(): StepName[] {
    return stepsFor({ kind: this.kind !== undefined && kinds.includes(this.kind), agency: this.agency !== undefined });
  }

  /**
   * Restores the draft and applies the presets, once: at the first update rather than when the
   * element connects, so that the properties a framework sets right after connecting it
   * (`@lit/react` does, in a layout effect) are taken as presets. Only once: a page that moves the
   * element (a framework re-parenting it) must not lose the step the user is on, nor the national
   * ID, which storage never holds.
   */
  private restore(): void {
    this.restored = true;
    const saved = this.store.load();
    this.draft = {
      ...saved.draft,
      ...(this.kind && kinds.includes(this.kind) ? { kind: this.kind } : {}),
      ...(this.agency ? { agencyId: this.agency } : {}),
      ...(this.service ? { serviceId: this.service } : {}),
    };
    this.step = this.steps[0]!;
    void this.loadReference();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.countTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Also from no attribute to one: the page's language then changes (apply() is idempotent).
    if (changed.has('locale')) this.localization.apply();
    if (!this.restored) this.restore();
    // A page (or a framework) may set the presets later.
    else this.applyPresets(changed);
    if (!this.draft.answerLanguage && this.localization.ready) this.draft = { ...this.draft, answerLanguage: this.localization.locale };
  }

  private applyPresets(changed: PropertyValues<this>): void {
    const draft = { ...this.draft };
    if (changed.has('kind') && this.kind && kinds.includes(this.kind)) draft.kind = this.kind;
    if (changed.has('service') && this.service) draft.serviceId = this.service;
    if (changed.has('agency') && this.agency && this.agency !== draft.agencyId) {
      draft.agencyId = this.agency;
      if (!changed.has('service')) delete draft.serviceId;
      this.services = [];
      void this.loadAgency(this.agency);
    }
    if (changed.has('kind') || changed.has('agency')) {
      if (!this.steps.includes(this.step)) this.step = this.steps[0]!;
    }
    this.draft = draft;
  }

  protected override updated(): void {
    if (this.focusAfterRender === 'summary') this.renderRoot.querySelector<HTMLElement>('.error-summary')?.focus();
    if (this.focusAfterRender === 'heading') this.renderRoot.querySelector<HTMLElement>('[data-step-heading]')?.focus();
    this.focusAfterRender = null;
  }

  private async loadReference(): Promise<void> {
    try {
      this.regions = (await this.client.reference.regions()).items;
    } catch {
      this.regions = [];
    }
    if (this.draft.agencyId) await this.loadAgency(this.draft.agencyId);
  }

  private async loadAgency(agencyId: string): Promise<void> {
    await this.search.choose(agencyId);
    try {
      this.services = (await this.client.agencies.services(agencyId)).items;
    } catch {
      this.services = [];
    }
  }

  // ---- state changes -------------------------------------------------------------------------

  private set(field: keyof Draft, value: Draft[keyof Draft]): void {
    // The user has started: the proof of work is made while they answer.
    if (!this.proof) (this.proof = this.client.submissions.prove()).catch(() => {});
    this.draft = { ...this.draft, [field]: value };
    this.store.save(this.draft);
    // A corrected field loses its error at once; a new one appears only on leaving it.
    if (this.errors.has(field)) {
      const errors = new Map(this.errors);
      errors.delete(field);
      this.errors = errors;
    }
  }

  /** Validates one field when the user leaves it (GOV.UK: never while they are still typing). */
  private handleBlur(field: string): void {
    const code = validateFields(submissionInput, toInput(this.draft), [pointerOf(field)])[0]?.code;
    const wanted = code && this.hasValue(field) ? code : undefined;
    // Unchanged: no update (a blur also comes when a new step takes the focus, mid-render).
    if (this.errors.get(field) === wanted) return;
    const errors = new Map(this.errors);
    if (wanted) errors.set(field, wanted);
    else errors.delete(field);
    this.errors = errors;
  }

  private hasValue(field: string): boolean {
    const value = this.draft[field as keyof Draft];
    return value !== undefined && value !== '';
  }

  private go(step: StepName): void {
    this.step = step;
    this.errors = new Map();
    this.showSummary = false;
    this.problem = null;
    this.focusAfterRender = 'heading';
  }

  private validateStep(step: StepName): boolean {
    if (!(step in stepPointers)) return true;
    const pointers = stepPointers[step as keyof typeof stepPointers](this.draft);
    const found = validateFields(submissionInput, toInput(this.draft), pointers);
    this.errors = new Map(found.map((error) => [fieldOf(error.pointer ?? ''), error.code]));
    this.showSummary = found.length > 0;
    if (found.length > 0) {
      this.focusAfterRender = 'summary';
      this.announcer.say(msg('There is a problem'));
    }
    return found.length === 0;
  }

  /** Whether a step's answers are complete, without showing anything. */
  private stepIsValid(step: StepName): boolean {
    if (!(step in stepPointers)) return true;
    const pointers = stepPointers[step as keyof typeof stepPointers](this.draft);
    return validateFields(submissionInput, toInput(this.draft), pointers).length === 0;
  }

  private handleContinue(event: Event): void {
    event.preventDefault();
    if (this.step === 'where' && this.search.query && !this.search.chosen && !this.agency) {
      this.errors = new Map([['agencyId', 'unknown_agency']]);
      this.showSummary = true;
      this.focusAfterRender = 'summary';
      this.announcer.say(msg('There is a problem'));
      return;
    }
    if (!this.validateStep(this.step)) return;
    const steps = this.steps;
    if (this.returnToReview) {
      // Back to the review, unless the change calls for more (a complaint needs the national ID
      // that an observation did not): then the first step still incomplete, and the review after.
      const pending = steps.find((step) => step !== 'review' && step !== 'confirmation' && !this.stepIsValid(step));
      if (pending && pending !== this.step) {
        this.go(pending);
        return;
      }
      this.returnToReview = false;
      this.go('review');
      return;
    }
    this.go(steps[steps.indexOf(this.step) + 1]!);
  }

  private handleBack(): void {
    const steps = this.steps;
    const previous = steps[steps.indexOf(this.step) - 1];
    if (previous) this.go(previous);
  }

  private handleChange(step: StepName): void {
    this.returnToReview = true;
    this.go(step);
  }

  /**
   * The control that an error of `field` is about: itself, except the complainant's "email or
   * phone" rule, told at the email address (its first way to answer).
   */
  private controlOf(field: string): string {
    return field === 'complainant' ? (this.draft.kind === 'complaint' ? 'complainant.email' : 'complainant.fullName') : field;
  }

  private focusField(field: string): void {
    const control = this.renderRoot.querySelector<HTMLElement>(`#${controlId(this.controlOf(field))}`);
    control?.focus();
    control?.scrollIntoView?.({ block: 'center' });
  }

  private async handleSubmit(event: Event): Promise<void> {
    event.preventDefault();
    // A second click while sending does nothing: the first send holds the idempotency key.
    if (this.sending) return;
    for (const step of this.steps) {
      if (step === 'review' || step === 'confirmation') continue;
      if (!this.validateStep(step)) {
        this.go(step);
        this.validateStep(step);
        this.returnToReview = true;
        return;
      }
    }
    const input = toInput(this.draft);
    const proceed = this.dispatchEvent(
      new CustomEvent('chikaya-submit', { detail: { input }, bubbles: true, composed: true, cancelable: true }),
    );
    if (!proceed) return;
    this.sending = true;
    this.problem = null;
    try {
      const receipt = await this.client.submissions.create(input, {
        idempotencyKey: this.store.idempotencyKey(input),
        ...(this.proof ? { proof: this.proof } : {}),
      });
      // spent by this submission
      this.proof = null;
      this.receipt = receipt;
      this.store.clear();
      this.dispatchEvent(
        new CustomEvent('chikaya-submitted', {
          detail: { trackingCode: receipt.trackingCode, dueDate: receipt.dueDate, kind: receipt.kind, agencyId: receipt.agencyId },
          bubbles: true,
          composed: true,
        }),
      );
      this.go('confirmation');
      this.announcer.say(`${this.sentTitle(receipt)}. ${msg('Your tracking code')}: ${receipt.trackingCode}`);
    } catch (error) {
      const code = isChikayaError(error) ? error.code : 'unknown';
      this.dispatchEvent(new CustomEvent('chikaya-error', { detail: { code }, bubbles: true, composed: true }));
      if (error instanceof ApiError && error.code === 'validation_failed' && error.errors.length > 0) {
        // The platform's field errors land on the same fields, on the step that owns the first.
        const first = error.errors[0]!;
        const step = stepOf(first.pointer ?? '', this.draft);
        this.go(this.steps.includes(step) ? step : 'review');
        this.errors = new Map(
          error.errors.filter((item) => item.pointer !== undefined).map((item) => [fieldOf(item.pointer!), item.code]),
        );
        this.showSummary = true;
        this.focusAfterRender = 'summary';
        // Once corrected, continuing leads back to the review, where the user sends again.
        this.returnToReview = this.step !== 'review';
        this.announcer.say(msg('There is a problem'));
      } else {
        this.problem = code;
        this.focusAfterRender = 'summary';
        this.announcer.say(problemMessage(code));
      }
    } finally {
      this.sending = false;
    }
  }

  private handleDescription(value: string): void {
    this.set('description', value);
    clearTimeout(this.countTimer);
    // Announced once typing pauses (as GOV.UK's character count does), not at every key.
    this.countTimer = setTimeout(() => {
      this.countAnnouncement = this.remaining(value.length, descriptionMax);
    }, 1000);
  }

  private remaining(length: number, max: number): string {
    return charactersLeft(length, max, this.localization.locale);
  }

  // ---- rendering -----------------------------------------------------------------------------

  private error(field: string): string | undefined {
    const code = this.errors.get(field);
    return code ? errorMessage(field, code) : undefined;
  }

  private kindLabel(kind: Kind): string {
    return kindLabel(kind);
  }

  private summary(): TemplateResult | typeof nothing {
    if (this.problem) {
      return problemSummary(msg('Your form was not sent'), problemMessage(this.problem));
    }
    if (!this.showSummary) return nothing;
    // In the order of the page, as the user meets the fields, not the order the rules ran in.
    const order = Object.values(stepPointers).flatMap((pointers) => pointers({ ...this.draft, identify: 'yes' }));
    const rank = (name: string) => {
      const index = order.indexOf(pointerOf(name));
      return index === -1 ? order.length : index;
    };
    return errorSummary(
      [...this.errors]
        .sort(([a], [b]) => rank(a) - rank(b))
        .map(([name, code]) => ({ name: this.controlOf(name), message: errorMessage(name, code) })),
      (name) => this.focusField(name),
    );
  }

  private chooseAgency(index: number): void {
    const agency = this.search.pick(index);
    if (!agency) return;
    this.set('agencyId', agency.id);
    this.set('serviceId', undefined);
    void this.loadAgency(agency.id);
  }

  private sentTitle(receipt: SubmissionReceipt): string {
    return msg(str`${this.kindLabel(receipt.kind)} sent`);
  }

  private typeAgency(query: string): void {
    this.search.type(query);
    this.set('agencyId', undefined);
    this.services = [];
  }

  private async copy(text: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      this.announcer.say(msg('Copied'));
    } catch {
      // No clipboard (permissions, an old browser): select the key, so that the user copies it.
      const key = this.renderRoot.querySelector('.key');
      if (key) document.getSelection()?.selectAllChildren(key);
    }
  }

  /** What the views of the steps read and call, as it is at this render (the state stays private). */
  private view(): FormView {
    return {
      draft: this.draft,
      locale: this.localization.locale,
      presetKind: this.kind,
      presetAgency: this.agency,
      canGoBack: this.steps.indexOf(this.step) > 0,
      search: this.search,
      services: this.services,
      regions: this.regions,
      countAnnouncement: this.countAnnouncement,
      sending: this.sending,
      problem: this.problem,
      receipt: this.receipt,
      trackerUrl: this.trackerUrl,
      error: (field) => this.error(field),
      kindLabel: (kind) => this.kindLabel(kind),
      sentTitle: (receipt) => this.sentTitle(receipt),
      remaining: (length, max) => this.remaining(length, max),
      set: (field, value) => this.set(field, value),
      handleBlur: (field) => this.handleBlur(field),
      handleDescription: (value) => this.handleDescription(value),
      handleBack: () => this.handleBack(),
      handleChange: (step) => this.handleChange(step),
      typeAgency: (query) => this.typeAgency(query),
      chooseAgency: (index) => this.chooseAgency(index),
      copy: (text) => this.copy(text),
    };
  }

  override render(): TemplateResult | typeof nothing {
    if (!this.localization.ready) return nothing;
    const { dir, locale } = this.localization;
    const index = this.steps.indexOf(this.step);
    const view = this.view();
    const content: Record<StepName, () => TemplateResult> = {
      kind: () => kindView(view),
      where: () => whereView(view),
      facts: () => factsView(view),
      identity: () => identityView(view),
      review: () => reviewView(view),
      confirmation: () => confirmationView(view),
    };
    return html`<div class="root" dir=${dir} lang=${locale}>
      ${this.step === 'confirmation'
        ? content.confirmation()
        : html`<form
            part="form"
            class="form"
            novalidate
            aria-busy=${this.sending ? 'true' : 'false'}
            @submit=${this.step === 'review' ? this.handleSubmit : this.handleContinue}
          >
            <p class="progress">${msg(str`Step ${index + 1} of ${this.steps.length - 1}`)}</p>
            ${this.summary()} ${content[this.step]()}
          </form>`}
      ${this.announcer.region()}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'chikaya-complaint-form': ChikayaComplaintForm;
  }
}
