import { describe, expect, it } from "vitest";

import { proConfig } from "@/lib/pro/config";
import { computeWageImpact, wageAmount, type WagePercentiles } from "@/lib/pro/wage";

const known = (value: number) => ({ value, topCoded: false });
const topCoded = { value: null, topCoded: true };
const missing = { value: null, topCoded: false };

const wages: WagePercentiles = { p10: known(60_000), p25: known(80_000), p50: known(100_000), p75: known(120_000), p90: known(150_000) };
// Σw = 4; tasks scoring ≥ 50 carry weight 3 (75 and 60; 40 does not) → share 0.75.
const tasks = [
  { score: 75, weight: 2 },
  { score: 40, weight: 1 },
  { score: 60, weight: 1 },
];
const multipliers = { entry: 1.2, mid: 1, senior: 0.8 };

const byLevel = (impact: ReturnType<typeof computeWageImpact>) => Object.fromEntries(impact.levels.map((level) => [level.level, level]));

describe("wage impact", () => {
  it("states the OEWS vintage and the ≥ 50 threshold", () => {
    const impact = computeWageImpact(wages, tasks, multipliers);
    expect(impact.vintage).toBe("OEWS May 2025");
    expect(impact.threshold).toBe(50);
    expect(impact.highShare).toBe(0.75);
  });

  it("exposes wage × share × multiplier per level: entry p25, mid p50, senior p75", () => {
    const levels = byLevel(computeWageImpact(wages, tasks, multipliers));
    // entry: 0.75 × 1.2 = 0.9 × 80,000 = 72,000
    expect(levels.entry).toMatchObject({ percentile: "p25", exposed: { value: 72_000, bound: "exact", text: "$72,000" }, note: null });
    expect(levels.entry!.share).toBeCloseTo(0.9, 12);
    // mid: 0.75 × 100,000 = 75,000
    expect(levels.mid).toMatchObject({ percentile: "p50", share: 0.75, exposed: { value: 75_000, bound: "exact" } });
    // senior: 0.75 × 0.8 = 0.6 × 120,000 = 72,000
    expect(levels.senior!.share).toBeCloseTo(0.6, 12);
    expect(levels.senior!.exposed.value).toBe(72_000);
  });

  it("caps the adjusted share at 1", () => {
    const allHigh = [{ score: 90, weight: 2 }];
    const levels = byLevel(computeWageImpact(wages, allHigh, multipliers));
    expect(levels.entry!.share).toBe(1);
    expect(levels.entry!.exposed.value).toBe(80_000);
  });

  it("counts a task scoring exactly 50 as high", () => {
    const impact = computeWageImpact(wages, [{ score: 50, weight: 1 }, { score: 49, weight: 1 }], multipliers);
    expect(impact.highShare).toBe(0.5);
  });

  it("rounds the amount exposed to whole dollars", () => {
    const odd = { ...wages, p50: known(100_001) };
    const levels = byLevel(computeWageImpact(odd, [{ score: 60, weight: 1 }, { score: 0, weight: 2 }], multipliers));
    // 100,001 / 3 = 33,333.67 → 33,334
    expect(levels.mid!.exposed.value).toBe(33_334);
  });

  it("treats a top-coded wage as a lower bound (≥ $239,200, the OEWS May 2025 top code)", () => {
    expect(proConfig.wage.topCodeAnnual).toBe(239_200);
    const impact = computeWageImpact({ ...wages, p75: topCoded, p90: topCoded }, tasks, multipliers);
    const senior = byLevel(impact).senior!;
    expect(senior.wage).toEqual({ value: 239_200, bound: "atLeast", text: "≥ $239,200" });
    // 239,200 × 0.6 = 143,520, at least
    expect(senior.exposed).toEqual({ value: 143_520, bound: "atLeast", text: "≥ $143,520" });
    expect(senior.note).toMatch(/top-coded .* lower bound/);
    expect(impact.percentiles.map((p) => p.wage.text)).toEqual(["$60,000", "$80,000", "$100,000", "≥ $239,200", "≥ $239,200"]);
  });

  it("says when a level cannot be computed because the percentile is missing", () => {
    const levels = byLevel(computeWageImpact({ ...wages, p25: missing }, tasks, multipliers));
    expect(levels.entry!.exposed).toEqual({ value: null, bound: null, text: "not published" });
    expect(levels.entry!.note).toMatch(/does not publish the 25th percentile wage .* entry level cannot be computed/);
    expect(levels.mid!.exposed.value).toBe(75_000);
  });

  it("handles an occupation without any OEWS wages", () => {
    const impact = computeWageImpact(null, tasks, multipliers);
    expect(impact.noWages).toBe(true);
    expect(impact.levels.every((level) => level.exposed.value === null && level.note !== null)).toBe(true);
  });

  it("has no share without rated tasks", () => {
    const impact = computeWageImpact(wages, [], multipliers);
    expect(impact.highShare).toBeNull();
    expect(impact.levels.every((level) => level.share === null && level.exposed.value === null)).toBe(true);
  });

  it("formats single amounts", () => {
    expect(wageAmount(known(103_150))).toEqual({ value: 103_150, bound: "exact", text: "$103,150" });
    expect(wageAmount(undefined)).toEqual({ value: null, bound: null, text: "not published" });
  });
});
