import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import Database from "better-sqlite3";
import { eq } from "drizzle-orm";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { afterAll, describe, expect, it } from "vitest";

import * as schema from "@/db/content/schema";
import { buildContentDatabase, IMPORT_STEPS, MIGRATIONS_FOLDER } from "@/scripts/import/build";
import { AI_TOOLS_FILE, loadAiToolCatalog, writeProAnalyses } from "@/scripts/import/pro";
import { ImportReport, SourceError } from "@/scripts/import/report";
import type { Profiles, SocProfile } from "@/scripts/import/steps/profiles";

const projectRoot = path.resolve(import.meta.dirname, "../..");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "pro-import-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function rootWithCatalogue(name: string, text: string | null): string {
  const dir = path.join(tmp, name);
  fs.mkdirSync(path.join(dir, "data"), { recursive: true });
  if (text !== null) fs.writeFileSync(path.join(dir, AI_TOOLS_FILE), text);
  return dir;
}

const example = (name: string) => ({ name, vendor: "Vendor", url: `https://example.com/${name}` });
const catalogue = {
  version: 1,
  updated: "2026-11-25",
  note: "fixture",
  categories: [
    { id: "writing", name: "Writing", description: "Drafts text.", examples: [example("a"), example("b")], keywords: ["reports"], verbs: ["draft"] },
    { id: "scheduling", name: "Scheduling", description: "Books.", examples: [example("c"), example("d")], keywords: ["schedules"], verbs: ["schedule"] },
  ],
};

describe("AI tool catalogue at import", () => {
  it("loads the shipped data/ai-tools.json", () => {
    expect(loadAiToolCatalog(projectRoot).categories.length).toBeGreaterThanOrEqual(25);
  });

  it("stops with a message naming the file and each problem", () => {
    const broken = { ...catalogue, categories: [{ ...catalogue.categories[0], examples: [example("only-one")] }] };
    expect(() => loadAiToolCatalog(rootWithCatalogue("invalid", JSON.stringify(broken)))).toThrow(SourceError);
    expect(() => loadAiToolCatalog(rootWithCatalogue("invalid2", JSON.stringify(broken)))).toThrow(
      /data\/ai-tools\.json: Invalid AI tool catalogue \(1 problem\):\n {2}- categories\[0\] \("writing"\)\.examples: needs at least 2 example products/,
    );
    expect(() => loadAiToolCatalog(rootWithCatalogue("not-json", "{ nope"))).toThrow(/data\/ai-tools\.json: not valid JSON/);
    expect(() => loadAiToolCatalog(rootWithCatalogue("missing", null))).toThrow(/data\/ai-tools\.json: file not found/);
  });

  it("stops the whole import before reading any source when the catalogue is bad", async () => {
    const root = rootWithCatalogue("import", JSON.stringify({ ...catalogue, version: 2 }));
    const outFile = path.join(tmp, "never.db");
    await expect(
      buildContentDatabase({ sourcesRoot: path.join(projectRoot, "data/sources"), projectRoot: root, outFile, report: new ImportReport(IMPORT_STEPS, () => {}) }),
    ).rejects.toThrow(/data\/ai-tools\.json: Invalid AI tool catalogue/);
    expect(fs.existsSync(outFile)).toBe(false);
  });
});

