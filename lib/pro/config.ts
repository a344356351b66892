/**
 * Every constant of the Pro analyses (METHODOLOGY §7) that is not already a scoring
 * constant, in one typed object. The "scores high" threshold (50), the label values and the
 * seniority multipliers come from lib/scoring/config.ts, so the two can never drift apart.
 * Pivots and tool recommendations are computed at import (`npm run db:build`); the other
 * analyses are computed per request from stored rows.
 */
export interface ProConfig {
  readonly pivots: {
    /** At most this many targets are listed. */
    readonly maxTargets: number;
    /** A target must score at least this many points lower than the source. */
    readonly minScoreDrop: number;
    /**
     * Subtracted from the skill similarity per Job Zone step up (target zone − source zone,
     * when positive). Steps down and equal zones cost nothing; an unknown zone counts as 0 steps.
     */
    readonly jobZoneStepPenalty: number;
    /**
     * "centred": cosine of the importances minus the economy-wide mean of each skill (what the
     * site uses); "raw": cosine of the importances as published. See `similarity` below.
     */
    readonly similarity: "centred" | "raw";
    /** How many skills count as an occupation's "top skills". */
    readonly topSkills: number;
  };
  readonly wage: {
    /** OEWS percentile standing in for each seniority level. */
    readonly levelPercentile: Readonly<Record<"entry" | "mid" | "senior", "p25" | "p50" | "p75">>;
    /** OEWS May 2025 publishes annual wages at or above this as "#" (≥ $115.00 an hour). */
    readonly topCodeAnnual: number;
    /** The wage vintage, printed next to every wage. */
    readonly vintage: string;
  };
  readonly tools: {
    /** At most this many tool categories per occupation. */
    readonly maxRecommendations: number;
  };
  readonly taskMix: {
    /** Largest time value a member can give one task (the inputs run 0…max, whole numbers). */
    readonly maxValue: number;
    /** Longest `?mix=` value accepted; anything longer is ignored. */
    readonly maxQueryLength: number;
  };
}

export const proConfig: ProConfig = {
  pivots: {
    maxTargets: 8,
    minScoreDrop: 10,
    /**
     * 0.1 per step. With centred similarity the best candidates of an occupation typically
     * sit between 0.5 and 0.9, so one step up (roughly one more credential level, e.g. a
     * bachelor's job to one that needs a graduate degree) costs about a quarter of that
     * spread: a same-zone target wins unless the higher-zone one is clearly closer in skills.
     */
    jobZoneStepPenalty: 0.1,
    /**
     * The 11 basic-skill importances (0–100) are all positive and share one shape (reading,
     * listening, speaking and critical thinking matter everywhere), so the raw cosine of any
     * two occupations lies between 0.86 and 1.00 and ranking by (similarity − penalty) × drop
     * collapses to ranking by score drop: every occupation got the same eight targets (home
     * health aides, athletes, floor layers …). Centring each skill on its economy-wide mean
     * compares what is distinctive about each skill profile and spreads similarity over −1…1.
     */
    similarity: "centred",
    topSkills: 5,
  },
  wage: {
    levelPercentile: { entry: "p25", mid: "p50", senior: "p75" },
    topCodeAnnual: 239_200,
    vintage: "OEWS May 2025",
  },
  tools: { maxRecommendations: 6 },
  taskMix: { maxValue: 99, maxQueryLength: 2000 },
};
