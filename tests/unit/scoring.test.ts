import { describe, expect, it } from "vitest";

import {
  categoryPrior,
  compositeScore,
  digitalSignal,
  educationSignal,
  highScoreShare,
  outlookSignal,
  postingsSignal,
  raterBlend,
  relatedByScore,
  roundHalfUp,
  scoreEconomy,
  scoringConfig,
  seniorityMultipliers,
  seniorityScores,
  shareAboveEntryLevel,
  taskScore,
  taskSignal,
  taskWeight,
  verdictBand,
  type AutomationLabel,
  type ExposureLabel,
  type OccupationInputs,
} from "@/lib/scoring";

describe("task score (METHODOLOGY §1)", () => {
  it("scores the worked example 11-3051.00 'Prepare and maintain production reports or personnel records' at 75 with weight 2", () => {
    // human E2 (0.5), GPT-4 E1 (1) → x = 0.75; T3 → a = 0.75; round(100 × (0.75·0.75 + 0.25·0.75)) = 75
    expect(raterBlend({ human: "E2", gpt4: "E1" })).toBe(0.75);
    expect(taskScore({ human: "E2", gpt4: "E1", automation: "T3" })).toBe(75);
    expect(taskWeight("Core")).toBe(2);
  });

  it("maps every label combination by hand", () => {
    expect(taskScore({ human: "E0", gpt4: "E0", automation: "T0" })).toBe(0);
    expect(taskScore({ human: "E1", gpt4: "E1", automation: "T4" })).toBe(100);
    // x = (0 + 0.5)/2 = 0.25; a = 0.25 → 100 × (0.1875 + 0.0625) = 25
    expect(taskScore({ human: "E0", gpt4: "E2", automation: "T1" })).toBe(25);
    // x = 0.5; a = 0.5 → 100 × (0.375 + 0.125) = 50
    expect(taskScore({ human: "E2", gpt4: "E2", automation: "T2" })).toBe(50);
    // x = 0.75, a = 0.25 → 62.5 → rounds half up to 63
    expect(taskScore({ human: "E1", gpt4: "E2", automation: "T1" })).toBe(63);
  });

  it("leaves a missing rater out of the blend and refuses a task without labels", () => {
    expect(raterBlend({ human: null, gpt4: "E1" })).toBe(1);
    // x = 1 (GPT-4 only), a = 0.5 → 100 × (0.75 + 0.125) = 87.5 → 88
    expect(taskScore({ human: null, gpt4: "E1", automation: "T2" })).toBe(88);
    expect(taskScore({ human: null, gpt4: null, automation: "T2" })).toBeNull();
    expect(taskScore({ human: "E1", gpt4: "E1", automation: null })).toBeNull();
  });

  it("weights Core 2, Supplemental 1 and unlabelled tasks 1", () => {
    expect([taskWeight("Core"), taskWeight("Supplemental"), taskWeight(null)]).toEqual([2, 1, 1]);
  });

  it("rounds half up", () => {
    expect([roundHalfUp(42.5), roundHalfUp(42.49), roundHalfUp(0.5), roundHalfUp(99.5)]).toEqual([43, 42, 1, 100]);
  });
});

// The 21 tasks of 11-3051.00 as published in onet-gpts/full_labelset.tsv: [type, human, GPT-4, automation].
const INDUSTRIAL_PRODUCTION_MANAGER_TASKS: [("Core" | "Supplemental" | null), ExposureLabel, ExposureLabel, AutomationLabel][] = [
  ["Core", "E0", "E2", "T1"],
  ["Core", "E2", "E2", "T2"],
  ["Core", "E2", "E2", "T2"],
  ["Core", "E0", "E2", "T2"],
  ["Core", "E0", "E0", "T1"],
  ["Core", "E1", "E2", "T2"],
  ["Core", "E2", "E1", "T3"],
  ["Core", "E1", "E2", "T1"],
  ["Core", "E0", "E2", "T2"],
  ["Core", "E2", "E2", "T3"],
  ["Core", "E0", "E2", "T1"],
  ["Core", "E0", "E2", "T2"],
  ["Supplemental", "E2", "E2", "T3"],
  [null, "E0", "E2", "T1"],
  [null, "E2", "E2", "T1"],
  [null, "E0", "E2", "T1"],
  [null, "E2", "E2", "T3"],
  [null, "E2", "E2", "T3"],
  [null, "E2", "E2", "T2"],
  [null, "E1", "E2", "T3"],
  [null, "E0", "E0", "T1"],
];

