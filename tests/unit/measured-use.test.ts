import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import { afterAll, describe, expect, it } from "vitest";

import {
  adoptionGap,
  agreement,
  automationShare,
  chatgptTrend,
  claudeUseOf,
  collaborationMix,
  copilotOfTask,
  normaliseTaskText,
  observedCoverage,
  percentiles,
  spearman,
  trendChange,
  usageShare,
  type ClaudeRelease,
} from "@/lib/measured-use";
import { IMPORT_STEPS } from "@/scripts/import/build";
import { ImportReport } from "@/scripts/import/report";
import { claudeSource, MEASURED_USE_FILES } from "@/scripts/import/sources/measured-use";

const mix = { directive: 0.5, feedbackLoop: 0.1, taskIteration: 0.2, validation: 0.1, learning: 0 };

const releases: ClaudeRelease[] = [
  { id: "2026-01-15", tasks: new Map([["prepare and maintain production reports or personnel records", { pct: 0.12, collaboration: mix }]]) },
  { id: "2025-03-27", tasks: new Map([["review plans", { pct: 0.3, collaboration: null }], ["prepare and maintain production reports or personnel records", { pct: 9, collaboration: null }]]) },
];

describe("joining tasks to Claude use by normalised statement text", () => {
  it("normalises case, punctuation and spaces", () => {
    expect(normaliseTaskText("Prepare and maintain  production reports, or personnel-records.")).toBe("prepare and maintain production reports or personnel records");
  });

  it("a matched task takes the newest release's share and mix (automation = directive + feedback loop, filtered left out)", () => {
    const use = claudeUseOf("Prepare and maintain production reports or personnel records.", releases);
    expect(use?.release).toBe("2026-01-15");
    expect(use?.pct).toBe(0.12);
    // automation 0.6 / 0.9, augmentation 0.3 / 0.9, directive 0.5 / 0.9
    expect(use?.automation).toBeCloseTo(2 / 3, 10);
    expect(use?.augmentation).toBeCloseTo(1 / 3, 10);
    expect(use?.directive).toBeCloseTo(5 / 9, 10);
  });

  it("falls back to the older release for a task the newest lacks, and says not seen (null) for an unmatched one", () => {
    expect(claudeUseOf("Review plans.", releases)).toEqual({ release: "2025-03-27", pct: 0.3, directive: null, automation: null, augmentation: null });
    expect(claudeUseOf("Operate a forklift.", releases)).toBeNull();
  });

  it("a mix with nothing classified has no automation share", () => {
    expect(collaborationMix({ directive: 0, feedbackLoop: 0, taskIteration: 0, validation: 0, learning: 0 })).toBeNull();
  });
});

describe("Claude reader", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "claude-reader-"));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("turns the 2026 fraction into percent, keeps the 2025 percent, and merges statements that normalise alike", async () => {
    const write = (file: string, text: string) => {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      fs.writeFileSync(path.join(dir, file), text);
    };
    write(
      MEASURED_USE_FILES.claude2026,
      "task_name,directive,feedback_loop,learning,filtered,task_iteration,validation,pct\n" +
        "review plans.,1,0,0,0,0,0,0.001\n" +
        "Review plans,0,0,0,0,1,0,0.003\n",
    );
    write(MEASURED_USE_FILES.claude2025Pct, "\uFEFFtask_name,pct\nwrite reports.,0.25\n");
    write(MEASURED_USE_FILES.claude2025Mix, "task_name,feedback_loop,directive,task_iteration,validation,learning,filtered\nwrite reports.,0,0.5,0.5,0,0,0\n");
    const data = await claudeSource.read({ sourcesRoot: dir, projectRoot: dir, report: new ImportReport(IMPORT_STEPS, () => {}) });
    const current = data.releases[0]!.tasks.get("review plans");
    expect(current?.pct).toBeCloseTo(0.4, 10); // (0.001 + 0.003) × 100
    // share-weighted: directive (1 × 0.1 + 0 × 0.3) / 0.4 = 0.25
    expect(current?.collaboration?.directive).toBeCloseTo(0.25, 10);
    expect(current?.collaboration?.taskIteration).toBeCloseTo(0.75, 10);
    const older = data.releases[1]!.tasks.get("write reports");
    expect(older).toEqual({ pct: 0.25, collaboration: { directive: 0.5, feedbackLoop: 0, taskIteration: 0.5, validation: 0, learning: 0 } });
  });
});

