/**
 * A report's tables as CSV files. The file is built from the report's data, not from the page:
 * numbers stay plain numbers that a spreadsheet can add up, whatever the page's language writes.
 */

export type Cell = string | number | null;

/** A rate (0 to 1) for a CSV file: a percentage with one decimal, as a spreadsheet's reader expects it. */
export const csvPercent = (rate: number | null): number | null => (rate === null ? null : Math.round(rate * 1000) / 10);

/**
 * A text a spreadsheet would run as a formula: one that starts with `=`, `+`, `-`, `@`, a tab or
 * a carriage return (OWASP, CSV injection). A measure's title is an agency's own words, a name
 * comes from the platform: neither is trusted to be data only.
 */
const formula = /^[=+\-@\t\r]/;

/**
 * One cell of a CSV file. A text that a spreadsheet would read as a formula is neutralised as
 * OWASP says: a single quote first, so that it reads as text, and the whole quoted. A number is a
 * number (a negative one stays a number a spreadsheet adds up): only texts are neutralised.
 */
export function csvCell(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  if (formula.test(value)) return `"'${value.replace(/"/g, '""')}"`;
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** One table as CSV (RFC 4180): comma-separated, CRLF, every text quoted where it must be. */
export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/**
 * Saves a CSV file. The byte order mark makes Excel read it as UTF-8: without it, Arabic and
 * Tifinagh names open as mojibake.
 */
export function downloadCsv(fileName: string, csv: string): void {
  const url = URL.createObjectURL(new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  // Firefox saves only from a link that is in a document.
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: some browsers read the file after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
