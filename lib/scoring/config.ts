/**
 * Every constant of the scoring model (METHODOLOGY.md), in one typed object. Changing a
 * value here changes the scores everywhere (pages, API, PDF) at the next `npm run db:build`,
 * because the importer stores what lib/scoring computes and nothing else recomputes it.
 */
export interface ScoringConfig {
  readonly exposure: Readonly<Record<"E0" | "E1" | "E2", number>>;
  readonly automation: Readonly<Record<"T0" | "T1" | "T2" | "T3" | "T4", number>>;
  readonly taskBlend: { readonly exposure: number; readonly automation: number };
  readonly taskWeights: { readonly Core: number; readonly Supplemental: number; readonly unlabelled: number };
  readonly signalWeights: Readonly<Record<"T" | "D" | "O" | "M" | "E", number>>;
  readonly digitalScale: number;
  readonly outlook: { readonly center: number; readonly perPercentPoint: number };
  readonly postings: { readonly center: number; readonly windowDays: number };
  readonly seniority: Readonly<Record<"entry" | "senior", { readonly base: number; readonly slope: number; readonly min: number; readonly max: number }>>;
  readonly bandThresholds: Readonly<Record<"low" | "moderate" | "clear" | "high" | "veryHigh", number>>;
  readonly relatedCount: number;
  readonly highTaskScore: number;
}

export const scoringConfig: ScoringConfig = {
  /** §1 exposure of a rater label. E2 (needs LLM-powered software) counts half. */
  exposure: { E0: 0, E1: 1, E2: 0.5 },
  /** §1 automation level of the GPT-4 T-label. */
  automation: { T0: 0, T1: 0.25, T2: 0.5, T3: 0.75, T4: 1 },
  /** §1 task score = round(100 × (exposure·x + automation·a)). */
  taskBlend: { exposure: 0.75, automation: 0.25 },
  /** §1 task weights; tasks added to O*NET after the labels were written have no type. */
  taskWeights: { Core: 2, Supplemental: 1, unlabelled: 1 },
  /** §3 composite weights; they sum to 1. */
  signalWeights: { T: 0.5, D: 0.2, O: 0.1, M: 0.1, E: 0.1 },
  /** §2 D: the 0–10 digital exposure times this factor. */
  digitalScale: 10,
  /** §2 O: clamp(center − perPercentPoint × projected % change, 0, 100). */
  outlook: { center: 50, perPercentPoint: 4 },
  /** §2 M: clamp(center + (national − sector), 0, 100) over the last `windowDays` days. */
  postings: { center: 50, windowDays: 28 },
  /** §4 seniority multipliers from the category routineness R_g against the mean R̄. */
  seniority: {
    entry: { base: 0.15, slope: 0.5, min: 0.05, max: 0.35 },
    senior: { base: 0.15, slope: 0.3, min: 0.05, max: 0.3 },
  },
  /** §5 lower bounds of the verdict bands. */
  bandThresholds: { low: 0, moderate: 20, clear: 40, high: 60, veryHigh: 80 },
  /** §6 how many same-category neighbours to list. */
  relatedCount: 6,
  /** §7 a task "scores high" from this value (wage impact, tool matching). */
  highTaskScore: 50,
};
