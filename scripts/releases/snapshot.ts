/**
 * `npm run release:snapshot -- [--db FILE] [--release-id ID] [--out FILE]`: writes one
 * release's per-occupation scores and signals as data/releases/<id>.csv (METHODOLOGY §9),
 * from a content database. Reads only columns every release's schema has (occupations,
 * signals), so it also snapshots an old database built by old code: release 1 was made by
 * building commit 06a2447's sources with its code and running this against that file.
 */
import fs from "node:fs";
import path from "node:path";

import Database from "better-sqlite3";

import { toCsv } from "@/lib/csv";
import { parseReleaseId, RELEASE_COLUMNS, releaseRecord, type ReleaseOccupationRow, type ReleaseSignalRow } from "@/lib/releases";
import { SIGNAL_IDS, type SignalId } from "@/lib/scoring";

const projectRoot = path.resolve(import.meta.dirname, "../..");

function option(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index === -1 ? undefined : process.argv[index + 1];
}

interface OccupationRow {
  soc: string;
  title: string;
  category_code: string;
  score: number | null;
  band: string | null;
  entry_score: number | null;
  mid_score: number | null;
  senior_score: number | null;
  ooh_slug: string | null;
  nem_code: string | null;
  sector: string | null;
}

interface SignalRow {
  soc: string;
  signal: SignalId;
  value: number;
  raw: number | null;
  raw_label: string;
  weight: number;
  contribution: number;
  imputed: number;
  source: string;
  vintage: string;
}

/** What a signal's value was drawn from (see lib/releases ReleaseSignalRow.sourceKey), from the occupation's columns. */
function sourceKey(signal: SignalId, occupation: OccupationRow, imputed: boolean): string {
  if (imputed) return "";
  if (signal === "T") return "onet-gpts";
  if (signal === "D") return occupation.ooh_slug ?? "";
  if (signal === "M") return occupation.sector ?? "";
  return occupation.nem_code ?? "";
}

export function snapshotRows(dbFile: string, releaseIdOverride?: string): ReleaseOccupationRow[] {
  const db = new Database(dbFile, { readonly: true, fileMustExist: true });
  try {
    const stored = (db.prepare("SELECT value FROM meta WHERE key = 'release_id'").get() as { value: string } | undefined)?.value;
    const id = releaseIdOverride ?? stored;
    if (id === undefined || parseReleaseId(id) === null) throw new Error(`no valid release id (got ${id ?? "none"}); pass --release-id YYYY.MM-xxxxxxxx`);
    const occupations = db
      .prepare("SELECT soc, title, category_code, score, band, entry_score, mid_score, senior_score, ooh_slug, nem_code, sector FROM occupations ORDER BY soc")
      .all() as OccupationRow[];
    const signals = db.prepare("SELECT soc, signal, value, raw, raw_label, weight, contribution, imputed, source, vintage FROM signals").all() as SignalRow[];
    const bySoc = new Map<string, SignalRow[]>();
    for (const row of signals) bySoc.set(row.soc, [...(bySoc.get(row.soc) ?? []), row]);
    return occupations.map((occupation) => ({
      releaseId: id,
      soc: occupation.soc,
      title: occupation.title,
      categoryCode: occupation.category_code,
      score: occupation.score,
      band: occupation.band,
      entryScore: occupation.entry_score,
      midScore: occupation.mid_score,
      seniorScore: occupation.senior_score,
      signals: (bySoc.get(occupation.soc) ?? [])
        .sort((a, b) => SIGNAL_IDS.indexOf(a.signal) - SIGNAL_IDS.indexOf(b.signal))
        .map(
          (row): ReleaseSignalRow => ({
            signal: row.signal,
            value: row.value,
            raw: row.raw,
            rawLabel: row.raw_label,
            weight: row.weight,
            contribution: row.contribution,
            imputed: row.imputed === 1,
            source: row.source,
            vintage: row.vintage,
            sourceKey: sourceKey(row.signal, occupation, row.imputed === 1),
          }),
        ),
    }));
  } finally {
    db.close();
  }
}

function main(): void {
  const dbFile = path.resolve(option("--db") ?? path.join(projectRoot, ".data/content.db"));
  const rows = snapshotRows(dbFile, option("--release-id"));
  const id = rows[0]?.releaseId;
  if (id === undefined) throw new Error(`${dbFile} holds no occupations`);
  const out = path.resolve(option("--out") ?? path.join(projectRoot, "data/releases", `${id}.csv`));
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, toCsv(RELEASE_COLUMNS, rows.map(releaseRecord), { guardFormulas: false }));
  console.log(`Wrote ${path.relative(process.cwd(), out)}: release ${id}, ${rows.length} occupations`);
}

main();
