import type { OccupationSummary } from "@/db/queries/occupations";
import { toCsv } from "@/lib/csv";
import { verdictBand } from "@/lib/scoring";
import { occupationPath } from "@/lib/soc";

/**
 * The public occupation list (`GET /api/occupations`): the free fields of every
 * occupation, as JSON objects or CSV rows with the same names. Pure: the route handler
 * reads the rows and hands them here.
 */
export interface OccupationListItem {
  soc: string;
  title: string;
  /** Absolute canonical URL of the profile page. */
  url: string;
  categoryCode: string;
  category: string;
  /** AI pressure score 0–100; null when the occupation has no rated task. */
  score: number | null;
  /** Verdict band label ("Clear pressure"). */
  band: string | null;
  entryScore: number | null;
  midScore: number | null;
  seniorScore: number | null;
  /** BLS Employment Projections base-year employment (2024 in EP 2024–34); an NEM aggregate's when BLS reports the occupation together with others. */
  employment: number | null;
  /** BLS projected employment change over the projection decade, percent. */
  projectedChangePct: number | null;
  /** BLS median annual wage in the projections' base year, dollars; see medianWageTopCoded. */
  medianWage: number | null;
  /** True when BLS publishes the wage only as "≥ $239,200". */
  medianWageTopCoded: boolean;
  entryEducation: string | null;
  /** Karpathy/BLS Digital AI Exposure 0–10 of the covering OOH profile; null when none covers it. */
  digitalExposure: number | null;
  /** Rated O*NET tasks in the occupation's task list. */
  taskCount: number;
  /** The release these numbers belong to ("2026.12-1a2b3c4d", METHODOLOGY §9). */
  releaseId: string;
}

/** Column order of the CSV (and key order of the JSON objects). */
export const OCCUPATION_LIST_COLUMNS = [
  "soc",
  "title",
  "url",
  "categoryCode",
  "category",
  "score",
  "band",
  "entryScore",
  "midScore",
  "seniorScore",
  "employment",
  "projectedChangePct",
  "medianWage",
  "medianWageTopCoded",
  "entryEducation",
  "digitalExposure",
  "taskCount",
  "releaseId",
] as const satisfies readonly (keyof OccupationListItem)[];

/** The summary row fields the list needs (a subset of listOccupationSummaries()). */
export type OccupationListSource = Pick<
  OccupationSummary,
  | "soc"
  | "title"
  | "slug"
  | "categoryCode"
  | "score"
  | "entryScore"
  | "midScore"
  | "seniorScore"
  | "employment"
  | "changePct"
  | "epMedianWage"
  | "epMedianWageTopCoded"
  | "entryEducation"
  | "digitalExposure"
  | "taskCount"
>;

export function toOccupationListItem(row: OccupationListSource, categoryTitle: string, baseUrl: string, releaseId: string): OccupationListItem {
  return {
    soc: row.soc,
    title: row.title,
    url: new URL(occupationPath(row.slug), baseUrl).toString(),
    categoryCode: row.categoryCode,
    category: categoryTitle,
    score: row.score,
    band: row.score === null ? null : verdictBand(row.score).label,
    entryScore: row.entryScore,
    midScore: row.midScore,
    seniorScore: row.seniorScore,
    employment: row.employment,
    projectedChangePct: row.changePct,
    medianWage: row.epMedianWage,
    medianWageTopCoded: row.epMedianWageTopCoded,
    entryEducation: row.entryEducation,
    digitalExposure: row.digitalExposure,
    taskCount: row.taskCount,
    releaseId,
  };
}

export function occupationListCsv(items: readonly OccupationListItem[]): string {
  return toCsv(
    OCCUPATION_LIST_COLUMNS,
    items.map((item) => OCCUPATION_LIST_COLUMNS.map((column) => item[column])),
  );
}

/** `ai-pressure-occupations.csv`, or `ai-pressure-occupations-11.csv` for one category. */
export function occupationListFilename(categoryCode: string | null): string {
  return `ai-pressure-occupations${categoryCode === null ? "" : `-${categoryCode}`}.csv`;
}
