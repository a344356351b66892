/**
 * Task heatmap (METHODOLOGY §7): every task of the occupation against both raters' labels,
 * the automation level, the task score and the entry / mid / senior adjusted task scores.
 * Pure: the numbers come from lib/scoring (label values from its config, seniority from
 * `seniorityScore`), nothing is re-derived here.
 */
import { scoringConfig, type ScoringConfig } from "@/lib/scoring/config";
import { seniorityScore, type SeniorityMultipliers } from "@/lib/scoring/seniority";
import { isAutomationLabel, isExposureLabel } from "@/lib/scoring/tasks";

export interface HeatmapTaskInput {
  taskId: number;
  onetSoc: string;
  statement: string;
  taskType: "Core" | "Supplemental" | null;
  humanLabel: string | null;
  gpt4Label: string | null;
  automationLabel: string | null;
  /** Stored task score 0–100 (lib/scoring `taskScore`). */
  score: number;
  /** Stored task weight (lib/scoring `taskWeight`: Core 2, Supplemental 1, unlabelled 1). */
  weight: number;
}

export const HEATMAP_COLUMNS = [
  { id: "human", label: "Human raters", short: "Human", description: "Exposure label from human annotators: E0 = 0, E1 = 100, E2 = 50." },
  { id: "gpt4", label: "GPT-4", short: "GPT-4", description: "Exposure label from GPT-4 as rater: E0 = 0, E1 = 100, E2 = 50." },
  { id: "automation", label: "Automation level", short: "Autom.", description: "GPT-4 automation level: T0 = 0, T1 = 25, T2 = 50, T3 = 75, T4 = 100." },
  { id: "score", label: "Task score", short: "Score", description: "Task score 0–100: 75% rater exposure, 25% automation level." },
  { id: "entry", label: "Entry level", short: "Entry", description: "Task score × the category’s entry multiplier, clamped to 0–100." },
  { id: "mid", label: "Mid level", short: "Mid", description: "Task score × 1." },
  { id: "senior", label: "Senior level", short: "Senior", description: "Task score × the category’s senior multiplier." },
] as const;

export type HeatmapColumnId = (typeof HEATMAP_COLUMNS)[number]["id"];

export interface HeatmapCell {
  /** 0–100 on the one pressure colour scale; null when the rater did not label the task. */
  value: number | null;
  /** What the cell prints: a label ("E2", "T3") or a number ("75"); "—" when not rated. */
  text: string;
}

export interface HeatmapRow {
  taskId: number;
  onetSoc: string;
  statement: string;
  taskType: "Core" | "Supplemental" | null;
  weight: number;
  /** w·score / Σw: points this task adds to the task signal T (the sort key). */
  contribution: number;
  /** w / Σw, 0–1. */
  timeShare: number;
  cells: Record<HeatmapColumnId, HeatmapCell>;
}

export interface Heatmap {
  rows: HeatmapRow[];
  multipliers: SeniorityMultipliers;
  /** Σ of all contributions = the task signal T (unrounded); null without tasks. */
  taskSignal: number | null;
}

const NOT_RATED: HeatmapCell = { value: null, text: "—" };

function exposureCell(label: string | null, config: ScoringConfig): HeatmapCell {
  if (label === null || !isExposureLabel(label)) return NOT_RATED;
  return { value: config.exposure[label] * 100, text: label };
}

function automationCell(label: string | null, config: ScoringConfig): HeatmapCell {
  if (label === null || !isAutomationLabel(label)) return NOT_RATED;
  return { value: config.automation[label] * 100, text: label };
}

const numberCell = (value: number): HeatmapCell => ({ value, text: String(value) });

/**
 * Rows sorted by weighted contribution w·score/Σw (largest first; ties by task id), one cell
 * per column. Seniority cells are lib/scoring's `seniorityScore(task score, multiplier)`.
 */
export function buildHeatmap(
  tasks: readonly HeatmapTaskInput[],
  multipliers: SeniorityMultipliers,
  config: ScoringConfig = scoringConfig,
): Heatmap {
  const totalWeight = tasks.reduce((sum, task) => sum + task.weight, 0);
  const rows = tasks.map((task): HeatmapRow => {
    const { weight } = task;
    return {
      taskId: task.taskId,
      onetSoc: task.onetSoc,
      statement: task.statement,
      taskType: task.taskType,
      weight,
      contribution: totalWeight > 0 ? (weight * task.score) / totalWeight : 0,
      timeShare: totalWeight > 0 ? weight / totalWeight : 0,
      cells: {
        human: exposureCell(task.humanLabel, config),
        gpt4: exposureCell(task.gpt4Label, config),
        automation: automationCell(task.automationLabel, config),
        score: numberCell(task.score),
        entry: numberCell(seniorityScore(task.score, multipliers.entry)),
        mid: numberCell(seniorityScore(task.score, multipliers.mid)),
        senior: numberCell(seniorityScore(task.score, multipliers.senior)),
      },
    };
  });
  rows.sort((a, b) => b.contribution - a.contribution || a.taskId - b.taskId || a.onetSoc.localeCompare(b.onetSoc));
  return {
    rows,
    multipliers,
    taskSignal: totalWeight > 0 ? rows.reduce((sum, row) => sum + row.contribution, 0) : null,
  };
}
