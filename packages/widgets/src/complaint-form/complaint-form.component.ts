import { ApiError, type ChikayaClient, isChikayaError, type Region, type Service, type SubmissionReceipt } from '@chikaya/sdk';
import { submissionInput, validateFields } from '@chikaya/sdk/schemas';
import { msg, str } from '@lit/localize';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { apiFor, clientFor } from '../shared/config.js';
import { errorMessage, problemMessage } from '../shared/error-messages.js';
import { checkbox, controlId, errorSummary, radios, selectField, textArea, textField } from '../shared/fields.js';
import { intlLocales, LocaleController, type Locale, supportedLocales } from '../shared/localization.js';
import { tokens } from '../shared/tokens.styles.js';
import { AgencySearch } from './agency-search.js';
import { styles } from './complaint-form.styles.js';
import { type Draft, fieldOf, identifies, type Kind, pointerOf, toInput } from './draft.js';
import { DraftStore } from './draft-store.js';
import { type StepName, stepOf, stepPointers, stepsFor } from './steps.js';

const kinds: readonly Kind[] = ['complaint', 'observation', 'suggestion'];
const subjectMax = 150;
const descriptionMax = 5000;

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
 * @cssproperty --chikaya-color-primary - Buttons, links and focus accents.
 * @cssproperty --chikaya-color-danger - Errors.
 * @cssproperty --chikaya-font-family - Defaults to the page's font.
 * @cssproperty --chikaya-radius - Corner radius of controls.
 * @cssproperty --chikaya-space - The base spacing unit.
 */
export class ChikayaComplaintForm extends LitElement {
  static override styles = [tokens, styles];
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
  /** what the form's live region says: errors found, a failed send, a success */
  @state() private announcement = '';

  private readonly localization = new LocaleController(this);
  private readonly search = new AgencySearch(this, () => this.client);
  private readonly store = new DraftStore(() => this.agency);
  private countTimer: ReturnType<typeof setTimeout> | undefined;
  private announceTimer: ReturnType<typeof setTimeout> | undefined;
  private restored = false;
  private focusAfterRender: 'heading' | 'summary' | null = null;

  private get client(): ChikayaClient {
    return clientFor(apiFor(this.api));
  }

  private get steps(): StepName[] {
    return stepsFor({ kind: this.kind !== undefined && kinds.includes(this.kind), agency: this.agency !== undefined });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Only the first time: a page that moves the element (a framework re-parenting it) must not
    // lose the step the user is on, nor the national ID, which storage never holds.
    if (this.restored) return;
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
    clearTimeout(this.announceTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Also from no attribute to one: the page's language then changes (apply() is idempotent).
    if (changed.has('locale')) this.localization.apply();
    // A page (or a framework) may set the presets after the element connected.
    if (this.restored && this.hasUpdated) this.applyPresets(changed);
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
      this.announce(msg('There is a problem'));
    }
    return found.length === 0;
  }

  /** Whether a step's answers are complete, without showing anything. */
  private stepIsValid(step: StepName): boolean {
    if (!(step in stepPointers)) return true;
    const pointers = stepPointers[step as keyof typeof stepPointers](this.draft);
    return validateFields(submissionInput, toInput(this.draft), pointers).length === 0;
  }

