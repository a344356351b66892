import { describe, expect, it } from "vitest";

import { proConfig, type ProConfig } from "@/lib/pro/config";
import {
  checkPivot,
  educationGap,
  jobZoneStepsUp,
  mostImportant,
  pivotRank,
  pivotSpace,
  rankAllPivots,
  rankPivots,
  relatedness,
  skillsToBuild,
  technologiesToLearn,
  wageDelta,
  type ElementRating,
  type PivotOccupation,
} from "@/lib/pro/pivots";

const withPivots = (pivots: Partial<ProConfig["pivots"]>): ProConfig => ({ ...proConfig, pivots: { ...proConfig.pivots, ...pivots } });
/** Floor at the median of all pairs (0 in the fixture below), so the ranking cases stay hand-computable. */
const medianFloor = withPivots({ floorQuantile: 0.5 });

const known = (value: number) => ({ value, topCoded: false });
/** Importance 1 and level = value: importance × level is the value itself. */
const flat = (values: Record<string, number>): Record<string, ElementRating> => Object.fromEntries(Object.entries(values).map(([key, level]) => [key, { importance: 1, level }]));

function occupation(soc: string, score: number | null, jobZone: number | null, skills: Record<string, ElementRating>, extra: Partial<PivotOccupation> = {}): PivotOccupation {
  return {
    soc,
    title: `Occupation ${soc}`,
    slug: `${soc}-occupation`,
    categoryCode: soc.slice(0, 2),
    score,
    jobZone,
    skills,
    knowledge: {},
    activities: {},
    onetRelated: {},
    blsSimilar: [],
    technologies: [],
    medianWage: known(50_000),
    entryEducation: "Bachelor's degree",
    changePct: 3,
    ...extra,
  };
}

// Skills only (knowledge and activities empty): similarity = the skills cosine. Centre (4, 4, 4);
// centred A (1,0,0), B (1,1,0), C (1,0,1), D (0,1,0), E (−3,−2,−1).
// cos A·B = A·C = 1/√2, A·D = 0, A·E = −3/√14. All ten pairs: −0.945, −0.802, −0.756, −0.535, 0, 0, 0.5, 0.707 ×3.
const A = occupation("11-0001", 60, 3, flat({ x: 5, y: 4, z: 4 }), { onetRelated: { "11-0004": "Primary-Short", "11-0005": "Supplemental" } });
const B = occupation("11-0002", 45, 3, flat({ x: 5, y: 5, z: 4 })); //  drop 15, sim 0.7071            → 0.7071 × √0.15 = 0.2739
const C = occupation("11-0003", 30, 4, flat({ x: 5, y: 4, z: 5 })); //  drop 30, sim 0.7071, 1 step up → 0.6071 × √0.30 = 0.3325
const D = occupation("11-0004", 20, 3, flat({ x: 4, y: 5, z: 4 })); //  drop 40, sim 0, O*NET Primary → 0.1 × √0.40 = 0.0632
const E = occupation("11-0005", 10, 3, flat({ x: 1, y: 2, z: 3 })); //  drop 50, sim −0.80: below the floor
const economy = [A, B, C, D, E];

