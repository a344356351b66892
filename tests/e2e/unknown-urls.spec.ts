import { readdirSync, statSync } from "node:fs";
import path from "node:path";

import { expect, test } from "@playwright/test";

/**
 * Every profile is known at build time, so an unknown occupation or task URL must be a plain
 * 404 that writes nothing to disk: after 1,000 unique unknown URLs `.next` has the same size
 * and no file named after any of them (Next's on-demand cache names its files after the URL).
 * This file runs in its own project after every other journey (playwright.config.ts), since
 * those fill the bounded cache of known pages.
 * Other spellings of a known code still reach its canonical URL in one permanent redirect.
 */
const CANONICAL = "/occupations/11-3051-industrial-production-managers";

/** Every file under `dir`, as its path relative to `dir` and its size. */
function filesUnder(dir: string): { file: string; bytes: number }[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const full = path.join(entry.parentPath, entry.name);
      return { file: path.relative(dir, full), bytes: statSync(full).size };
    });
}

function treeSize(dir: string): { bytes: number; files: number } {
  const files = filesUnder(dir);
  return { bytes: files.reduce((sum, { bytes }) => sum + bytes, 0), files: files.length };
}

function unknownUrl(i: number): string {
  const n = String(i).padStart(4, "0");
  switch (i % 5) {
    case 0:
      return `/occupations/99-${n}`; // well-formed, no such occupation
    case 1:
      return `/occupations/not-a-job-${n}`;
    case 2:
      return `/occupations/11-3051-industrial-production-managers/tasks/99-${n}.00`; // known profile, unknown task page
    case 3:
      return `/occupations/99-${n}/tasks/99-${n}.01`;
    default:
      return `/occupations/junk-${n}/tasks/x${n}`;
  }
}

test.describe.configure({ mode: "serial" });

test("1,000 unique unknown occupation and task URLs are 404s that leave .next unchanged", async ({ request }) => {
  test.setTimeout(180_000);
  const before = treeSize(".next");
  const statuses = new Map<number, number>();
  const urls = Array.from({ length: 1000 }, (_, i) => unknownUrl(i));
  for (let start = 0; start < urls.length; start += 20) {
    const batch = urls.slice(start, start + 20);
    const responses = await Promise.all(batch.map((url) => request.get(url, { maxRedirects: 0 })));
    for (const response of responses) statuses.set(response.status(), (statuses.get(response.status()) ?? 0) + 1);
  }
  expect(Object.fromEntries(statuses)).toEqual({ 404: 1000 });

  const written = filesUnder(".next").map(({ file }) => file).filter((file) => /99-\d{4}|not-a-job-|junk-/.test(file));
  expect(written).toEqual([]);
  expect(treeSize(".next")).toEqual(before);
});

test("other spellings of a known code redirect once, permanently, to the canonical URL", async ({ request }) => {
  const cases: [string, string][] = [
    ["/occupations/113051", CANONICAL],
    ["/occupations/11-3051", CANONICAL],
    ["/occupations/11-3051-Industrial-Production-Managers", CANONICAL],
    ["/occupations/11-3051-old-title", CANONICAL],
    ["/occupations/113051?tab=tasks", `${CANONICAL}?tab=tasks`],
    ["/occupations/113051/tasks/11-3051.00", `${CANONICAL}/tasks/11-3051.00`],
  ];
  for (const [from, to] of cases) {
    const response = await request.get(from, { maxRedirects: 0 });
    expect(response.status(), from).toBe(308);
    const locations = response.headersArray().filter((header) => header.name.toLowerCase() === "location");
    expect(locations.map((header) => header.value), from).toEqual([to]);
    const target = await request.get(to, { maxRedirects: 0 });
    expect(target.status(), to).toBe(200);
  }
});
