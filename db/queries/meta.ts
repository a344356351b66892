import "server-only";

import { and, asc, count, eq, isNotNull, isNull, like, sql } from "drizzle-orm";

import { contentDb, type ContentDb } from "@/db/content/client";
import {
  alternateTitles,
  occupationSkills,
  categories,
  importIssues,
  indeedSectors,
  meta,
  occupations,
  onetOccupations,
  oohProfiles,
  signals,
  SIGNAL_IDS,
  socSectorRules,
  tasks,
  type SignalId,
} from "@/db/content/schema";
import { PIVOT_FLOOR_META_KEY } from "@/lib/pro/pivots";

/**
 * Build facts and whole-database counts for /methodology, /sources and the public API:
 * the import's data version and postings window, rejected rows, imputation counts, the
 * SOC → Indeed sector crosswalk. Read-only, small, and static per database build.
 */

export interface BuildMeta {
  dataVersion: string | null;
  /** ISO dates of the Indeed postings window ("2024-08-31"). */
  postingsWindow: { start: string; end: string } | null;
  meanRoutineness: number | null;
  /** Mean task signal T per typical entry education (input (a) of signal E). */
  taskSignalByEducation: Record<string, number>;
  rowsRejected: number | null;
}

export function getBuildMeta(db: ContentDb = contentDb()): BuildMeta {
  const rows = new Map(db.select().from(meta).all().map((row) => [row.key, row.value]));
  const window = rows.get("postings_window")?.split("/");
  const number = (key: string) => {
    const value = rows.get(key);
    const parsed = value === undefined ? Number.NaN : Number(value);
    return Number.isFinite(parsed) ? parsed : null;
  };
  let taskSignalByEducation: Record<string, number> = {};
  try {
    const parsed: unknown = JSON.parse(rows.get("task_signal_by_education") ?? "{}");
    if (parsed !== null && typeof parsed === "object") {
      taskSignalByEducation = Object.fromEntries(Object.entries(parsed).filter((entry): entry is [string, number] => typeof entry[1] === "number"));
    }
  } catch {
    // A malformed value shows as "not recorded" rather than breaking the page.
  }
  return {
    dataVersion: rows.get("data_version") ?? null,
    postingsWindow: window?.length === 2 && window[0] && window[1] ? { start: window[0], end: window[1] } : null,
    meanRoutineness: number("mean_routineness"),
    taskSignalByEducation,
    rowsRejected: number("rows_rejected"),
  };
}

/** The career-pivot similarity floor the importer computed; null for a database built before it. */
export function getPivotFloor(db: ContentDb = contentDb()): number | null {
  const value = db.select({ value: meta.value }).from(meta).where(eq(meta.key, PIVOT_FLOOR_META_KEY)).get()?.value;
  return value === undefined || value === "" ? null : Number(value);
}

export function getDataVersion(db: ContentDb = contentDb()): string | null {
  return db.select({ value: meta.value }).from(meta).where(eq(meta.key, "data_version")).get()?.value ?? null;
}

/** Rows the import rejected and the warnings it recorded. */
export function getImportIssueCounts(db: ContentDb = contentDb()): { rejected: number; warnings: number } {
  const rows = db.select({ severity: importIssues.severity, n: count() }).from(importIssues).groupBy(importIssues.severity).all();
  const of = (severity: "rejected" | "warning") => rows.find((row) => row.severity === severity)?.n ?? 0;
  return { rejected: of("rejected"), warnings: of("warning") };
}

export interface ContentCounts {
  occupations: number;
  scored: number;
  tasks: number;
  unlabelledTasks: number;
  tasksWithEvidence: number;
  onetOccupations: number;
  oohProfiles: number;
  occupationsWithOohProfile: number;
  alternateTitles: number;
  categories: number;
  indeedSectors: number;
  /** Distinct O*NET basic skills in the skills table (the pivot similarity's dimensions). */
  skills: number;
}

