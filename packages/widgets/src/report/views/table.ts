/**
 * A report's table: a caption, column headers, one row header per line, numbers aligned, and a
 * button that saves it as CSV. What the page shows and what the file holds come from one
 * description, so they never disagree.
 */
import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { Cell } from '../csv.js';

export interface TableRow {
  /** what the page shows: the row's header first */
  cells: readonly (string | TemplateResult)[];
  /** what the CSV file holds, plain numbers */
  csv: readonly Cell[];
}

export interface TableData {
  /** a short name for ids and the file's name: `classification` */
  id: string;
  caption: string;
  /**
   * the id of the section's heading when it says the caption already: the table is named by it
   * rather than by a caption shown twice
   */
  labelledBy?: string;
  columns: readonly string[];
  /** the columns the CSV file heads its numbers with, when they differ from `columns` (percentages) */
  csvColumns?: readonly string[];
  rows: readonly TableRow[];
  /** a last row of totals, in the table's footer */
  total?: TableRow;
}

function row(cells: TableRow['cells']): TemplateResult {
  return html`<tr>
    <th scope="row">${cells[0]}</th>
    ${cells.slice(1).map((cell) => html`<td>${cell}</td>`)}
  </tr>`;
}

/** The button that saves `table` as CSV; `nameId` (the table's caption or heading) tells which table it saves. */
export function downloadButton(table: TableData, nameId: string, download: (table: TableData) => void): TemplateResult {
  return html`<button part="button download" class="download" type="button" aria-describedby=${nameId} @click=${() => download(table)}>
    ${msg('Download as CSV')}
  </button>`;
}

/** @param download saves the table as a CSV file */
export function dataTable(table: TableData, download: (table: TableData) => void): TemplateResult {
  const nameId = table.labelledBy ?? `${table.id}-caption`;
  // A table named by its section's heading: the section is the landmark already, so its scrolling
  // box is a group rather than a second region of the same name.
  return html`<div class="table" data-table=${table.id}>
    <div class="table-scroll" role=${table.labelledBy ? 'group' : 'region'} aria-labelledby=${nameId} tabindex="0">
      <table part="table" aria-labelledby=${table.labelledBy ?? nothing}>
        ${table.labelledBy ? nothing : html`<caption id=${nameId}>${table.caption}</caption>`}
        <thead>
          <tr>
            ${table.columns.map((column) => html`<th scope="col">${column}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${table.rows.length > 0
            ? table.rows.map((line) => row(line.cells))
            : html`<tr><td colspan=${table.columns.length}>${msg('Nothing to show for this year.')}</td></tr>`}
        </tbody>
        ${table.total ? html`<tfoot>${row(table.total.cells)}</tfoot>` : nothing}
      </table>
    </div>
    ${downloadButton(table, nameId, download)}
  </div>`;
}
