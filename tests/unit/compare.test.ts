import { describe, expect, it } from "vitest";

import {
  codeInField,
  comparisonExamples,
  compareHref,
  DID_YOU_MEAN_LIMIT,
  fieldsHref,
  fieldValueFor,
  parseCompareFields,
  parseCompareQuery,
  resolveField,
  toComparedOccupation,
  withCompared,
  type CompareFacts,
  type ExampleCandidate,
} from "@/lib/compare";

describe("compare query", () => {
  it("accepts codes with or without the dash and canonical slugs, in order", () => {
    expect(parseCompareQuery({ soc: "11-3051,132011" })).toEqual({ codes: ["11-3051", "13-2011"], invalid: [], dropped: [] });
    expect(parseCompareQuery({ soc: "13-2011-accountants-and-auditors, 11-3051" }).codes).toEqual(["13-2011", "11-3051"]);
  });

  it("reads the form's repeated fields and skips the empty one", () => {
    expect(parseCompareQuery({ soc: ["11-3051", "15-1252", ""] }).codes).toEqual(["11-3051", "15-1252"]);
  });

  it("de-duplicates, keeps three and reports the rest", () => {
    expect(parseCompareQuery({ soc: "11-3051,113051,13-2011,15-1252,29-1141" })).toEqual({
      codes: ["11-3051", "13-2011", "15-1252"],
      invalid: [],
      dropped: ["29-1141"],
    });
  });

  it("reports what is not a code instead of failing", () => {
    expect(parseCompareQuery({ soc: "nurse,11-3051,11-30511,<b>" })).toEqual({
      codes: ["11-3051"],
      invalid: ["nurse", "11-30511", "<b>"],
      dropped: [],
    });
    expect(parseCompareQuery({ soc: "%E0%A4%A" }).invalid).toEqual(["%E0%A4%A"]);
  });

  it("never throws on empty, absurd or oversized input", () => {
    expect(parseCompareQuery({})).toEqual({ codes: [], invalid: [], dropped: [] });
    expect(parseCompareQuery({ soc: "" })).toEqual({ codes: [], invalid: [], dropped: [] });
    expect(parseCompareQuery({ soc: ",,, ;" })).toEqual({ codes: [], invalid: [], dropped: [] });
    const huge = parseCompareQuery({ soc: `${"x".repeat(5000)},11-3051` });
    expect(huge.codes).toEqual([]);
    expect(huge.invalid).toHaveLength(1);
    expect(huge.invalid[0]?.length).toBeLessThanOrEqual(40);
    const many = parseCompareQuery({ soc: Array.from({ length: 100 }, (_, i) => `bad${i}`).join(",") });
    expect(many.invalid.length).toBeLessThanOrEqual(12);
  });

  it("builds the canonical link", () => {
    expect(compareHref(["11-3051", "13-2011"])).toBe("/compare?soc=11-3051,13-2011");
    expect(compareHref([])).toBe("/compare");
  });
});

describe("compared occupation", () => {
  const facts: CompareFacts = {
    soc: "11-3051",
    title: "Industrial Production Managers",
    slug: "11-3051-industrial-production-managers",
    categoryTitle: "Management",
    categorySlug: "11-management",
    employment: 200_000,
    changePct: 1.6,
    epMedianWage: 116_970,
    epMedianWageTopCoded: false,
    entryEducation: "Bachelor's degree",
    digitalExposure: 6,
    taskCount: 4,
  };

  it("orders signals T D O M E, keeps their points and computes the share of task time scoring ≥ 50", () => {
    const compared = toComparedOccupation(facts, {
      score: 46,
      signals: {
        O: { value: 43.6, weight: 0.1, contribution: 4.36, imputed: false },
        T: { value: 42.9, weight: 0.5, contribution: 21.45, imputed: false },
        D: { value: 60, weight: 0.2, contribution: 12, imputed: true },
      },
      seniority: { entry: 54, mid: 46, senior: 39, multipliers: { entry: 1.171, senior: 0.837 } },
      // Weighted time: 2 + 1 + 1 + 2 = 6; scoring ≥ 50: 75 (w 2) and 50 (w 1) → 3 / 6.
      tasks: [
        { score: 75, weight: 2 },
        { score: 49, weight: 1 },
        { score: 50, weight: 1 },
        { score: 6, weight: 2 },
      ],
    });
    expect(compared.signals.map((s) => s.id)).toEqual(["T", "D", "O"]);
    expect(compared.signals[0]).toEqual({ id: "T", name: "Task feasibility", value: 42.9, weight: 0.5, contribution: 21.45, imputed: false });
    expect(compared.signals[1]?.imputed).toBe(true);
    expect(compared.highTaskShare).toBe(0.5);
    expect(compared.ratedTaskCount).toBe(4);
    expect(compared.bandLabel).toBe("Clear pressure");
    expect(compared.title).toBe(facts.title);
  });

  it("has no share and no band without rated tasks", () => {
    const compared = toComparedOccupation(facts, {
      score: null,
      signals: {},
      seniority: { entry: null, mid: null, senior: null, multipliers: { entry: 1.1, senior: 0.9 } },
      tasks: [],
    });
    expect(compared.highTaskShare).toBeNull();
    expect(compared.bandLabel).toBeNull();
    expect(compared.signals).toEqual([]);
  });
});

