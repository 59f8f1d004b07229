/**
 * CSV writing (RFC 4180) that is safe to open in a spreadsheet.
 *
 * A cell that begins with = + - @ tab or carriage return is read as a formula by Excel, LibreOffice
 * and Google Sheets ("CSV injection"); such cells get a leading apostrophe, which the spreadsheet
 * shows as plain text. Numbers are written as numbers (a negative number is not text and stays).
 */

export type CsvValue = string | number | boolean | null | undefined;

/** The UTF-8 byte-order mark: without it Excel reads the Arabic as Latin-1. */
export const BOM = "\uFEFF";

const FORMULA_START = /^[=+\-@\t\r]/;

/** Makes a text cell inert in spreadsheets. */
export function neutralise(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** One cell: neutralised, then quoted when it holds a comma, quote or line break. */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "true" : "false";
  const text = neutralise(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(values: readonly CsvValue[]): string {
  return values.map(csvCell).join(",") + "\r\n";
}

/** A whole document: BOM, header line, rows; lines end with CRLF as RFC 4180 asks. */
export function toCsv(header: readonly string[], rows: Iterable<readonly CsvValue[]>): string {
  let out = BOM + csvRow(header);
  for (const row of rows) out += csvRow(row);
  return out;
}
