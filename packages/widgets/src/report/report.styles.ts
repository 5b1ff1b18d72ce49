/**
 * The report's look, on screen and on paper. Each chart sits beside its table where the element is
 * wide enough (a container query: the element may be a column of the host page), under it
 * otherwise. Printed: black on white whatever the theme, no buttons, bars kept in their colours
 * (`print-color-adjust`), headers repeated on each page, sections kept whole where they fit.
 */
import { css } from 'lit';

export const styles = css`
  :host {
    --_series-1: var(--_primary);
    --_series-2: var(--chikaya-color-series-2, #b45309);
    --_series-3: var(--chikaya-color-series-3, #1d4ed8);
  }

  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      --_series-2: var(--chikaya-color-series-2, #fbbf24);
      --_series-3: var(--chikaya-color-series-3, #93c5fd);
    }
  }

  :host([theme='dark']) {
    --_series-2: var(--chikaya-color-series-2, #fbbf24);
    --_series-3: var(--chikaya-color-series-3, #93c5fd);
  }

  .report {
    container-type: inline-size;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  h2,
  h3,
  h4,
  p {
    margin: 0;
  }

  .title {
    font-size: 1.5rem;
    line-height: 1.25;
  }

  h3 {
    font-size: 1.25rem;
    margin-block-end: calc(var(--_space) / 2);
  }

  h4 {
    font-size: 1rem;
  }

  .status-line {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem var(--_space);
    margin-block: 0.5rem var(--_space);
    color: var(--_muted);
  }

  .status--published {
    color: var(--_success);
    font-weight: 700;
  }

  .print {
    margin-inline-start: auto;
  }

  button {
    font: inherit;
    min-block-size: 2.75rem;
    padding: 0.5rem 1rem;
    border: 2px solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_primary);
    cursor: pointer;
  }

  button:hover {
    background: var(--_subtle);
  }

  .loading,
  .note {
    color: var(--_muted);
  }

  .note {
    margin-block-end: calc(var(--_space) / 2);
  }

  .problem {
    margin-block: var(--_space);
    color: var(--_danger);
    font-weight: 700;
  }

  .section {
    margin-block-start: calc(var(--_space) * 2);
    padding-block-start: var(--_space);
    border-block-start: 1px solid var(--_border);
  }

  /* ---- headline ---- */

  .targets {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .target {
    display: grid;
    gap: 0.25rem;
    align-content: start;
    padding: 0.75rem;
    border-inline-start: 0.375rem solid var(--_border);
    background: var(--_subtle);
  }

  .target--met {
    border-inline-start-color: var(--_success);
  }

  .target--missed {
    border-inline-start-color: var(--_danger);
  }

  .target-value {
    font-size: 2rem;
    font-weight: 700;
    line-height: 1.1;
  }

  .target-name,
  .target-before {
    color: var(--_muted);
  }

  .target-verdict {
    display: flex;
    gap: 0.375rem;
    align-items: flex-start;
  }

  .icon {
    flex: none;
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin-block-start: 0.125rem;
    fill: none;
    stroke: currentColor;
    stroke-width: 2.5;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  .target--met .icon {
    color: var(--_success);
  }

  .target--missed .icon {
    color: var(--_danger);
  }

  .facts {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(11rem, 1fr));
    gap: 0.75rem var(--_space);
    margin: var(--_space) 0 0;
  }

  dt {
    color: var(--_muted);
  }

  dd {
    margin: 0;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }

  /* ---- tables ---- */

  .pair,
  .trio,
  .stack {
    display: grid;
    gap: var(--_space);
    align-items: start;
  }

  @container (min-width: 48rem) {
    .pair {
      grid-template-columns: 1fr 1fr;
    }

    .trio {
      grid-template-columns: repeat(3, 1fr);
    }
  }

  .table {
    display: grid;
    gap: 0.5rem;
    justify-items: start;
    min-inline-size: 0;
  }

  .table-scroll {
    max-inline-size: 100%;
    overflow-x: auto;
  }

  table {
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }

  caption {
    text-align: start;
    font-weight: 700;
    padding-block-end: 0.25rem;
  }

  th,
  td {
    padding: 0.375rem 0.5rem;
    border-block-end: 1px solid var(--_border);
    text-align: end;
    vertical-align: top;
  }

  th:first-child {
    text-align: start;
    /* names wrap by line, not by word */
    min-inline-size: 9rem;
  }

  thead th {
    vertical-align: bottom;
  }

  tbody th {
    font-weight: 400;
  }

  tfoot th,
  tfoot td {
    font-weight: 700;
    border-block-end: none;
  }

  /* ---- charts ---- */

  .chart {
    margin: 0;
    min-inline-size: 0;
  }

  .tone-1 {
    fill: var(--_series-1);
    background: var(--_series-1);
  }

  .tone-2 {
    fill: var(--_series-2);
    background: var(--_series-2);
  }

  .tone-3 {
    fill: var(--_series-3);
    background: var(--_series-3);
  }

  .bar-row {
    display: grid;
    grid-template-columns: minmax(6rem, 10rem) 1fr auto;
    gap: 0.5rem;
    align-items: center;
    margin-block-end: 0.375rem;
  }

  .bar-label {
    font-size: 0.875rem;
  }

  .bar-value {
    font-variant-numeric: tabular-nums;
    font-size: 0.875rem;
  }

  .bars {
    inline-size: 100%;
    block-size: 1rem;
  }

  .columns {
    display: block;
    inline-size: 100%;
    block-size: 10rem;
  }

  .steps {
    display: block;
    inline-size: 100%;
    block-size: 8rem;
    overflow: visible;
  }

  /* SVG draws from the left: mirrored for right-to-left, so that bars grow from the start and time runs with the text. */
  [dir='rtl'] :is(.bars, .columns, .steps) {
    transform: scaleX(-1);
  }

  .axis,
  .target-line {
    stroke: var(--_border);
    vector-effect: non-scaling-stroke;
  }

  .target-line {
    stroke-dasharray: 4 3;
  }

  .step {
    fill: none;
    stroke: var(--_series-1);
    stroke-width: 2;
    vector-effect: non-scaling-stroke;
  }

  .column-labels {
    display: grid;
    grid-auto-flow: column;
    /* each label under its own column, however long the month's name */
    grid-auto-columns: minmax(0, 1fr);
    margin: 0.25rem 0 0;
    padding: 0;
    list-style: none;
    font-size: 0.75rem;
    text-align: center;
    color: var(--_muted);
  }

  /* Too narrow for twelve names side by side (Arabic has no short month names): every other one. */
  @container (max-width: 26rem) {
    .column-labels li:nth-child(even) {
      visibility: hidden;
    }
  }

  .step-labels {
    display: flex;
    justify-content: space-between;
    gap: var(--_space);
    font-size: 0.875rem;
    color: var(--_muted);
  }

  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem var(--_space);
    margin: 0.5rem 0 0;
    padding: 0;
    list-style: none;
    font-size: 0.875rem;
  }

  .swatch {
    display: inline-block;
    inline-size: 0.875rem;
    block-size: 0.875rem;
    margin-inline-end: 0.375rem;
    vertical-align: -0.125rem;
  }

  /* ---- measures ---- */

  .measures {
    display: grid;
    gap: var(--_space);
    margin: 0 0 var(--_space);
    padding: 0;
    list-style: none;
  }

  .measure {
    display: grid;
    gap: 0.25rem;
    padding-inline-start: 0.75rem;
    border-inline-start: 0.25rem solid var(--_border);
  }

  .measure--adopted {
    border-inline-start-color: var(--_success);
  }

  .measure-meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_space);
    color: var(--_muted);
    font-size: 0.875rem;
  }

  .tag {
    font-weight: 700;
  }

  @media (forced-colors: active) {
    .tone-1,
    .tone-2,
    .tone-3,
    .swatch {
      forced-color-adjust: none;
    }
  }

  @media print {
    /* As specific as the themes' own rules (:host([theme='dark'])…) and after them: paper is white whatever the theme. */
    :host([theme]),
    :host(:not([theme])) {
      --_text: #000;
      --_muted: #333;
      --_surface: #fff;
      --_subtle: #fff;
      --_border: #777;
      --_primary: #006233;
      --_success: #006233;
      --_danger: #b3261e;
      --_series-2: #b45309;
      --_series-3: #1d4ed8;
      background: #fff;
      color: #000;
      font-size: 10.5pt;
    }

    .report {
      padding: 0;
      border: none;
    }

    button {
      display: none;
    }

    .tone-1,
    .tone-2,
    .tone-3,
    .swatch,
    .target {
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }

    .pair,
    .trio {
      grid-template-columns: 1fr;
    }

    .section {
      break-before: auto;
      margin-block-start: 1.25rem;
    }

    h3,
    h4,
    caption {
      break-after: avoid;
    }

    .headline,
    .chart,
    tr,
    .measure,
    .target {
      break-inside: avoid;
    }

    /* The page's whole width for each chart: labels on one line where they fit, rows closer, so
       that a long chart (26 types of public service) fits on a page rather than being cut in two. */
    .bar-row {
      grid-template-columns: minmax(8rem, 16rem) 1fr auto;
      margin-block-end: 0.125rem;
    }

    /* Stretched, so that the tables' full width below applies (on screen they keep their own). */
    .table {
      justify-items: stretch;
    }

    .table-scroll {
      overflow: visible;
    }

    table {
      inline-size: 100%;
    }

    /* The header repeats on each page; the total, once, at the end (a footer group would repeat it
       under each page's part of the table, as if it were that part's total). */
    tfoot {
      display: table-row-group;
    }
  }
`;
