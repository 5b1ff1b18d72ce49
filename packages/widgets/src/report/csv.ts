/**
 * A report's tables as CSV files. The file is built from the report's data, not from the page:
 * numbers stay plain numbers that a spreadsheet can add up, whatever the page's language writes.
 */

export type Cell = string | number | null;

/** A rate (0 to 1) for a CSV file: a percentage with one decimal, as a spreadsheet's reader expects it. */
export const csvPercent = (rate: number | null): number | null => (rate === null ? null : Math.round(rate * 1000) / 10);

/** One table as CSV (RFC 4180): comma-separated, CRLF, every text quoted where it must be. */
export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const cell = (value: Cell) => {
    const text = value === null ? '' : String(value);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return [header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
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
