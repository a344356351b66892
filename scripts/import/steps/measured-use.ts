/**
 * Part of step "match": measured AI use (METHODOLOGY §8) for every rated task and every
 * occupation, with the coverage of each source and why the rest is not covered.
 */
import type * as schema from "@/db/content/schema";
import {
  adoptionGap,
  agreement,
  automationShare,
  chatgptTrend,
  claudeUseOf,
  copilotOfTask,
  observedCoverage,
  percentiles,
  trendChange,
  usageShare,
  type MeasureId,
  type OccupationTaskUse,
} from "@/lib/measured-use";

import type { Sources } from "../sources";
import { round } from "../util";
import { meanBetas } from "./links";
import type { Scored } from "./score";

export interface MeasuredUseCoverage {
  tasks: number;
  claude: { seen: number; byRelease: Record<string, number>; notSeen: number };
  workActivities: { linked: number; notInOnet30: number; noDwa: number };
  copilotTasks: number;
  occupations: number;
  scoredOccupations: number;
  claudeOccupations: { withSeenTask: number; noneSeen: number };
  applicability: { covered: number; viaAggregate: number; missing: number };
  chatgpt: { covered: number; missing: number; months: number };
}

export interface MeasuredUse {
  taskRows: (typeof schema.taskMeasuredUse.$inferInsert)[];
  workActivityRows: (typeof schema.workActivities.$inferInsert)[];
  occupationRows: (typeof schema.occupationMeasuredUse.$inferInsert)[];
  monthlyRows: (typeof schema.occupationChatgptMonthly.$inferInsert)[];
  coverage: MeasuredUseCoverage;
}

const r = (value: number | null, digits: number) => (value === null ? null : round(value, digits));

export function measureUse(sources: Sources, scored: Scored): MeasuredUse {
  const { claude, workActivities, copilot, chatgpt, onet, onetCurrent } = sources;
  const taskRows: MeasuredUse["taskRows"] = [];
  const byTask = new Map<number, { claude: ReturnType<typeof claudeUseOf> }>();
  const coverage: MeasuredUseCoverage = {
    tasks: 0,
    claude: { seen: 0, byRelease: Object.fromEntries(claude.releases.map((release) => [release.id, 0])), notSeen: 0 },
    workActivities: { linked: 0, notInOnet30: 0, noDwa: 0 },
    copilotTasks: 0,
    occupations: scored.socs.length,
    scoredOccupations: 0,
    claudeOccupations: { withSeenTask: 0, noneSeen: 0 },
    applicability: { covered: 0, viaAggregate: 0, missing: 0 },
    chatgpt: { covered: 0, missing: 0, months: chatgpt.monthly.size },
  };

  for (const { value: row } of onet.taskRows) {
    const task = scored.scoredTasks.get(row.taskId);
    if (task === undefined || task.score === null) continue;
    coverage.tasks += 1;
    const use = claudeUseOf(row.statement, claude.releases);
    if (use === null) coverage.claude.notSeen += 1;
    else {
      coverage.claude.seen += 1;
      coverage.claude.byRelease[use.release] = (coverage.claude.byRelease[use.release] ?? 0) + 1;
    }
    const iwaIds = workActivities.iwasByTask.get(row.taskId) ?? [];
    if (iwaIds.length > 0) coverage.workActivities.linked += 1;
    else if (onetCurrent.taskIds.has(row.taskId)) coverage.workActivities.noDwa += 1;
    else coverage.workActivities.notInOnet30 += 1;
    const copilotUse = copilotOfTask(iwaIds, copilot.iwaMetrics);
    if (copilotUse !== null) coverage.copilotTasks += 1;
    byTask.set(row.taskId, { claude: use });
    taskRows.push({
      taskId: row.taskId,
      claudeRelease: use?.release ?? null,
      claudePct: r(use?.pct ?? null, 6),
      automation: r(use?.automation ?? null, 4),
      augmentation: r(use?.augmentation ?? null, 4),
      directive: r(use?.directive ?? null, 4),
      iwaIds,
      copilotCompletion: r(copilotUse?.completion ?? null, 4),
      copilotImpactScope: r(copilotUse?.impactScope ?? null, 4),
    });
  }

  const linkedIwas = new Set(taskRows.flatMap((row) => row.iwaIds ?? []));
  const workActivityRows = [...workActivities.iwaTitles]
    .filter(([iwa]) => linkedIwas.has(iwa))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([iwaId, title]) => {
      const metric = copilot.iwaMetrics.get(iwaId);
      return { iwaId, title, copilotCompletion: r(metric?.completion ?? null, 4), copilotImpactScope: r(metric?.impactScope ?? null, 4) };
    });

  // Per occupation: its task list is the tasks of its `.00` code or specialisations (METHODOLOGY §1).
  const perSoc = scored.socs.map((soc) => {
    const tasks: OccupationTaskUse[] = onet.primaryCodes(soc).flatMap((code) =>
      (onet.tasksByOnet.get(code) ?? []).flatMap(({ row }) => {
        const task = scored.scoredTasks.get(row.taskId);
        const use = byTask.get(row.taskId);
        return task === undefined || task.score === null || use === undefined ? [] : [{ weight: task.weight, claude: use.claude }];
      }),
    );
    const a = scored.assembled.get(soc)!;
    // Microsoft uses SOC 2018 codes, which report some of ours together (13-1021 → 13-1020).
    const copilotSoc = [soc, a.crosswalk?.nemCode].find((code) => code !== undefined && copilot.applicability.has(code)) ?? null;
    const weights = copilotSoc === null ? undefined : copilot.weightsBySoc.get(copilotSoc);
    const trend = weights === undefined ? [] : chatgptTrend(weights, chatgpt.monthly);
    const s = scored.scoreBySoc.get(soc)!;
    return {
      soc,
      tasks,
      trend,
      scoredOccupation: s.score !== null,
      coverage: observedCoverage(tasks),
      copilotSoc,
      applicability: copilotSoc === null ? null : (copilot.applicability.get(copilotSoc) ?? null),
      measures: {
        score: s.score,
        ...meanBetas(soc, sources),
        digital: a.profile === null ? null : (sources.ooh.exposure.get(a.profile.slug) ?? null),
        taskSignal: s.taskSignal,
      },
    };
  });

  // Percentiles among the scored occupations that have the measure.
  const scoredOnes = perSoc.filter((o) => o.scoredOccupation);
  const rank = (pick: (o: (typeof perSoc)[number]) => number | null) =>
    percentiles(
      new Map(
        scoredOnes.flatMap((o) => {
          const value = pick(o);
          return value === null ? [] : [[o.soc, value] as const];
        }),
      ),
    );
  const ranks: Record<MeasureId | "taskSignal", Map<string, number>> = {
    score: rank((o) => o.measures.score),
    betaHuman: rank((o) => o.measures.betaHuman),
    betaGpt4: rank((o) => o.measures.betaGpt4),
    applicability: rank((o) => o.applicability),
    coverage: rank((o) => o.coverage),
    digital: rank((o) => o.measures.digital),
    taskSignal: rank((o) => o.measures.taskSignal),
  };

  const occupationRows: MeasuredUse["occupationRows"] = [];
  const monthlyRows: MeasuredUse["monthlyRows"] = [];
  for (const o of perSoc) {
    const seenTasks = o.tasks.filter((task) => task.claude !== null).length;
    if (o.scoredOccupation) coverage.scoredOccupations += 1;
    if (o.tasks.length > 0) coverage.claudeOccupations[seenTasks > 0 ? "withSeenTask" : "noneSeen"] += 1;
    coverage.applicability[o.applicability === null ? "missing" : o.copilotSoc === o.soc ? "covered" : "viaAggregate"] += 1;
    coverage.chatgpt[o.trend.length === 0 ? "missing" : "covered"] += 1;
    const p = (id: keyof typeof ranks) => r(ranks[id].get(o.soc) ?? null, 2);
    const strip = { score: p("score"), betaHuman: p("betaHuman"), betaGpt4: p("betaGpt4"), applicability: p("applicability"), coverage: p("coverage"), digital: p("digital") };
    const agree = agreement(strip);
    occupationRows.push({
      soc: o.soc,
      scoredTasks: o.tasks.length,
      seenTasks,
      coverage: r(o.coverage, 2),
      usageShare: o.tasks.length === 0 ? null : r(usageShare(o.tasks), 6),
      automationShare: r(automationShare(o.tasks), 4),
      applicability: r(o.applicability, 4),
      copilotSoc: o.copilotSoc,
      chatgptFirst: r(o.trend[0]?.value ?? null, 4),
      chatgptLast: r(o.trend.at(-1)?.value ?? null, 4),
      chatgptChange: r(trendChange(o.trend), 4),
      pScore: strip.score,
      pBetaHuman: strip.betaHuman,
      pBetaGpt4: strip.betaGpt4,
      pApplicability: strip.applicability,
      pCoverage: strip.coverage,
      pDigital: strip.digital,
      pTaskSignal: p("taskSignal"),
      spread: r(agree?.spread ?? null, 2),
      agreement: agree?.label ?? null,
      adoptionGap: r(adoptionGap(p("taskSignal"), strip.coverage), 2),
    });
    for (const point of o.trend) monthlyRows.push({ soc: o.soc, month: point.month, value: round(point.value, 4) });
  }
  return { taskRows, workActivityRows, occupationRows, monthlyRows, coverage };
}

