import { execFile } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";

import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { buildContentDatabase, IMPORT_STEPS } from "@/scripts/import/build";
import { ImportReport } from "@/scripts/import/report";

import { sharedContentBuild } from "./support/content-build";

const run = promisify(execFile);
const projectRoot = path.resolve(import.meta.dirname, "../..");
const sourcesRoot = path.join(projectRoot, "data/sources");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "importer-test-"));
const silent = () => new ImportReport(IMPORT_STEPS, () => {});
const sha256 = (file: string) => crypto.createHash("sha256").update(fs.readFileSync(file)).digest("hex");

function copySources(name: string): string {
  const dir = path.join(tmp, name);
  fs.cpSync(sourcesRoot, dir, { recursive: true });
  return dir;
}

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe("content import from the committed sources", () => {
  let db: Database.Database;
  let rejected: number;

  beforeAll(async () => {
    const build = await sharedContentBuild();
    rejected = build.rejected;
    db = new Database(build.dbFile, { readonly: true });
  });
  afterAll(() => db?.close());

  it("holds every SOC code with rated tasks and all 19,265 tasks", () => {
    expect(db.prepare("SELECT count(*) AS n FROM occupations").get()).toEqual({ n: 798 });
    expect(db.prepare("SELECT count(*) AS n FROM tasks").get()).toEqual({ n: 19265 });
    expect(db.prepare("SELECT count(*) AS n FROM occupations WHERE score IS NULL").get()).toEqual({ n: 0 });
    expect(rejected).toBe(0);
  });

  it("stores the worked example task at 75 with weight 2", () => {
    const task = db
      .prepare("SELECT score, weight, human_label AS human, gpt4_label AS gpt4, automation_label AS automation FROM tasks WHERE onet_soc = '11-3051.00' AND statement LIKE 'Prepare and maintain production reports%'")
      .get();
    expect(task).toEqual({ score: 75, weight: 2, human: "E2", gpt4: "E1", automation: "T3" });
  });

  it("scores 11-3051 Industrial Production Managers in the 40–59 band with D = 60 from its OOH profile", () => {
    const occupation = db.prepare("SELECT title, score, band, task_signal AS t FROM occupations WHERE soc = '11-3051'").get() as {
      title: string;
      score: number;
      band: string;
      t: number;
    };
    expect(occupation.title).toBe("Industrial Production Managers");
    expect(occupation.score).toBeGreaterThanOrEqual(40);
    expect(occupation.score).toBeLessThanOrEqual(59);
    expect(occupation.band).toBe("clear");
    expect(occupation.t).toBeCloseTo(42.9, 1);
    const d = db.prepare("SELECT value, raw, imputed FROM signals WHERE soc = '11-3051' AND signal = 'D'").get();
    expect(d).toEqual({ value: 60, raw: 6, imputed: 0 });
  });

  it("records source and vintage for every signal, and flags imputed ones", () => {
    const missing = db.prepare("SELECT count(*) AS n FROM signals WHERE source = '' OR vintage = ''").get();
    expect(missing).toEqual({ n: 0 });
    expect(db.prepare("SELECT count(*) AS n FROM signals").get()).toEqual({ n: 798 * 5 });
    // Legislators (11-1031) have no OOH profile: D comes from the Management prior.
    const legislators = db.prepare("SELECT imputed, raw FROM signals WHERE soc = '11-1031' AND signal = 'D'").get();
    expect(legislators).toEqual({ imputed: 1, raw: null });
  });

  it("stores measured AI use: 11-3051's U recomputes from its tasks, its ChatGPT line has every month, its strip a label", () => {
    const tasks = db
      .prepare("SELECT t.weight, u.claude_release FROM tasks t JOIN task_measured_use u USING (task_id) WHERE t.soc = '11-3051' AND t.in_soc_task_list = 1")
      .all() as { weight: number; claude_release: string | null }[];
    const use = db.prepare("SELECT * FROM occupation_measured_use WHERE soc = '11-3051'").get() as Record<string, number | string | null>;
    const total = tasks.reduce((sum, t) => sum + t.weight, 0);
    const seen = tasks.reduce((sum, t) => sum + (t.claude_release === null ? 0 : t.weight), 0);
    expect(use.scored_tasks).toBe(tasks.length);
    expect(use.coverage).toBeCloseTo((100 * seen) / total, 2);
    const months = db.prepare("SELECT month FROM occupation_chatgpt_monthly WHERE soc = '11-3051' ORDER BY month").all() as { month: string }[];
    expect(months[0]?.month).toBe("2024-07");
    expect(months.at(-1)?.month).toBe("2025-12");
    expect(months).toHaveLength(18);
    expect(["agree", "contested"]).toContain(use.agreement);
  });

  it("indexes titles, 'also called' titles and codes for search", () => {
    const find = (query: string) =>
      (db.prepare("SELECT soc FROM occupation_search WHERE occupation_search MATCH ? ORDER BY rank").all(query) as { soc: string }[]).map(
        (row) => row.soc,
      );
    expect(find('"plant managers"')).toContain("11-3051");
    expect(find("113051")).toEqual(["11-3051"]);
    expect(find("industrial prod*")).toContain("11-3051");
  });
});

