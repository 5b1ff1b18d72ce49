/**
 * The tracker's look: one column (usable at 320 px and 200 % zoom), the key facts as a list of
 * terms, the history as a line of dated events. Logical properties only, so right to left needs
 * no rule of its own. Fields and buttons: `shared/fields.styles.ts`.
 */
import { css } from 'lit';

export const styles = css`
  .root {
    max-inline-size: 40rem;
  }

  .heading {
    margin-block: 0 var(--_space);
    font-size: 1.5rem;
    line-height: 1.25;
  }

  .heading:focus {
    outline: none;
  }

  .subheading {
    margin-block: calc(var(--_space) * 1.5) calc(var(--_space) / 2);
    font-size: 1.25rem;
  }

  .code {
    font-family: ui-monospace, monospace;
    letter-spacing: 0.05em;
    white-space: nowrap;
  }

  .summary {
    display: grid;
    gap: 0.5rem;
    margin: 0;
  }

  .summary > div {
    display: grid;
    grid-template-columns: minmax(8rem, 12rem) minmax(0, 1fr);
    gap: var(--_space);
    padding-block-end: 0.5rem;
    border-block-end: 1px solid var(--_border);
  }

  @media (max-width: 30rem) {
    .summary > div {
      grid-template-columns: minmax(0, 1fr);
      gap: 0;
    }
  }

  dt {
    font-weight: 700;
  }

  dd {
    margin: 0;
  }

  .value,
  .answer-text {
    overflow-wrap: anywhere;
    white-space: pre-line;
  }

  .status {
    font-weight: 700;
  }

  .due--overdue {
    color: var(--_danger);
    font-weight: 700;
  }

  .timeline {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .event {
    position: relative;
    padding-inline-start: 1.5rem;
    padding-block-end: var(--_space);
    border-inline-start: 2px solid var(--_border);
    margin-inline-start: 0.375rem;
  }

  .event:last-child {
    border-inline-start-color: transparent;
  }

  /* the dot on the line, for each event */
  .event::before {
    content: '';
    position: absolute;
    inset-block-start: 0.375rem;
    inset-inline-start: -0.4375rem;
    inline-size: 0.75rem;
    block-size: 0.75rem;
    border-radius: 50%;
    background: var(--_primary);
  }

  .event-date {
    display: block;
    color: var(--_muted);
  }

  .event-title {
    font-weight: 700;
  }

  .event-note {
    margin-block: 0.25rem 0;
  }

  .answer {
    padding: var(--_space);
    margin-block-start: var(--_space);
    background: var(--_subtle);
    border-inline-start: 4px solid var(--_primary);
    border-radius: var(--_radius);
  }

  .answer .subheading {
    margin-block-start: 0;
  }

  .answer p {
    margin-block: 0 0.5rem;
  }

  .follow-up {
    margin-block-start: var(--_space);
  }

  .details {
    margin-block-start: calc(var(--_space) * 1.5);
  }

  .details summary {
    cursor: pointer;
    color: var(--_primary);
    font-weight: 700;
    text-decoration: underline;
  }

  .details .summary {
    margin-block-start: var(--_space);
  }

  .loading {
    color: var(--_muted);
  }

  @media (forced-colors: active) {
    .event::before {
      forced-color-adjust: none;
      background: CanvasText;
    }
  }

  @media print {
    .key-form,
    form.follow-up {
      display: none;
    }
  }
`;
