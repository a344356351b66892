import { readdirSync, statSync } from "node:fs";
import path from "node:path";

import { expect, test } from "@playwright/test";

/**
 * Every profile is known at build time, so an unknown occupation or task URL must be a plain
 * 404 that writes nothing to disk: the server's build output (`.next`) may not grow however
 * many unique unknown URLs arrive. Other spellings of a known code still reach its canonical
 * URL in one permanent redirect.
 */
const CANONICAL = "/occupations/11-3051-industrial-production-managers";

function treeSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      const inner = treeSize(full);
      bytes += inner.bytes;
      files += inner.files;
    } else if (entry.isFile()) {
      bytes += statSync(full).size;
      files += 1;
    }
  }
  return { bytes, files };
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

test("1,000 unique unknown occupation and task URLs are 404s that leave .next unchanged", async ({ request }) => {
  test.setTimeout(180_000);
  // Warm-up: the first 404 may load code into memory, never onto disk; measure after it.
  expect((await request.get(unknownUrl(10_000), { maxRedirects: 0 })).status()).toBe(404);
  const before = treeSize(".next");

  const statuses = new Map<number, number>();
  const urls = Array.from({ length: 1000 }, (_, i) => unknownUrl(i));
  for (let start = 0; start < urls.length; start += 20) {
    const batch = urls.slice(start, start + 20);
    const responses = await Promise.all(batch.map((url) => request.get(url, { maxRedirects: 0 })));
    for (const response of responses) statuses.set(response.status(), (statuses.get(response.status()) ?? 0) + 1);
  }
  expect(Object.fromEntries(statuses)).toEqual({ 404: 1000 });

  const after = treeSize(".next");
  expect(after).toEqual(before);
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
