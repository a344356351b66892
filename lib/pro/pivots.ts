/**
 * Career pivot paths (METHODOLOGY §7, release 2): up to 8 occupations scoring at least 10
 * points lower whose work is alike.
 *
 * Similarity = mean of three centred cosines (lib/pro/similarity.ts): O*NET 30.1 Skills (35,
 * importance × level), O*NET 30.1 Knowledge (33, importance × level) and Microsoft's SOC ×
 * work-activity weights (332 IWAs). Adjusted = similarity + 0.1 when O*NET's Related
 * Occupations (Primary-Short or Primary-Long) or BLS's similar-occupations list names the
 * target − 0.1 per Job Zone step up. A target needs a similarity at or above the floor (a
 * quantile of all pairs' similarities) and a positive adjusted similarity; targets are
 * ranked by adjusted × (score drop / 100)^0.5. Pure and deterministic: ties go to the larger
 * score drop, then the lower SOC code.
 */
import { ENTRY_EDUCATION_RANK } from "@/lib/scoring/signals";

import { proConfig, type ProConfig } from "./config";
import { domainSpace, meanCosine, quantile, sharedStrengths, vectorCosine, type DomainSpace, type Profile } from "./similarity";
import { wageAmount, type WageAmount, type WagePercentile } from "./wage";

export const PIVOT_DOMAINS = ["skills", "knowledge", "activities"] as const;
export type PivotDomain = (typeof PIVOT_DOMAINS)[number];

/** O*NET's relatedness tiers; the first two count for the related-list boost. */
export type RelatednessTier = "Primary-Short" | "Primary-Long" | "Supplemental";
export const BOOSTED_TIERS: readonly RelatednessTier[] = ["Primary-Short", "Primary-Long"];

/** One O*NET Skills or Knowledge element: importance 1–5, level 0–7. */
export interface ElementRating {
  importance: number;
  level: number;
}

export interface PivotTechnology {
  name: string;
  hot: boolean;
  inDemand: boolean;
}

/** What the pivot ranking needs to know about one occupation. */
export interface PivotOccupation {
  soc: string;
  title: string;
  slug: string;
  categoryCode: string;
  score: number | null;
  jobZone: number | null;
  /** O*NET 30.1 Skills by element name; empty when O*NET publishes none. */
  skills: Readonly<Record<string, ElementRating>>;
  /** O*NET 30.1 Knowledge by element name; empty when O*NET publishes none. */
  knowledge: Readonly<Record<string, ElementRating>>;
  /** Microsoft's work-activity weights by IWA title (zero weights left out); empty when none. */
  activities: Profile;
  /** SOC codes O*NET's Related Occupations lists, with the tier. */
  onetRelated: Readonly<Record<string, RelatednessTier>>;
  /** SOC codes BLS's similar-occupations list (OOH) covers. */
  blsSimilar: readonly string[];
  /** O*NET 30.1 Technology Skills. */
  technologies: readonly PivotTechnology[];
  /** OEWS May 2025 median annual wage. */
  medianWage: WagePercentile | null;
  entryEducation: string | null;
  /** BLS projected employment change 2024–34, percent. */
  changePct: number | null;
}

export interface WageDelta {
  source: WageAmount;
  target: WageAmount;
  /**
   * target − source median in dollars a year. With one side top-coded it is a bound:
   * "atLeast" when the target is top-coded, "atMost" when the source is. Null when either
   * median is unpublished or both are top-coded.
   */
  delta: number | null;
  bound: "exact" | "atLeast" | "atMost" | null;
}

export interface SkillToBuild {
  name: string;
  kind: "skill" | "knowledge";
  /** O*NET level (0–7) in the source and in the target. */
  from: number;
  to: number;
}

export interface PivotTarget {
  soc: string;
  title: string;
  slug: string;
  categoryCode: string;
  score: number;
  /** Source score − target score (≥ minScoreDrop). */
  scoreDrop: number;
  /** Mean of the domain cosines, −1…1 (3 decimals). */
  similarity: number;
  /** Each domain's centred cosine (3 decimals); null where either occupation has no profile in it. */
  cosines: Record<PivotDomain, number | null>;
  /** Whether O*NET (with its tier) or BLS lists the target as related to the source. */
  related: { onet: RelatednessTier | null; bls: boolean };
  /** relatedBoost when O*NET (Primary tiers) or BLS lists the target, else 0. */
  boost: number;
  jobZone: { source: number | null; target: number | null; stepsUp: number };
  /** jobZoneStepPenalty × stepsUp. */
  penalty: number;
  /** similarity + boost − penalty (3 decimals). */
  adjusted: number;
  /** adjusted × (scoreDrop / 100)^dropExponent: the ranking value (4 decimals). */
  rank: number;
  wage: WageDelta;
  education: { source: string | null; target: string | null; /** Ordinal steps on the BLS entry-education ladder; null if either is unknown. */ steps: number | null };
  /** Target's projected employment change 2024–34 (%), null when BLS has none. */
  outlookPct: number | null;
  /** The strongest elements both stand out on (above the economy mean in both), per domain. */
  shared: Record<PivotDomain, string[]>;
  /** The target's important skills and knowledge with the largest level gap above the source's. */
  toBuild: SkillToBuild[];
  /** The target's Hot / In Demand technologies the source's O*NET list lacks (In Demand first). */
  technologies: PivotTechnology[];
  /** How many such technologies there are in all. */
  technologyTotal: number;
}

