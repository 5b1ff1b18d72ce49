/**
 * Form building blocks, rendered into the element's own shadow root so that each label, hint and
 * error stays tied to its control by id (ids do not cross shadow roots). Patterns from GOV.UK
 * Frontend: the hint and the error are in the control's `aria-describedby`; the error starts with
 * a visually hidden "Error:" so that screen readers say why the field is announced again.
 */
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { formatNumber } from './format.js';
import type { Locale } from './localization.js';

export const controlId = (name: string) => `field-${name.replace(/\./g, '-')}`;

/**
 * Text with its left-to-right tokens (numbers, codes, addresses such as `+212612345678` or
 * `AB123456`) isolated, so that an Arabic sentence does not reorder them (`212612345678+`).
 */
export function isolated(text: string): TemplateResult {
  const parts = text.split(/([+]?[A-Za-z0-9][A-Za-z0-9.@_+-]*[A-Za-z0-9])/);
  return html`${parts.map((part, index) => (index % 2 === 1 && /[0-9@]/.test(part) ? html`<bdi dir="ltr">${part}</bdi>` : part))}`;
}

interface FieldOptions {
  /** the API body path, used as the control's `name` */
  name: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  optional?: boolean;
}

function describedBy({ name, hint, error }: FieldOptions): string | undefined {
  const ids = [hint ? `${controlId(name)}-hint` : '', error ? `${controlId(name)}-error` : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

function labelAndHelp(options: FieldOptions, extra?: TemplateResult): TemplateResult {
  const id = controlId(options.name);
  return html`<label part="label" class="label" for=${id}
      >${options.label}${options.optional ? html` <span class="optional">(${msg('optional')})</span>` : nothing}</label
    >
    ${options.hint ? html`<div class="hint" id="${id}-hint">${isolated(options.hint)}</div>` : nothing} ${extra ?? nothing}
    ${errorText(options)}`;
}

function errorText({ name, error }: FieldOptions) {
  return error
    ? html`<p class="error-message" id="${controlId(name)}-error"><span class="visually-hidden">${msg('Error:')}</span> ${error}</p>`
    : nothing;
}

export interface TextFieldOptions extends FieldOptions {
  value: string | undefined;
  type?: 'text' | 'email' | 'tel' | 'date';
  autocomplete?: string;
  inputmode?: string;
  /** `ltr` for values typed the same in every language (phone, email, ID) */
  dir?: 'ltr' | 'auto';
  width?: 'short' | 'medium' | 'full';
  onInput: (value: string) => void;
  onBlur?: () => void;
}

export function textField(options: TextFieldOptions): TemplateResult {
  return html`<div part="field" class="field ${options.error ? 'field--error' : ''}">
    ${labelAndHelp(options)}
    <input
      part="input"
      class="input input--${options.width ?? 'full'}"
      id=${controlId(options.name)}
      name=${options.name}
      type=${options.type ?? 'text'}
      .value=${live(options.value ?? '')}
      autocomplete=${ifDefined(options.autocomplete)}
      inputmode=${ifDefined(options.inputmode)}
      dir=${ifDefined(options.dir)}
      spellcheck=${options.type === 'text' || options.type === undefined ? 'true' : 'false'}
      aria-describedby=${ifDefined(describedBy(options))}
      aria-invalid=${options.error ? 'true' : 'false'}
      ?required=${!options.optional}
      @input=${(event: InputEvent) => options.onInput((event.target as HTMLInputElement).value)}
      @blur=${() => options.onBlur?.()}
    />
  </div>`;
}

/** A text area's count, as GOV.UK's character count says it: what is left, or how many too many. */
export function charactersLeft(length: number, max: number, locale: Locale): string {
  const left = max - length;
  const number = formatNumber(Math.abs(left), locale);
  return left >= 0 ? msg(str`You have ${number} characters remaining`) : msg(str`You have ${number} characters too many`);
}

export interface TextAreaOptions extends FieldOptions {
  value: string | undefined;
  maxLength: number;
  /** the visible lines (default 8) */
  rows?: number;
  /** the live count, shown under the area and announced politely after a pause */
  count: TemplateResult | string;
  onInput: (value: string) => void;
  onBlur?: () => void;
}

export function textArea(options: TextAreaOptions): TemplateResult {
  const id = controlId(options.name);
  return html`<div part="field" class="field ${options.error ? 'field--error' : ''}">
    ${labelAndHelp(options)}
    <textarea
      part="input"
      class="input textarea"
      id=${id}
      name=${options.name}
      rows=${options.rows ?? 8}
      .value=${live(options.value ?? '')}
      autocomplete="off"
      aria-describedby=${[describedBy(options), `${id}-count`].filter(Boolean).join(' ')}
      aria-invalid=${options.error ? 'true' : 'false'}
      ?required=${!options.optional}
      @input=${(event: InputEvent) => options.onInput((event.target as HTMLTextAreaElement).value)}
      @blur=${() => options.onBlur?.()}
    ></textarea>
    <div class="count" id="${id}-count">${options.count}</div>
  </div>`;
}

export interface SelectOptions extends FieldOptions {
  value: string | undefined;
  choices: { value: string; label: string }[];
  placeholder: string;
  autocomplete?: string;
  disabled?: boolean;
  onChange: (value: string) => void;
}

export function selectField(options: SelectOptions): TemplateResult {
  return html`<div part="field" class="field ${options.error ? 'field--error' : ''}">
    ${labelAndHelp(options)}
    <select
      part="input"
      class="input select"
      id=${controlId(options.name)}
      name=${options.name}
      autocomplete=${ifDefined(options.autocomplete)}
      aria-describedby=${ifDefined(describedBy(options))}
      aria-invalid=${options.error ? 'true' : 'false'}
      ?disabled=${options.disabled === true}
      ?required=${!options.optional}
      @change=${(event: Event) => options.onChange((event.target as HTMLSelectElement).value)}
    >
      <option value="" ?selected=${!options.value}>${options.placeholder}</option>
      ${options.choices.map(
        (choice) => html`<option value=${choice.value} ?selected=${choice.value === options.value}>${choice.label}</option>`,
      )}
    </select>
  </div>`;
}

export interface RadiosOptions extends FieldOptions {
  value: string | undefined;
  choices: { value: string; label: string; hint?: string }[];
  /** the legend is the step's heading: one question per page */
  asHeading?: boolean;
  /** side by side (short choices, such as a score), wrapping when narrow */
  inline?: boolean;
  onChange: (value: string) => void;
}

/** A group of radios in a fieldset; the first radio carries the field's id for error links. */
export function radios(options: RadiosOptions): TemplateResult {
  const id = controlId(options.name);
  return html`<div part="field" class="field ${options.error ? 'field--error' : ''}">
    <fieldset class="fieldset" aria-describedby=${ifDefined(describedBy(options))}>
      <legend class="legend">
        ${options.asHeading
          ? html`<h2 class="heading" tabindex="-1" data-step-heading>${options.label}</h2>`
          : options.label}
      </legend>
      ${options.hint ? html`<div class="hint" id="${id}-hint">${options.hint}</div>` : nothing} ${errorText(options)}
      <div class="choices ${options.inline ? 'choices--inline' : ''}">
        ${options.choices.map(
          (choice, index) => html`<div class="choice">
            <input
              class="radio"
              type="radio"
              id=${index === 0 ? id : `${id}-${choice.value}`}
              name=${options.name}
              value=${choice.value}
              .checked=${live(choice.value === options.value)}
              aria-describedby=${ifDefined(choice.hint ? `${id}-${choice.value}-hint` : undefined)}
              @change=${() => options.onChange(choice.value)}
            />
            <label part="label" class="choice-label" for=${index === 0 ? id : `${id}-${choice.value}`}>${choice.label}</label>
            ${choice.hint ? html`<div class="hint choice-hint" id="${id}-${choice.value}-hint">${choice.hint}</div>` : nothing}
          </div>`,
        )}
      </div>
    </fieldset>
  </div>`;
}

export interface CheckboxOptions extends FieldOptions {
  checked: boolean;
  onChange: (checked: boolean) => void;
}

export function checkbox(options: CheckboxOptions): TemplateResult {
  const id = controlId(options.name);
  return html`<div part="field" class="field ${options.error ? 'field--error' : ''}">
    ${errorText(options)}
    <div class="choice">
      <input
        class="checkbox"
        type="checkbox"
        id=${id}
        name=${options.name}
        .checked=${live(options.checked)}
        aria-describedby=${ifDefined(describedBy(options))}
        aria-invalid=${options.error ? 'true' : 'false'}
        @change=${(event: Event) => options.onChange((event.target as HTMLInputElement).checked)}
      />
      <label part="label" class="choice-label" for=${id}>${options.label}</label>
      ${options.hint ? html`<div class="hint choice-hint" id="${id}-hint">${options.hint}</div>` : nothing}
    </div>
  </div>`;
}

export interface SummaryError {
  name: string;
  message: string;
}

/**
 * The summary of a problem that is not about one field (a send or a look-up that failed), in the
 * error summary's place and look, with an optional action (“Try again”).
 */
export function problemSummary(title: string, message: string, action: TemplateResult | typeof nothing = nothing): TemplateResult {
  return html`<div part="error-summary" class="error-summary" role="region" tabindex="-1" aria-labelledby="problem-title">
    <h2 class="error-summary-title" id="problem-title">${title}</h2>
    <p>${message}</p>
    ${action}
  </div>`;
}

/**
 * The error summary at the top of a step. Its links focus the field inside the shadow root
 * (`document.getElementById` cannot see there, so the link's default jump would go nowhere).
 */
export function errorSummary(errors: SummaryError[], focusField: (name: string) => void): TemplateResult | typeof nothing {
  if (errors.length === 0) return nothing;
  return html`<div part="error-summary" class="error-summary" role="region" tabindex="-1" aria-labelledby="error-summary-title">
    <h2 class="error-summary-title" id="error-summary-title">${msg('There is a problem')}</h2>
    <ul class="error-summary-list">
      ${errors.map(
        (error) =>
          html`<li>
            <a
              href="#${controlId(error.name)}"
              @click=${(event: Event) => {
                event.preventDefault();
                focusField(error.name);
              }}
              >${error.message}</a
            >
          </li>`,
      )}
    </ul>
  </div>`;
}
