/**
 * Fields, buttons and the error summary (GOV.UK Frontend's patterns), the same in every element
 * that asks something: the form and the tracker. Usable at 320 px and 200 % zoom; logical
 * properties only, so right to left needs no rule of its own.
 */
import { css } from 'lit';

export const fieldStyles = css`
  /* Text boxes and lists show their focus however it came (Chromium's date box never matches
     :focus-visible while one of its parts is being typed in); other controls: tokens' :focus-visible. */
  input:not([type='radio'], [type='checkbox']):focus,
  select:focus,
  textarea:focus {
    outline: 3px solid var(--_focus-ring);
    outline-offset: 2px;
    box-shadow: 0 0 0 3px var(--_focus);
  }

  @media (prefers-reduced-motion: reduce) {
    * {
      animation: none !important;
      transition: none !important;
      scroll-behavior: auto !important;
    }
  }

  @media (forced-colors: active) {
    input:not([type='radio'], [type='checkbox']):focus,
    select:focus,
    textarea:focus {
      outline-color: Highlight;
    }
  }

  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  .lead {
    margin-block: 0 var(--_space);
  }

  .field {
    margin-block-end: calc(var(--_space) * 1.5);
  }

  .field--error {
    border-inline-start: 4px solid var(--_danger);
    padding-inline-start: calc(var(--_space) * 0.75);
  }

  .label,
  .legend {
    display: block;
    font-weight: 700;
    margin-block-end: 0.25rem;
  }

  .legend {
    padding: 0;
  }

  .optional {
    font-weight: 400;
    color: var(--_muted);
  }

  .hint {
    color: var(--_muted);
    margin-block-end: 0.25rem;
  }

  .error-message {
    color: var(--_danger);
    font-weight: 700;
    margin-block: 0 0.25rem;
  }

  .input {
    display: block;
    inline-size: 100%;
    min-block-size: 2.5rem;
    padding: 0.375rem 0.5rem;
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
  }

  .input--short {
    max-inline-size: 12em;
  }

  .input--medium {
    max-inline-size: 20em;
  }

  .input[aria-invalid='true'] {
    border-color: var(--_danger);
  }

  .textarea {
    resize: vertical;
  }

  .count {
    color: var(--_muted);
    margin-block-start: 0.25rem;
  }

  .fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }

  .choices {
    display: grid;
    gap: calc(var(--_space) / 2);
  }

  .choices--inline {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2) calc(var(--_space) * 1.5);
  }

  .choice {
    display: grid;
    grid-template-columns: auto 1fr;
    column-gap: 0.5rem;
    align-items: start;
  }

  .radio,
  .checkbox {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0;
    accent-color: var(--_primary);
  }

  .choice-label {
    cursor: pointer;
  }

  .choice-hint {
    grid-column: 2;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2);
    margin-block-start: var(--_space);
  }

  .button {
    display: inline-block;
    min-block-size: 2.75rem;
    padding: 0.5rem 1.25rem;
    font: inherit;
    font-weight: 700;
    text-decoration: none;
    color: var(--_on-primary);
    background: var(--_primary);
    border: 2px solid var(--_primary);
    border-radius: var(--_radius);
    cursor: pointer;
  }

  .button--secondary {
    color: var(--_primary);
    background: transparent;
  }

  .button[aria-disabled='true'] {
    opacity: 0.7;
    cursor: progress;
  }

  .link-button {
    padding: 0;
    font: inherit;
    color: var(--_primary);
    text-decoration: underline;
    background: none;
    border: 0;
    cursor: pointer;
  }

  .error-summary {
    margin-block-end: calc(var(--_space) * 1.5);
    padding: var(--_space);
    border: 4px solid var(--_danger);
    border-radius: var(--_radius);
  }

  .error-summary-title {
    margin-block: 0 0.5rem;
    font-size: 1.25rem;
  }

  .error-summary-list {
    margin: 0;
    padding-inline-start: 1.25rem;
  }

  .error-summary-list a {
    color: var(--_danger);
    font-weight: 700;
  }

  .muted {
    color: var(--_muted);
  }

  @media (forced-colors: active) {
    .button {
      forced-color-adjust: none;
      border: 2px solid CanvasText;
      background: Canvas;
      color: CanvasText;
    }
  }

  @media print {
    .actions {
      display: none;
    }
  }
`;