export type PivotEmptyReason = "no-score" | "no-profile" | "no-candidates";

export interface PivotResult {
  targets: PivotTarget[];
  /** Why `targets` is empty; null when it is not. */
  emptyReason: PivotEmptyReason | null;
}

export const PIVOT_EMPTY_MESSAGES: Record<PivotEmptyReason, string> = {
  "no-score": "This occupation has no score, so there is nothing to pivot away from.",
  "no-profile": "O*NET 30.1 publishes no skills or knowledge profile for this occupation, so similarity cannot be computed.",
  "no-candidates": `No occupation scoring at least ${proConfig.pivots.minScoreDrop} points lower has a profile similar enough (at or above the similarity floor).`,
};

/** One line on how the targets are chosen, worded from the config and the stored floor. */
export function pivotMethod(floor: number | null, config: ProConfig = proConfig): string {
  const { minScoreDrop, jobZoneStepPenalty, relatedBoost, dropExponent, floorQuantile } = config.pivots;
  const floorText = floor === null ? "" : ` Only targets with a similarity of at least ${floor.toFixed(2)} are listed (more alike than ${Math.round(floorQuantile * 100)}% of all pairs of occupations).`;
  return (
    `Occupations scoring at least ${minScoreDrop} points lower, ranked by similarity × (score drop / 100)^${dropExponent}. ` +
    "Similarity is the mean of three cosines, each over profiles taken relative to the average occupation: O*NET skills and knowledge (importance × level) and the work activities Microsoft weights per occupation. " +
    `It gains ${relatedBoost} when O*NET or BLS lists the target as a related occupation and loses ${jobZoneStepPenalty} per Job Zone step up.${floorText}`
  );
}

const round3 = (value: number) => Math.round(value * 1000) / 1000;
const round4 = (value: number) => Math.round(value * 10_000) / 10_000;

/** importance × level per element: the value the skills and knowledge cosines compare. */
export function ratingProfile(ratings: Readonly<Record<string, ElementRating>>): Profile | null {
  const entries = Object.entries(ratings);
  return entries.length === 0 ? null : Object.fromEntries(entries.map(([name, { importance, level }]) => [name, importance * level]));
}

function domainProfile(occupation: PivotOccupation, domain: PivotDomain): Profile | null {
  if (domain === "activities") return Object.keys(occupation.activities).length === 0 ? null : occupation.activities;
  return ratingProfile(occupation[domain]);
}

/** The economy's centred profile vectors and every pair's similarity, computed once. */
export interface PivotSpace {
  occupations: readonly PivotOccupation[];
  domains: Record<PivotDomain, DomainSpace>;
  /** n × n similarities (NaN where the pair shares no domain). */
  matrix: Float64Array;
  /** Similarities of all distinct pairs that have one, ascending. */
  pairs: Float64Array;
}

export function pivotSpace(occupations: readonly PivotOccupation[]): PivotSpace {
  const domains = Object.fromEntries(PIVOT_DOMAINS.map((domain) => [domain, domainSpace(occupations.map((o) => domainProfile(o, domain)))])) as Record<PivotDomain, DomainSpace>;
  const n = occupations.length;
  const matrix = new Float64Array(n * n).fill(Number.NaN);
  const pairs: number[] = [];
  for (let i = 0; i < n; i += 1) {
    for (let j = i + 1; j < n; j += 1) {
      const similarity = meanCosine(PIVOT_DOMAINS.map((domain) => vectorCosine(domains[domain].vectors[i]!, domains[domain].vectors[j]!)));
      if (similarity === null) continue;
      matrix[i * n + j] = similarity;
      matrix[j * n + i] = similarity;
      pairs.push(similarity);
    }
  }
  return { occupations, domains, matrix, pairs: Float64Array.from(pairs).sort() };
}