describe("Copilot per task through its work activities", () => {
  const metrics = new Map([
    ["4.A.1.a.1.I01", { completion: 0.8, impactScope: 0.4 }],
    ["4.A.2.a.1.I02", { completion: 0.6, impactScope: 0.2 }],
  ]);

  it("a task with two IWAs takes the mean of both; an IWA without metrics is left out", () => {
    const result = copilotOfTask(["4.A.1.a.1.I01", "4.A.2.a.1.I02", "4.A.3.a.1.I13"], metrics);
    expect(result?.completion).toBeCloseTo(0.7, 10);
    expect(result?.impactScope).toBeCloseTo(0.3, 10);
    expect(result?.iwas).toBe(2);
  });

  it("a task without IWAs has none", () => {
    expect(copilotOfTask([], metrics)).toBeNull();
  });
});

describe("per occupation", () => {
  const tasks = [
    { weight: 2, claude: { pct: 0.1, automation: 0.5 } },
    { weight: 2, claude: null },
    { weight: 1, claude: { pct: 0.3, automation: 1 } },
  ];

  it("observed coverage U = 100 × Σ w·seen / Σ w", () => {
    expect(observedCoverage(tasks)).toBeCloseTo(60, 10); // 100 × 3 / 5
    expect(observedCoverage([])).toBeNull();
    expect(observedCoverage([{ weight: 2, claude: null }])).toBe(0);
  });

  it("usage share adds the seen tasks' shares; automation share is their pct-weighted mean", () => {
    expect(usageShare(tasks)).toBeCloseTo(0.4, 10);
    expect(automationShare(tasks)).toBeCloseTo((0.1 * 0.5 + 0.3 * 1) / 0.4, 10); // 0.875
    expect(automationShare([{ weight: 1, claude: null }])).toBeNull();
  });

  it("ChatGPT trend weights each IWA's monthly share by the occupation's IWA weight (as shares of their sum); a missing IWA counts 0", () => {
    const weights = new Map([
      ["A", 3],
      ["B", 1],
    ]);
    const monthly = new Map([
      ["2024-08", new Map([["A", 0.04]])],
      ["2024-07", new Map([["A", 0.02], ["B", 0.04], ["C", 0.5]])],
    ]);
    const trend = chatgptTrend(weights, monthly);
    expect(trend.map((p) => p.month)).toEqual(["2024-07", "2024-08"]);
    expect(trend[0]!.value).toBeCloseTo(2.5, 10); // 100 × (0.75 × 0.02 + 0.25 × 0.04)
    expect(trend[1]!.value).toBeCloseTo(3, 10); // 100 × 0.75 × 0.04
    expect(trendChange(trend)).toBeCloseTo(0.2, 10);
    expect(chatgptTrend(new Map(), monthly)).toEqual([]);
    expect(trendChange(trend.slice(0, 1))).toBeNull();
  });
});

describe("measures side by side", () => {
  it("percentile = 100 × (below + ½ × other equal) / (n − 1)", () => {
    const p = percentiles(
      new Map([
        ["a", 10],
        ["b", 20],
        ["c", 20],
        ["d", 40],
      ]),
    );
    expect(p.get("a")).toBe(0);
    expect(p.get("b")).toBeCloseTo(50, 10); // (1 + 0.5) / 3
    expect(p.get("c")).toBeCloseTo(50, 10);
    expect(p.get("d")).toBe(100);
    expect(percentiles(new Map([["x", 5]])).get("x")).toBe(50);
  });

  it("spread over the measures present: ≤ 30 agree, above contested; fewer than two: none", () => {
    expect(agreement({ score: 90, coverage: 50, digital: 70, applicability: null })).toEqual({ spread: 40, label: "contested", measures: 3 });
    expect(agreement({ score: 60, betaHuman: 80 })).toEqual({ spread: 20, label: "agree", measures: 2 });
    expect(agreement({ score: 60, betaHuman: 90 })?.label).toBe("agree");
    expect(agreement({ score: 60, betaHuman: 90.5 })?.label).toBe("contested");
    expect(agreement({ score: 60 })).toBeNull();
  });

  it("adoption gap = percentile of T − percentile of U", () => {
    expect(adoptionGap(80, 30)).toBe(50);
    expect(adoptionGap(20, 70)).toBe(-50);
    expect(adoptionGap(null, 30)).toBeNull();
  });

  it("Spearman correlation of ranks", () => {
    expect(spearman([[1, 2], [2, 4], [3, 6]])).toBeCloseTo(1, 10);
    expect(spearman([[1, 3], [2, 2], [3, 1]])).toBeCloseTo(-1, 10);
    // ranks x 1,2,3,4 vs y 2,1,4,3: 1 − 6·4 / (4·15) = 0.6
    expect(spearman([[1, 20], [2, 10], [3, 40], [4, 30]])).toBeCloseTo(0.6, 10);
    expect(spearman([[1, 1], [2, 2]])).toBeNull();
  });
});
