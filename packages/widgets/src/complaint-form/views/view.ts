/**
 * What a step's view needs from the form, as it is at this render: the answers, their errors, the
 * language, and the callbacks that change them. The element keeps the state and the logic; a view
 * only renders it, as a plain function of this interface.
 */
import type { Region, Service, SubmissionReceipt } from '@chikaya/sdk';
import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { Locale } from '../../shared/localization.js';
import type { AgencySearch } from '../agency-search.js';
import type { Draft, Kind } from '../draft.js';
import type { StepName } from '../steps.js';

export interface FormView {
  readonly draft: Draft;
  readonly locale: Locale;
  /** the kind and the agency preset by the page (their steps or questions are then left out) */
  readonly presetKind: Kind | undefined;
  readonly presetAgency: string | undefined;
  /** a step comes before the current one */
  readonly canGoBack: boolean;
  readonly search: AgencySearch;
  readonly services: readonly Service[];
  readonly regions: readonly Region[];
  readonly countAnnouncement: string;
  readonly sending: boolean;
  /** the error code of a failed send */
  readonly problem: string | null;
  readonly receipt: SubmissionReceipt | null;
  readonly trackerUrl: string | undefined;
  /** the message of a field's error, if it has one */
  error(field: string): string | undefined;
  kindLabel(kind: Kind): string;
  /** the confirmation's title, also said when the form is sent */
  sentTitle(receipt: SubmissionReceipt): string;
  remaining(length: number, max: number): string;
  set(field: keyof Draft, value: Draft[keyof Draft]): void;
  handleBlur(field: string): void;
  handleDescription(value: string): void;
  handleBack(): void;
  handleChange(step: StepName): void;
  typeAgency(query: string): void;
  chooseAgency(index: number): void;
  copy(text: string): Promise<void>;
}

export function heading(text: string): TemplateResult {
  return html`<h2 class="heading" tabindex="-1" data-step-heading>${text}</h2>`;
}

export function buttons(view: FormView, primary: string, options: { back?: boolean } = {}): TemplateResult {
  return html`<div class="actions">
    <button part="button" class="button" type="submit">${primary}</button>
    ${options.back && view.canGoBack
      ? html`<button part="button" class="button button--secondary" type="button" @click=${() => view.handleBack()}>${msg('Back')}</button>`
      : nothing}
  </div>`;
}

export function languageName(locale: Locale): string {
  // Each language in its own name, so that a user finds theirs whatever the page's language.
  return { ar: 'العربية', fr: 'Français', en: 'English', zgh: 'ⵜⴰⵎⴰⵣⵉⵖⵜ' }[locale];
}

export { formatDate } from '../../shared/dates.js';
