/**
 * The form's look. Usable at 320 px wide and 200 % zoom: one column, controls that stretch,
 * no fixed heights. Logical properties only, so Arabic (right to left) needs no rule of its own.
 */
import { css } from 'lit';

export const styles = css`
  .root {
    max-inline-size: 40rem;
    font-size: 1rem;
  }

  .progress {
    margin-block: 0 calc(var(--_space) / 2);
    color: var(--_muted);
  }

  .heading,
  .confirmation-title {
    margin-block: 0 var(--_space);
    font-size: 1.5rem;
    line-height: 1.25;
  }

  .heading:focus,
  .confirmation-title:focus {
    outline: none;
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

  .combobox {
    position: relative;
  }

  .listbox {
    position: absolute;
    inset-inline: 0;
    z-index: 1;
    margin: 0;
    padding: 0;
    list-style: none;
    max-block-size: 16rem;
    overflow-y: auto;
    background: var(--_surface);
    border: 2px solid var(--_border);
    border-block-start: 0;
  }

  .option {
    padding: 0.5rem;
    cursor: pointer;
  }

  .option--active,
  .option:hover {
    background: var(--_primary);
    color: var(--_on-primary);
  }

  .acronym {
    opacity: 0.8;
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

  /* One grid for the whole list, so that every value and every "Change" lines up. */
  .review {
    display: grid;
    grid-template-columns: minmax(7rem, max-content) minmax(0, 1fr) auto;
    column-gap: var(--_space);
    margin: 0;
  }

  .review-row {
    display: contents;
  }

  .review-row > * {
    margin: 0;
    padding-block: 0.5rem;
    border-block-end: 1px solid var(--_border);
  }

  .review-row dt {
    font-weight: 700;
  }

  .review-value {
    overflow-wrap: anywhere;
    white-space: pre-line;
  }

  @media (max-width: 30rem) {
    .review {
      grid-template-columns: minmax(0, 1fr);
    }

    .review-row dt,
    .review-value {
      border-block-end: 0;
      padding-block-end: 0;
    }
  }

  .muted {
    color: var(--_muted);
  }

  .confirmation {
    padding: var(--_space);
    color: var(--_on-primary);
    background: var(--_success);
    border-radius: var(--_radius);
    text-align: center;
  }

  .code {
    font-size: 2rem;
    font-weight: 700;
    letter-spacing: 0.1em;
    margin-block: 0.25rem;
    font-family: ui-monospace, monospace;
  }

  .key {
    padding: 0.5rem;
    font-family: ui-monospace, monospace;
    font-size: 1.125rem;
    overflow-wrap: anywhere;
    background: var(--_subtle);
    border-radius: var(--_radius);
  }

  @media (forced-colors: active) {
    .confirmation,
    .button {
      forced-color-adjust: none;
      border: 2px solid CanvasText;
      background: Canvas;
      color: CanvasText;
    }

    /* the active option is told by the system's own selection colours, not by a background the
       user's colours would remove */
    .option--active,
    .option:hover {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }

  @media print {
    .actions,
    .progress {
      display: none;
    }

    .confirmation {
      color: black;
      background: none;
      border: 2px solid black;
    }
  }
`;