describe("example comparisons", () => {
  const candidate = (soc: string, categoryCode: string, score: number | null, employment: number): ExampleCandidate => ({
    soc,
    title: `T${soc}`,
    categoryCode,
    categoryTitle: `C${categoryCode}`,
    score,
    employment,
  });

  it("pairs the most and least exposed occupation of the largest categories", () => {
    const examples = comparisonExamples(
      [
        candidate("43-1", "43", 70, 100),
        candidate("43-2", "43", 30, 100),
        candidate("43-3", "43", 70, 500),
        candidate("47-1", "47", 10, 50),
        candidate("47-2", "47", 25, 60),
        candidate("47-3", "47", null, 900),
        candidate("23-1", "23", 50, 10),
      ],
      2,
    );
    // 43 has 700 jobs, 47 has 110 scored jobs; 23 has one occupation only.
    expect(examples.map((e) => [e.categoryTitle, e.most.soc, e.least.soc, e.href])).toEqual([
      ["C43", "43-3", "43-2", "/compare?soc=43-3,43-2"],
      ["C47", "47-2", "47-1", "/compare?soc=47-2,47-1"],
    ]);
  });
});

describe("compare by title", () => {
  const quality = (matched: number, exact: boolean, coverage: number, rankClass: number) => ({ matched, exact, coverage, rankClass });
  const hit = (soc: string, title: string, q?: ReturnType<typeof quality>, matchedAlternate?: string) => ({
    soc,
    title,
    ...(q === undefined ? {} : { quality: q }),
    ...(matchedAlternate === undefined ? {} : { matchedAlternate }),
  });

  it("reads the form's q fields in order, blanks dropped, at most three, normalised", () => {
    expect(parseCompareFields({ q: [" plant   manager ", "", "accountant", "nurse", "cook"] })).toEqual(["plant manager", "accountant", "nurse"]);
    expect(parseCompareFields({ q: "11-3051" })).toEqual(["11-3051"]);
    expect(parseCompareFields({})).toEqual([]);
    expect(parseCompareFields({ q: "x".repeat(500) })[0]).toHaveLength(100);
  });

  it("writes a picked occupation with its code and reads the code back", () => {
    const value = fieldValueFor({ title: "Accountants and Auditors", soc: "13-2011" });
    expect(value).toBe("Accountants and Auditors (13-2011)");
    expect(codeInField(value)).toBe("13-2011");
    expect(codeInField("Something (132011)")).toBe("13-2011");
    expect(codeInField("accountant")).toBeNull();
    expect(codeInField("(13-2011) accountant")).toBeNull();
  });

  it("takes a code, a single result, or a top result ranked above the second for a reason", () => {
    expect(resolveField("11-3051", { match: "code", results: [hit("11-3051", "Industrial Production Managers")], unknownCode: null })).toEqual({
      kind: "found",
      text: "11-3051",
      soc: "11-3051",
      title: "Industrial Production Managers",
    });
    expect(resolveField("lawyer", { match: "all", results: [hit("23-1011", "Lawyers")], unknownCode: null }).kind).toBe("found");
    // Our alternate "plant managers" (class 1) beats an O*NET reported title (class 3).
    const plant = resolveField("plant manager", {
      match: "all",
      results: [hit("11-3051", "Industrial Production Managers", quality(2, true, 1, 1)), hit("11-9013", "Farmers", quality(2, true, 1, 3))],
      unknownCode: null,
    });
    expect(plant).toMatchObject({ kind: "found", soc: "11-3051" });
    expect(resolveField("accountnat", { match: "corrected", results: [hit("13-2011", "Accountants", quality(1, false, 0.5, 0)), hit("13-2082", "Tax", quality(1, false, 0.5, 2))], unknownCode: null }).kind).toBe("found");
  });

  it("lists up to five choices on a tie, a partial match or a result without ranking detail", () => {
    const tie = Array.from({ length: 7 }, (_, index) => hit(`11-30${10 + index}`, `Managers ${index}`, quality(1, false, 0.5, 0), index === 0 ? "Boss" : undefined));
    const choose = resolveField("manager", { match: "all", results: tie, unknownCode: null });
    expect(choose.kind).toBe("choose");
    if (choose.kind !== "choose") return;
    expect(choose.candidates).toHaveLength(DID_YOU_MEAN_LIMIT);
    expect(choose.candidates[0]).toEqual({ soc: "11-3010", title: "Managers 0", matchedAlternate: "Boss" });
    expect(resolveField("night nurse", { match: "any", results: [hit("29-1141", "Registered Nurses", quality(1, false, 0.5, 0)), hit("1", "b", quality(0, false, 0, 3))], unknownCode: null }).kind).toBe("choose");
    expect(resolveField("x", { match: "all", results: [hit("1", "a"), hit("2", "b")], unknownCode: null }).kind).toBe("choose");
  });

  it("says nothing matched, with the unknown code when one was typed", () => {
    expect(resolveField("qqq", { match: "none", results: [], unknownCode: null })).toEqual({ kind: "none", text: "qqq", unknownCode: null });
    expect(resolveField("99-9999", { match: "none", results: [], unknownCode: "99-9999" })).toMatchObject({ unknownCode: "99-9999" });
  });

  it("builds a choice's URL with that field replaced by the code", () => {
    expect(fieldsHref(["Accountants and Auditors (13-2011)", "manager"], 1, "11-3031")).toBe("/compare?q=Accountants+and+Auditors+%2813-2011%29&q=11-3031");
  });

  it("adds to a comparison without duplicates; a fourth takes the third place", () => {
    expect(withCompared([], "11-3051")).toEqual(["11-3051"]);
    expect(withCompared(["11-3051"], "13-2011")).toEqual(["11-3051", "13-2011"]);
    expect(withCompared(["11-3051", "13-2011"], "11-3051")).toEqual(["11-3051", "13-2011"]);
    expect(withCompared(["11-3051", "13-2011", "29-1141"], "15-1252")).toEqual(["11-3051", "13-2011", "15-1252"]);
  });
});
