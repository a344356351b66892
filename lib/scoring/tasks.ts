import { scoringConfig, type ScoringConfig } from "./config";
import { roundHalfUp } from "./math";

export type ExposureLabel = keyof ScoringConfig["exposure"];
export type AutomationLabel = keyof ScoringConfig["automation"];
export type TaskType = "Core" | "Supplemental" | null;

export const EXPOSURE_LABELS = ["E0", "E1", "E2"] as const satisfies readonly ExposureLabel[];
export const AUTOMATION_LABELS = ["T0", "T1", "T2", "T3", "T4"] as const satisfies readonly AutomationLabel[];

export interface TaskLabels {
  human: ExposureLabel | null;
  gpt4: ExposureLabel | null;
  automation: AutomationLabel | null;
}

/** Rater blend x: mean exposure of the raters present; null when neither rated the task. */
export function raterBlend(labels: Pick<TaskLabels, "human" | "gpt4">, config: ScoringConfig = scoringConfig): number | null {
  const present = [labels.human, labels.gpt4].filter((label): label is ExposureLabel => label !== null);
  if (present.length === 0) return null;
  return present.reduce((sum, label) => sum + config.exposure[label], 0) / present.length;
}

/**
 * Task feasibility 0–100 (METHODOLOGY §1). A task needs at least one exposure label and
 * an automation level; otherwise it is unrated (null) and left out of the task signal.
 */
export function taskScore(labels: TaskLabels, config: ScoringConfig = scoringConfig): number | null {
  const x = raterBlend(labels, config);
  if (x === null || labels.automation === null) return null;
  const a = config.automation[labels.automation];
  return roundHalfUp(100 * (config.taskBlend.exposure * x + config.taskBlend.automation * a));
}

export function taskWeight(type: TaskType, config: ScoringConfig = scoringConfig): number {
  if (type === "Core") return config.taskWeights.Core;
  if (type === "Supplemental") return config.taskWeights.Supplemental;
  return config.taskWeights.unlabelled;
}

export interface WeightedScore {
  score: number;
  weight: number;
}

/** Task signal T = Σ w·score / Σ w; null for an occupation without rated tasks. */
export function taskSignal(tasks: readonly WeightedScore[]): number | null {
  let weighted = 0;
  let totalWeight = 0;
  for (const task of tasks) {
    weighted += task.weight * task.score;
    totalWeight += task.weight;
  }
  return totalWeight > 0 ? weighted / totalWeight : null;
}

/** Share of weighted task time in tasks scoring at least `threshold` (0–1). */
export function highScoreShare(tasks: readonly WeightedScore[], threshold: number = scoringConfig.highTaskScore): number | null {
  let high = 0;
  let totalWeight = 0;
  for (const task of tasks) {
    totalWeight += task.weight;
    if (task.score >= threshold) high += task.weight;
  }
  return totalWeight > 0 ? high / totalWeight : null;
}

export function isExposureLabel(value: string): value is ExposureLabel {
  return (EXPOSURE_LABELS as readonly string[]).includes(value);
}

export function isAutomationLabel(value: string): value is AutomationLabel {
  return (AUTOMATION_LABELS as readonly string[]).includes(value);
}
