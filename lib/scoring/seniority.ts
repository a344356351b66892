import { scoringConfig, type ScoringConfig } from "./config";
import { clamp, roundHalfUp } from "./math";

export interface SeniorityMultipliers {
  entry: number;
  mid: number;
  senior: number;
}

export interface SeniorityScores {
  entry: number;
  mid: number;
  senior: number;
}

/**
 * Routineness of one occupation: the mean of O*NET's "importance of repeating same tasks"
 * and "structured versus unstructured work" work contexts (both 0–1).
 */
export function routineness(repeating: number, structured: number): number {
  return (repeating + structured) / 2;
}

/** §4 category curve: more routine groups load more pressure on entry level, less on senior. */
export function seniorityMultipliers(
  categoryRoutineness: number | null,
  meanRoutineness: number,
  config: ScoringConfig = scoringConfig,
): SeniorityMultipliers {
  const gap = (categoryRoutineness ?? meanRoutineness) - meanRoutineness;
  const { entry, senior } = config.seniority;
  return {
    entry: 1 + clamp(entry.base + entry.slope * gap, entry.min, entry.max),
    mid: 1,
    senior: 1 - clamp(senior.base + senior.slope * gap, senior.min, senior.max),
  };
}

export function seniorityScore(score: number, multiplier: number): number {
  return clamp(roundHalfUp(score * multiplier), 0, 100);
}

export function seniorityScores(score: number, multipliers: SeniorityMultipliers): SeniorityScores {
  return {
    entry: seniorityScore(score, multipliers.entry),
    mid: seniorityScore(score, multipliers.mid),
    senior: seniorityScore(score, multipliers.senior),
  };
}
