import fs from "node:fs";
import path from "node:path";

import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { compositionPrecision, roundHalfUp } from "@/lib/scoring";
import { DATA_SOURCES, ONET_CURRENT_ATTRIBUTION } from "@/lib/sources";
import { SOURCE_FILES } from "@/scripts/import/build";

import { projectRoot, sharedContentBuild } from "./support/content-build";

/** Release 2 (issue 12): current sources and the five release-1 bugs, checked on a database built from the committed sources. */
let db: Database.Database;

beforeAll(async () => {
  db = new Database((await sharedContentBuild()).dbFile, { readonly: true });
});
afterAll(() => {
  db?.close();
});

const all = <T>(query: string, ...params: unknown[]) => db.prepare(query).all(...params) as T[];
const one = <T>(query: string, ...params: unknown[]) => db.prepare(query).get(...params) as T;

describe("sources", () => {
  it("names every file the importer reads on /sources, and O*NET's attribution word for word in data/sources/README.md", () => {
    const listed = new Set(DATA_SOURCES.flatMap((source) => source.files));
    expect(SOURCE_FILES.filter((file) => !listed.has(file))).toEqual([]);
    const readme = fs.readFileSync(path.join(projectRoot, "data/sources/README.md"), "utf8").replace(/\s+/g, " ");
    expect(readme).toContain(ONET_CURRENT_ATTRIBUTION);
  });

  it("scores all 798 occupations with O from EP 2024–34, D from an OOH profile for at least 599", () => {
    expect(one<{ n: number }>("SELECT count(*) AS n FROM occupations WHERE score IS NOT NULL").n).toBe(798);
    expect(one<{ n: number }>("SELECT count(*) AS n FROM signals WHERE signal = 'D' AND imputed = 0").n).toBeGreaterThanOrEqual(599);
    expect(one("SELECT value, raw, vintage FROM signals WHERE soc = '11-3051' AND signal = 'O'")).toEqual({ value: 42.4, raw: 1.9, vintage: "BLS Employment Projections 2024–34" });
    const vintages = JSON.parse(one<{ value: string }>("SELECT value FROM meta WHERE key = 'vintages'").value) as Record<string, unknown>;
    expect(vintages).toMatchObject({ projections: "2024–34", oews: "May 2025", crosswalk: "2025-08-28", onet: "30.1" });
    expect(one<{ value: string }>("SELECT value FROM meta WHERE key = 'release_id'").value).toMatch(/^\d{4}\.\d{2}-[0-9a-f]{8}$/);
  });

  it("reaches the profiles the 2023 crosswalk missed, and the right one for cardiovascular technologists", () => {
    expect(one("SELECT ooh_slug AS slug FROM occupations WHERE soc = '29-2031'")).toEqual({ slug: "cardiovascular-technologists-and-technicians" });
    for (const soc of ["11-3071", "13-1041", "39-6012", "47-5011", "51-9141"]) {
      expect(one<{ slug: string | null }>("SELECT ooh_slug AS slug FROM occupations WHERE soc = ?", soc).slug).not.toBeNull();
    }
  });
});

