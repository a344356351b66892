import { describe, expect, it } from "vitest";

import { proConfig, type ProConfig } from "@/lib/pro/config";
import {
  educationGap,
  jobZoneStepsUp,
  rankAllPivots,
  rankPivots,
  skillLabel,
  skillMeans,
  skillSimilarity,
  topSkills,
  wageDelta,
  type PivotOccupation,
} from "@/lib/pro/pivots";

const withPivots = (pivots: Partial<ProConfig["pivots"]>): ProConfig => ({ ...proConfig, pivots: { ...proConfig.pivots, ...pivots } });
/** Raw cosine so the fixture's similarities are easy to compute by hand. */
const raw = withPivots({ similarity: "raw" });

const known = (value: number) => ({ value, topCoded: false });

function occupation(soc: string, score: number | null, jobZone: number | null, skills: Record<string, number>, extra: Partial<PivotOccupation> = {}): PivotOccupation {
  return {
    soc,
    title: `Occupation ${soc}`,
    slug: `${soc}-occupation`,
    categoryCode: soc.slice(0, 2),
    score,
    jobZone,
    skills,
    medianWage: known(50_000),
    entryEducation: "Bachelor's degree",
    changePct: 3,
    ...extra,
  };
}

// Source: score 60, Job Zone 3, skills (a, b, c) = (1, 0, 0).
const source = occupation("11-0001", 60, 3, { a: 1, b: 0, c: 0 });
const candidates = [
  source,
  occupation("11-0002", 45, 3, { a: 1, b: 0, c: 0 }), //  drop 15, cos 1         → rank 15
  occupation("11-0003", 30, 3, { a: 1, b: 1, c: 0 }), //  drop 30, cos 1/√2      → 21.213
  occupation("11-0004", 30, 5, { a: 1, b: 1, c: 0 }), //  drop 30, 2 steps up    → (0.7071 − 0.2) × 30 = 15.213
  occupation("11-0005", 55, 3, { a: 1, b: 0, c: 0 }), //  drop 5: too small
  occupation("11-0006", 50, 2, { a: 0, b: 0, c: 1 }), //  drop 10, cos 0: not similar at all
  occupation("11-0007", 40, null, { a: 3, b: 0, c: 1 }), // drop 20, cos 3/√10 = 0.9487, unknown zone = 0 steps → 18.974
  occupation("11-0008", 10, 3, {}), //                    no skill profile
  occupation("11-0009", null, 3, { a: 1, b: 0, c: 0 }), //  no score
];

describe("skill similarity", () => {
  it("is the cosine of the importance vectors", () => {
    expect(skillSimilarity({ a: 1, b: 0 }, { a: 1, b: 1 })).toBeCloseTo(Math.SQRT1_2, 12);
    expect(skillSimilarity({ a: 3, b: 4 }, { a: 6, b: 8 })).toBeCloseTo(1, 12);
    expect(skillSimilarity({ a: 1, b: 0 }, { a: 0, b: 1 })).toBe(0);
  });

  it("centres each skill on the economy-wide mean when asked", () => {
    const x = { a: 2, b: 0 };
    const y = { a: 0, b: 2 };
    const z = { a: 1, b: 1 };
    const means = skillMeans([{ skills: x }, { skills: y }, { skills: z }]);
    expect(means).toEqual({ a: 1, b: 1 });
    // centred: x = (1, −1), y = (−1, 1): opposite profiles; raw cosine only says "orthogonal".
    expect(skillSimilarity(x, y, means)).toBeCloseTo(-1, 12);
    expect(skillSimilarity(x, y)).toBe(0);
    // z is exactly average: no direction, no similarity.
    expect(skillSimilarity(x, z, means)).toBeNull();
  });

  it("is null when the target lacks one of the source's skills", () => {
    expect(skillSimilarity({ a: 1, b: 2 }, { a: 1 })).toBeNull();
  });
});