describe("pivot ranking: (similarity + related boost − Job Zone penalty) × (drop / 100)^0.5", () => {
  it("ranks the hand-computed fixture", () => {
    const space = pivotSpace(economy);
    const result = rankPivots(space, 0, 0, medianFloor);
    expect(result.emptyReason).toBeNull();
    expect(result.targets.map((target) => [target.soc, target.rank])).toEqual([
      ["11-0003", 0.3325],
      ["11-0002", 0.2739],
      ["11-0004", 0.0632],
    ]);
    expect(result.targets[0]).toMatchObject({ scoreDrop: 30, similarity: 0.707, penalty: 0.1, adjusted: 0.607, boost: 0, jobZone: { source: 3, target: 4, stepsUp: 1 } });
    expect(result.targets[2]).toMatchObject({ similarity: 0, boost: 0.1, adjusted: 0.1, related: { onet: "Primary-Short", bls: false } });
    expect(result.targets[0]!.cosines).toEqual({ skills: 0.707, knowledge: null, activities: null });
  });

  it("takes the floor from the distribution of all pairs", () => {
    const { floor, pairs } = rankAllPivots(economy, medianFloor);
    expect(pairs).toHaveLength(10);
    expect(floor).toBeCloseTo(0, 12);
    expect(pairs[0]).toBeCloseTo(-5 / Math.sqrt(28), 12); // B · E = −5, |B| |E| = √2 √14
    // At the 90th percentile (position 8.1 of 0…9) the floor is 1/√2: only the closest pairs pass.
    expect(rankAllPivots(economy).floor).toBeCloseTo(Math.SQRT1_2, 12);
  });

  it("drops a target below the floor even when a list names it", () => {
    // D's similarity is 0: a floor of 0.01 drops it, although O*NET's Primary listing would lift its adjusted similarity to 0.1.
    const space = pivotSpace(economy);
    expect(rankPivots(space, 0, 0.01, medianFloor).targets.map((target) => target.soc)).toEqual(["11-0003", "11-0002"]);
  });

  it("leaves out the source, drops under 10, missing profiles and missing scores", () => {
    const extra = [
      ...economy,
      occupation("11-0006", 55, 3, flat({ x: 5, y: 5, z: 4 })), // drop 5
      occupation("11-0007", 10, 3, {}), // no profile
      occupation("11-0008", null, 3, flat({ x: 5, y: 5, z: 4 })), // no score
    ];
    const socs = rankPivots(pivotSpace(extra), 0, 0, medianFloor).targets.map((target) => target.soc);
    for (const excluded of ["11-0001", "11-0006", "11-0007", "11-0008"]) expect(socs).not.toContain(excluded);
  });

  it("accepts a drop of exactly 10 points", () => {
    const ten = occupation("11-0010", 50, 3, flat({ x: 5, y: 5, z: 4 }));
    const result = rankPivots(pivotSpace([A, ten, E]), 0, -1, medianFloor);
    expect(result.targets.map((t) => [t.soc, t.scoreDrop])).toEqual([["11-0010", 10]]);
  });

  it("computes the rank formula", () => {
    expect(pivotRank(0.5, 25)).toBeCloseTo(0.25, 12);
    expect(pivotRank(0.8, 100)).toBeCloseTo(0.8, 12);
    expect(pivotRank(0.5, 25, withPivots({ dropExponent: 1 }))).toBeCloseTo(0.125, 12);
  });

  it("applies the Job Zone penalty per step up only (0.1 by default)", () => {
    expect(proConfig.pivots.jobZoneStepPenalty).toBe(0.1);
    expect(jobZoneStepsUp(3, 5)).toBe(2);
    expect(jobZoneStepsUp(3, 2)).toBe(0);
    expect(jobZoneStepsUp(null, 4)).toBe(0);
    // 0.8 per step: 0.7071 − 0.8 < 0, so C is no pivot at all.
    const heavy = rankPivots(pivotSpace(economy), 0, 0, withPivots({ floorQuantile: 0.5, jobZoneStepPenalty: 0.8 }));
    expect(heavy.targets.map((t) => t.soc)).toEqual(["11-0002", "11-0004"]);
  });

  it("boosts targets that O*NET's primary tiers or BLS list, not O*NET's supplemental tier", () => {
    expect(relatedness(A, D)).toEqual({ related: { onet: "Primary-Short", bls: false }, boost: 0.1 });
    expect(relatedness(A, E)).toEqual({ related: { onet: "Supplemental", bls: false }, boost: 0 });
    expect(relatedness({ ...A, blsSimilar: ["11-0002"] }, B)).toEqual({ related: { onet: null, bls: true }, boost: 0.1 });
  });

  it("lists at most maxTargets (8) targets", () => {
    const many = Array.from({ length: 12 }, (_, index) => occupation(`13-00${String(index + 10)}`, 20 + index, 3, flat({ x: 5 + index * 0.01, y: 4, z: 4 })));
    const space = pivotSpace([A, ...many, E]);
    expect(rankPivots(space, 0, -1, medianFloor).targets).toHaveLength(8);
    expect(rankPivots(space, 0, -1, withPivots({ maxTargets: 3 })).targets).toHaveLength(3);
  });

  it("does not depend on the candidates' order", () => {
    const forward = rankAllPivots(economy, medianFloor).results.get(A.soc);
    const backward = rankAllPivots([...economy].reverse(), medianFloor).results.get(A.soc);
    expect(backward).toEqual(forward);
  });

  it("says why a list is empty", () => {
    const space = pivotSpace([occupation("11-0100", null, 3, flat({ x: 1 })), occupation("11-0101", 60, null, {}), occupation("11-0102", 5, 3, flat({ x: 2 })), B]);
    expect(rankPivots(space, 0, 0).emptyReason).toBe("no-score");
    expect(rankPivots(space, 1, 0).emptyReason).toBe("no-profile");
    expect(rankPivots(space, 2, 0).emptyReason).toBe("no-candidates");
  });

  it("averages the three domain cosines", () => {
    // Knowledge identical to skills, activities opposite in sign for B: (1/√2 + 1/√2 + (−1/√2)) / 3.
    const withAll = (o: PivotOccupation, activities: Record<string, number>): PivotOccupation => ({ ...o, knowledge: o.skills, activities });
    const all = [withAll(A, { p: 5, q: 4 }), withAll(B, { p: 3, q: 4 }), withAll(C, { p: 4, q: 4 }), withAll(D, { p: 4, q: 4 }), withAll(E, { p: 4, q: 4 })];
    // Activities centre (4, 4): A (1, 0), B (−1, 0): cosine −1; C, D, E sit on the mean (no vector).
    const [first] = rankPivots(pivotSpace(all), 0, -1, medianFloor).targets.filter((t) => t.soc === B.soc);
    expect(first!.cosines).toEqual({ skills: 0.707, knowledge: 0.707, activities: -1 });
    expect(first!.similarity).toBeCloseTo((2 * Math.SQRT1_2 - 1) / 3, 3);
  });
});

