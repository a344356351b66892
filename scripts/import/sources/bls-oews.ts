import path from "node:path";

import { z } from "zod";

import type { WagePercentiles } from "@/db/content/schema";

import { nonEmpty, oewsWage, optionalNumber } from "../fields";
import { openWorkbook, readSheet, sheetPreamble, sheetWithColumns } from "../readers";
import { SourceError } from "../report";
import { nemCode } from "./bls-crosswalk";
import { sourceReader } from "./reader";

export const OEWS_FILE = "bls/oews_national_may2025.xlsx";
const COLUMNS = ["OCC_CODE", "OCC_TITLE", "O_GROUP", "TOT_EMP", "A_PCT10", "A_PCT25", "A_MEDIAN", "A_PCT75", "A_PCT90"] as const;

const oewsSchema = z
  .object({
    OCC_CODE: nemCode,
    OCC_TITLE: nonEmpty,
    O_GROUP: z.enum(["total", "major", "minor", "broad", "detailed"]),
    TOT_EMP: optionalNumber,
    A_PCT10: oewsWage,
    A_PCT25: oewsWage,
    A_MEDIAN: oewsWage,
    A_PCT75: oewsWage,
    A_PCT90: oewsWage,
  })
  .transform((row) => ({
    code: row.OCC_CODE,
    title: row.OCC_TITLE,
    group: row.O_GROUP,
    employment: row.TOT_EMP === null ? null : Math.round(row.TOT_EMP),
    wages: { p10: row.A_PCT10, p25: row.A_PCT25, p50: row.A_MEDIAN, p75: row.A_PCT75, p90: row.A_PCT90 } satisfies WagePercentiles,
  }));

export type OewsRow = z.output<typeof oewsSchema>;

export interface OewsData {
  byCode: Map<string, OewsRow>;
  /** "May 2025", from the workbook ("May 2025 OEWS Estimates", else the data sheet's name "national_M2025_dl"). */
  vintage: string;
  /**
   * The OEWS row for an occupation: its own detailed code, else the NEM code BLS reports it
   * under (OEWS and NEM share codes), else none. Never the broad `xx-xxx0` group, which
   * holds other occupations too.
   */
  forOccupation(soc: string, nemCode: string | null): OewsRow | null;
}

export function oewsVintage(preambles: readonly string[], sheetName: string): string | null {
  for (const line of preambles) {
    const match = /\b([A-Z][a-z]+ \d{4}) OEWS Estimates/.exec(line);
    if (match !== null) return match[1]!;
  }
  const fromSheet = /_M(\d{4})_/.exec(sheetName);
  return fromSheet === null ? null : `May ${fromSheet[1]}`;
}

export const oewsSource = sourceReader<OewsData>({
  label: `OEWS national wages (${OEWS_FILE})`,
  files: [OEWS_FILE],
  async read({ sourcesRoot, report }) {
    const file = path.join(sourcesRoot, OEWS_FILE);
    const workbook = await openWorkbook(file, sourcesRoot);
    const sheet = sheetWithColumns(workbook, COLUMNS);
    if (sheet === null) throw new SourceError(OEWS_FILE, `no worksheet with the columns ${COLUMNS.join(", ")}`);
    const rows = readSheet(workbook, { file, sheet, requiredColumns: COLUMNS, schema: oewsSchema, report, root: sourcesRoot });
    const vintage = oewsVintage(
      workbook.worksheets.flatMap((worksheet) => sheetPreamble(workbook, worksheet.name, 2)),
      sheet,
    );
    if (vintage === null) throw new SourceError(OEWS_FILE, 'cannot tell the estimates\' date (no "May YYYY OEWS Estimates" line or "_MYYYY_" sheet)');
    const byCode = new Map<string, OewsRow>(rows.map((row) => [row.value.code, row.value]));
    return {
      byCode,
      vintage,
      forOccupation(soc, nem) {
        const exact = byCode.get(soc);
        if (exact !== undefined && exact.group === "detailed") return exact;
        const reported = nem === null ? undefined : byCode.get(nem);
        return reported !== undefined && reported.group === "detailed" ? reported : null;
      },
    };
  },
  describe: ({ byCode, vintage }) => `${byCode.size} OEWS rows, ${vintage}`,
});
