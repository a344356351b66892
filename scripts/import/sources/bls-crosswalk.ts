import path from "node:path";

import { z } from "zod";

import { nonEmpty, onetSoc, optionalText } from "../fields";
import { openWorkbook, readSheet, sheetPreamble } from "../readers";
import { SourceError } from "../report";
import { sourceReader } from "./reader";

import { SOC_CODE } from "@/lib/soc";

export const CROSSWALK_FILE = "bls/nem_onet_to_soc_crosswalk_2024_34.xlsx";
const SHEET = "ONET to SOC crosswalk";

export const nemCode = z.string().trim().regex(SOC_CODE, "expected an NEM code like 11-3051");

/** Slug of an OOH profile from its URL: https://www.bls.gov/ooh/management/top-executives.htm → top-executives. */
export function oohSlugFromUrl(url: string): string | null {
  const match = /\/([a-z0-9-]+)\.htm$/i.exec(url.trim());
  return match?.[1]?.toLowerCase() ?? null;
}

const crosswalkSchema = z
  .object({
    "O*NET-SOC code": onetSoc,
    "O*NET-SOC title": nonEmpty,
    "NEM Code": nemCode,
    "NEM title": nonEmpty,
    "OOH profile title": optionalText,
    "OOH occupation group": optionalText,
    "OOH profile website": optionalText,
  })
  .transform((row) => {
    const url = row["OOH profile website"];
    return {
      onetSoc: row["O*NET-SOC code"],
      nemCode: row["NEM Code"],
      nemTitle: row["NEM title"],
      oohTitle: row["OOH profile title"],
      oohGroup: row["OOH occupation group"],
      oohUrl: url,
      oohSlug: url === null ? null : oohSlugFromUrl(url),
    };
  });

export type CrosswalkRow = z.output<typeof crosswalkSchema>;

export interface CrosswalkData {
  /** Keyed by O*NET-SOC code. */
  byOnetSoc: Map<string, CrosswalkRow>;
  /** ISO date of the crosswalk ("As of 08/28/2025" → "2025-08-28"). */
  asOf: string;
}

/** "As of 08/28/2025" in the sheet's title lines → "2025-08-28". */
export function crosswalkDate(preamble: readonly string[]): string | null {
  for (const line of preamble) {
    const match = /As of (\d{1,2})\/(\d{1,2})\/(\d{4})/i.exec(line);
    if (match !== null) return `${match[3]}-${match[1]!.padStart(2, "0")}-${match[2]!.padStart(2, "0")}`;
  }
  return null;
}

export const crosswalkSource = sourceReader<CrosswalkData>({
  label: `O*NET-SOC → NEM → OOH crosswalk (${CROSSWALK_FILE})`,
  files: [CROSSWALK_FILE],
  async read({ sourcesRoot, report }) {
    const file = path.join(sourcesRoot, CROSSWALK_FILE);
    const workbook = await openWorkbook(file, sourcesRoot);
    const rows = readSheet(workbook, {
      file,
      sheet: SHEET,
      requiredColumns: ["O*NET-SOC code", "NEM Code", "OOH profile website"],
      schema: crosswalkSchema,
      report,
      root: sourcesRoot,
      isDataRow: (record) => (record["O*NET-SOC code"] ?? "") !== "",
    });
    const asOf = crosswalkDate(sheetPreamble(workbook, SHEET));
    if (asOf === null) throw new SourceError(`${CROSSWALK_FILE} [${SHEET}]`, 'no "As of MM/DD/YYYY" line above the header');
    return { byOnetSoc: new Map(rows.map((row) => [row.value.onetSoc, row.value])), asOf };
  },
  describe: ({ byOnetSoc, asOf }) =>
    `${byOnetSoc.size} O*NET-SOC codes, ${[...byOnetSoc.values()].filter((row) => row.oohSlug !== null).length} with an OOH profile; as of ${asOf}`,
});