describe("pivot details", () => {
  const rate = (importance: number, level: number): ElementRating => ({ importance, level });

  it("names the target's important skills and knowledge with the largest level gap", () => {
    const from = occupation("15-0001", 70, 4, { Programming: rate(4, 5), Writing: rate(3, 3), Mathematics: rate(3, 2) }, { knowledge: { Physics: rate(2, 1), Design: rate(3, 3) } });
    const to = occupation("15-0002", 40, 4, { Programming: rate(4, 4), Writing: rate(3.5, 4), Mathematics: rate(4, 5) }, { knowledge: { Physics: rate(4, 5), Design: rate(2, 6) } });
    // Gaps: Physics +4, Mathematics +3, Writing +1; Design +3 but importance 2 < 3; Programming is lower.
    expect(skillsToBuild(from, to)).toEqual([
      { name: "Physics", kind: "knowledge", from: 1, to: 5 },
      { name: "Mathematics", kind: "skill", from: 2, to: 5 },
      { name: "Writing", kind: "skill", from: 3, to: 4 },
    ]);
    expect(skillsToBuild(from, to, withPivots({ buildCount: 1 }))).toHaveLength(1);
  });

  it("lists the target's Hot / In Demand technologies the source lacks, In Demand first", () => {
    const from = occupation("15-0001", 70, 4, {}, { technologies: [{ name: "Microsoft Excel", hot: true, inDemand: false }] });
    const to = occupation("15-0002", 40, 4, {}, {
      technologies: [
        { name: "Microsoft Excel", hot: true, inDemand: true },
        { name: "Tableau", hot: true, inDemand: false },
        { name: "SAP", hot: true, inDemand: true },
        { name: "Notepad", hot: false, inDemand: false },
      ],
    });
    expect(technologiesToLearn(from, to).map((t) => t.name)).toEqual(["SAP", "Tableau"]);
  });

  it("checks a pivot against the lists, the major group and the five most important knowledge areas", () => {
    const knowledge = (names: string[]) => Object.fromEntries(names.map((name, index) => [name, rate(5 - index * 0.5, 3)]));
    const from = occupation("11-0001", 60, 3, {}, { knowledge: knowledge(["a", "b", "c", "d", "e", "f"]), blsSimilar: ["13-0002"] });
    expect(mostImportant(from.knowledge, 5)).toEqual(["a", "b", "c", "d", "e"]);
    expect(checkPivot(from, occupation("13-0002", 40, 3, {}, { knowledge: knowledge(["x", "y", "z", "w", "v"]) }))).toEqual({ listed: true, sameMajorGroup: false, sharedKnowledge: false });
    expect(checkPivot(from, occupation("13-0003", 40, 3, {}, { knowledge: knowledge(["c", "x", "a", "y", "e"]) }))).toEqual({ listed: false, sameMajorGroup: false, sharedKnowledge: true });
    expect(checkPivot(from, occupation("11-0003", 40, 3, {}, { knowledge: knowledge(["a", "b", "x", "y", "z"]) }))).toEqual({ listed: false, sameMajorGroup: true, sharedKnowledge: false });
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
    const from = occupation("17-0001", 60, 3, flat({ x: 5, y: 4, z: 4 }), { medianWage: known(70_000), entryEducation: "Associate's degree" });
    const to = occupation("17-0002", 40, 3, flat({ x: 5, y: 5, z: 4 }), { medianWage: known(65_000), entryEducation: "Bachelor's degree", changePct: -4.5 });
    const [target] = rankPivots(pivotSpace([from, to, E]), 0, -1, medianFloor).targets;
    expect(target!.wage).toMatchObject({ delta: -5_000, bound: "exact", source: { text: "$70,000" }, target: { text: "$65,000" } });
    expect(target!.education).toEqual({ source: "Associate's degree", target: "Bachelor's degree", steps: 1 });
    expect(target!.outlookPct).toBe(-4.5);
  });
});