  /**
   * Says `text` through the live region. Emptied first, so that the same words said twice (two
   * failed sends in a row) are announced twice.
   */
  private announce(text: string): void {
    this.announcement = '';
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => {
      this.announcement = text;
    }, 100);
  }

  private handleContinue(event: Event): void {
    event.preventDefault();
    if (this.step === 'where' && this.search.query && !this.search.chosen && !this.agency) {
      this.errors = new Map([['agencyId', 'unknown_agency']]);
      this.showSummary = true;
      this.focusAfterRender = 'summary';
      this.announce(msg('There is a problem'));
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
      const receipt = await this.client.submissions.create(input, { idempotencyKey: this.store.idempotencyKey(input) });
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
      this.announce(`${msg(str`${this.kindLabel(receipt.kind)} sent`)}. ${msg('Your tracking code')}: ${receipt.trackingCode}`);
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
        this.announce(msg('There is a problem'));
      } else {
        this.problem = code;
        this.focusAfterRender = 'summary';
        this.announce(problemMessage(code));
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
    const left = max - length;
    const number = new Intl.NumberFormat(intlLocales(this.localization.locale)).format(Math.abs(left));
    return left >= 0 ? msg(str`You have ${number} characters remaining`) : msg(str`You have ${number} characters too many`);
  }

  // ---- rendering -----------------------------------------------------------------------------

  private error(field: string): string | undefined {
    const code = this.errors.get(field);
    return code ? errorMessage(field, code) : undefined;
  }

  private kindLabel(kind: Kind): string {
    return { complaint: msg('Complaint'), observation: msg('Observation'), suggestion: msg('Suggestion') }[kind];
  }

  private heading(text: string): TemplateResult {
    return html`<h2 class="heading" tabindex="-1" data-step-heading>${text}</h2>`;
  }

  private summary(): TemplateResult | typeof nothing {
    if (this.problem) {
      return html`<div part="error-summary" class="error-summary" role="region" tabindex="-1" aria-labelledby="problem-title">
        <h2 class="error-summary-title" id="problem-title">${msg('Your form was not sent')}</h2>
        <p>${problemMessage(this.problem)}</p>
      </div>`;
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

  private buttons(primary: string, options: { back?: boolean } = {}): TemplateResult {
    return html`<div class="actions">
      <button part="button" class="button" type="submit">${primary}</button>
      ${options.back && this.steps.indexOf(this.step) > 0
        ? html`<button part="button" class="button button--secondary" type="button" @click=${this.handleBack}>${msg('Back')}</button>`
        : nothing}
    </div>`;
  }

  private renderKind(): TemplateResult {
    return html`${radios({
        name: 'kind',
        label: msg('What would you like to send?'),
        asHeading: true,
        value: this.draft.kind,
        error: this.error('kind'),
        choices: [
          { value: 'complaint', label: this.kindLabel('complaint'), hint: msg('Something went wrong with a public service and you want it put right.') },
          { value: 'observation', label: this.kindLabel('observation'), hint: msg('You noticed something about a public service that the body should know.') },
          { value: 'suggestion', label: this.kindLabel('suggestion'), hint: msg('You have an idea to improve a public service.') },
        ],
        onChange: (value) => this.set('kind', value as Kind),
      })}
      ${this.buttons(msg('Continue'))}`;
  }

  private renderAgencyPicker(): TemplateResult {
    const id = controlId('agencyId');
    const { search } = this;
    const locale = this.localization.locale;
    const error = this.error('agencyId');
    const value = search.chosen ? search.chosen.names[locale] : search.query;
    const listId = `${id}-list`;
    return html`<div part="field" class="field ${error ? 'field--error' : ''}">
      <label part="label" class="label" for=${id}>${msg('Public body')}</label>
      <div class="hint" id="${id}-hint">${msg('Type part of its name or acronym, then choose it in the list.')}</div>
      ${error ? html`<p class="error-message" id="${id}-error"><span class="visually-hidden">${msg('Error:')}</span> ${error}</p>` : nothing}
      <div class="combobox">
        <input
          part="input"
          class="input"
          id=${id}
          name="agencyId"
          type="text"
          role="combobox"
          autocomplete="off"
          aria-autocomplete="list"
          aria-expanded=${search.open ? 'true' : 'false'}
          aria-controls=${listId}
          aria-activedescendant=${search.active >= 0 ? `${listId}-${search.active}` : ''}
          aria-describedby="${id}-hint${error ? ` ${id}-error` : ''}"
          aria-invalid=${error ? 'true' : 'false'}
          .value=${value}
          @input=${(event: InputEvent) => {
            this.search.type((event.target as HTMLInputElement).value);
            this.set('agencyId', undefined);
            this.services = [];
          }}
          @keydown=${this.handleComboboxKey}
          @blur=${() => setTimeout(() => this.search.close(), 150)}
        />
        <ul class="listbox" id=${listId} role="listbox" aria-label=${msg('Public bodies')} ?hidden=${!search.open}>
          ${search.results.map(
            (agency, index) =>
              html`<li
                id="${listId}-${index}"
                role="option"
                class="option ${index === search.active ? 'option--active' : ''}"
                aria-selected=${index === search.active ? 'true' : 'false'}
                @mousedown=${(event: Event) => event.preventDefault()}
                @click=${() => this.chooseAgency(index)}
              >
                ${agency.names[locale]} <span class="acronym">${agency.acronym}</span>
              </li>`,
          )}
        </ul>
      </div>
      <div class="visually-hidden" role="status">
        ${search.open
          ? msg(str`${search.results.length} public bodies found; use the arrow keys to choose`)
          : search.answered && search.results.length === 0 && !search.chosen
            ? msg('No public body matches')
            : nothing}
      </div>
    </div>`;
  }

  private readonly handleComboboxKey = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      this.search.move(1);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      this.search.move(-1);
    } else if (event.key === 'Enter' && this.search.open && this.search.active >= 0) {
      event.preventDefault();
      this.chooseAgency(this.search.active);
    } else if (event.key === 'Escape') {
      this.search.close();
    }
  };

  private chooseAgency(index: number): void {
    const agency = this.search.pick(index);
    if (!agency) return;
    this.set('agencyId', agency.id);
    this.set('serviceId', undefined);
    void this.loadAgency(agency.id);
  }

  private renderWhere(): TemplateResult {
    const locale = this.localization.locale;
    const region = this.regions.find((item) => item.id === this.draft['location.regionId']);
    const agencyName = this.search.chosen?.names[locale];
    return html`${this.heading(agencyName && this.agency ? msg(str`Your message to ${agencyName}`) : msg('Who is it about, and where?'))}
      ${this.agency ? nothing : this.renderAgencyPicker()}
      ${selectField({
        name: 'serviceId',
        label: msg('Service concerned'),
        optional: true,
        value: this.draft.serviceId,
        placeholder: this.draft.agencyId ? msg('Choose a service') : msg('Choose the public body first'),
        disabled: this.services.length === 0,
        choices: this.services.map((service) => ({ value: service.id, label: service.names[locale] })),
        error: this.error('serviceId'),
        onChange: (value) => this.set('serviceId', value || undefined),
      })}
      ${selectField({
        name: 'location.regionId',
        label: msg('Region'),
        optional: true,
        autocomplete: 'address-level1',
        value: this.draft['location.regionId'],
        placeholder: msg('Choose a region'),
        choices: this.regions.map((item) => ({ value: item.id, label: item.names[locale] })),
        error: this.error('location.regionId'),
        onChange: (value) => {
          this.set('location.regionId', value || undefined);
          this.set('location.provinceId', undefined);
        },
      })}
      ${selectField({
        name: 'location.provinceId',
        label: msg('Province or prefecture'),
        optional: true,
        autocomplete: 'address-level2',
        value: this.draft['location.provinceId'],
        placeholder: region ? msg('Choose a province') : msg('Choose the region first'),
        disabled: !region,
        choices: (region?.provinces ?? []).map((item) => ({ value: item.id, label: item.names[locale] })),
        error: this.error('location.provinceId'),
        onChange: (value) => this.set('location.provinceId', value || undefined),
      })}
      ${textField({
        name: 'location.commune',
        label: msg('Commune'),
        optional: true,
        autocomplete: 'address-level3',
        width: 'medium',
        value: this.draft['location.commune'],
        error: this.error('location.commune'),
        onInput: (value) => this.set('location.commune', value),
        onBlur: () => this.handleBlur('location.commune'),
      })}
      ${this.buttons(msg('Continue'), { back: true })}`;
  }

  private renderFacts(): TemplateResult {
    const description = this.draft.description ?? '';
    return html`${this.heading(msg('What happened?'))}
      ${textField({
        name: 'subject',
        label: msg('Subject'),
        hint: msg('In a few words, for example: “Identity card not delivered after three months”.'),
        value: this.draft.subject,
        error: this.error('subject'),
        onInput: (value) => this.set('subject', value),
        onBlur: () => this.handleBlur('subject'),
      })}
      ${textArea({
        name: 'description',
        label: msg('Description'),
        hint: msg('Say what happened, when and where, and what you expect. Do not include bank details or passwords.'),
        value: description,
        maxLength: descriptionMax,
        count: this.remaining(description.length, descriptionMax),
        error: this.error('description'),
        onInput: (value) => this.handleDescription(value),
        onBlur: () => this.handleBlur('description'),
      })}
      <div class="visually-hidden" aria-live="polite">${this.countAnnouncement}</div>
      ${textField({
        name: 'occurredOn',
        label: msg('Date it happened'),
        optional: true,
        type: 'date',
        width: 'medium',
        value: this.draft.occurredOn,
        error: this.error('occurredOn'),
        onInput: (value) => this.set('occurredOn', value || undefined),
        onBlur: () => this.handleBlur('occurredOn'),
      })}
      ${this.buttons(msg('Continue'), { back: true })}`;
  }

  private renderIdentity(): TemplateResult {
    const complaint = this.draft.kind === 'complaint';
    const identified = identifies(this.draft);
    return html`${this.heading(msg('About you'))}
      ${complaint
        ? html`<p class="lead">${msg('A complaint needs your name, your national ID number and a way to send you the answer.')}</p>`
        : radios({
            name: 'identify',
            label: msg('Do you want to give your name?'),
            hint: msg('You may send an observation or a suggestion without saying who you are.'),
            value: this.draft.identify ?? 'no',
            choices: [
              { value: 'no', label: msg('No, send it without my name') },
              { value: 'yes', label: msg('Yes') },
            ],
            onChange: (value) => this.set('identify', value as 'yes' | 'no'),
          })}
      ${identified
        ? html`${textField({
              name: 'complainant.fullName',
              label: msg('Full name'),
              autocomplete: 'name',
              value: this.draft['complainant.fullName'],
              error: this.error('complainant.fullName') ?? (complaint ? undefined : this.error('complainant')),
              onInput: (value) => this.set('complainant.fullName', value),
              onBlur: () => this.handleBlur('complainant.fullName'),
            })}
            ${complaint || this.draft['complainant.nationalId']
              ? textField({
                  name: 'complainant.nationalId',
                  label: msg('National ID card number (CIN)'),
                  hint: msg('As on your card, for example AB123456. It is not kept on this device.'),
                  autocomplete: 'off',
                  dir: 'ltr',
                  width: 'short',
                  value: this.draft['complainant.nationalId'],
                  error: this.error('complainant.nationalId'),
                  onInput: (value) => this.set('complainant.nationalId', value),
                  onBlur: () => this.handleBlur('complainant.nationalId'),
                })
              : nothing}
            ${textField({
              name: 'complainant.email',
              label: msg('Email address'),
              hint: complaint ? msg('An email address or a phone number, or both.') : undefined,
              optional: !complaint,
              type: 'email',
              autocomplete: 'email',
              dir: 'ltr',
              value: this.draft['complainant.email'],
              // the complaint's "email or phone" rule is told here, at the first way to answer
              error: this.error('complainant.email') ?? (complaint ? this.error('complainant') : undefined),
              onInput: (value) => this.set('complainant.email', value),
              onBlur: () => this.handleBlur('complainant.email'),
            })}
            ${textField({
              name: 'complainant.phone',
              label: msg('Phone number'),
              hint: msg('A Moroccan number, like 0612345678 or +212612345678.'),
              optional: true,
              type: 'tel',
              autocomplete: 'tel',
              inputmode: 'tel',
              dir: 'ltr',
              width: 'medium',
              value: this.draft['complainant.phone'],
              error: this.error('complainant.phone'),
              onInput: (value) => this.set('complainant.phone', value),
              onBlur: () => this.handleBlur('complainant.phone'),
            })}`
        : nothing}
      ${selectField({
        name: 'answerLanguage',
        label: msg('Language of the answer'),
        autocomplete: 'language',
        value: this.draft.answerLanguage,
        placeholder: msg('Choose a language'),
        choices: supportedLocales.map((locale) => ({ value: locale, label: languageName(locale) })),
        error: this.error('answerLanguage'),
        onChange: (value) => this.set('answerLanguage', (value || undefined) as Locale | undefined),
      })}
      ${checkbox({
        name: 'consent',
        label: msg('I agree that the public body processes the personal data in this form to handle it.'),
        hint: msg('Under Law 09-08 on the protection of personal data, you may access, correct and object to the processing of your data.'),
        checked: this.draft.consent === true,
        error: this.error('consent'),
        onChange: (checked) => this.set('consent', checked),
      })}
      ${this.buttons(msg('Continue'), { back: true })}`;
  }

  private renderReview(): TemplateResult {
    const locale = this.localization.locale;
    const draft = this.draft;
    const service = this.services.find((item) => item.id === draft.serviceId);
    const region = this.regions.find((item) => item.id === draft['location.regionId']);
    const province = region?.provinces.find((item) => item.id === draft['location.provinceId']);
    // Each part in its own isolate: names, IDs and addresses keep their order in Arabic.
    const list = (parts: (string | undefined)[], separator: string) =>
      parts
        .filter((part): part is string => Boolean(part))
        .map((part, index) => html`${index > 0 ? separator : ''}<bdi>${part}</bdi>`);
    const comma = locale === 'ar' ? '، ' : ', ';
    const rows: [string, string | TemplateResult[], StepName | null][] = [
      [msg('Kind'), draft.kind ? this.kindLabel(draft.kind) : '', this.kind ? null : 'kind'],
      [msg('Public body'), this.search.chosen?.names[locale] ?? draft.agencyId ?? '', this.agency ? null : 'where'],
      [msg('Service concerned'), service?.names[locale] ?? '', 'where'],
      [msg('Where'), list([draft['location.commune'], province?.names[locale], region?.names[locale]], comma), 'where'],
      [msg('Subject'), draft.subject ?? '', 'facts'],
      [msg('Description'), draft.description ?? '', 'facts'],
      [msg('Date it happened'), draft.occurredOn ? formatDate(draft.occurredOn, locale) : '', 'facts'],
      [
        msg('About you'),
        identifies(draft)
          ? list(
              [draft['complainant.fullName'], draft['complainant.nationalId'], draft['complainant.email'], draft['complainant.phone']],
              ' · ',
            )
          : msg('Sent without my name'),
        'identity',
      ],
      [msg('Language of the answer'), draft.answerLanguage ? languageName(draft.answerLanguage) : '', 'identity'],
    ];
    return html`${this.heading(msg('Check your answers before sending'))}
      <dl class="review">
        ${rows.map(
          ([term, value, step]) => html`<div class="review-row">
            <dt>${term}</dt>
            <dd class="review-value">${value.length > 0 ? value : html`<span class="muted">${msg('Not given')}</span>`}</dd>
            <dd class="review-action">
              ${step
                ? html`<button part="button" type="button" class="link-button" @click=${() => this.handleChange(step)}>
                    ${msg('Change')}<span class="visually-hidden"> ${term}</span>
                  </button>`
                : nothing}
            </dd>
          </div>`,
        )}
      </dl>
      <div class="actions">
        <button part="button" class="button" type="submit" aria-disabled=${this.sending ? 'true' : 'false'}>
          ${this.sending ? msg('Sending…') : this.problem ? msg('Send again') : msg('Send')}
        </button>
        <button part="button" class="button button--secondary" type="button" @click=${this.handleBack}>${msg('Back')}</button>
      </div>`;
  }

  private renderConfirmation(): TemplateResult {
    const receipt = this.receipt!;
    const locale = this.localization.locale;
    const tracker = this.trackerUrl
      ? `${this.trackerUrl}${this.trackerUrl.includes('?') ? '&' : '?'}code=${encodeURIComponent(receipt.trackingCode)}`
      : null;
    return html`<div part="confirmation" class="confirmation">
      <h2 class="confirmation-title" tabindex="-1" data-step-heading>${msg(str`${this.kindLabel(receipt.kind)} sent`)}</h2>
      <p>${msg('Your tracking code')}</p>
      <p class="code" dir="ltr" lang="en">${receipt.trackingCode}</p>
      <p>${msg(str`The public body must answer by ${formatDate(receipt.dueDate, locale)}.`)}</p>
    </div>
    <h3>${msg('Keep your access key')}</h3>
    <p>${msg('With the tracking code, it lets you read the answer, rate it and contest it. It is shown only once: copy it, print this page or write it down.')}</p>
    <p class="key" dir="ltr" lang="en">${receipt.accessKey}</p>
    <div class="actions">
      <button part="button" class="button button--secondary" type="button" @click=${() => this.copy(`${receipt.trackingCode} ${receipt.accessKey}`)}>
        ${msg('Copy the code and the key')}
      </button>
      <button part="button" class="button button--secondary" type="button" @click=${() => window.print()}>${msg('Print')}</button>
      ${tracker ? html`<a part="button" class="button" href=${tracker}>${msg('Track it')}</a>` : nothing}
    </div>`;
  }

  private async copy(text: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      this.announce(msg('Copied'));
    } catch {
      // No clipboard (permissions, an old browser): select the key, so that the user copies it.
      const key = this.renderRoot.querySelector('.key');
      if (key) document.getSelection()?.selectAllChildren(key);
    }
  }

  override render(): TemplateResult | typeof nothing {
    if (!this.localization.ready) return nothing;
    const { dir, locale } = this.localization;
    const index = this.steps.indexOf(this.step);
    const content: Record<StepName, () => TemplateResult> = {
      kind: () => this.renderKind(),
      where: () => this.renderWhere(),
      facts: () => this.renderFacts(),
      identity: () => this.renderIdentity(),
      review: () => this.renderReview(),
      confirmation: () => this.renderConfirmation(),
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
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
    </div>`;
  }
}

function languageName(locale: Locale): string {
  // Each language in its own name, so that a user finds theirs whatever the page's language.
  return { ar: 'العربية', fr: 'Français', en: 'English', zgh: 'ⵜⴰⵎⴰⵣⵉⵖⵜ' }[locale];
}

function formatDate(date: string, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocales(locale), { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}

declare global {
  interface HTMLElementTagNameMap {
    'chikaya-complaint-form': ChikayaComplaintForm;
  }
}
