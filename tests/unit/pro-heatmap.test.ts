import { describe, expect, it } from "vitest";

import { buildHeatmap, HEATMAP_COLUMNS, type HeatmapTaskInput } from "@/lib/pro/heatmap";
import { taskScore, taskSignal, taskWeight, type AutomationLabel, type ExposureLabel } from "@/lib/scoring";

/** A task whose score and weight come from lib/scoring, as the importer stores them. */
function task(
  taskId: number,
  taskType: "Core" | "Supplemental" | null,
  human: ExposureLabel | null,
  gpt4: ExposureLabel | null,
  automation: AutomationLabel,
): HeatmapTaskInput {
  const score = taskScore({ human, gpt4, automation });
  if (score === null) throw new Error("fixture task must be rated");
  return {
    taskId,
    onetSoc: "11-3051.00",
    statement: `Task ${taskId}`,
    taskType,
    humanLabel: human,
    gpt4Label: gpt4,
    automationLabel: automation,
    score,
    weight: taskWeight(taskType),
  };
}

// Hand-computed scores (METHODOLOGY §1):
//   1: E2/E1/T3, Core  → x = 0.75, a = 0.75 → 75, w 2   (the worked example)
//   2: E0/E0/T0, Supp. → 0, w 1
//   3: E1/—/T4, Core   → x = 1, a = 1 → 100, w 2
//   4: E1/E1/T2, Supp. → 75 + 12.5 = 87.5 → 88, w 1
// Σw = 6; contributions 25, 0, 33.33, 14.67 → order 3, 1, 4, 2.
const tasks = [task(1, "Core", "E2", "E1", "T3"), task(2, "Supplemental", "E0", "E0", "T0"), task(3, "Core", "E1", null, "T4"), task(4, "Supplemental", "E1", "E1", "T2")];
const multipliers = { entry: 1.2, mid: 1, senior: 0.85 };

describe("task heatmap", () => {
  it("uses lib/scoring's stored scores for the fixture", () => {
    expect(tasks.map((t) => [t.score, t.weight])).toEqual([
      [75, 2],
      [0, 1],
      [100, 2],
      [88, 1],
    ]);
  });

  it("sorts rows by weighted contribution w·score/Σw, largest first", () => {
    const heatmap = buildHeatmap(tasks, multipliers);
    expect(heatmap.rows.map((row) => row.taskId)).toEqual([3, 1, 4, 2]);
    expect(heatmap.rows.map((row) => row.contribution)).toEqual([200 / 6, 150 / 6, 88 / 6, 0]);
    expect(heatmap.rows.map((row) => row.timeShare)).toEqual([2 / 6, 2 / 6, 1 / 6, 1 / 6]);
  });

  it("sums the contributions to the task signal T", () => {
    const heatmap = buildHeatmap(tasks, multipliers);
    expect(heatmap.taskSignal).toBeCloseTo(taskSignal(tasks)!, 10);
    expect(heatmap.taskSignal).toBeCloseTo(438 / 6, 10); // (150 + 0 + 200 + 88) / 6 = 73
  });

  it("breaks contribution ties by task id", () => {
    const a = { ...tasks[0]!, taskId: 20 };
    const b = { ...tasks[0]!, taskId: 10 };
    expect(buildHeatmap([a, b], multipliers).rows.map((row) => row.taskId)).toEqual([10, 20]);
  });

  it("gives label cells their config value ×100 and prints the label", () => {
    const row = buildHeatmap(tasks, multipliers).rows.find((r) => r.taskId === 1)!;
    expect(row.cells.human).toEqual({ value: 50, text: "E2" });
    expect(row.cells.gpt4).toEqual({ value: 100, text: "E1" });
    expect(row.cells.automation).toEqual({ value: 75, text: "T3" });
    expect(row.cells.score).toEqual({ value: 75, text: "75" });
    const zero = buildHeatmap(tasks, multipliers).rows.find((r) => r.taskId === 2)!;
    expect(zero.cells.human).toEqual({ value: 0, text: "E0" });
    expect(zero.cells.automation).toEqual({ value: 0, text: "T0" });
  });

  it("marks a missing rater as not rated (no colour value)", () => {
    const row = buildHeatmap(tasks, multipliers).rows.find((r) => r.taskId === 3)!;
    expect(row.cells.gpt4).toEqual({ value: null, text: "—" });
  });

  it("computes entry / mid / senior as seniorityScore(task score, multiplier), clamped to 0–100", () => {
    const rows = new Map(buildHeatmap(tasks, multipliers).rows.map((row) => [row.taskId, row]));
    // 75 × 1.2 = 90; 75 × 0.85 = 63.75 → 64
    expect([rows.get(1)!.cells.entry.value, rows.get(1)!.cells.mid.value, rows.get(1)!.cells.senior.value]).toEqual([90, 75, 64]);
    // 100 × 1.2 = 120 → 100; 100 × 0.85 = 85
    expect([rows.get(3)!.cells.entry.text, rows.get(3)!.cells.senior.text]).toEqual(["100", "85"]);
    // 88 × 1.2 = 105.6 → 100; 88 × 0.85 = 74.8 → 75
    expect([rows.get(4)!.cells.entry.value, rows.get(4)!.cells.senior.value]).toEqual([100, 75]);
  });

  it("has one cell per column in every row, each with printed text", () => {
    for (const row of buildHeatmap(tasks, multipliers).rows) {
      expect(Object.keys(row.cells).sort()).toEqual(HEATMAP_COLUMNS.map((column) => column.id).sort());
      for (const cell of Object.values(row.cells)) expect(cell.text.length).toBeGreaterThan(0);
    }
  });

  it("handles an occupation without tasks", () => {
    expect(buildHeatmap([], multipliers)).toEqual({ rows: [], multipliers, taskSignal: null });
  });
});
