/**
 * Written explanations (METHODOLOGY §10), computed inside the import's write transaction from
 * the rows already written there (so they say exactly what the site serves) by the pure
 * lib/explanations, and stored in task_explanations / occupation_explanations.
 */
import { asc, eq } from "drizzle-orm";
import type { BetterSQLite3Database } from "drizzle-orm/better-sqlite3";

import * as schema from "@/db/content/schema";
import {
  agreementSentence,
  explainTask,
  headlineSentences,
  leadVerbLexicon,
  outlookSentence,
  summarySentences,
  type Sentence,
  type TaskExplanationContext,
  type TaskFacts,
  type WorkContextFacts,
} from "@/lib/explanations";
import { measuredUseSourcesSchema } from "@/lib/measured-use/sources";

import { average, insertInChunks, type Tx } from "./util";

type ContentReader = Pick<Tx, "select"> | Pick<BetterSQLite3Database<typeof schema>, "select">;

type TaskRow = typeof schema.tasks.$inferSelect;

/** Everything the explanations are written from, read from a content database (or the write transaction). */
export function readExplanationFacts(db: ContentReader) {
  const taskRows = db.select().from(schema.tasks).orderBy(asc(schema.tasks.taskId)).all();
  const useByTask = new Map(db.select().from(schema.taskMeasuredUse).all().map((row) => [row.taskId, row]));
  const activities = new Map(db.select().from(schema.workActivities).all().map((row) => [row.iwaId, row]));
  const contexts = new Map(db.select().from(schema.workContexts).all().map((row) => [row.soc, row]));
  const occupationRows = db.select().from(schema.occupations).orderBy(asc(schema.occupations.soc)).all();
  const profiles = new Map(db.select().from(schema.oohProfiles).all().map((row) => [row.slug, row]));
  const measured = new Map(db.select().from(schema.occupationMeasuredUse).all().map((row) => [row.soc, row]));
  const metaValue = (key: string) => db.select({ value: schema.meta.value }).from(schema.meta).where(eq(schema.meta.key, key)).get()?.value;
  const vintages = JSON.parse(metaValue("vintages") ?? "null") as { projectionsBaseYear: number; projectionsTargetYear: number } | null;
  const useSources = measuredUseSourcesSchema.safeParse(JSON.parse(metaValue("measured_use_sources") ?? "null"));

  const completions = [...activities.values()].flatMap((row) => (row.copilotCompletion === null ? [] : [row.copilotCompletion]));
  const contextRows = [...contexts.values()];
  const exactness = contextRows.flatMap((row) => (row.exactness === null ? [] : [row.exactness]));
  const economyContext: WorkContextFacts | null =
    contextRows.length === 0
      ? null
      : { exactness: average(exactness), repeating: average(contextRows.map((row) => row.repeating))!, structured: average(contextRows.map((row) => row.structured))! };

  const onetTitles = new Map(db.select({ code: schema.onetOccupations.onetSoc, title: schema.onetOccupations.title }).from(schema.onetOccupations).all().map((row) => [row.code, row.title]));
  /** A task's fields; `specialised` names its O*NET-SOC code (task lists that join several codes). */
  const taskFacts = (row: TaskRow, specialised = false): TaskFacts => {
    const use = useByTask.get(row.taskId);
    return {
      taskId: row.taskId,
      statement: row.statement,
      humanLabel: row.humanLabel,
      gpt4Label: row.gpt4Label,
      automationLabel: row.automationLabel,
      score: row.score,
      claude:
        use === undefined
          ? null
          : use.claudeRelease === null || use.claudePct === null
            ? { seen: false }
            : { seen: true, release: use.claudeRelease, pct: use.claudePct, automation: use.automation, directive: use.directive },
      activities: (use?.iwaIds ?? []).flatMap((id) => {
        const activity = activities.get(id);
        return activity === undefined ? [] : [{ title: activity.title, completion: activity.copilotCompletion }];
      }),
      specialisation: specialised ? { code: row.onetSoc, title: onetTitles.get(row.onetSoc) ?? row.onetSoc } : null,
    };
  };

  return {
    taskRows,
    occupationRows,
    taskFacts,
    leadVerbs: leadVerbLexicon(taskRows.map((row) => row.statement)),
    workContextOf: (soc: string): WorkContextFacts | null => {
      const row = contexts.get(soc);
      return row === undefined ? null : { exactness: row.exactness, repeating: row.repeating, structured: row.structured };
    },
    economy: { meanCompletion: average(completions), workContext: economyContext },
    claudeReleases: useSources.success ? useSources.data.claude.map((release) => release.id) : [],
    years: vintages === null ? null : { base: vintages.projectionsBaseYear, target: vintages.projectionsTargetYear },
    profileOf: (slug: string | null) => (slug === null ? null : (profiles.get(slug) ?? null)),
    measuredOf: (soc: string) => measured.get(soc) ?? null,
  };
}

