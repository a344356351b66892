import { scoringConfig, type ScoringConfig } from "./config";
import { clamp, mean } from "./math";

export const SIGNAL_IDS = ["T", "D", "O", "M", "E"] as const;
export type SignalId = (typeof SIGNAL_IDS)[number];
export type ExternalSignalId = Exclude<SignalId, "T">;
export const EXTERNAL_SIGNAL_IDS = ["D", "O", "M", "E"] as const satisfies readonly ExternalSignalId[];

export const SIGNAL_NAMES: Record<SignalId, string> = {
  T: "Task feasibility",
  D: "Digital AI exposure",
  O: "Projected outlook",
  M: "Postings demand",
  E: "Education & credentials",
};

/** D: 10 × the 0–10 digital exposure of the OOH profile. */
export function digitalSignal(exposure0to10: number, config: ScoringConfig = scoringConfig): number {
  return clamp(config.digitalScale * exposure0to10, 0, 100);
}

/** O: clamp(50 − 4 × BLS projected % change over the projection decade, 0, 100): shrinking jobs mean more pressure. */
export function outlookSignal(projectedPctChange: number, config: ScoringConfig = scoringConfig): number {
  return clamp(config.outlook.center - config.outlook.perPercentPoint * projectedPctChange, 0, 100);
}

/** M: clamp(50 + (national − sector), 0, 100): a sector whose postings lag the national index is under pressure. */
export function postingsSignal(nationalIndex: number, sectorIndex: number, config: ScoringConfig = scoringConfig): number {
  return clamp(config.postings.center + (nationalIndex - sectorIndex), 0, 100);
}

/**
 * E: mean of (a) the mean task signal of occupations with the same typical entry education
 * and (b) 100 × the share of workers 25+ holding more education than that entry level.
 */
export function educationSignal(meanTaskSignalForEducation: number, shareAboveEntryLevel: number): number {
  return clamp((meanTaskSignalForEducation + 100 * shareAboveEntryLevel) / 2, 0, 100);
}

/** Educational attainment shares of workers 25+ (EP Table 5.3), as fractions or percents. */
export interface AttainmentShares {
  lessThanHighSchool: number;
  highSchool: number;
  someCollege: number;
  associate: number;
  bachelor: number;
  master: number;
  doctoral: number;
}

const ATTAINMENT_ORDER = [
  "lessThanHighSchool",
  "highSchool",
  "someCollege",
  "associate",
  "bachelor",
  "master",
  "doctoral",
] as const satisfies readonly (keyof AttainmentShares)[];

/**
 * Rank of each BLS "typical education needed for entry" on the attainment ladder of
 * Table 5.3. A postsecondary nondegree award has no column there; its holders report
 * "some college, no degree" or less, so it sits on that rung.
 */
export const ENTRY_EDUCATION_RANK: Record<string, number> = {
  "No formal educational credential": 0,
  "High school diploma or equivalent": 1,
  "Some college, no degree": 2,
  "Postsecondary nondegree award": 2,
  "Associate's degree": 3,
  "Bachelor's degree": 4,
  "Master's degree": 5,
  "Doctoral or professional degree": 6,
};

/** Share (0–1) of workers holding more education than the entry level; null for an unknown level. */
export function shareAboveEntryLevel(entryEducation: string, shares: AttainmentShares): number | null {
  const rank = ENTRY_EDUCATION_RANK[entryEducation];
  if (rank === undefined) return null;
  const total = ATTAINMENT_ORDER.reduce((sum, key) => sum + shares[key], 0);
  if (total <= 0) return null;
  const above = ATTAINMENT_ORDER.slice(rank + 1).reduce((sum, key) => sum + shares[key], 0);
  return above / total;
}

/** Category prior: the mean of the group's own (non-imputed) values; falls back to the economy-wide mean. */
export function categoryPrior(groupValues: readonly number[], economyValues: readonly number[]): { value: number; basis: number } | null {
  const groupMean = mean(groupValues);
  if (groupMean !== null) return { value: groupMean, basis: groupValues.length };
  const economyMean = mean(economyValues);
  return economyMean === null ? null : { value: economyMean, basis: 0 };
}

export interface ResolvedSignal {
  value: number;
  imputed: boolean;
}

/** Use the occupation's own value when it has one, else the category prior (flagged imputed). */
export function resolveSignal(own: number | null, prior: number): ResolvedSignal {
  return own === null ? { value: prior, imputed: true } : { value: own, imputed: false };
}