describe("pivot ranking: (similarity − penalty per Job Zone step up) × score drop", () => {
  it("ranks the hand-computed fixture", () => {
    const result = rankPivots(source, candidates, { config: raw });
    expect(result.emptyReason).toBeNull();
    expect(result.targets.map((target) => [target.soc, target.rank])).toEqual([
      ["11-0003", 21.213],
      ["11-0007", 18.974],
      ["11-0004", 15.213],
      ["11-0002", 15],
    ]);
    const [first] = result.targets;
    expect(first).toMatchObject({ score: 30, scoreDrop: 30, similarity: 0.707, penalty: 0, jobZone: { source: 3, target: 3, stepsUp: 0 } });
  });

  it("leaves out the source, drops under 10, non-positive similarity, missing skills and missing scores", () => {
    const socs = rankPivots(source, candidates, { config: raw }).targets.map((target) => target.soc);
    for (const excluded of ["11-0001", "11-0005", "11-0006", "11-0008", "11-0009"]) expect(socs).not.toContain(excluded);
  });

  it("accepts a drop of exactly 10 points", () => {
    const exactlyTen = occupation("11-0010", 50, 3, { a: 1, b: 0, c: 0 });
    expect(rankPivots(source, [exactlyTen], { config: raw }).targets.map((t) => [t.soc, t.scoreDrop, t.rank])).toEqual([["11-0010", 10, 10]]);
  });

  it("applies the Job Zone penalty per step up only (0.1 by default)", () => {
    expect(proConfig.pivots.jobZoneStepPenalty).toBe(0.1);
    expect(jobZoneStepsUp(3, 5)).toBe(2);
    expect(jobZoneStepsUp(3, 2)).toBe(0);
    expect(jobZoneStepsUp(null, 4)).toBe(0);
    const up = rankPivots(source, candidates, { config: raw }).targets.find((target) => target.soc === "11-0004")!;
    expect(up).toMatchObject({ penalty: 0.2, jobZone: { source: 3, target: 5, stepsUp: 2 } });
    // Step down (11-0006 is zone 2) costs nothing: its 0 similarity, not a penalty, excludes it.
  });

  it("moves a target up or down with the penalty", () => {
    // No penalty: 11-0004 ties 11-0003 (same skills, same drop): the lower SOC code goes first.
    const none = rankPivots(source, candidates, { config: withPivots({ similarity: "raw", jobZoneStepPenalty: 0 }) });
    expect(none.targets.slice(0, 2).map((t) => t.soc)).toEqual(["11-0003", "11-0004"]);
    // 0.3 per step: (0.7071 − 0.6) × 30 = 3.21, last.
    const heavy = rankPivots(source, candidates, { config: withPivots({ similarity: "raw", jobZoneStepPenalty: 0.3 }) });
    expect(heavy.targets.map((t) => t.soc)).toEqual(["11-0003", "11-0007", "11-0002", "11-0004"]);
    expect(heavy.targets.at(-1)!.rank).toBeCloseTo(3.213, 3);
    // 0.4 per step: similarity − penalty < 0, so it is no pivot at all.
    const excluded = rankPivots(source, candidates, { config: withPivots({ similarity: "raw", jobZoneStepPenalty: 0.4 }) });
    expect(excluded.targets.map((t) => t.soc)).not.toContain("11-0004");
  });

  it("lists at most maxTargets (8) targets", () => {
    const many = Array.from({ length: 12 }, (_, index) => occupation(`13-00${String(index + 10)}`, 20 + index, 3, { a: 1, b: 0.1 * index, c: 0 }));
    expect(rankPivots(source, many, { config: raw }).targets).toHaveLength(8);
    expect(rankPivots(source, many, { config: withPivots({ similarity: "raw", maxTargets: 3 }) }).targets).toHaveLength(3);
  });

  it("does not depend on the candidates' order", () => {
    const forward = rankPivots(source, candidates, { config: raw });
    const backward = rankPivots(source, [...candidates].reverse(), { config: raw });
    expect(backward).toEqual(forward);
  });

  it("says why a list is empty", () => {
    expect(rankPivots(occupation("11-0100", null, 3, { a: 1 }), candidates).emptyReason).toBe("no-score");
    expect(rankPivots(occupation("11-0101", 60, null, {}), candidates).emptyReason).toBe("no-skills");
    expect(rankPivots(occupation("11-0102", 5, 3, { a: 1, b: 0, c: 0 }), candidates).emptyReason).toBe("no-candidates");
  });

  it("gives the same result for every occupation when ranking the whole economy at once", () => {
    const all = rankAllPivots(candidates, raw);
    const withSkills = candidates.filter((c) => Object.keys(c.skills).length > 0);
    for (const occupationItem of candidates) expect(all.get(occupationItem.soc)).toEqual(rankPivots(occupationItem, withSkills, { config: raw }));
  });

  it("uses centred similarity by default, with the economy's skill means", () => {
    const all = rankAllPivots(candidates);
    const withSkills = candidates.filter((c) => Object.keys(c.skills).length > 0);
    const means = skillMeans(withSkills);
    for (const target of all.get(source.soc)!.targets) {
      const candidate = candidates.find((c) => c.soc === target.soc)!;
      expect(target.similarity).toBeCloseTo(skillSimilarity(source.skills, candidate.skills, means)!, 3);
    }
  });
});

