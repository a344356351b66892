import { and, asc, eq, sql } from "drizzle-orm";

import { contentDb } from "@/db/content/client";
import { categories, occupationMeasuredUse, occupations, signals, SIGNAL_IDS, tasks, type SignalId } from "@/db/content/schema";
import { explanationView, type ExplanationView } from "@/lib/explanations/sources";
import { verdictBand, type ScoredSignal } from "@/lib/scoring";
import type { WagePercentiles } from "@/db/content/schema";

import { getOccupationExplanation, withExplanations } from "./explanations";
import { getMeasuredUse, measuredUseBreakdown, taskMeasuredUseBreakdown } from "./measured-use";
import { getReleaseId, getSourceVintages } from "./releases";
import { occupationFactColumns, taskLabelColumns } from "./columns";

/** One row per occupation with the fields lists, charts, the API and the sitemap need. */
export function listOccupationSummaries() {
  return contentDb()
    .select({
      soc: occupations.soc,
      title: occupations.title,
      slug: occupations.slug,
      categoryCode: occupations.categoryCode,
      score: occupations.score,
      band: occupations.band,
      entryScore: occupations.entryScore,
      midScore: occupations.midScore,
      seniorScore: occupations.seniorScore,
      employment: occupations.employment,
      /** Jobs to weight economy-wide figures by: an NEM aggregate's employment split evenly between the occupations BLS reports together, so it counts once. */
      jobWeight: sql<number | null>`${occupations.employment} * 1.0 / count(*) OVER (PARTITION BY coalesce(${occupations.nemCode}, ${occupations.soc}))`,
      ...occupationFactColumns,
      observedCoverage: occupationMeasuredUse.coverage,
      adoptionGap: occupationMeasuredUse.adoptionGap,
      automationShare: occupationMeasuredUse.automationShare,
    })
    .from(occupations)
    .leftJoin(occupationMeasuredUse, eq(occupationMeasuredUse.soc, occupations.soc))
    .orderBy(asc(occupations.soc))
    .all();
}

export type OccupationSummary = ReturnType<typeof listOccupationSummaries>[number];

export function listCategories() {
  return contentDb().select().from(categories).orderBy(asc(categories.code)).all();
}

export function getOccupationBySoc(soc: string) {
  return contentDb().select().from(occupations).where(eq(occupations.soc, soc)).get() ?? null;
}

export function getCategoryByCode(code: string) {
  return contentDb().select().from(categories).where(eq(categories.code, code)).get() ?? null;
}

/** The occupation's signals in model order T, D, O, M, E. */
export function getSignalsForSoc(soc: string) {
  const rows = contentDb().select().from(signals).where(eq(signals.soc, soc)).all();
  return rows.sort((a, b) => SIGNAL_IDS.indexOf(a.signal) - SIGNAL_IDS.indexOf(b.signal));
}

/** Tasks of the SOC code's task list (METHODOLOGY §1), heaviest contribution first. */
export function getScoredTasksForSoc(soc: string) {
  return contentDb()
    .select()
    .from(tasks)
    .where(and(eq(tasks.soc, soc), eq(tasks.inSocTaskList, true)))
    .orderBy(asc(tasks.onetSoc), asc(tasks.taskId))
    .all();
}

/** A stored signal as the breakdown shows it: the scored fields plus where the value came from. */
export interface SignalBreakdown extends Omit<ScoredSignal, "signal"> {
  source: string;
  sourceUrl: string | null;
  vintage: string;
}

export interface OccupationBreakdown {
  /** The release these numbers belong to (METHODOLOGY §9). */
  releaseId: string | null;
  soc: string;
  title: string;
  category: string;
  /** BLS Employment Projections: base-year employment and projected change, of the NEM code BLS reports the occupation under. */
  employment: {
    source: string;
    year: number | null;
    value: number | null;
    projectedChangePct: number | null;
    nemCode: string | null;
    /** Set when BLS reports the occupation together with others under one NEM aggregate. */
    reportedTogetherAs: string | null;
  };
  /** OEWS annual wage percentiles, from the OEWS row named here. */
  wages: { source: string; oewsCode: string | null; oewsTitle: string | null; percentiles: WagePercentiles | null };
  score: number | null;
  band: string | null;
  signals: Partial<Record<SignalId, SignalBreakdown>>;
  seniority: { entry: number | null; mid: number | null; senior: number | null; multipliers: { entry: number; mid: number; senior: number } };
  tasks: {
    taskId: number;
    onetSoc: string;
    statement: string;
    type: "Core" | "Supplemental" | null;
    human: string | null;
    gpt4: string | null;
    automation: string | null;
    score: number;
    weight: number;
    /** Claude use, Copilot metrics and work activities of the task (METHODOLOGY §8). */
    measuredUse: ReturnType<typeof taskMeasuredUseBreakdown>;
    /** What the fields say, in two to four sentences citing their fields (METHODOLOGY §10); null in a build without it. */
    explanation: ExplanationView | null;
  }[];
  /** Headline, outlook line, summary and "measures agree / contested" sentence (METHODOLOGY §10); null in a build without them. */
  explanations: { headline: ExplanationView; outlook: ExplanationView; summary: ExplanationView; agreement: ExplanationView } | null;
  /** Measured AI use of the occupation and the percentile strip (METHODOLOGY §8); null in a build without it. */
  measuredUse: ReturnType<typeof measuredUseBreakdown>;
}

