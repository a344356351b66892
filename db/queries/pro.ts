import "server-only";

import { and, asc, eq } from "drizzle-orm";
import { cache } from "react";

import { contentDb } from "@/db/content/client";
import { categories, occupations, proAnalyses, signals, tasks } from "@/db/content/schema";
import { getPivotFloor } from "@/db/queries/meta";
import { selectOccupation, taskLabelColumns } from "@/db/queries/columns";
import { buildHeatmap, type Heatmap } from "@/lib/pro/heatmap";
import { PIVOT_EMPTY_MESSAGES, pivotMethod, type PivotTarget } from "@/lib/pro/pivots";
import type { TaskMixBase } from "@/lib/pro/task-mix";
import type { AiToolRecommendation } from "@/lib/pro/tools";
import { computeWageImpact, type WageImpact } from "@/lib/pro/wage";
import type { ExternalSignalId } from "@/lib/scoring/signals";
import type { SeniorityMultipliers } from "@/lib/scoring/seniority";

/**
 * Pro analyses of one occupation (METHODOLOGY §7), ready to render on the profile or in the
 * PDF report. Stable contract: fields are only ever added. Every number is final (computed
 * by lib/pro from stored rows); `text` fields are the printed forms.
 */
export interface ProAnalyses {
  soc: string;
  title: string;
  /** Tasks × (human, GPT-4, automation, score, entry, mid, senior), heaviest contribution first. */
  heatmap: Heatmap;
  pivots: {
    /** Up to 8 targets, best first. */
    targets: PivotTarget[];
    /** Sentence for an empty list; null when there are targets. */
    emptyMessage: string | null;
    /** One line on how the targets were chosen (constants from lib/pro/config.ts). */
    method: string;
  };
  /** OEWS May 2025 percentiles, share of task time scoring ≥ 50, wage exposed per level. */
  wageImpact: WageImpact;
  tools: {
    /** Up to 6 AI tool categories, most relevant first, each with the tasks it helps with. */
    recommendations: AiToolRecommendation[];
    /** Sentence for an empty list (e.g. no task scores ≥ 50); null when there are recommendations. */
    emptyMessage: string | null;
  };
}

const DEFAULT_MULTIPLIERS: SeniorityMultipliers = { entry: 1, mid: 1, senior: 1 };

function multipliersFor(categoryCode: string): SeniorityMultipliers {
  const row = contentDb()
    .select({ entry: categories.entryMultiplier, senior: categories.seniorMultiplier })
    .from(categories)
    .where(eq(categories.code, categoryCode))
    .get();
  return row === undefined ? DEFAULT_MULTIPLIERS : { entry: row.entry, mid: 1, senior: row.senior };
}

function socTaskList(soc: string) {
  return contentDb()
    .select({
      taskId: tasks.taskId,
      ...taskLabelColumns,
    })
    .from(tasks)
    .where(and(eq(tasks.soc, soc), eq(tasks.inSocTaskList, true)))
    .orderBy(asc(tasks.taskId))
    .all();
}

const STALE_DATABASE = "Not available: the content database predates the Pro analyses; rebuild it with `npm run db:build`.";

/** The import-time analyses; "stale" for a content database built before the pro_analyses table existed. */
function storedAnalyses(soc: string) {
  try {
    return contentDb().select().from(proAnalyses).where(eq(proAnalyses.soc, soc)).get() ?? null;
  } catch (error) {
    if (error instanceof Error && error.message.includes("no such table: pro_analyses")) return "stale" as const;
    throw error;
  }
}

/**
 * Every Pro analysis of one occupation; null for an unknown SOC code. Call it only after the
 * entitlement check (member page, PDF route): the result is paid content.
 */
export const getProAnalyses = cache((soc: string): ProAnalyses | null => {
  const db = contentDb();
  const occupation = selectOccupation(db, soc, { soc: occupations.soc, title: occupations.title, categoryCode: occupations.categoryCode, wages: occupations.wages });
  if (occupation === undefined) return null;
  const multipliers = multipliersFor(occupation.categoryCode);
  const taskRows = socTaskList(soc);
  const stored = storedAnalyses(soc);
  const pivotTargets = stored === "stale" ? [] : (stored?.pivots ?? []);
  const recommendations = stored === "stale" ? [] : (stored?.toolRecommendations ?? []);
  return {
    soc: occupation.soc,
    title: occupation.title,
    heatmap: buildHeatmap(taskRows, multipliers),
    pivots: {
      targets: pivotTargets,
      emptyMessage: pivotTargets.length > 0 ? null : stored === "stale" ? STALE_DATABASE : PIVOT_EMPTY_MESSAGES[stored?.pivotsEmptyReason ?? "no-candidates"],
      method: pivotMethod(getPivotFloor()),
    },
    wageImpact: computeWageImpact(occupation.wages, taskRows, multipliers),
    tools: {
      recommendations,
      emptyMessage:
        recommendations.length > 0 ? null : stored === "stale" ? STALE_DATABASE : (stored?.toolsEmptyMessage ?? "No AI tool recommendations for this occupation."),
    },
  };
});

/** What "Your task mix" recomputes from: the task list, the four stored signals and the category curve. */
export const getTaskMixBase = cache((soc: string): TaskMixBase | null => {
  const db = contentDb();
  const occupation = selectOccupation(db, soc, {
    categoryCode: occupations.categoryCode,
    score: occupations.score,
    entry: occupations.entryScore,
    mid: occupations.midScore,
    senior: occupations.seniorScore,
  });
  if (occupation === undefined || occupation.score === null) return null;
  const signalRows = db.select({ signal: signals.signal, value: signals.value }).from(signals).where(eq(signals.soc, soc)).all();
  const values: Partial<Record<ExternalSignalId, number>> = {};
  for (const row of signalRows) if (row.signal !== "T") values[row.signal] = row.value;
  const { D, O, M, E } = values;
  if (D === undefined || O === undefined || M === undefined || E === undefined) return null;
  const seniority = occupation.entry === null || occupation.mid === null || occupation.senior === null ? null : { entry: occupation.entry, mid: occupation.mid, senior: occupation.senior };
  return {
    // Same order as the heatmap: heaviest contribution (weight × score) first.
    tasks: socTaskList(soc)
      .sort((a, b) => b.weight * b.score - a.weight * a.score || a.taskId - b.taskId)
      .map((task) => ({ taskId: task.taskId, statement: task.statement, score: task.score, weight: task.weight })),
    signals: { D, O, M, E },
    multipliers: multipliersFor(occupation.categoryCode),
    stored: { score: occupation.score, seniority },
  };
});