describe("pro_analyses import step", () => {
  it("writes pivots and tool recommendations from the rows in the database", () => {
    const sqlite = new Database(":memory:");
    const db = drizzle(sqlite, { schema });
    migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
    const occupation = (soc: string, score: number, jobZone: number | null) => ({
      soc,
      title: `Occupation ${soc}`,
      slug: `${soc}-occupation`,
      categoryCode: soc.slice(0, 2),
      taskCount: 1,
      score,
      jobZone,
      entryEducation: "Bachelor's degree",
      changePct: 2,
      wages: {
        p10: { value: 40_000, topCoded: false },
        p25: { value: 50_000, topCoded: false },
        p50: { value: score * 1000, topCoded: false },
        p75: { value: 90_000, topCoded: false },
        p90: { value: 120_000, topCoded: false },
      },
    });
    db.insert(schema.occupations).values([occupation("13-0001", 70, 3), occupation("13-0002", 40, 3), occupation("13-0003", 20, 3), occupation("13-0004", 10, null)]).run();
    // Skills only, importance 1 × level: the profiles (8, 4, 1), (7.5, 4.5, 1.5), (1, 4, 8).
    const skills = (a: number, b: number, c: number) =>
      [a, b, c].map((level, index) => ({ id: `2.A.${index}`, name: ["Alpha", "Beta", "Gamma"][index]!, importance: 1, level }));
    const profile = (soc: string, elements: ReturnType<typeof skills>): [string, SocProfile] => [
      soc,
      { onetCodes: [`${soc}.00`], skills: elements, knowledge: [], activities: {}, activitySoc: null, related: [], blsSimilar: [], technologies: [] },
    ];
    const profiles: Profiles = {
      bySoc: new Map([profile("13-0001", skills(8, 4, 1)), profile("13-0002", skills(7.5, 4.5, 1.5)), profile("13-0003", skills(1, 4, 8)), profile("13-0004", [])]),
      counts: { skills: 3, knowledge: 0, activities: 0, activitiesViaAggregate: 0, related: 0, technologies: 0, jobZone: 3 },
    };
    const task = (taskId: number, soc: string, statement: string, score: number, inSocTaskList = true) => ({
      taskId,
      onetSoc: `${soc}.00`,
      soc,
      statement,
      score,
      weight: 2,
      inSocTaskList,
      sourceLine: taskId,
    });
    db.insert(schema.tasks)
      .values([
        task(1, "13-0001", "Prepare written reports on audits.", 80),
        task(2, "13-0001", "Schedule staff shifts.", 60),
        task(3, "13-0001", "Draft memos for a specialisation.", 90, false),
        task(4, "13-0002", "Inspect equipment on site.", 30),
      ])
      .run();

    const summary = db.transaction((tx) => writeProAnalyses(tx, loadAiToolCatalog(rootWithCatalogue("fixture", JSON.stringify(catalogue))), profiles));
    expect(summary).toMatchObject({ withPivots: 1, withTools: 1 });
    expect(summary.pivotLines.join("\n")).toMatch(/similarity floor {2}0\.\d{3} = the 90th percentile of all pairs/);

    const row = (soc: string) => db.select().from(schema.proAnalyses).where(eq(schema.proAnalyses.soc, soc)).get()!;
    const first = row("13-0001");
    // 13-0002 has nearly the same skills; 13-0003 the opposite profile (negative centred similarity, below the floor).
    expect(first.pivots.map((pivot) => pivot.soc)).toEqual(["13-0002"]);
    expect(first.pivots[0]).toMatchObject({ scoreDrop: 30, wage: { delta: -30_000, bound: "exact" }, education: { steps: 0 } });
    expect(first.pivotsEmptyReason).toBeNull();
    // Only the SOC task list counts: the specialisation's "Draft memos" task is not matched.
    // Relevance: scheduling 2 × 0.6 × (keyword 1 + leading verb 1) = 2.4; writing 2 × 0.8 × keyword 1 = 1.6.
    expect(first.toolRecommendations.map((recommendation) => [recommendation.categoryId, recommendation.relevance, recommendation.tasks.map((t) => t.taskId)])).toEqual([
      ["scheduling", 2.4, [2]],
      ["writing", 1.6, [1]],
    ]);
    expect(first.toolsEmptyMessage).toBeNull();

    expect(row("13-0002")).toMatchObject({ pivotsEmptyReason: "no-candidates", toolRecommendations: [] });
    expect(row("13-0002").toolsEmptyMessage).toMatch(/No task in this occupation scores 50 or more/);
    expect(row("13-0004")).toMatchObject({ pivots: [], pivotsEmptyReason: "no-profile" });
    sqlite.close();
  });
});
