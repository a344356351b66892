import fs from "node:fs";
import path from "node:path";

import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import type { z } from "zod";

import { SourceError, type ImportReport } from "./report";

export interface SourceRow<T> {
  line: number;
  value: T;
}

function readText(file: string, label: string): string {
  try {
    return fs.readFileSync(file, "utf8");
  } catch (error) {
    throw new SourceError(label, `cannot read file (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
}

function formatZodIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join(".") || "row"}: ${issue.message}`).join("; ");
}

/**
 * Reads a CSV/TSV file, checks its header has every required column (else SourceError),
 * and validates each row with `schema`; invalid rows are reported with their line and skipped.
 */
export function readDelimited<S extends z.ZodType>(
  file: string,
  options: { delimiter: "," | "\t"; requiredColumns: readonly string[]; schema: S; report: ImportReport; root: string },
): SourceRow<z.output<S>>[] {
  const label = path.relative(options.root, file);
  const text = readText(file, label);
  let records: { record: Record<string, string>; info: { lines: number } }[];
  try {
    records = parse(text, {
      delimiter: options.delimiter,
      bom: true,
      columns: (header: string[]) => {
        const missing = options.requiredColumns.filter((column) => !header.includes(column));
        if (missing.length > 0) throw new SourceError(label, `missing column(s) ${missing.map((m) => `"${m}"`).join(", ")}`);
        return header.map((column) => column.trim());
      },
      info: true,
      relax_quotes: true,
      skip_empty_lines: true,
      relax_column_count: true,
    }) as unknown as { record: Record<string, string>; info: { lines: number } }[];
  } catch (error) {
    if (error instanceof SourceError) throw error;
    throw new SourceError(label, `cannot parse: ${(error as Error).message}`);
  }
  const rows: SourceRow<z.output<S>>[] = [];
  for (const { record, info } of records) {
    const parsed = options.schema.safeParse(record);
    if (parsed.success) rows.push({ line: info.lines, value: parsed.data });
    else options.report.reject(label, info.lines, formatZodIssues(parsed.error));
  }
  return rows;
}

export function readJson<S extends z.ZodType>(file: string, schema: S, root: string): z.output<S> {
  const label = path.relative(root, file);
  let data: unknown;
  try {
    data = JSON.parse(readText(file, label));
  } catch (error) {
    if (error instanceof SourceError) throw error;
    throw new SourceError(label, `invalid JSON: ${(error as Error).message}`);
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw new SourceError(label, `unexpected structure: ${formatZodIssues(parsed.error).slice(0, 500)}`);
  return parsed.data;
}

/** Text of an Excel cell whatever its kind (rich text, hyperlink, formula result, number). */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((part) => part.text).join("");
    if ("hyperlink" in value && "text" in value) {
      const text = value.text as unknown;
      return typeof text === "string" ? text : cellText(text as ExcelJS.CellValue);
    }
    if ("result" in value) return cellText(value.result as ExcelJS.CellValue);
    if ("error" in value) return "";
  }
  return String(value);
}

export type Workbook = ExcelJS.Workbook;

export async function openWorkbook(file: string, root: string): Promise<Workbook> {
  const label = path.relative(root, file);
  if (!fs.existsSync(file)) throw new SourceError(label, "file not found");
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(file);
  } catch (error) {
    throw new SourceError(label, `unreadable workbook: ${(error as Error).message}`);
  }
  return workbook;
}

/**
 * Rows of a worksheet as records keyed by header, starting below the first row that holds
 * every required column (BLS sheets have title rows above the header). Headers are
 * normalised: footnote markers like "(1)" and surrounding whitespace removed.
 */
export function readSheet<S extends z.ZodType>(
  workbook: Workbook,
  options: {
    file: string;
    sheet: string;
    requiredColumns: readonly string[];
    schema: S;
    report: ImportReport;
    root: string;
    /** Rows that are not data (footnotes, notes, source lines) are skipped without a report. */
    isDataRow?: (record: Record<string, string>) => boolean;
    /**
     * Rewrites each (normalised) header cell before columns are matched, e.g. to turn a
     * file's years into placeholders so next year's file with the same columns reads too.
     * Called once per header candidate row with all its cells.
     */
    headerTransform?: (cells: string[]) => string[];
  },
): SourceRow<z.output<S>>[] {
  const label = `${path.relative(options.root, options.file)} [${options.sheet}]`;
  const worksheet = workbook.getWorksheet(options.sheet);
  if (worksheet === undefined) throw new SourceError(label, "worksheet not found");
  let header: string[] | null = null;
  const rows: SourceRow<z.output<S>>[] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells = (row.values as ExcelJS.CellValue[]).slice(1).map((value) => normaliseHeader(cellText(value)));
    const values = header === null && options.headerTransform !== undefined ? options.headerTransform(cells) : cells;
    if (header === null) {
      if (options.requiredColumns.every((column) => values.includes(column))) header = values;
      return;
    }
    const record: Record<string, string> = {};
    header.forEach((column, index) => {
      if (column !== "") record[column] = cellText((row.values as ExcelJS.CellValue[])[index + 1] ?? null).trim();
    });
    if (Object.values(record).every((value) => value === "")) return;
    if (options.isDataRow !== undefined && !options.isDataRow(record)) return;
    const parsed = options.schema.safeParse(record);
    if (parsed.success) rows.push({ line: rowNumber, value: parsed.data });
    else options.report.reject(label, rowNumber, formatZodIssues(parsed.error));
  });
  if (header === null) {
    throw new SourceError(label, `no header row with column(s) ${options.requiredColumns.map((c) => `"${c}"`).join(", ")}`);
  }
  return rows;
}

/** Footnote markers ("(1)", "[1]") removed, dashes and whitespace made uniform. */
function normaliseHeader(text: string): string {
  return text
    .replace(/\(\d+\)|\[\d+\]/g, "")
    .replace(/[\u2013\u2014]/g, "-")
    .replace(/\s+/g, " ")
    .trim();
}

/** Text of the first rows of a worksheet (title lines above the header), for vintages like "As of 08/28/2025". */
export function sheetPreamble(workbook: Workbook, sheet: string, rows = 6): string[] {
  const worksheet = workbook.getWorksheet(sheet);
  if (worksheet === undefined) return [];
  const lines: string[] = [];
  for (let index = 1; index <= Math.min(rows, worksheet.rowCount); index++) {
    const text = (worksheet.getRow(index).values as ExcelJS.CellValue[]).slice(1).map(cellText).join(" ").trim();
    if (text !== "") lines.push(text);
  }
  return lines;
}

/** Name of the first worksheet whose first rows hold every required column (sheet names carry vintages: "national_M2025_dl"). */
export function sheetWithColumns(workbook: Workbook, requiredColumns: readonly string[], scanRows = 10): string | null {
  for (const worksheet of workbook.worksheets) {
    for (let index = 1; index <= Math.min(scanRows, worksheet.rowCount); index++) {
      const cells = (worksheet.getRow(index).values as ExcelJS.CellValue[]).slice(1).map((value) => normaliseHeader(cellText(value)));
      if (requiredColumns.every((column) => cells.includes(column))) return worksheet.name;
    }
  }
  return null;
}

/** Hyperlink target of an Excel cell, if any. */
export function cellHyperlink(value: ExcelJS.CellValue): string | null {
  if (value !== null && typeof value === "object" && "hyperlink" in value) return String(value.hyperlink);
  return null;
}