/** The import summary's lines: what each source covers and why the rest is not covered. */
export function describeCoverage(c: MeasuredUseCoverage): string[] {
  const releases = Object.entries(c.claude.byRelease).map(([id, n]) => `${n} from ${id}`).join(", ");
  return [
    `Claude (Anthropic)  ${c.claude.seen} of ${c.tasks} rated tasks seen (${releases}); ${c.claude.notSeen} not seen: their statement is in neither release's task table`,
    `                    occupations: ${c.claudeOccupations.withSeenTask} with a seen task, ${c.claudeOccupations.noneSeen} with none seen, ${c.occupations - c.claudeOccupations.withSeenTask - c.claudeOccupations.noneSeen} without rated tasks`,
    `work activities     ${c.workActivities.linked} tasks linked to an IWA (O*NET 30.1 Tasks to DWAs); ${c.workActivities.notInOnet30} no longer in O*NET 30.1, ${c.workActivities.noDwa} in 30.1 without a DWA`,
    `Copilot per task    ${c.copilotTasks} tasks with Copilot metrics on their IWAs; ${c.tasks - c.copilotTasks} without (no IWA link, or Microsoft has no metric for it)`,
    `Copilot (SOC)       applicability for ${c.applicability.covered + c.applicability.viaAggregate} of ${c.occupations} occupations (${c.applicability.viaAggregate} through their BLS aggregate, e.g. 13-1021 as 13-1020); ${c.applicability.missing} missing: neither code in Microsoft's file (SOC 2018 codes, no 55-xxxx)`,
    `ChatGPT (OpenAI)    monthly trend (${c.chatgpt.months} months) for ${c.chatgpt.covered} occupations; ${c.chatgpt.missing} without: no work-activity profile in microsoft-wwai/soc_iwa_weights.csv under their code or aggregate`,
  ];
}
