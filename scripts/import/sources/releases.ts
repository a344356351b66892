/**
 * Earlier releases, committed as data (data/releases/<id>.csv, METHODOLOGY §9): their
 * per-occupation scores and signals, read back so the site can show score history. These
 * files are not part of the data version (the release id is derived from it, and a release
 * file is named by its id); db:build --if-stale compares their own hash instead.
 */
import fs from "node:fs";
import path from "node:path";

import { z } from "zod";

import { parseReleaseId, RELEASE_COLUMNS, type ReleaseOccupationRow } from "@/lib/releases";
import { SIGNAL_IDS } from "@/lib/scoring";

import { nonEmpty, optionalNumber, requiredNumber, soc6 } from "../fields";
import { readDelimited } from "../readers";
import { SourceError } from "../report";
import { sourceReader } from "./reader";

export const RELEASES_DIR = "data/releases";

const flag = z.enum(["true", "false"]).transform((value) => value === "true");
const integerOrNull = optionalNumber.refine((value) => value === null || Number.isInteger(value), "expected a whole number");

const signalFields = (id: string) => ({
  [`${id}_value`]: requiredNumber,
  [`${id}_raw`]: optionalNumber,
  [`${id}_raw_label`]: z.string(),
  [`${id}_weight`]: requiredNumber,
  [`${id}_contribution`]: requiredNumber,
  [`${id}_imputed`]: flag,
  [`${id}_source`]: nonEmpty,
  [`${id}_vintage`]: nonEmpty,
  [`${id}_source_key`]: z.string().trim(),
});

const rowSchema = z
  .object({
    release_id: nonEmpty,
    soc: soc6,
    title: nonEmpty,
    category_code: z.string().trim().regex(/^\d{2}$/, "expected a SOC major group like 11"),
    score: integerOrNull,
    band: z.string().trim(),
    entry_score: integerOrNull,
    mid_score: integerOrNull,
    senior_score: integerOrNull,
  })
  .extend(Object.assign({}, ...SIGNAL_IDS.map(signalFields)) as Record<string, z.ZodType>)
  .transform((parsed): ReleaseOccupationRow => {
    const r = parsed as Record<string, unknown>;
    const row = parsed as unknown as { release_id: string; soc: string; title: string; category_code: string; score: number | null; band: string; entry_score: number | null; mid_score: number | null; senior_score: number | null };
    return {
      releaseId: row.release_id,
      soc: row.soc,
      title: row.title,
      categoryCode: row.category_code,
      score: row.score,
      band: row.band === "" ? null : row.band,
      entryScore: row.entry_score,
      midScore: row.mid_score,
      seniorScore: row.senior_score,
      signals: SIGNAL_IDS.map((signal) => ({
        signal,
        value: r[`${signal}_value`] as number,
        raw: r[`${signal}_raw`] as number | null,
        rawLabel: r[`${signal}_raw_label`] as string,
        weight: r[`${signal}_weight`] as number,
        contribution: r[`${signal}_contribution`] as number,
        imputed: r[`${signal}_imputed`] as boolean,
        source: r[`${signal}_source`] as string,
        vintage: r[`${signal}_vintage`] as string,
        sourceKey: r[`${signal}_source_key`] as string,
      })),
    };
  });

export interface CommittedRelease {
  id: string;
  month: string;
  dataVersion: string;
  file: string;
  rows: ReleaseOccupationRow[];
}

/** The release files in data/releases/, oldest first. */
export function releaseFiles(projectRoot: string): string[] {
  const dir = path.join(projectRoot, RELEASES_DIR);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith(".csv"))
    .sort()
    .map((name) => `${RELEASES_DIR}/${name}`);
}

export const releasesSource = sourceReader<CommittedRelease[]>({
  label: `Earlier releases (${RELEASES_DIR}/)`,
  files: [],
  read({ projectRoot, report }) {
    return releaseFiles(projectRoot).map((file) => {
      const id = path.basename(file, ".csv");
      const parsed = parseReleaseId(id);
      if (parsed === null) throw new SourceError(file, "file name must be a release id like 2026.11-28741d72.csv");
      const rows = readDelimited(path.join(projectRoot, file), { delimiter: ",", requiredColumns: RELEASE_COLUMNS, schema: rowSchema, report, root: projectRoot });
      const stray = rows.find((row) => row.value.releaseId !== id);
      if (stray !== undefined) throw new SourceError(file, `line ${stray.line}: release_id "${stray.value.releaseId}" differs from the file name`);
      return { id, ...parsed, file, rows: rows.map((row) => row.value) };
    });
  },
  describe: (releases) => (releases.length === 0 ? "none committed" : releases.map((release) => `${release.id} (${release.rows.length} occupations)`).join(", ")),
});
