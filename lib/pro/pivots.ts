/**
 * Career pivot paths (METHODOLOGY §7): up to 8 occupations scoring at least 10 points lower,
 * ranked by (skill similarity − a penalty per Job Zone step up) × score drop.
 *
 * Skill similarity is the cosine of the O*NET basic-skill importance vectors. METHODOLOGY
 * names 12 basic skills; the source file (onet-gpts/occupations_onet_basic_skills.csv) has
 * 11, and those are what we use. By default each importance is first centred on the
 * economy-wide mean of that skill (lib/pro/config.ts explains why). Pure and deterministic:
 * ties go to the larger score drop, then the lower SOC code.
 */
import { ENTRY_EDUCATION_RANK } from "@/lib/scoring/signals";

import { proConfig, type ProConfig } from "./config";
import { wageAmount, type WageAmount, type WagePercentile } from "./wage";

/** What the pivot ranking needs to know about one occupation. */
export interface PivotOccupation {
  soc: string;
  title: string;
  slug: string;
  categoryCode: string;
  score: number | null;
  jobZone: number | null;
  /** Importance (0–100) of each O*NET basic skill, by skill id ("Critical_Thinking"). */
  skills: Readonly<Record<string, number>>;
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

export interface PivotTarget {
  soc: string;
  title: string;
  slug: string;
  categoryCode: string;
  score: number;
  /** Source score − target score (≥ minScoreDrop). */
  scoreDrop: number;
  /** Skill similarity, −1…1 (rounded to 3 decimals). */
  similarity: number;
  jobZone: { source: number | null; target: number | null; stepsUp: number };
  /** jobZoneStepPenalty × stepsUp. */
  penalty: number;
  /** (similarity − penalty) × score drop: the ranking value (rounded to 3 decimals). */
  rank: number;
  wage: WageDelta;
  education: { source: string | null; target: string | null; /** Ordinal steps on the BLS entry-education ladder; null if either is unknown. */ steps: number | null };
  /** Target's projected employment change 2024–34 (%), null when BLS has none. */
  outlookPct: number | null;
  /** Skills in both occupations' top five by importance (target's order). */
  sharedTopSkills: string[];
  /** The target's top-five skills that are not in the source's top five. */
  missingTopSkills: string[];
}

export type PivotEmptyReason = "no-score" | "no-skills" | "no-candidates";

export interface PivotResult {
  targets: PivotTarget[];
  /** Why `targets` is empty; null when it is not. */
  emptyReason: PivotEmptyReason | null;
}

export const PIVOT_EMPTY_MESSAGES: Record<PivotEmptyReason, string> = {
  "no-score": "This occupation has no score, so there is nothing to pivot away from.",
  "no-skills": "O*NET publishes no basic-skill profile for this occupation, so skill similarity cannot be computed.",
  "no-candidates": `No occupation scoring at least ${proConfig.pivots.minScoreDrop} points lower has a similar enough skill profile.`,
};

/** One line on how the targets are chosen, worded from the config. */
export function pivotMethod(config: ProConfig = proConfig): string {
  const { minScoreDrop, jobZoneStepPenalty, similarity } = config.pivots;
  const basis = similarity === "centred" ? "O*NET basic-skill importances, each taken relative to the average occupation" : "O*NET basic-skill importances";
  return (
    `Occupations scoring at least ${minScoreDrop} points lower, ranked by skill similarity (cosine over the 11 ${basis}) minus ${jobZoneStepPenalty} per Job Zone step up, times the score drop. ` +
    "Basic skills are broad (reading, speaking, monitoring…): a match means the everyday skill mix is alike, not the work itself, so read the shared and missing skills before treating a target as a path."
  );
}

/** "Critical_Thinking" → "Critical thinking". */
export function skillLabel(skill: string): string {
  const words = skill.replace(/_/g, " ").trim().toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Skill ids ordered by importance (highest first; ties by id), the first `count` of them. */
export function topSkills(skills: Readonly<Record<string, number>>, count: number): string[] {
  return Object.entries(skills)
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .slice(0, count)
    .map(([skill]) => skill);
}

/** Mean importance of each skill over the occupations that have a skill profile. */
export function skillMeans(occupations: readonly Pick<PivotOccupation, "skills">[]): Record<string, number> {
  const totals = new Map<string, { sum: number; count: number }>();
  for (const occupation of occupations) {
    for (const [skill, importance] of Object.entries(occupation.skills)) {
      const total = totals.get(skill) ?? { sum: 0, count: 0 };
      total.sum += importance;
      total.count += 1;
      totals.set(skill, total);
    }
  }
  return Object.fromEntries([...totals].sort(([a], [b]) => a.localeCompare(b)).map(([skill, { sum, count }]) => [skill, sum / count]));
}

/**
 * Cosine similarity over the source's skills, each minus `centre[skill]` (0 when no centre is
 * given: the raw cosine). Null when the target lacks one of the source's skills or either
 * vector is all zeros.
 */
export function skillSimilarity(
  source: Readonly<Record<string, number>>,
  target: Readonly<Record<string, number>>,
  centre: Readonly<Record<string, number>> | null = null,
): number | null {
  let dot = 0;
  let normSource = 0;
  let normTarget = 0;
  for (const [skill, importance] of Object.entries(source)) {
    const other = target[skill];
    if (other === undefined) return null;
    const offset = centre?.[skill] ?? 0;
    const a = importance - offset;
    const b = other - offset;
    dot += a * b;
    normSource += a * a;
    normTarget += b * b;
  }
  if (normSource === 0 || normTarget === 0) return null;
  return dot / Math.sqrt(normSource * normTarget);
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

const round3 = (value: number) => Math.round(value * 1000) / 1000;

export interface PivotOptions {
  config?: ProConfig;
  /** Per-skill centre for "centred" similarity (from `skillMeans` over the whole economy). */
  centre?: Readonly<Record<string, number>> | null;
  /** Reused between calls (rankAllPivots) so each skill vector is built once. */
  vectorCache?: VectorCache;
}

type SkillVector = { values: Float64Array; norm: number } | null;
/** Skill vectors per skill-key list, per occupation. */
export type VectorCache = Map<string, WeakMap<PivotOccupation, SkillVector>>;

/** The occupation's importances in `keys` order minus the centre; null when a skill is missing or the vector is all zeros. */
function skillVector(occupation: PivotOccupation, keys: readonly string[], centre: Readonly<Record<string, number>> | null): SkillVector {
  const values = new Float64Array(keys.length);
  let norm = 0;
  for (let index = 0; index < keys.length; index += 1) {
    const key = keys[index]!;
    const importance = occupation.skills[key];
    if (importance === undefined) return null;
    const value = importance - (centre?.[key] ?? 0);
    values[index] = value;
    norm += value * value;
  }
  return norm === 0 ? null : { values, norm: Math.sqrt(norm) };
}

/**
 * Ranks the pivot targets of `source` among `candidates` (the whole economy; the source
 * itself is skipped). A target needs a score at least `minScoreDrop` lower, a complete skill
 * profile, and a positive (similarity − penalty). Similarity is `skillSimilarity` computed
 * on vectors built once per occupation.
 */
export function rankPivots(source: PivotOccupation, candidates: readonly PivotOccupation[], options: PivotOptions = {}): PivotResult {
  const config = options.config ?? proConfig;
  const { maxTargets, minScoreDrop, jobZoneStepPenalty, similarity: mode, topSkills: topCount } = config.pivots;
  if (source.score === null) return { targets: [], emptyReason: "no-score" };
  if (Object.keys(source.skills).length === 0) return { targets: [], emptyReason: "no-skills" };
  const centre = mode === "centred" ? (options.centre ?? skillMeans(candidates)) : null;
  const sourceScore = source.score;
  const sourceTop = topSkills(source.skills, topCount);

  const keys = Object.keys(source.skills).sort();
  const cacheKey = `${mode}|${keys.join("|")}`;
  const cache = options.vectorCache ?? new Map<string, WeakMap<PivotOccupation, SkillVector>>();
  const vectors = cache.get(cacheKey) ?? new WeakMap<PivotOccupation, SkillVector>();
  cache.set(cacheKey, vectors);
  const vectorOf = (occupation: PivotOccupation): SkillVector => {
    if (vectors.has(occupation)) return vectors.get(occupation) ?? null;
    const vector = skillVector(occupation, keys, centre);
    vectors.set(occupation, vector);
    return vector;
  };
  const sourceVector = vectorOf(source);
  if (sourceVector === null) return { targets: [], emptyReason: "no-skills" };

  const ranked: { target: PivotOccupation; score: number; drop: number; similarity: number; steps: number; penalty: number; rank: number }[] = [];
  for (const target of candidates) {
    if (target.soc === source.soc || target.score === null) continue;
    const drop = sourceScore - target.score;
    if (drop < minScoreDrop) continue;
    const targetVector = vectorOf(target);
    if (targetVector === null) continue;
    let dot = 0;
    for (let index = 0; index < keys.length; index += 1) dot += sourceVector.values[index]! * targetVector.values[index]!;
    const similarity = dot / (sourceVector.norm * targetVector.norm);
    const steps = jobZoneStepsUp(source.jobZone, target.jobZone);
    const penalty = jobZoneStepPenalty * steps;
    const adjusted = similarity - penalty;
    if (adjusted <= 0) continue;
    ranked.push({ target, score: target.score, drop, similarity, steps, penalty, rank: adjusted * drop });
  }
  ranked.sort((a, b) => b.rank - a.rank || b.drop - a.drop || a.target.soc.localeCompare(b.target.soc));

  const targets = ranked.slice(0, maxTargets).map(({ target, score, drop, similarity, steps, penalty, rank }): PivotTarget => {
    const targetTop = topSkills(target.skills, topCount);
    return {
      soc: target.soc,
      title: target.title,
      slug: target.slug,
      categoryCode: target.categoryCode,
      score,
      scoreDrop: drop,
      similarity: round3(similarity),
      jobZone: { source: source.jobZone, target: target.jobZone, stepsUp: steps },
      penalty: round3(penalty),
      rank: round3(rank),
      wage: wageDelta(source.medianWage, target.medianWage, config),
      education: { source: source.entryEducation, target: target.entryEducation, steps: educationGap(source.entryEducation, target.entryEducation) },
      outlookPct: target.changePct,
      sharedTopSkills: targetTop.filter((skill) => sourceTop.includes(skill)).map(skillLabel),
      missingTopSkills: targetTop.filter((skill) => !sourceTop.includes(skill)).map(skillLabel),
    };
  });
  return { targets, emptyReason: targets.length === 0 ? "no-candidates" : null };
}

/** Pivots for every occupation at once (the importer): the skill centre is computed once. */
export function rankAllPivots(occupations: readonly PivotOccupation[], config: ProConfig = proConfig): Map<string, PivotResult> {
  const withSkills = occupations.filter((occupation) => Object.keys(occupation.skills).length > 0);
  const centre = config.pivots.similarity === "centred" ? skillMeans(withSkills) : null;
  const vectorCache: VectorCache = new Map();
  return new Map(occupations.map((occupation) => [occupation.soc, rankPivots(occupation, withSkills, { config, centre, vectorCache })]));
}
