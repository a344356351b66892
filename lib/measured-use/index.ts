/**
 * Measured AI use (METHODOLOGY §8) as pure functions: evidence shown beside the score, never
 * part of it. The importer calls these once for the whole economy and stores the results.
 */

/** Lower case, punctuation and runs of spaces collapsed: how task statements are joined across sources. */
export function normaliseTaskText(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** Collaboration shares of one task's conversations as a source publishes them (fractions). */
export interface Collaboration {
  directive: number;
  feedbackLoop: number;
  taskIteration: number;
  validation: number;
  learning: number;
}

/** Automation = directive + feedback loop, augmentation = the rest, each a share of their sum (`filtered` left out). */
export function collaborationMix(c: Collaboration): { automation: number; augmentation: number } | null {
  const automation = c.directive + c.feedbackLoop;
  const augmentation = c.taskIteration + c.validation + c.learning;
  const total = automation + augmentation;
  if (total <= 0) return null;
  return { automation: automation / total, augmentation: augmentation / total };
}

/** One task in one Claude release: share of conversations (percent) and the collaboration shares. */
export interface ClaudeTaskRow {
  /** Percent of the release's conversations. */
  pct: number;
  collaboration: Collaboration | null;
}

/**
 * Rows whose statements normalise to the same text are one task: their shares add up and
 * their collaboration shares are averaged weighted by share.
 */
export function mergeClaudeRows(rows: readonly ClaudeTaskRow[]): ClaudeTaskRow {
  const pct = rows.reduce((sum, row) => sum + row.pct, 0);
  const withMix = rows.filter((row) => row.collaboration !== null);
  if (withMix.length === 0) return { pct, collaboration: null };
  const weightOf = (row: ClaudeTaskRow) => (pct > 0 ? row.pct : 1);
  const total = withMix.reduce((sum, row) => sum + weightOf(row), 0);
  const mean = (pick: (c: Collaboration) => number) => withMix.reduce((sum, row) => sum + weightOf(row) * pick(row.collaboration!), 0) / total;
  return {
    pct,
    collaboration: {
      directive: mean((c) => c.directive),
      feedbackLoop: mean((c) => c.feedbackLoop),
      taskIteration: mean((c) => c.taskIteration),
      validation: mean((c) => c.validation),
      learning: mean((c) => c.learning),
    },
  };
}

export interface ClaudeRelease {
  /** "2026-01-15" */
  id: string;
  /** Normalised task text → its row. */
  tasks: ReadonlyMap<string, ClaudeTaskRow>;
}

export interface ClaudeTaskUse {
  release: string;
  pct: number;
  /** Share of the directive share among automation (for the "78% directive" wording). */
  directive: number | null;
  automation: number | null;
  augmentation: number | null;
}

/** The task in the newest release that has it (`releases` newest first); null: not seen in Claude use. */
export function claudeUseOf(statement: string, releases: readonly ClaudeRelease[]): ClaudeTaskUse | null {
  const key = normaliseTaskText(statement);
  for (const release of releases) {
    const row = release.tasks.get(key);
    if (row === undefined) continue;
    const mix = row.collaboration === null ? null : collaborationMix(row.collaboration);
    const c = row.collaboration;
    const sum = c === null ? 0 : c.directive + c.feedbackLoop + c.taskIteration + c.validation + c.learning;
    return {
      release: release.id,
      pct: row.pct,
      directive: c === null || sum <= 0 ? null : c.directive / sum,
      automation: mix?.automation ?? null,
      augmentation: mix?.augmentation ?? null,
    };
  }
  return null;
}

export interface IwaMetric {
  completion: number;
  impactScope: number;
}

/** Copilot's completion rate and impact scope of a task: the mean over the task's IWAs that have metrics. */
export function copilotOfTask(iwaIds: readonly string[], metrics: ReadonlyMap<string, IwaMetric>): (IwaMetric & { iwas: number }) | null {
  const found = iwaIds.flatMap((id) => {
    const metric = metrics.get(id);
    return metric === undefined ? [] : [metric];
  });
  if (found.length === 0) return null;
  const mean = (pick: (m: IwaMetric) => number) => found.reduce((sum, m) => sum + pick(m), 0) / found.length;
  return { completion: mean((m) => m.completion), impactScope: mean((m) => m.impactScope), iwas: found.length };
}

export interface OccupationTaskUse {
  weight: number;
  /** Null when the task is not seen in Claude use. */
  claude: Pick<ClaudeTaskUse, "pct" | "automation"> | null;
}

/** U = 100 × Σ w·[seen] / Σ w over the occupation's scored tasks; null without tasks. */
export function observedCoverage(tasks: readonly OccupationTaskUse[]): number | null {
  const total = tasks.reduce((sum, task) => sum + task.weight, 0);
  if (total <= 0) return null;
  return (100 * tasks.reduce((sum, task) => sum + (task.claude === null ? 0 : task.weight), 0)) / total;
}

/** Usage share = Σ pct over the occupation's tasks (percent of conversations). */
export function usageShare(tasks: readonly OccupationTaskUse[]): number {
  return tasks.reduce((sum, task) => sum + (task.claude?.pct ?? 0), 0);
}

/** Automation share = pct-weighted mean of the seen tasks' automation shares; null when none has a mix. */
export function automationShare(tasks: readonly OccupationTaskUse[]): number | null {
  let weight = 0;
  let sum = 0;
  for (const task of tasks) {
    if (task.claude === null || task.claude.automation === null || task.claude.pct <= 0) continue;
    weight += task.claude.pct;
    sum += task.claude.pct * task.claude.automation;
  }
  return weight > 0 ? sum / weight : null;
}

export interface TrendPoint {
  /** "2024-07" */
  month: string;
  /** Percent of US work-related ChatGPT messages, weighted by the occupation's work-activity profile. */
  value: number;
}

/**
 * ChatGPT trend: per month, Σ over IWAs of the occupation's IWA weight × the IWA's share of
 * messages. Weights are taken as shares of their sum (as Microsoft does with them), so the
 * line is the profile-weighted mean share; an IWA absent in a month counts 0 (below rounding).
 */
export function chatgptTrend(weights: ReadonlyMap<string, number>, monthly: ReadonlyMap<string, ReadonlyMap<string, number>>): TrendPoint[] {
  const total = [...weights.values()].reduce((sum, w) => sum + w, 0);
  if (total <= 0) return [];
  return [...monthly.keys()].sort().map((month) => {
    const shares = monthly.get(month)!;
    let value = 0;
    for (const [iwa, w] of weights) value += (w / total) * (shares.get(iwa) ?? 0);
    return { month, value: 100 * value };
  });
}

/** Change first → last month, relative (0.1 = +10%); null for fewer than two months or a zero start. */
export function trendChange(points: readonly TrendPoint[]): number | null {
  const first = points[0];
  const last = points.at(-1);
  if (first === undefined || last === undefined || points.length < 2 || first.value <= 0) return null;
  return last.value / first.value - 1;
}

/**
 * Percentile 0–100 of each value among all values: 100 × (values below + ½ × other values
 * equal) / (n − 1). The lowest is 0, the highest 100; a single value is 50.
 */
export function percentiles<K>(values: ReadonlyMap<K, number>): Map<K, number> {
  const sorted = [...values.values()].sort((a, b) => a - b);
  const n = sorted.length;
  const result = new Map<K, number>();
  for (const [key, value] of values) {
    if (n === 1) {
      result.set(key, 50);
      continue;
    }
    const below = lowerBound(sorted, value);
    const equal = lowerBound(sorted, value, true) - below;
    result.set(key, (100 * (below + (equal - 1) / 2)) / (n - 1));
  }
  return result;
}

function lowerBound(sorted: readonly number[], value: number, upper = false): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (upper ? sorted[mid]! <= value : sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The measures set side by side, in the strip's order. */
export const MEASURES = ["score", "betaHuman", "betaGpt4", "applicability", "coverage", "digital"] as const;
export type MeasureId = (typeof MEASURES)[number];

export const MEASURE_LABELS: Record<MeasureId, string> = {
  score: "Our AI pressure score",
  betaHuman: "GPTs-are-GPTs β (human raters)",
  betaGpt4: "GPTs-are-GPTs β (GPT-4 rater)",
  applicability: "Microsoft Copilot applicability",
  coverage: "Observed coverage U (Claude use)",
  digital: "Karpathy/BLS digital exposure (our D)",
};

/** Spread at or below this many percentile points: "measures agree"; above: "contested". */
export const AGREE_MAX_SPREAD = 30;

export interface Agreement {
  spread: number;
  label: "agree" | "contested";
  /** How many measures the spread is over. */
  measures: number;
}

/** Spread = max − min of the percentiles present; null with fewer than two. */
export function agreement(strip: Partial<Record<MeasureId, number | null>>): Agreement | null {
  const present = MEASURES.flatMap((id) => {
    const value = strip[id];
    return value === undefined || value === null ? [] : [value];
  });
  if (present.length < 2) return null;
  const spread = Math.max(...present) - Math.min(...present);
  return { spread, label: spread <= AGREE_MAX_SPREAD ? "agree" : "contested", measures: present.length };
}

/** Adoption gap = percentile of T − percentile of U: capability not yet seen in use (positive) or use ahead of it (negative). */
export function adoptionGap(taskSignalPercentile: number | null, coveragePercentile: number | null): number | null {
  return taskSignalPercentile === null || coveragePercentile === null ? null : taskSignalPercentile - coveragePercentile;
}

/** Spearman rank correlation of paired values (ties take their mean rank); null for fewer than 3 pairs. */
export function spearman(pairs: readonly [number, number][]): number | null {
  if (pairs.length < 3) return null;
  const rank = (values: number[]) => {
    const order = values.map((value, index) => ({ value, index })).sort((a, b) => a.value - b.value);
    const ranks = new Array<number>(values.length);
    for (let i = 0; i < order.length; ) {
      let j = i;
      while (j + 1 < order.length && order[j + 1]!.value === order[i]!.value) j++;
      for (let k = i; k <= j; k++) ranks[order[k]!.index] = (i + j) / 2 + 1;
      i = j + 1;
    }
    return ranks;
  };
  const rx = rank(pairs.map((p) => p[0]));
  const ry = rank(pairs.map((p) => p[1]));
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const mx = mean(rx);
  const my = mean(ry);
  let num = 0;
  let dx = 0;
  let dy = 0;
  for (let i = 0; i < rx.length; i++) {
    num += (rx[i]! - mx) * (ry[i]! - my);
    dx += (rx[i]! - mx) ** 2;
    dy += (ry[i]! - my) ** 2;
  }
  return dx === 0 || dy === 0 ? null : num / Math.sqrt(dx * dy);
}
