import crypto from "node:crypto";

import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";

import { contentDb, type ContentDb } from "@/db/content/client";
import { searchOccupations } from "@/db/queries/search";

import { sharedContentBuild } from "./support/content-build";

let db: ContentDb;

beforeAll(async () => {
  db = contentDb((await sharedContentBuild()).dbFile);
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