/** The similarity floor: `floorQuantile` of all pairs' similarities. */
export function similarityFloor(space: PivotSpace, config: ProConfig = proConfig): number | null {
  return quantile(space.pairs, config.pivots.floorQuantile);
}

/** Skills and knowledge the target rates important, with the largest level gap over the source. */
export function skillsToBuild(source: PivotOccupation, target: PivotOccupation, config: ProConfig = proConfig): SkillToBuild[] {
  const { buildCount, buildMinImportance } = config.pivots;
  const gaps: SkillToBuild[] = [];
  for (const kind of ["skill", "knowledge"] as const) {
    const from = kind === "skill" ? source.skills : source.knowledge;
    const to = kind === "skill" ? target.skills : target.knowledge;
    for (const [name, rating] of Object.entries(to)) {
      const own = from[name];
      if (own === undefined || rating.importance < buildMinImportance || rating.level <= own.level) continue;
      gaps.push({ name, kind, from: own.level, to: rating.level });
    }
  }
  return gaps.sort((a, b) => b.to - b.from - (a.to - a.from) || a.name.localeCompare(b.name)).slice(0, buildCount);
}

/** The target's Hot Technology / In Demand products the source's list lacks: In Demand first, then by name. */
export function technologiesToLearn(source: PivotOccupation, target: PivotOccupation): PivotTechnology[] {
  const known = new Set(source.technologies.map((technology) => technology.name));
  return target.technologies
    .filter((technology) => (technology.hot || technology.inDemand) && !known.has(technology.name))
    .sort((a, b) => Number(b.inDemand) - Number(a.inDemand) || Number(b.hot) - Number(a.hot) || a.name.localeCompare(b.name));
}

/** Whether either list names the target, and the boost that earns. */
export function relatedness(source: PivotOccupation, target: PivotOccupation, config: ProConfig = proConfig): { related: PivotTarget["related"]; boost: number } {
  const onet = source.onetRelated[target.soc] ?? null;
  const bls = source.blsSimilar.includes(target.soc);
  const boosted = bls || (onet !== null && BOOSTED_TIERS.includes(onet));
  return { related: { onet, bls }, boost: boosted ? config.pivots.relatedBoost : 0 };
}

/** The ranking value: adjusted similarity × (drop / 100)^exponent. */
export function pivotRank(adjusted: number, scoreDrop: number, config: ProConfig = proConfig): number {
  return adjusted * (scoreDrop / 100) ** config.pivots.dropExponent;
}

function hasProfile(occupation: PivotOccupation): boolean {
  return Object.keys(occupation.skills).length > 0 || Object.keys(occupation.knowledge).length > 0;
}

/** Ranks the pivot targets of the occupation at `index` in `space` (the source itself is skipped). */
export function rankPivots(space: PivotSpace, index: number, floor: number | null, config: ProConfig = proConfig): PivotResult {
  const { maxTargets, minScoreDrop, jobZoneStepPenalty, sharedCount, technologyCount } = config.pivots;
  const { occupations, domains, matrix } = space;
  const source = occupations[index]!;
  if (source.score === null) return { targets: [], emptyReason: "no-score" };
  if (!hasProfile(source)) return { targets: [], emptyReason: "no-profile" };
  const n = occupations.length;
  const ranked: { j: number; drop: number; similarity: number; boost: number; related: PivotTarget["related"]; steps: number; adjusted: number; rank: number }[] = [];
  for (let j = 0; j < n; j += 1) {
    const target = occupations[j]!;
    if (j === index || target.score === null || !hasProfile(target)) continue;
    const drop = source.score - target.score;
    if (drop < minScoreDrop) continue;
    const similarity = matrix[index * n + j]!;
    if (Number.isNaN(similarity) || (floor !== null && similarity < floor)) continue;
    const { related, boost } = relatedness(source, target, config);
    const steps = jobZoneStepsUp(source.jobZone, target.jobZone);
    const adjusted = similarity + boost - jobZoneStepPenalty * steps;
    if (adjusted <= 0) continue;
    ranked.push({ j, drop, similarity, boost, related, steps, adjusted, rank: pivotRank(adjusted, drop, config) });
  }
  ranked.sort((a, b) => b.rank - a.rank || b.drop - a.drop || occupations[a.j]!.soc.localeCompare(occupations[b.j]!.soc));

  const targets = ranked.slice(0, maxTargets).map(({ j, drop, similarity, boost, related, steps, adjusted }): PivotTarget => {
    const target = occupations[j]!;
    const cosine = (domain: PivotDomain) => {
      const value = vectorCosine(domains[domain].vectors[index]!, domains[domain].vectors[j]!);
      return value === null ? null : round3(value);
    };
    const technologies = technologiesToLearn(source, target);
    return {
      soc: target.soc,
      title: target.title,
      slug: target.slug,
      categoryCode: target.categoryCode,
      score: target.score!,
      scoreDrop: drop,
      similarity: round3(similarity),
      cosines: { skills: cosine("skills"), knowledge: cosine("knowledge"), activities: cosine("activities") },
      related,
      boost,
      jobZone: { source: source.jobZone, target: target.jobZone, stepsUp: steps },
      penalty: round3(jobZoneStepPenalty * steps),
      adjusted: round3(adjusted),
      rank: round4(pivotRank(adjusted, drop, config)),
      wage: wageDelta(source.medianWage, target.medianWage, config),
      education: { source: source.entryEducation, target: target.entryEducation, steps: educationGap(source.entryEducation, target.entryEducation) },
      outlookPct: target.changePct,
      shared: {
        skills: sharedStrengths(domains.skills, index, j, sharedCount),
        knowledge: sharedStrengths(domains.knowledge, index, j, sharedCount),
        activities: sharedStrengths(domains.activities, index, j, sharedCount),
      },
      toBuild: skillsToBuild(source, target, config),
      technologies: technologies.slice(0, technologyCount),
      technologyTotal: technologies.length,
    };
  });
  return { targets, emptyReason: targets.length === 0 ? "no-candidates" : null };
}