describe("task signal T", () => {
  it("is the weighted mean of task scores: 11-3051 ≈ 42.9", () => {
    const scored = INDUSTRIAL_PRODUCTION_MANAGER_TASKS.map(([type, human, gpt4, automation]) => ({
      score: taskScore({ human, gpt4, automation })!,
      weight: taskWeight(type),
    }));
    // Hand sum: Core scores 25+50+50+31+6+69+75+63+31+56+25+31 = 512 (×2 = 1024), Supplemental 56,
    // unlabelled 25+44+25+56+56+50+75+6 = 337 → (1024 + 56 + 337) / (24 + 1 + 8) = 1417 / 33 = 42.94
    expect(scored.reduce((sum, task) => sum + task.score * task.weight, 0)).toBe(1417);
    expect(taskSignal(scored)).toBeCloseTo(1417 / 33, 10);
    expect(taskSignal(scored)!.toFixed(1)).toBe("42.9");
  });

  it("is null without rated tasks", () => {
    expect(taskSignal([])).toBeNull();
  });

  it("reports the weighted share of task time scoring ≥ 50", () => {
    expect(highScoreShare([{ score: 50, weight: 2 }, { score: 49, weight: 1 }, { score: 80, weight: 1 }])).toBe(0.75);
  });
});

describe("occupation-level signals (METHODOLOGY §2)", () => {
  it("D = 10 × digital exposure", () => {
    expect(digitalSignal(6)).toBe(60);
    expect(digitalSignal(10)).toBe(100);
  });

  it("O = clamp(50 − 4 × % change)", () => {
    expect(outlookSignal(1.6)).toBeCloseTo(43.6, 10);
    expect(outlookSignal(-38.6)).toBe(100);
    expect(outlookSignal(20)).toBe(0);
  });

  it("M = clamp(50 + national − sector)", () => {
    expect(postingsSignal(112.4, 107.3)).toBeCloseTo(55.1, 10);
    expect(postingsSignal(100, 170)).toBe(0);
    expect(postingsSignal(100, 20)).toBe(100);
  });

  it("E = mean of the education prior and the credential drift", () => {
    const shares = { lessThanHighSchool: 1.7, highSchool: 8, someCollege: 13.8, associate: 4.8, bachelor: 40.2, master: 24.8, doctoral: 6.7 };
    // Bachelor's entry: above = master + doctoral = 31.5 of 100.0
    expect(shareAboveEntryLevel("Bachelor's degree", shares)).toBeCloseTo(0.315, 10);
    // Postsecondary nondegree award sits on the "some college" rung: above = 4.8+40.2+24.8+6.7 = 76.5
    expect(shareAboveEntryLevel("Postsecondary nondegree award", shares)).toBeCloseTo(0.765, 10);
    expect(shareAboveEntryLevel("Doctoral or professional degree", shares)).toBe(0);
    expect(shareAboveEntryLevel("Unknown level", shares)).toBeNull();
    expect(educationSignal(47.5, 0.135)).toBeCloseTo(30.5, 10);
  });

  it("category prior is the group mean, else the economy-wide mean", () => {
    expect(categoryPrior([40, 60], [0, 100, 40, 60])).toEqual({ value: 50, basis: 2 });
    expect(categoryPrior([], [10, 30])).toEqual({ value: 20, basis: 0 });
    expect(categoryPrior([], [])).toBeNull();
  });
});

describe("composite (METHODOLOGY §3)", () => {
  it("weights 0.5/0.2/0.1/0.1/0.1 and shows each contribution", () => {
    const result = compositeScore({ T: 42.94, D: 60, O: 43.6, M: 55.13, E: 30.52 });
    // 21.47 + 12 + 4.36 + 5.513 + 3.052 = 46.395 → 46
    expect(result.score).toBe(46);
    expect(result.contributions.map((part) => part.signal)).toEqual(["T", "D", "O", "M", "E"]);
    expect(result.contributions.find((part) => part.signal === "D")?.contribution).toBe(12);
  });

  it("clamps to 0–100", () => {
    expect(compositeScore({ T: 100, D: 100, O: 100, M: 100, E: 100 }).score).toBe(100);
    expect(compositeScore({ T: 0, D: 0, O: 0, M: 0, E: 0 }).score).toBe(0);
  });

  it("follows the config: a changed weight changes the score", () => {
    const config = { ...scoringConfig, signalWeights: { T: 1, D: 0, O: 0, M: 0, E: 0 } } as const;
    expect(compositeScore({ T: 80, D: 0, O: 0, M: 0, E: 0 }, config).score).toBe(80);
  });
});

describe("seniority (METHODOLOGY §4)", () => {
  it("uses the category routineness against the mean", () => {
    // R_g − R̄ = 0.1 → entry 1 + (0.15 + 0.05) = 1.2; senior 1 − (0.15 + 0.03) = 0.82
    const multipliers = seniorityMultipliers(0.8, 0.7);
    expect(multipliers.entry).toBeCloseTo(1.2, 10);
    expect(multipliers.mid).toBe(1);
    expect(multipliers.senior).toBeCloseTo(0.82, 10);
    expect(seniorityScores(46, multipliers)).toEqual({ entry: 55, mid: 46, senior: 38 });
  });

  it("clamps the adjustments", () => {
    const routine = seniorityMultipliers(1, 0);
    expect(routine.entry).toBeCloseTo(1.35, 10);
    expect(routine.senior).toBeCloseTo(0.7, 10);
    const creative = seniorityMultipliers(0, 1);
    expect(creative.entry).toBeCloseTo(1.05, 10);
    expect(creative.senior).toBeCloseTo(0.95, 10);
    expect(seniorityScores(90, routine).entry).toBe(100);
  });

  it("falls back to the mean when a category has no work contexts", () => {
    expect(seniorityMultipliers(null, 0.66)).toEqual({ entry: 1.15, mid: 1, senior: 0.85 });
  });
});

