import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { contentDb, type ContentDb } from "@/db/content/client";
import { searchOccupations } from "@/db/queries/search";
import { buildContentDatabase, IMPORT_STEPS } from "@/scripts/import/build";
import { ImportReport } from "@/scripts/import/report";

const projectRoot = path.resolve(import.meta.dirname, "../..");
const defaultDbFile = path.join(projectRoot, ".data/content.db");
let tempDir: string | null = null;
let db: ContentDb;

beforeAll(async () => {
  let dbFile = defaultDbFile;
  if (!fs.existsSync(defaultDbFile)) {
    tempDir = fs.mkdtempSync(path.join(os.tmpdir(), "search-titles-"));
    dbFile = path.join(tempDir, "content.db");
    await buildContentDatabase({ sourcesRoot: path.join(projectRoot, "data/sources"), projectRoot, outFile: dbFile, report: new ImportReport(IMPORT_STEPS, () => {}) });
  }
  db = contentDb(dbFile);
});
afterAll(() => {
  if (tempDir !== null) fs.rmSync(tempDir, { recursive: true, force: true });
});

const socsOf = (query: string, count: number) => searchOccupations(query, { db }).results.slice(0, count).map((result) => result.soc);

describe("search by the titles people use (O*NET 30.1 Alternate and Reported Titles)", () => {
  it.each(["plant superintendent", "production control manager", "manufacturing director"])("finds 11-3051 on the first page for %j", (query) => {
    expect(socsOf(query, 20)).toContain("11-3051");
  });

  it("puts an occupation first for its own title", () => {
    for (const [query, soc] of [
      ["Registered Nurses", "29-1141"],
      ["Chief Executives", "11-1011"],
      ["Cashiers", "41-2011"],
    ] as const) {
      expect(socsOf(query, 1)).toEqual([soc]);
    }
  });

  it("finds the right occupation in the top 3 for at least 45 of 50 sampled O*NET alternate titles", () => {
    // Deterministic but not hand-picked: the 50 alternate titles whose SHA-256 of "soc|title" sorts first.
    const rows = db.all<{ soc: string; title: string }>(sql`SELECT soc, title FROM onet_titles WHERE kind = 'alternate'`);
    expect(rows.length).toBeGreaterThan(40_000);
    const sample = rows
      .map((row) => ({ ...row, key: crypto.createHash("sha256").update(`${row.soc}|${row.title}`).digest("hex") }))
      .sort((a, b) => a.key.localeCompare(b.key))
      .slice(0, 50);
    const misses = sample.filter((row) => !socsOf(row.title, 3).includes(row.soc));
    const found = sample.length - misses.length;
    console.log(`alternate-title sample: ${found}/50 in the top 3; misses: ${misses.map((row) => `${row.title} (${row.soc})`).join("; ") || "none"}`);
    expect(found).toBeGreaterThanOrEqual(45);
  });
});