/** The free, public breakdown of one occupation: the shape of `npm run score -- <SOC> --json` and `/api/occupations/<soc>`. */
export function getOccupationBreakdown(soc: string): OccupationBreakdown | null {
  const occupation = getOccupationBySoc(soc);
  if (occupation === null) return null;
  const category = getCategoryByCode(occupation.categoryCode);
  const signalRows = getSignalsForSoc(soc);
  const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;
  const vintages = getSourceVintages();
  const scoredTasks = withExplanations(getScoredTasksForSoc(soc));
  const written = getOccupationExplanation(soc);
  const measured = getMeasuredUse(
    soc,
    scoredTasks.map((task) => task.taskId),
  );
  return {
    releaseId: getReleaseId(),
    soc: occupation.soc,
    title: occupation.title,
    category: category?.title ?? occupation.categoryCode,
    employment: {
      source: `BLS Employment Projections ${vintages?.projections ?? ""}`.trim(),
      year: vintages?.projectionsBaseYear ?? null,
      value: occupation.employment,
      projectedChangePct: occupation.changePct,
      nemCode: occupation.nemCode,
      reportedTogetherAs: occupation.nemCode !== null && occupation.nemCode !== occupation.soc ? occupation.nemTitle : null,
    },
    wages: { source: `BLS OEWS ${vintages?.oews ?? ""}`.trim(), oewsCode: occupation.oewsCode, oewsTitle: occupation.oewsTitle, percentiles: occupation.wages },
    score: occupation.score,
    band: occupation.score === null ? null : verdictBand(occupation.score).label,
    signals: Object.fromEntries(
      signalRows.map((row) => [
        row.signal,
        {
          value: round(row.value),
          raw: row.raw === null ? null : round(row.raw),
          rawLabel: row.rawLabel,
          weight: row.weight,
          contribution: round(row.contribution),
          imputed: row.imputed,
          source: row.source,
          sourceUrl: row.sourceUrl,
          vintage: row.vintage,
        },
      ]),
    ),
    seniority: {
      entry: occupation.entryScore,
      mid: occupation.midScore,
      senior: occupation.seniorScore,
      multipliers: { entry: category?.entryMultiplier ?? 1, mid: 1, senior: category?.seniorMultiplier ?? 1 },
    },
    tasks: scoredTasks.map((task) => ({
      taskId: task.taskId,
      onetSoc: task.onetSoc,
      statement: task.statement,
      type: task.taskType,
      human: task.humanLabel,
      gpt4: task.gpt4Label,
      automation: task.automationLabel,
      score: task.score,
      weight: task.weight,
      measuredUse: taskMeasuredUseBreakdown(measured, task.taskId),
      explanation: task.explanation === null ? null : explanationView(task.explanation),
    })),
    measuredUse: measuredUseBreakdown(measured),
    explanations:
      written === null
        ? null
        : {
            headline: explanationView(written.headline),
            outlook: explanationView([written.outlook]),
            summary: explanationView(written.summary),
            agreement: explanationView([written.agreement]),
          },
  };
}

/** Every stored task with its labels and scores (the tasks download). */
export function listAllTasks() {
  return contentDb()
    .select({
      taskId: tasks.taskId,
      soc: tasks.soc,
      ...taskLabelColumns,
      inSocTaskList: tasks.inSocTaskList,
      inCurrentOnet: tasks.inCurrentOnet,
    })
    .from(tasks)
    .orderBy(asc(tasks.soc), asc(tasks.onetSoc), asc(tasks.taskId))
    .all();
}