export type ExplanationFacts = ReturnType<typeof readExplanationFacts>;

/**
 * The task lists explanations rank against: the occupation's task list (METHODOLOGY §1) for
 * its tasks, and each other O*NET-SOC code's own tasks for the rest (its task page lists those).
 */
export function taskScopes(facts: ExplanationFacts): { scope: string; soc: string; tasks: TaskRow[] }[] {
  const bySoc = new Map<string, TaskRow[]>();
  const byOnet = new Map<string, TaskRow[]>();
  for (const row of facts.taskRows) {
    const [map, key] = row.inSocTaskList ? [bySoc, row.soc] : [byOnet, row.onetSoc];
    map.set(key, [...(map.get(key) ?? []), row]);
  }
  return [
    ...[...bySoc].map(([soc, tasks]) => ({ scope: "the occupation's", soc, tasks })),
    ...[...byOnet].map(([onetSoc, tasks]) => ({ scope: `O*NET-SOC ${onetSoc}'s`, soc: onetSoc.slice(0, 7), tasks })),
  ];
}

/** Whether a task list joins several O*NET-SOC codes (a SOC code without a `.00` code). */
export const isJoined = (tasks: readonly { onetSoc: string }[]) => new Set(tasks.map((task) => task.onetSoc)).size > 1;

/** Every task's sentences and every occupation's headline, outlook, summary and agreement sentence. */
export function computeExplanations(facts: ExplanationFacts) {
  const taskRows: { taskId: number; sentences: Sentence[] }[] = [];
  for (const { scope, soc, tasks } of taskScopes(facts)) {
    const all = tasks.map((row) => facts.taskFacts(row, isJoined(tasks)));
    const context: TaskExplanationContext = {
      tasks: all,
      scope,
      leadVerbs: facts.leadVerbs,
      workContext: facts.workContextOf(soc),
      economy: facts.economy,
      claudeReleases: facts.claudeReleases,
    };
    for (const task of all) taskRows.push({ taskId: task.taskId, sentences: explainTask(task, context) });
  }
  const listOf = new Map<string, TaskRow[]>();
  for (const row of facts.taskRows) if (row.inSocTaskList) listOf.set(row.soc, [...(listOf.get(row.soc) ?? []), row]);
  const occupationRows = facts.occupationRows.map((occupation) => {
    const tasks = listOf.get(occupation.soc) ?? [];
    const profile = facts.profileOf(occupation.oohSlug);
    const measured = facts.measuredOf(occupation.soc);
    return {
      soc: occupation.soc,
      headline: headlineSentences({ score: occupation.score, taskSignal: occupation.taskSignal, taskScores: tasks.map((task) => task.score) }),
      outlook: outlookSentence({
        changePct: occupation.changePct,
        employment: occupation.employment,
        oohOutlookPct: profile?.outlookPct ?? null,
        oohOutlookDesc: profile?.outlookDesc ?? null,
        oohTitle: profile?.title ?? null,
        years: facts.years,
        reportedTogetherAs: occupation.nemCode !== null && occupation.nemCode !== occupation.soc ? occupation.nemTitle : null,
      }),
      summary: summarySentences({
        tasks,
        leadVerbs: facts.leadVerbs,
        seenTasks: measured?.seenTasks ?? null,
        scoredTasks: measured?.scoredTasks ?? null,
        coverage: measured?.coverage ?? null,
      }),
      agreement: agreementSentence({
        percentiles: {
          score: measured?.pScore ?? null,
          betaHuman: measured?.pBetaHuman ?? null,
          betaGpt4: measured?.pBetaGpt4 ?? null,
          applicability: measured?.pApplicability ?? null,
          coverage: measured?.pCoverage ?? null,
          digital: measured?.pDigital ?? null,
        },
        spread: measured?.spread ?? null,
        agreement: measured?.agreement ?? null,
      }),
    };
  });
  return { taskRows, occupationRows };
}

/** Writer: reads back what the transaction holds, writes the explanations. After every table they read. */
export function writeExplanations(tx: Tx): void {
  const { taskRows, occupationRows } = computeExplanations(readExplanationFacts(tx));
  insertInChunks(taskRows, 500, (chunk) => tx.insert(schema.taskExplanations).values(chunk).run());
  insertInChunks(occupationRows, 200, (chunk) => tx.insert(schema.occupationExplanations).values(chunk).run());
}
