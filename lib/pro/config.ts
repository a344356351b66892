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
     * Subtracted from the similarity per Job Zone step up (target zone − source zone, when
     * positive). Steps down and equal zones cost nothing; an unknown zone counts as 0 steps.
     */
    readonly jobZoneStepPenalty: number;
    /** Added to the similarity when O*NET (Primary-Short or Primary-Long) or BLS lists the target as related. */
    readonly relatedBoost: number;
    /** Ranking = adjusted similarity × (score drop / 100) ^ dropExponent. */
    readonly dropExponent: number;
    /**
     * The similarity floor is this quantile of the similarities of all pairs of occupations
     * (computed at import and printed by db:build): a pivot must be more alike than that share
     * of all pairs in the economy.
     */
    readonly floorQuantile: number;
    /** How many shared skills, knowledge areas and work activities a card names, each. */
    readonly sharedCount: number;
    /** How many skills and knowledge areas "skills to build" lists. */
    readonly buildCount: number;
    /** A target's skill or knowledge area counts for "skills to build" from this O*NET importance (1–5; 3 = "important"). */
    readonly buildMinImportance: number;
    /** How many of the target's Hot / In Demand technologies a card names. */
    readonly technologyCount: number;
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
     * 0.1 per step (METHODOLOGY §7). The similarity of a good target sits around 0.5–0.8, so
     * one step up (roughly one more credential level) costs a sixth to a fifth of it: a
     * same-zone target wins unless the higher-zone one is clearly closer.
     */
    jobZoneStepPenalty: 0.1,
    relatedBoost: 0.1,
    /** The square root: a large score drop helps, but cannot carry an unlike job past a close one. */
    dropExponent: 0.5,
    /** The 90th percentile of all pairs: see `npm run db:build` for the distribution it is taken from. */
    floorQuantile: 0.9,
    sharedCount: 3,
    buildCount: 4,
    buildMinImportance: 3,
    technologyCount: 5,
  },
  wage: {
    levelPercentile: { entry: "p25", mid: "p50", senior: "p75" },
    topCodeAnnual: 239_200,
    vintage: "OEWS May 2025",
  },
  tools: { maxRecommendations: 6 },
  taskMix: { maxValue: 99, maxQueryLength: 2000 },
};
