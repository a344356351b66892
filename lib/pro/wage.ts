/**
 * Wage impact (METHODOLOGY §7): OEWS May 2025 wage percentiles, the share of weighted task
 * time in tasks scoring ≥ 50, and the wage exposed per seniority level = level wage × that
 * share × the level's seniority multiplier (share capped at 1). Entry stands at the 25th
 * percentile, mid at the median, senior at the 75th. Pure; the share is lib/scoring's
 * `highScoreShare`, the threshold its `highTaskScore`.
 */
import { formatCurrency } from "@/lib/format";
import { scoringConfig, type ScoringConfig } from "@/lib/scoring/config";
import { clamp, roundHalfUp } from "@/lib/scoring/math";
import type { SeniorityMultipliers } from "@/lib/scoring/seniority";
import { highScoreShare, type WeightedScore } from "@/lib/scoring/tasks";

import { proConfig, type ProConfig } from "./config";

/** One OEWS annual wage percentile; `topCoded` when BLS publishes only "≥ top code". */
export type WagePercentile = { value: number | null; topCoded: boolean };
export const WAGE_PERCENTILE_KEYS = ["p10", "p25", "p50", "p75", "p90"] as const;
export type WagePercentileKey = (typeof WAGE_PERCENTILE_KEYS)[number];
export type WagePercentiles = Record<WagePercentileKey, WagePercentile>;

export const PERCENTILE_LABELS: Record<WagePercentileKey, string> = {
  p10: "10th percentile",
  p25: "25th percentile",
  p50: "Median",
  p75: "75th percentile",
  p90: "90th percentile",
};

export type SeniorityLevel = "entry" | "mid" | "senior";
export const SENIORITY_LEVELS = ["entry", "mid", "senior"] as const satisfies readonly SeniorityLevel[];

export interface WageAmount {
  /** Whole US dollars a year; for a top-coded wage the top code (a lower bound). Null when unknown. */
  value: number | null;
  /** "exact", "atLeast" (top-coded: the true value is at least `value`), or null when unknown. */
  bound: "exact" | "atLeast" | null;
  /** Printed form: "$103,150", "≥ $239,200", "not published". */
  text: string;
}

export interface WageLevelImpact {
  level: SeniorityLevel;
  percentile: WagePercentileKey;
  multiplier: number;
  /** min(1, high-score share × multiplier); null when the occupation has no rated tasks. */
  share: number | null;
  wage: WageAmount;
  /** wage × share, rounded to whole dollars; a lower bound when the wage is top-coded. */
  exposed: WageAmount;
  /** Why a level is missing or only a bound; null when exact. */
  note: string | null;
}

export interface WageImpact {
  vintage: string;
  /** The five published percentiles, in order. */
  percentiles: { key: WagePercentileKey; label: string; wage: WageAmount }[];
  /** Tasks "score high" from this score. */
  threshold: number;
  /** Share (0–1) of weighted task time in tasks scoring ≥ threshold; null without rated tasks. */
  highShare: number | null;
  levels: WageLevelImpact[];
  /** True when no percentile is published at all. */
  noWages: boolean;
}

/** "$103,150"; "≥ $239,200" for a lower bound; "not published" for null. */
export function formatWageAmount(value: number | null, bound: WageAmount["bound"]): string {
  if (value === null || bound === null) return "not published";
  return `${bound === "atLeast" ? "≥ " : ""}${formatCurrency(value)}`;
}

/** One percentile as an amount: a top-coded value becomes "at least the top code". */
export function wageAmount(percentile: WagePercentile | null | undefined, config: ProConfig = proConfig): WageAmount {
  if (percentile?.value !== null && percentile?.value !== undefined) {
    return { value: percentile.value, bound: "exact", text: formatWageAmount(percentile.value, "exact") };
  }
  if (percentile?.topCoded) {
    const top = config.wage.topCodeAnnual;
    return { value: top, bound: "atLeast", text: formatWageAmount(top, "atLeast") };
  }
  return { value: null, bound: null, text: formatWageAmount(null, null) };
}

const LEVEL_NAMES: Record<SeniorityLevel, string> = { entry: "entry", mid: "mid", senior: "senior" };

export function computeWageImpact(
  wages: WagePercentiles | null,
  tasks: readonly WeightedScore[],
  multipliers: SeniorityMultipliers,
  options: { scoring?: ScoringConfig; pro?: ProConfig } = {},
): WageImpact {
  const scoring = options.scoring ?? scoringConfig;
  const config = options.pro ?? proConfig;
  const threshold = scoring.highTaskScore;
  const highShare = highScoreShare(tasks, threshold);
  const percentiles = WAGE_PERCENTILE_KEYS.map((key) => ({ key, label: PERCENTILE_LABELS[key], wage: wageAmount(wages?.[key], config) }));
  const levels = SENIORITY_LEVELS.map((level): WageLevelImpact => {
    const key = config.wage.levelPercentile[level];
    const multiplier = multipliers[level];
    const share = highShare === null ? null : clamp(highShare * multiplier, 0, 1);
    const wage = wageAmount(wages?.[key], config);
    const label = `${PERCENTILE_LABELS[key].toLowerCase()} wage`;
    if (share === null) {
      return { level, percentile: key, multiplier, share, wage, exposed: wageAmount(null, config), note: "No rated tasks, so no share of task time can be computed." };
    }
    if (wage.value === null || wage.bound === null) {
      return {
        level,
        percentile: key,
        multiplier,
        share,
        wage,
        exposed: wageAmount(null, config),
        note: `OEWS does not publish the ${label} for this occupation, so the ${LEVEL_NAMES[level]} level cannot be computed.`,
      };
    }
    const value = roundHalfUp(wage.value * share);
    const exposed: WageAmount = { value, bound: wage.bound, text: formatWageAmount(value, wage.bound) };
    const note =
      wage.bound === "atLeast"
        ? `The ${label} is top-coded (${wage.text}), so the amount exposed is a lower bound.`
        : null;
    return { level, percentile: key, multiplier, share, wage, exposed, note };
  });
  return {
    vintage: config.wage.vintage,
    percentiles,
    threshold,
    highShare,
    levels,
    noWages: percentiles.every((percentile) => percentile.wage.bound === null),
  };
}