export interface PivotEconomy {
  results: Map<string, PivotResult>;
  floor: number | null;
  /** Similarities of all distinct pairs, ascending (the distribution the floor is taken from). */
  pairs: Float64Array;
  space: PivotSpace;
}

/** Pivots for every occupation at once (the importer): the profile space and the floor are computed once. */
export function rankAllPivots(occupations: readonly PivotOccupation[], config: ProConfig = proConfig): PivotEconomy {
  const space = pivotSpace(occupations);
  const floor = similarityFloor(space, config);
  const results = new Map(occupations.map((occupation, index) => [occupation.soc, rankPivots(space, index, floor, config)]));
  return { results, floor, pairs: space.pairs, space };
}

/** Job Zone steps from source up to target (0 for a step down, the same zone, or an unknown zone). */
export function jobZoneStepsUp(source: number | null, target: number | null): number {
  if (source === null || target === null) return 0;
  return Math.max(0, target - source);
}


/** Difference of two OEWS medians, null-safe for unpublished and top-coded values. */
export function wageDelta(source: WagePercentile | null, target: WagePercentile | null, config: ProConfig = proConfig): WageDelta {
  const from = wageAmount(source, config);
  const to = wageAmount(target, config);
  if (from.value === null || to.value === null || (from.bound === "atLeast" && to.bound === "atLeast")) {
    return { source: from, target: to, delta: null, bound: null };
  }
  const bound = to.bound === "atLeast" ? "atLeast" : from.bound === "atLeast" ? "atMost" : "exact";
  return { source: from, target: to, delta: to.value - from.value, bound };
}

/** Steps on the BLS entry-education ladder (lib/scoring ENTRY_EDUCATION_RANK); positive = target needs more. */
export function educationGap(source: string | null, target: string | null): number | null {
  const from = source === null ? undefined : ENTRY_EDUCATION_RANK[source];
  const to = target === null ? undefined : ENTRY_EDUCATION_RANK[target];
  return from === undefined || to === undefined ? null : to - from;
}


/** The `count` element names of highest importance (ties by name). */
export function mostImportant(ratings: Readonly<Record<string, ElementRating>>, count: number): string[] {
  return Object.entries(ratings)
    .sort(([a, x], [b, y]) => y.importance - x.importance || a.localeCompare(b))
    .slice(0, count)
    .map(([name]) => name);
}

/** The checks db:build reports for each pivot: does a person see why the two jobs belong together? */
export interface PivotCheck {
  /** O*NET (any tier) or BLS lists the target as related. */
  listed: boolean;
  sameMajorGroup: boolean;
  /** The target's five most important knowledge areas hold at least three of the source's five. */
  sharedKnowledge: boolean;
}

export function checkPivot(source: PivotOccupation, target: PivotOccupation): PivotCheck {
  const sourceTop = mostImportant(source.knowledge, 5);
  const targetTop = new Set(mostImportant(target.knowledge, 5));
  return {
    listed: source.onetRelated[target.soc] !== undefined || source.blsSimilar.includes(target.soc),
    sameMajorGroup: source.categoryCode === target.categoryCode,
    sharedKnowledge: sourceTop.filter((name) => targetTop.has(name)).length >= 3,
  };
}

/** meta key under which the importer stores the similarity floor (3 decimals). */
export const PIVOT_FLOOR_META_KEY = "pivot_similarity_floor";