describe("release-1 bugs", () => {
  it("adds each NEM aggregate once: no category above BLS's major-group figure, the economy under BLS's total", () => {
    const categories = all<{ code: string; employment: number; bls: number }>("SELECT code, employment, bls_employment AS bls FROM categories");
    expect(categories).toHaveLength(22);
    for (const category of categories) expect(category.employment, `category ${category.code}`).toBeLessThanOrEqual(category.bls);
    const total = categories.reduce((sum, category) => sum + category.employment, 0);
    expect(total).toBeLessThanOrEqual(169_956_100);
    expect(Number(one<{ value: string }>("SELECT value FROM meta WHERE key = 'employment_total'").value)).toBe(total);
    // Healthcare support holds home health and personal care aides (one NEM aggregate): once, not twice.
    expect(one<{ employment: number }>("SELECT employment FROM categories WHERE code = '31'").employment).toBe(7_982_800);
  });

  it("says an aggregate's figures are shared: “reported together with … as <NEM title>”", () => {
    const shared = all<{ soc: string; note: string | null }>(
      "SELECT o.soc, s.note FROM occupations o JOIN signals s ON s.soc = o.soc AND s.signal = 'O' WHERE o.nem_code != o.soc",
    );
    expect(shared).toHaveLength(25);
    for (const row of shared) expect(row.note, row.soc).toMatch(/^BLS reports this occupation together with .+ as “.+” \(NEM \d{2}-\d{4}\)/);
    expect(one<{ note: string }>("SELECT note FROM signals WHERE soc = '31-1121' AND signal = 'O'").note).toContain("together with personal care aides as “Home health and personal care aides”");
  });

  it("takes OEWS wages from the NEM code, never the broad xx-xxx0 group", () => {
    const rows = all<{ soc: string; nem: string; oews: string | null }>("SELECT soc, nem_code AS nem, oews_code AS oews FROM occupations WHERE oews_code IS NOT NULL AND oews_code != soc");
    for (const row of rows) expect(row.oews, row.soc).toBe(row.nem);
    for (const [soc, code] of [["21-1011", "21-1018"], ["25-2055", "25-2052"], ["25-9042", "25-9045"], ["51-2022", "51-2028"], ["53-1042", "53-1047"]]) {
      expect(one("SELECT oews_code AS code FROM occupations WHERE soc = ?", soc)).toEqual({ code });
    }
  });

  it("flags the prior where Indeed has no series (Insurance) or no sector (farming), with the reason", () => {
    const insurance = all<{ soc: string; imputed: number; note: string }>("SELECT s.soc, s.imputed, s.note FROM signals s JOIN occupations o USING (soc) WHERE s.signal = 'M' AND o.sector = 'Insurance'");
    expect(insurance.length).toBe(5);
    for (const row of insurance) {
      expect(row.imputed).toBe(1);
      expect(row.note).toMatch(/Indeed has no Insurance series in the postings file/);
    }
    const farming = all<{ note: string; imputed: number }>("SELECT note, imputed FROM signals WHERE signal = 'M' AND soc LIKE '45-%'");
    expect(farming.length).toBeGreaterThan(0);
    for (const row of farming) expect(row).toEqual({ imputed: 1, note: expect.stringMatching(/no sector for farming, fishing and forestry occupations/) });
    expect(one<{ n: number }>("SELECT count(*) AS n FROM import_issues WHERE message LIKE '%\"Insurance\" has no series%'").n).toBeGreaterThan(0);
  });

  it("shows composition points whose sum rounds to the score, for every occupation", () => {
    const rows = all<{ soc: string; score: number; contributions: string }>(
      "SELECT o.soc, o.score, group_concat(s.contribution) AS contributions FROM occupations o JOIN signals s USING (soc) GROUP BY o.soc",
    );
    for (const row of rows) {
      const shown = compositionPrecision(row.contributions.split(",").map(Number), row.score);
      expect(roundHalfUp(shown.total), row.soc).toBe(row.score);
      expect(shown.total).toBeCloseTo(shown.parts.reduce((a, b) => a + b, 0), 6);
    }
    // 0.5+… case: one-decimal parts would show 53.5 beside 53.
    const tricky = compositionPrecision([21.25, 12.05, 8.05, 6.05, 6.05], 53);
    expect(tricky.digits).toBeGreaterThan(1);
    expect(roundHalfUp(tricky.total)).toBe(53);
  });
});

describe("O*NET 30.1 and releases", () => {
  it("flags the labelled tasks no longer in O*NET 30.1 and lists emerging tasks", () => {
    expect(one<{ n: number }>("SELECT count(*) AS n FROM tasks WHERE in_current_onet = 1").n).toBe(18_739);
    expect(one<{ n: number }>("SELECT count(*) AS n FROM emerging_tasks").n).toBeGreaterThan(300);
  });

  it("keeps release 1 beside the current release, with per-signal rows for both", () => {
    const releases = all<{ id: string; current: number; occupations: number }>("SELECT id, current, occupations FROM releases ORDER BY id");
    expect(releases[0]).toEqual({ id: "2026.11-28741d72", current: 0, occupations: 798 });
    expect(releases.at(-1)).toMatchObject({ current: 1, occupations: 798 });
    expect(one<{ n: number }>("SELECT count(*) AS n FROM release_signals WHERE release_id = '2026.11-28741d72'").n).toBe(798 * 5);
    expect(one("SELECT vintage FROM release_signals WHERE release_id = '2026.11-28741d72' AND soc = '11-3051' AND signal = 'O'")).toEqual({ vintage: "BLS Employment Projections 2022–32" });
  });
});
