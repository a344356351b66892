import { asc, eq } from "drizzle-orm";

import { contentDb, type ContentDb } from "@/db/content/client";
import { meta, releases, releaseScores, releaseSignals, SIGNAL_IDS } from "@/db/content/schema";
import { compareReleaseIds, compareReleases, explainOccupationChange, type OccupationChange, type ReleaseComparison, type ReleaseOccupationRow } from "@/lib/releases";

/**
 * Releases (METHODOLOGY §9): the current build and the committed earlier ones, their
 * per-occupation rows, and what changed between them (reasons derived by lib/releases).
 */

export interface SourceVintages {
  /** "2024–34" */
  projections: string;
  projectionsBaseYear: number;
  projectionsTargetYear: number;
  /** "2019 and 2021 (EP 2022–32 Table 5.3)" */
  attainment: string;
  /** "May 2025" */
  oews: string;
  /** "2025-08-28" */
  crosswalk: string;
  /** "30.1" */
  onet: string;
  onetReleased: string | null;
  postingsWindow: string;
}

/** The source editions the build read (from the files themselves), for every label that names a year. */
export function getSourceVintages(db: ContentDb = contentDb()): SourceVintages | null {
  const value = db.select({ value: meta.value }).from(meta).where(eq(meta.key, "vintages")).get()?.value;
  if (value === undefined) return null;
  try {
    return JSON.parse(value) as SourceVintages;
  } catch {
    return null;
  }
}

/** The release id stamped by db:build ("2026.12-1a2b3c4d"). */
export function getReleaseId(db: ContentDb = contentDb()): string | null {
  return db.select({ value: meta.value }).from(meta).where(eq(meta.key, "release_id")).get()?.value ?? null;
}


/** Every release, oldest first. */
export function listReleases(db: ContentDb = contentDb()) {
  return db.select().from(releases).all().sort((a, b) => compareReleaseIds(a.id, b.id));
}

export function getCurrentRelease(db: ContentDb = contentDb()) {
  return db.select().from(releases).where(eq(releases.current, true)).get() ?? null;
}

export function getRelease(id: string, db: ContentDb = contentDb()) {
  return db.select().from(releases).where(eq(releases.id, id)).get() ?? null;
}

function rowsOf(scores: (typeof releaseScores.$inferSelect)[], signals: (typeof releaseSignals.$inferSelect)[]): ReleaseOccupationRow[] {
  const bySoc = new Map<string, (typeof releaseSignals.$inferSelect)[]>();
  for (const signal of signals) {
    const key = `${signal.releaseId}|${signal.soc}`;
    bySoc.set(key, [...(bySoc.get(key) ?? []), signal]);
  }
  return scores.map((row) => ({
    ...row,
    signals: (bySoc.get(`${row.releaseId}|${row.soc}`) ?? [])
      .sort((a, b) => SIGNAL_IDS.indexOf(a.signal) - SIGNAL_IDS.indexOf(b.signal))
      .map((signal) => ({
        signal: signal.signal,
        value: signal.value,
        raw: signal.raw,
        rawLabel: signal.rawLabel,
        weight: signal.weight,
        contribution: signal.contribution,
        imputed: signal.imputed,
        source: signal.source,
        vintage: signal.vintage,
        sourceKey: signal.sourceKey,
      })),
  }));
}

/** One release's rows for every occupation (scores and signals), by SOC code. */
export function getReleaseRows(id: string, db: ContentDb = contentDb()): ReleaseOccupationRow[] {
  const scores = db.select().from(releaseScores).where(eq(releaseScores.releaseId, id)).orderBy(asc(releaseScores.soc)).all();
  const signals = db.select().from(releaseSignals).where(eq(releaseSignals.releaseId, id)).all();
  return rowsOf(scores, signals);
}

export interface ScoreHistory {
  /** One entry per release that has the occupation, oldest first. */
  entries: { release: typeof releases.$inferSelect; row: ReleaseOccupationRow }[];
  /** What changed from each release to the next (same order, one fewer). */
  changes: OccupationChange[];
}

/** The occupation's score in every release and, for each change, which signals moved and why. */
export function getScoreHistory(soc: string, db: ContentDb = contentDb()): ScoreHistory {
  const byId = new Map(listReleases(db).map((release) => [release.id, release]));
  const scores = db.select().from(releaseScores).where(eq(releaseScores.soc, soc)).all();
  const signals = db.select().from(releaseSignals).where(eq(releaseSignals.soc, soc)).all();
  const entries = rowsOf(scores, signals)
    .flatMap((row) => {
      const release = byId.get(row.releaseId);
      return release === undefined ? [] : [{ release, row }];
    })
    .sort((a, b) => compareReleaseIds(a.release.id, b.release.id));
  const changes = entries.slice(1).map((entry, index) => explainOccupationChange(entries[index]!.row, entry.row));
  return { entries, changes };
}

/** Each release against the one before it, economy-wide (newest first). */
export function listReleaseComparisons(db: ContentDb = contentDb()): { release: typeof releases.$inferSelect; comparison: ReleaseComparison | null }[] {
  const all = listReleases(db);
  const rows = new Map(all.map((release) => [release.id, getReleaseRows(release.id, db)]));
  return all
    .map((release, index) => {
      const previous = all[index - 1];
      return { release, comparison: previous === undefined ? null : compareReleases(rows.get(previous.id) ?? [], rows.get(release.id) ?? []) };
    })
    .reverse();
}