export function getContentCounts(db: ContentDb = contentDb()): ContentCounts {
  const total = (query: { get(): { n: number } | undefined }) => query.get()?.n ?? 0;
  return {
    occupations: total(db.select({ n: count() }).from(occupations)),
    scored: total(db.select({ n: count() }).from(occupations).where(isNotNull(occupations.score))),
    tasks: total(db.select({ n: count() }).from(tasks)),
    unlabelledTasks: total(db.select({ n: count() }).from(tasks).where(isNull(tasks.taskType))),
    tasksWithEvidence: total(db.select({ n: count() }).from(tasks).where(isNotNull(tasks.evidenceText))),
    onetOccupations: total(db.select({ n: count() }).from(onetOccupations)),
    oohProfiles: total(db.select({ n: count() }).from(oohProfiles)),
    occupationsWithOohProfile: total(db.select({ n: count() }).from(occupations).where(isNotNull(occupations.oohSlug))),
    alternateTitles: total(db.select({ n: count() }).from(alternateTitles)),
    categories: total(db.select({ n: count() }).from(categories)),
    indeedSectors: total(db.select({ n: count() }).from(indeedSectors)),
    skills: total(db.select({ n: sql<number>`count(distinct ${occupationSkills.skill})` }).from(occupationSkills)),
  };
}

/** How many occupations use the category prior for each external signal (T is never imputed). */
export function getImputationCounts(db: ContentDb = contentDb()): Record<SignalId, number> {
  const rows = db
    .select({ signal: signals.signal, n: count() })
    .from(signals)
    .where(eq(signals.imputed, true))
    .groupBy(signals.signal)
    .all();
  return Object.fromEntries(SIGNAL_IDS.map((id) => [id, rows.find((row) => row.signal === id)?.n ?? 0])) as Record<SignalId, number>;
}

/** Source and vintage of each signal as stored at import (one row per signal and vintage). */
export function listSignalVintages(db: ContentDb = contentDb()) {
  const rows = db
    .select({ signal: signals.signal, source: signals.source, vintage: signals.vintage, occupations: count() })
    .from(signals)
    .groupBy(signals.signal, signals.source, signals.vintage)
    .all();
  return rows.sort((a, b) => SIGNAL_IDS.indexOf(a.signal) - SIGNAL_IDS.indexOf(b.signal));
}

/** The project's SOC → Indeed sector crosswalk, with how many occupations each rule decides. */
export function listSectorRules(db: ContentDb = contentDb()) {
  return db.select().from(socSectorRules).orderBy(asc(socSectorRules.prefix)).all();
}

export function listIndeedSectors(db: ContentDb = contentDb()) {
  return db.select().from(indeedSectors).orderBy(asc(indeedSectors.name)).all();
}

/** How many occupations are mapped to each Indeed sector. */
export function countOccupationsBySector(db: ContentDb = contentDb()): Map<string | null, number> {
  const rows = db.select({ sector: occupations.sector, n: count() }).from(occupations).groupBy(occupations.sector).all();
  return new Map(rows.map((row) => [row.sector, row.n]));
}

/** The labels of METHODOLOGY's worked example: 11-3051.00 "Prepare and maintain production reports or personnel records". */
export function getWorkedExampleTask(db: ContentDb = contentDb()) {
  return (
    db
      .select({
        taskId: tasks.taskId,
        onetSoc: tasks.onetSoc,
        statement: tasks.statement,
        taskType: tasks.taskType,
        human: tasks.humanLabel,
        gpt4: tasks.gpt4Label,
        automation: tasks.automationLabel,
        score: tasks.score,
        weight: tasks.weight,
      })
      .from(tasks)
      .where(and(eq(tasks.onetSoc, "11-3051.00"), like(tasks.statement, "Prepare and maintain production reports%")))
      .get() ?? null
  );
}

/** Numbers the methodology quotes about the stored scores. */
export function getScoreDistribution(db: ContentDb = contentDb()) {
  const row = db
    .select({
      min: sql<number | null>`min(${occupations.score})`,
      max: sql<number | null>`max(${occupations.score})`,
      mean: sql<number | null>`avg(${occupations.score})`,
      weightedMean: sql<number | null>`sum(${occupations.score} * ${occupations.employment}) * 1.0 / nullif(sum(CASE WHEN ${occupations.score} IS NOT NULL THEN ${occupations.employment} END), 0)`,
    })
    .from(occupations)
    .get();
  return row ?? { min: null, max: null, mean: null, weightedMean: null };
}