describe("importer error handling", () => {
  it("reports a malformed row with file and line, skips it and imports the rest", async () => {
    const dir = copySources("malformed");
    const file = path.join(dir, "onet-gpts/full_labelset.tsv");
    const lines = fs.readFileSync(file, "utf8").split("\n");
    const index = lines.findIndex((line) => line.includes("Prepare and maintain production reports or personnel records"));
    lines[index] = lines[index]!.replace("\tE2\tE1\t", "\tE9\tE1\t");
    fs.writeFileSync(file, lines.join("\n"));
    const report = silent();
    const outFile = path.join(tmp, "malformed.db");
    await buildContentDatabase({ sourcesRoot: dir, projectRoot, outFile, report });
    const rejected = report.issues.filter((issue) => issue.severity === "rejected");
    expect(rejected).toHaveLength(1);
    expect(rejected[0]).toMatchObject({ source: "onet-gpts/full_labelset.tsv", line: index + 1 });
    expect(rejected[0]!.message).toMatch(/human_exposure_agg: exposure label must be E0, E1 or E2/);
    const db = new Database(outFile, { readonly: true });
    expect(db.prepare("SELECT count(*) AS n FROM tasks").get()).toEqual({ n: 19264 });
    expect(db.prepare("SELECT count(*) AS n FROM import_issues WHERE severity = 'rejected'").get()).toEqual({ n: 1 });
    db.close();
  });

  it("stops on a missing column with a clear message, a non-zero exit and the old database untouched", async () => {
    const dir = copySources("missing-column");
    const file = path.join(dir, "ooh/ooh_occupations.csv");
    const text = fs.readFileSync(file, "utf8");
    fs.writeFileSync(file, text.replace(/^title,category,slug/, "title,category,slug_renamed"));
    const target = path.join(tmp, "existing.db");
    fs.writeFileSync(target, "previous database bytes");
    const before = sha256(target);
    const result = await run("npx", ["tsx", "scripts/import/index.ts", "--sources", dir, "--out", target], { cwd: projectRoot }).then(
      () => ({ code: 0, stderr: "" }),
      (error: { code: number; stderr: string }) => ({ code: error.code, stderr: error.stderr }),
    );
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/ooh\/ooh_occupations\.csv: missing column\(s\) "slug"/);
    expect(result.stderr).toMatch(/left unchanged/);
    expect(sha256(target)).toBe(before);
    expect(fs.readdirSync(tmp).filter((name) => name.includes(".building-"))).toEqual([]);
  });

  it("stops when a source file is missing", async () => {
    const dir = copySources("missing-file");
    fs.rmSync(path.join(dir, "bls/oews_national_may2025.xlsx"));
    await expect(buildContentDatabase({ sourcesRoot: dir, projectRoot, outFile: path.join(tmp, "never.db"), report: silent() })).rejects.toThrow(
      /bls\/oews_national_may2025\.xlsx: file not found/,
    );
  });

  it("is idempotent: the same sources give a byte-identical database", async () => {
    // Against the shared build, made by another process (or an earlier run of the same tree).
    const { dbFile: first } = await sharedContentBuild();
    const second = path.join(tmp, "second.db");
    await buildContentDatabase({ sourcesRoot, projectRoot, outFile: second, report: silent() });
    expect(sha256(first)).toBe(sha256(second));
  });
});