describe("pivot details", () => {
  it("names shared top skills and the target's top skills the source lacks", () => {
    const from = occupation("15-0001", 70, 4, { Critical_Thinking: 90, Writing: 85, Speaking: 80, Mathematics: 20, Programming: 70, Science: 10 });
    const to = occupation("15-0002", 40, 4, { Critical_Thinking: 80, Writing: 30, Speaking: 85, Mathematics: 75, Programming: 5, Science: 70 });
    const [target] = rankPivots(from, [to], { config: withPivots({ similarity: "raw", topSkills: 3 }) }).targets;
    // from's top 3: Critical thinking, Writing, Speaking; to's: Speaking, Critical thinking, Mathematics
    expect(target!.sharedTopSkills).toEqual(["Speaking", "Critical thinking"]);
    expect(target!.missingTopSkills).toEqual(["Mathematics"]);
  });

  it("orders top skills by importance, ties by name", () => {
    expect(topSkills({ b: 5, a: 5, c: 9, d: 1 }, 3)).toEqual(["c", "a", "b"]);
    expect(skillLabel("Reading_Comprehension")).toBe("Reading comprehension");
  });

  it("computes the median wage delta, null-safe for top-coded and missing wages", () => {
    expect(wageDelta(known(80_000), known(95_500))).toMatchObject({ delta: 15_500, bound: "exact" });
    expect(wageDelta(known(120_000), known(90_000))).toMatchObject({ delta: -30_000, bound: "exact" });
    // Target top-coded (≥ 239,200, OEWS May 2025): at least 239,200 − 150,000.
    expect(wageDelta(known(150_000), { value: null, topCoded: true })).toMatchObject({ delta: 89_200, bound: "atLeast" });
    // Source top-coded: at most 180,000 − 239,200.
    expect(wageDelta({ value: null, topCoded: true }, known(180_000))).toMatchObject({ delta: -59_200, bound: "atMost" });
    expect(wageDelta({ value: null, topCoded: true }, { value: null, topCoded: true })).toMatchObject({ delta: null, bound: null });
    expect(wageDelta(null, known(50_000))).toMatchObject({ delta: null, bound: null });
    expect(wageDelta(known(50_000), { value: null, topCoded: false })).toMatchObject({ delta: null, bound: null });
  });

  it("counts entry education steps on the BLS ladder", () => {
    expect(educationGap("Bachelor's degree", "Master's degree")).toBe(1);
    expect(educationGap("Bachelor's degree", "High school diploma or equivalent")).toBe(-3);
    // A postsecondary nondegree award sits on the "some college" rung.
    expect(educationGap("High school diploma or equivalent", "Postsecondary nondegree award")).toBe(1);
    expect(educationGap("Some college, no degree", "Postsecondary nondegree award")).toBe(0);
    expect(educationGap(null, "Master's degree")).toBeNull();
    expect(educationGap("Bachelor's degree", "Apprenticeship")).toBeNull();
  });

  it("carries wage delta, education gap and outlook into each target", () => {
    const from = occupation("17-0001", 60, 3, { a: 1, b: 0 }, { medianWage: known(70_000), entryEducation: "Associate's degree" });
    const to = occupation("17-0002", 40, 3, { a: 1, b: 0.2 }, { medianWage: known(65_000), entryEducation: "Bachelor's degree", changePct: -4.5 });
    const [target] = rankPivots(from, [to], { config: raw }).targets;
    expect(target!.wage).toMatchObject({ delta: -5_000, bound: "exact", source: { text: "$70,000" }, target: { text: "$65,000" } });
    expect(target!.education).toEqual({ source: "Associate's degree", target: "Bachelor's degree", steps: 1 });
    expect(target!.outlookPct).toBe(-4.5);
  });
});
