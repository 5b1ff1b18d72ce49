/**
 * The form's look. Usable at 320 px wide and 200 % zoom: one column, controls that stretch,
 * no fixed heights. Logical properties only, so Arabic (right to left) needs no rule of its own.
 * Fields, buttons and the error summary look the same in every element: `shared/fields.styles.ts`.
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
    .confirmation {
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
