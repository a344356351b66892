import { describe, expect, it } from "vitest";

import { computeTaskMix, defaultMix, encodeMix, type TaskMixBase } from "@/lib/pro/task-mix";
import { decodeMix, mixFromFormFields } from "@/lib/pro/task-mix-url";
import { scoreEconomy, type OccupationInputs } from "@/lib/scoring";

const tasks = [
  { taskId: 101, statement: "Prepare reports", score: 75, weight: 2 },
  { taskId: 102, statement: "Inspect machinery", score: 20, weight: 1 },
  { taskId: 103, statement: "Draft schedules", score: 90, weight: 2 },
];
const base: TaskMixBase = {
  tasks,
  signals: { D: 60, O: 40, M: 50, E: 45 },
  multipliers: { entry: 1.2, mid: 1, senior: 0.8 },
  stored: { score: 61, seniority: { entry: 73, mid: 61, senior: 49 } },
};

describe("task mix: personal score from the same scoring functions", () => {
  it("reproduces the hand-computed score with the O*NET weights", () => {
    // T = (2·75 + 20 + 2·90) / 5 = 70; 0.5·70 + 0.2·60 + 0.1·40 + 0.1·50 + 0.1·45 = 60.5 → 61
    const result = computeTaskMix(base, defaultMix(tasks));
    expect(result.taskSignal).toBe(70);
    expect(result.score).toBe(61);
    // 61 × 1.2 = 73.2 → 73; 61 × 0.8 = 48.8 → 49
    expect(result.seniority).toEqual({ entry: 73, mid: 61, senior: 49 });
    expect(result.shares).toEqual({ 101: 0.4, 102: 0.2, 103: 0.4 });
  });

  it("equals the stored score when the mix is the O*NET weights (scored by lib/scoring's scoreEconomy)", () => {
    const input: OccupationInputs = {
      soc: "11-3051",
      categoryCode: "11",
      tasks: tasks.map(({ score, weight }) => ({ score, weight })),
      digitalExposure: 6,
      projectedPctChange: 1.6,
      postings: { sector: 97.3, national: 101.2 },
      entryEducation: "Bachelor's degree",
      attainment: { lessThanHighSchool: 2, highSchool: 15, someCollege: 18, associate: 9, bachelor: 38, master: 14, doctoral: 4 },
      routineness: 0.7,
    };
    const peer: OccupationInputs = { ...input, soc: "11-9999", tasks: [{ score: 30, weight: 1 }], routineness: 0.6 };
    const economy = scoreEconomy([input, peer]);
    const stored = economy.occupations[0]!;
    const value = (id: "D" | "O" | "M" | "E") => stored.signals.find((signal) => signal.signal === id)!.value;
    const fromStore: TaskMixBase = {
      tasks,
      signals: { D: value("D"), O: value("O"), M: value("M"), E: value("E") },
      multipliers: stored.multipliers,
      stored: { score: stored.score, seniority: stored.seniority },
    };
    const result = computeTaskMix(fromStore, defaultMix(tasks));
    expect(result.taskSignal).toBe(stored.taskSignal);
    expect(result.score).toBe(stored.score);
    expect(result.seniority).toEqual(stored.seniority);
  });

  it("recomputes for a member's own mix", () => {
    // Only the 20-point task: T = 20 → 10 + 12 + 4 + 5 + 4.5 = 35.5 → 36; entry 43.2 → 43, senior 28.8 → 29
    const low = computeTaskMix(base, { 101: 0, 102: 10, 103: 0 });
    expect([low.taskSignal, low.score, low.seniority]).toEqual([20, 36, { entry: 43, mid: 36, senior: 29 }]);
    // Equal time on the two high tasks: T = 82.5 → 41.25 + 25.5 = 66.75 → 67
    const high = computeTaskMix(base, { 101: 1, 102: 0, 103: 1 });
    expect([high.taskSignal, high.score]).toEqual([82.5, 67]);
    // Only proportions count: scaling the mix changes nothing.
    expect(computeTaskMix(base, { 101: 4, 102: 2, 103: 4 })).toEqual(computeTaskMix(base, defaultMix(tasks)));
  });

  it("has no score when every value is 0", () => {
    expect(computeTaskMix(base, { 101: 0, 102: 0, 103: 0 })).toMatchObject({ taskSignal: null, score: null, seniority: null });
  });

  it("keeps the O*NET weight for a task the mix does not mention", () => {
    expect(computeTaskMix(base, { 102: 1 }).score).toBe(61);
  });
});

