/**
 * RFC 4180 CSV writing: fields with a comma, quote, CR or LF (or surrounding spaces) are
 * quoted with inner quotes doubled; records end in CRLF. Text that a spreadsheet would run
 * as a formula (starting with =, +, -, @, tab or CR) gets a leading apostrophe; numbers are
 * written as numbers, so negative values stay numeric.
 */
export type CsvValue = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

export interface CsvOptions {
  /** Prefix formula-like text with an apostrophe (for spreadsheets); off for data files read back by code. Default on. */
  guardFormulas?: boolean;
}

export function csvField(value: CsvValue, { guardFormulas = true }: CsvOptions = {}): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "true" : "false";
  const text = guardFormulas && FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRecord(values: readonly CsvValue[], options: CsvOptions = {}): string {
  return values.map((value) => csvField(value, options)).join(",");
}

/** A whole CSV document: the header row, then one record per row, each ending in CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[], options: CsvOptions = {}): string {
  return [header, ...rows].map((row) => `${csvRecord(row, options)}\r\n`).join("");
}