describe("verdict bands (METHODOLOGY §5)", () => {
  it.each([
    [0, "low"],
    [19, "low"],
    [20, "moderate"],
    [39, "moderate"],
    [40, "clear"],
    [46, "clear"],
    [59, "clear"],
    [60, "high"],
    [79, "high"],
    [80, "veryHigh"],
    [100, "veryHigh"],
  ])("score %i is band %s", (score, band) => {
    expect(verdictBand(score).id).toBe(band);
  });

  it("reads like the seed page in the 40s", () => {
    const band = verdictBand(46);
    expect(band.headline).toBe("Clear pressure on routine tasks.");
    expect(band.shift).toMatch(/Composition of the role will shift within the decade/);
    expect(band.range).toBe("40–59");
  });
});

describe("related occupations (METHODOLOGY §6)", () => {
  it("picks the same-category occupations closest in score", () => {
    const peers = [
      { soc: "11-0001", categoryCode: "11", score: 50 },
      { soc: "11-0002", categoryCode: "11", score: 47 },
      { soc: "11-0003", categoryCode: "11", score: 53 },
      { soc: "11-0004", categoryCode: "11", score: 90 },
      { soc: "13-0001", categoryCode: "13", score: 50 },
      { soc: "11-0005", categoryCode: "11", score: null },
    ];
    const config = { ...scoringConfig, relatedCount: 2 } as const;
    expect(relatedByScore(peers[0]!, peers, config)).toEqual(["11-0002", "11-0003"]);
  });
});

describe("whole-economy scoring", () => {
  const base = (overrides: Partial<OccupationInputs> & Pick<OccupationInputs, "soc" | "categoryCode">): OccupationInputs => ({
    tasks: [{ score: 50, weight: 1 }],
    digitalExposure: null,
    projectedPctChange: null,
    postings: null,
    entryEducation: null,
    attainment: null,
    routineness: null,
    ...overrides,
  });

  it("imputes missing signals from the category prior and flags them", () => {
    const result = scoreEconomy([
      base({
        soc: "11-0001",
        categoryCode: "11",
        digitalExposure: 6,
        projectedPctChange: 0,
        postings: { sector: 100, national: 100 },
        entryEducation: "Bachelor's degree",
        attainment: { lessThanHighSchool: 0, highSchool: 0, someCollege: 0, associate: 0, bachelor: 80, master: 20, doctoral: 0 },
      }),
      base({ soc: "11-0002", categoryCode: "11", digitalExposure: 8, projectedPctChange: 5, postings: { sector: 90, national: 100 } }),
      base({ soc: "11-0003", categoryCode: "11", tasks: [{ score: 80, weight: 2 }, { score: 20, weight: 1 }] }),
    ]);
    const third = result.occupations.find((occupation) => occupation.soc === "11-0003")!;
    const d = third.signals.find((signal) => signal.signal === "D")!;
    expect(d.imputed).toBe(true);
    expect(d.value).toBe(70); // mean of 60 and 80
    expect(third.taskSignal).toBe(60); // (160 + 20) / 3
    const first = result.occupations.find((occupation) => occupation.soc === "11-0001")!;
    expect(first.signals.find((signal) => signal.signal === "D")?.imputed).toBe(false);
  });

  it("refuses to invent a signal that no occupation of the economy has", () => {
    expect(() => scoreEconomy([base({ soc: "11-0001", categoryCode: "11" })])).toThrow(/no value and no prior/);
  });

  it("gives an occupation without rated tasks no score", () => {
    const result = scoreEconomy([base({ soc: "11-0001", categoryCode: "11", tasks: [], digitalExposure: 5, projectedPctChange: 1, postings: { sector: 1, national: 1 } })]);
    expect(result.occupations[0]).toMatchObject({ score: null, band: null, seniority: null });
  });

  it("computes the education prior from occupations sharing an entry level", () => {
    const shares = { lessThanHighSchool: 0, highSchool: 50, someCollege: 50, associate: 0, bachelor: 0, master: 0, doctoral: 0 };
    const result = scoreEconomy([
      base({ soc: "43-0001", categoryCode: "43", tasks: [{ score: 80, weight: 1 }], entryEducation: "High school diploma or equivalent", attainment: shares, digitalExposure: 1, projectedPctChange: 0, postings: { sector: 1, national: 1 } }),
      base({ soc: "43-0002", categoryCode: "43", tasks: [{ score: 40, weight: 1 }], entryEducation: "High school diploma or equivalent", attainment: shares, digitalExposure: 1, projectedPctChange: 0, postings: { sector: 1, national: 1 } }),
    ]);
    expect(result.taskSignalByEducation["High school diploma or equivalent"]).toBe(60);
    // E = (60 + 100 × 0.5) / 2 = 55
    expect(result.occupations[0]!.signals.find((signal) => signal.signal === "E")?.value).toBe(55);
  });
});