describe("task mix in the URL", () => {
  it("encodes only the tasks that differ from their O*NET weight, by task id", () => {
    expect(encodeMix(tasks, defaultMix(tasks))).toBe("");
    expect(encodeMix(tasks, { 101: 2, 102: 10, 103: 2 })).toBe("102:10");
    expect(encodeMix(tasks, { 103: 0, 101: 5, 102: 1 })).toBe("101:5,103:0");
  });

  it("round-trips a mix", () => {
    for (const mix of [
      { 101: 5, 102: 1, 103: 0 },
      { 101: 0, 102: 99, 103: 7 },
      { 101: 2, 102: 1, 103: 2 },
    ]) {
      const encoded = encodeMix(tasks, mix);
      const decoded = decodeMix(tasks, encoded);
      expect(decoded.mix).toEqual(mix);
      expect(decoded.status).toBe(encoded === "" ? "default" : "custom");
    }
  });

  it("treats a missing or empty mix as the defaults", () => {
    expect(decodeMix(tasks, undefined)).toEqual({ mix: { 101: 2, 102: 1, 103: 2 }, status: "default" });
    expect(decodeMix(tasks, "")).toEqual({ mix: { 101: 2, 102: 1, 103: 2 }, status: "default" });
  });

  it.each([
    ["not a mix", "abc"],
    ["repeated task", "101:1,101:3"],
    ["unknown task", "999:1"],
    ["three-digit value", "101:100"],
    ["negative value", "101:-1"],
    ["decimal value", "101:1.5"],
    ["exponent", "101:1e1"],
    ["hex id", "0x65:1"],
    ["trailing comma", "101:1,"],
    ["lone comma", ","],
    ["space", "101: 1"],
    ["injection", "101:1;DROP TABLE tasks"],
    ["script", "<script>alert(1)</script>"],
    ["prototype key", "__proto__:1"],
    ["all zero", "101:0,102:0,103:0"],
    ["array", ["101:1"]],
    ["number", 101],
    ["object", { "101": 1 }],
    ["oversized", Array.from({ length: 400 }, (_, i) => `${101 + (i % 3)}:1`).join(",")],
  ])("falls back to the defaults on hostile input: %s", (_label, raw) => {
    expect(decodeMix(tasks, raw)).toEqual({ mix: { 101: 2, 102: 1, 103: 2 }, status: "invalid" });
  });

  it("reads the no-JavaScript form fields", () => {
    expect(mixFromFormFields(tasks, { t101: "3", t102: "0", t103: "2" })).toEqual({ mix: { 101: 3, 102: 0, 103: 2 }, status: "custom" });
    expect(mixFromFormFields(tasks, { t101: "2", t102: "1", t103: "2" })).toEqual({ mix: { 101: 2, 102: 1, 103: 2 }, status: "default" });
    expect(mixFromFormFields(tasks, { t102: "7" })).toEqual({ mix: { 101: 2, 102: 7, 103: 2 }, status: "custom" });
    expect(mixFromFormFields(tasks, { mix: "102:7" })).toBeNull();
    for (const bad of [{ t101: "x" }, { t101: "-1" }, { t101: "100" }, { t101: ["1", "2"] }, { t101: "0", t102: "0", t103: "0" }]) {
      expect(mixFromFormFields(tasks, bad)).toEqual({ mix: { 101: 2, 102: 1, 103: 2 }, status: "invalid" });
    }
  });
});
