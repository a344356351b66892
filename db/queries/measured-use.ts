import { asc, eq, inArray } from "drizzle-orm";
import { cache } from "react";

import { contentDb } from "@/db/content/client";
import { meta, occupationChatgptMonthly, occupationMeasuredUse, taskMeasuredUse, workActivities, type TaskMeasuredUse, type WorkActivity } from "@/db/content/schema";
import { measuredUseSourcesSchema, type MeasuredUseSources } from "@/lib/measured-use/sources";

export function getMeasuredUseSources(): MeasuredUseSources | null {
  const value = contentDb().select({ value: meta.value }).from(meta).where(eq(meta.key, "measured_use_sources")).get()?.value;
  if (value === undefined) return null;
  const parsed = measuredUseSourcesSchema.safeParse(JSON.parse(value));
  return parsed.success ? parsed.data : null;
}

/** Measured AI use of one occupation and of the given tasks (its task list); null for an unknown SOC code. */
export const getMeasuredUse = cache((soc: string, taskIds: readonly number[]) => {
  const db = contentDb();
  const occupation = db.select().from(occupationMeasuredUse).where(eq(occupationMeasuredUse.soc, soc)).get();
  if (occupation === undefined) return null;
  const taskRows = taskIds.length === 0 ? [] : db.select().from(taskMeasuredUse).where(inArray(taskMeasuredUse.taskId, [...taskIds])).all();
  const iwaIds = [...new Set(taskRows.flatMap((row) => row.iwaIds))];
  const activityRows = iwaIds.length === 0 ? [] : db.select().from(workActivities).where(inArray(workActivities.iwaId, iwaIds)).all();
  return {
    occupation,
    monthly: db.select({ month: occupationChatgptMonthly.month, value: occupationChatgptMonthly.value }).from(occupationChatgptMonthly).where(eq(occupationChatgptMonthly.soc, soc)).orderBy(asc(occupationChatgptMonthly.month)).all(),
    tasks: Object.fromEntries(taskRows.map((row) => [row.taskId, row])) as Record<number, TaskMeasuredUse>,
    activities: Object.fromEntries(activityRows.map((row) => [row.iwaId, row])) as Record<string, WorkActivity>,
    sources: getMeasuredUseSources(),
  };
});

export type MeasuredUseData = NonNullable<ReturnType<typeof getMeasuredUse>>;

/** Every occupation's measured-use row (report script, compare). */
export function listMeasuredUse(socs?: readonly string[]) {
  const query = contentDb().select().from(occupationMeasuredUse);
  return socs === undefined ? query.all() : socs.length === 0 ? [] : query.where(inArray(occupationMeasuredUse.soc, [...socs])).all();
}

/** The measured-use part of the API breakdown (`/api/occupations/<soc>`, `npm run score -- --json`). */
export function measuredUseBreakdown(data: MeasuredUseData | null) {
  if (data === null) return null;
  const { occupation: row, monthly, sources } = data;
  return {
    sources,
    scoredTasks: row.scoredTasks,
    seenTasks: row.seenTasks,
    observedCoverage: row.coverage,
    usageSharePct: row.usageShare,
    automationShare: row.automationShare,
    copilotApplicability: row.applicability,
    copilotSoc: row.copilotSoc,
    chatgptTrend: { first: row.chatgptFirst, last: row.chatgptLast, change: row.chatgptChange, months: monthly },
    percentiles: {
      score: row.pScore,
      betaHuman: row.pBetaHuman,
      betaGpt4: row.pBetaGpt4,
      applicability: row.pApplicability,
      coverage: row.pCoverage,
      digital: row.pDigital,
      taskSignal: row.pTaskSignal,
    },
    spread: row.spread,
    agreement: row.agreement,
    adoptionGap: row.adoptionGap,
  };
}

/** The measured-use fields of one task in the API breakdown; null when the build has none for it. */
export function taskMeasuredUseBreakdown(data: MeasuredUseData | null, taskId: number) {
  const use = data?.tasks[taskId];
  if (use === undefined) return null;
  return {
    claude:
      use.claudeRelease === null
        ? { seen: false as const, release: null, pctOfConversations: null, automation: null, augmentation: null, directive: null }
        : { seen: true as const, release: use.claudeRelease, pctOfConversations: use.claudePct, automation: use.automation, augmentation: use.augmentation, directive: use.directive },
    copilot: use.copilotCompletion === null || use.copilotImpactScope === null ? null : { completion: use.copilotCompletion, impactScope: use.copilotImpactScope },
    workActivities: use.iwaIds.flatMap((id) => {
      const activity = data?.activities[id];
      return activity === undefined ? [] : [{ iwaId: id, title: activity.title, copilotCompletion: activity.copilotCompletion, copilotImpactScope: activity.copilotImpactScope }];
    }),
  };
}
