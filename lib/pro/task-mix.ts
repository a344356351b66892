/**
 * "Your task mix": the member says how much of their week each task takes, and we recompute
 * their personal task signal, composite score and entry / mid / senior scores with the SAME
 * lib/scoring functions the importer uses: the member's time values replace the O*NET task
 * weights in `taskSignal`, and the four stored occupation-level signals (D, O, M, E) are kept.
 *
 * Shared by the server (member page) and the browser (the TaskMix client component), so it
 * imports only pure lib/scoring modules. Reading a mix back from a URL or the no-JavaScript
 * form (validated with zod) lives in ./task-mix-url.ts, which the browser never needs.
 *
 * URL form: `?mix=<taskId>:<value>,…` listing only the tasks whose value differs from the
 * O*NET weight, sorted by task id; no `mix` means the O*NET weights. Values are whole
 * numbers 0…99 ("any unit: only the proportions count").
 */
import { compositeScore } from "@/lib/scoring/composite";
import { scoringConfig, type ScoringConfig } from "@/lib/scoring/config";
import { seniorityScores, type SeniorityMultipliers, type SeniorityScores } from "@/lib/scoring/seniority";
import type { ExternalSignalId } from "@/lib/scoring/signals";
import { taskSignal } from "@/lib/scoring/tasks";

import { proConfig } from "./config";

export interface TaskMixTask {
  taskId: number;
  statement: string;
  /** Stored task score 0–100. */
  score: number;
  /** The O*NET weight (Core 2, Supplemental 1): the default time value. */
  weight: number;
}

/** Everything the recomputation needs; safe to send to a Pro member's browser. */
export interface TaskMixBase {
  tasks: TaskMixTask[];
  /** The stored values (0–100) of the four occupation-level signals. */
  signals: Record<ExternalSignalId, number>;
  multipliers: SeniorityMultipliers;
  /** The published score and seniority scores, for comparison. */
  stored: { score: number | null; seniority: SeniorityScores | null };
}

/** Time value per task id. */
export type TaskMix = Readonly<Record<number, number>>;

export interface TaskMixResult {
  /** Personal task signal (unrounded); null when every value is 0. */
  taskSignal: number | null;
  score: number | null;
  seniority: SeniorityScores | null;
  /** Each task's share of the member's week (0–1), by task id. */
  shares: Record<number, number>;
}

export type MixStatus = "default" | "custom" | "invalid";

export const MIX_MAX_VALUE = proConfig.taskMix.maxValue;

/** The O*NET weights as a mix. */
export function defaultMix(tasks: readonly Pick<TaskMixTask, "taskId" | "weight">[]): Record<number, number> {
  return Object.fromEntries(tasks.map((task) => [task.taskId, task.weight]));
}

/** Σ value·score / Σ value via lib/scoring `taskSignal`, then `compositeScore` and `seniorityScores`. */
export function computeTaskMix(base: TaskMixBase, mix: TaskMix, config: ScoringConfig = scoringConfig): TaskMixResult {
  const weighted = base.tasks.map((task) => ({ taskId: task.taskId, score: task.score, weight: mix[task.taskId] ?? task.weight }));
  const total = weighted.reduce((sum, task) => sum + task.weight, 0);
  const shares = Object.fromEntries(weighted.map((task) => [task.taskId, total > 0 ? task.weight / total : 0]));
  const t = taskSignal(weighted);
  if (t === null) return { taskSignal: null, score: null, seniority: null, shares };
  const { score } = compositeScore({ T: t, ...base.signals }, config);
  return { taskSignal: t, score, seniority: seniorityScores(score, base.multipliers), shares };
}

/** A mix → the `mix` query value: only tasks that differ from their O*NET weight, by task id; "" for the defaults. */
export function encodeMix(tasks: readonly Pick<TaskMixTask, "taskId" | "weight">[], mix: TaskMix): string {
  return [...tasks]
    .sort((a, b) => a.taskId - b.taskId)
    .flatMap((task) => {
      const value = mix[task.taskId];
      return value === undefined || value === task.weight ? [] : [`${task.taskId}:${value}`];
    })
    .join(",");
}

/** The field name of one task's input in the no-JavaScript GET form. */
export const mixFieldName = (taskId: number) => `t${taskId}`;
