import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { contentDb } from "@/db/content/client";
import { getProAnalyses } from "@/db/queries/pro";
import { getOccupationProfile, type OccupationProfile } from "@/db/queries/profile";
import { canDownloadReport, type Entitlements } from "@/lib/server/entitlements";
import { env } from "@/env";
import { reportAccess, reportFileName } from "@/lib/server/report/access";
import { reportSocParamSchema } from "@/lib/validations/soc";
import { buyerHash, createReportCache, reportCachePath, type ReportCacheKey } from "@/lib/server/report/cache";
import { generateReport, getReportPdf, ReportBusyError, UnknownOccupationError, warmReportWorkers, type ReportService } from "@/lib/server/report";
import { createReportPool, reportPoolSize, type ReportRenderer } from "@/lib/server/report/pool";
import { getReportBuildFacts } from "@/lib/server/report/queries";
import { REPORT_TEMPLATE_VERSION } from "@/lib/server/report/version";
import { DATA_SOURCES } from "@/lib/sources";
import { buildContentDatabase, IMPORT_STEPS } from "@/scripts/import/build";
import { ImportReport } from "@/scripts/import/report";

const run = promisify(execFile);
const projectRoot = path.resolve(import.meta.dirname, "../..");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "report-test-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** pdftotext joins wrapped lines with newlines and may break after a hyphen: compare on collapsed whitespace. */
const normalise = (text: string) => text.replace(/-\s+/g, "-").replace(/\s+/g, " ").trim();

async function pdfText(pdf: Buffer, mode: "-raw" | "-layout" = "-raw"): Promise<string> {
  const file = path.join(tmp, `text-${Date.now()}-${Math.random().toString(36).slice(2)}.pdf`);
  fs.writeFileSync(file, pdf);
  const { stdout } = await run("pdftotext", [mode, "-enc", "UTF-8", file, "-"], { maxBuffer: 32 * 1024 * 1024 });
  return stdout;
}

beforeAll(async () => {
  // Use the built content database; on a fresh clone build one into a temp file and point
  // the query layer at it (contentDb keeps the last opened file while the default is missing).
  if (!fs.existsSync(env.CONTENT_DB_PATH)) {
    const outFile = path.join(tmp, "content.db");
    await buildContentDatabase({ sourcesRoot: path.join(projectRoot, "data/sources"), projectRoot, outFile, report: new ImportReport(IMPORT_STEPS, () => {}) });
    contentDb(outFile);
  }
});

describe("the PDF report of 11-3051", () => {
  const buyerEmail = "report-buyer@example.test";
  const now = new Date("2026-11-20T15:04:00Z");
  let profile: OccupationProfile;
  let pdf: Buffer;
  let pdfFile: string;
  let text: string;
  let generated = 0;
  let cacheHitBytes: Buffer;
  let cacheStatuses: string[];

  beforeAll(async () => {
    profile = getOccupationProfile("11-3051")!;
    expect(profile).not.toBeNull();
    // Generate through the real cache, then read it back: a hit must return the same bytes.
    const cache = createReportCache({ dir: path.join(tmp, "real-cache") });
    const produce = async () => {
      generated += 1;
      return generateReport("11-3051", buyerEmail, now);
    };
    const key: ReportCacheKey = { soc: "11-3051", dataVersion: getReportBuildFacts().dataVersion, templateVersion: REPORT_TEMPLATE_VERSION, buyerEmail };
    const first = await cache.get(key, produce);
    const second = await cache.get(key, produce);
    pdf = first.pdf;
    cacheHitBytes = second.pdf;
    cacheStatuses = [first.status, second.status];
    pdfFile = path.join(tmp, "11-3051.pdf");
    fs.writeFileSync(pdfFile, pdf);
    text = normalise(await pdfText(pdf));
  }, 180_000);

  it("is a PDF of a few hundred KB at most", () => {
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(pdf.length).toBeGreaterThan(10 * 1024);
    expect(pdf.length).toBeLessThan(1024 * 1024);
  });

  it("has the title, SOC code, score and verdict on the cover", () => {
    const { occupation } = profile;
    expect(occupation.score).not.toBeNull();
    expect(text).toContain("Industrial Production Managers");
    expect(text).toContain("SOC 11-3051 · Management");
    expect(text).toContain(`${occupation.score}/100`);
    expect(text).toContain("Clear pressure on routine tasks.");
    expect(text).toContain("Generated November 20, 2026, 15:04 UTC");
    expect(text).toContain(`Data version ${getReportBuildFacts().dataVersion}`);
  });

  it("contains every task statement of the occupation", () => {
    expect(profile.tasks.length).toBeGreaterThan(10);
    const missing = profile.tasks.filter((task) => !text.includes(normalise(task.statement)));
    expect(missing.map((task) => task.statement)).toEqual([]);
  });

  it("has every section, including the Pro analyses", () => {
    for (const heading of [
      "1. Signal composition",
      "2. By seniority",
      "3. Task-level analysis",
      "4. Task heatmap",
      "5. Career pivot paths",
      "6. Wage impact",
      "7. AI tool recommendations",
      "8. External signals and sources",
      "9. Sources and attribution",
    ]) {
      expect(text).toContain(heading);
    }
    expect(text).not.toContain("could not be computed");
    // The Pro analyses: every pivot, wage level and tool category of getProAnalyses.
    const pro = getProAnalyses("11-3051")!;
    expect(pro.heatmap.rows).toHaveLength(profile.tasks.length);
    expect(pro.pivots.targets.length).toBeGreaterThan(0);
    for (const pivot of pro.pivots.targets) expect(text).toContain(normalise(pivot.title));
    for (const level of pro.wageImpact.levels) expect(text).toContain(`${level.exposed.text} of ${level.wage.text}`);
    expect(pro.tools.recommendations.length).toBeGreaterThan(0);
    for (const tool of pro.tools.recommendations) expect(text).toContain(normalise(tool.name));
    expect(text).toContain("Entry-level roles carry the brunt");
    // External signals: raw value, source and vintage of each signal.
    for (const signal of profile.signals) {
      expect(text).toContain(normalise(signal.rawLabel));
      expect(text).toContain(normalise(signal.vintage));
    }
  });

  it("prints the buyer, page numbers and data vintage in the footer of every page", async () => {
    const { stdout } = await run("pdfinfo", [pdfFile]);
    const pages = Number(/Pages:\s+(\d+)/.exec(stdout)?.[1]);
    expect(pages).toBeGreaterThan(3);
    expect(text.split(`Prepared for ${buyerEmail}`).length - 1).toBeGreaterThanOrEqual(pages);
    for (let page = 1; page <= pages; page += 1) expect(text).toContain(`Page ${page} of ${pages}`);
    expect(text.split("Data vintage:").length - 1).toBe(pages);
    // The running header (written after layout, page-chrome.ts) on every page but the cover.
    expect(text.split(`Industrial Production Managers · SOC 11-3051 · AI pressure ${profile.occupation.score}/100`).length - 1).toBe(pages - 1);
  });

  it("carries the attribution lines of every source", () => {
    for (const source of DATA_SOURCES) expect(text).toContain(normalise(source.attribution));
    expect(text).toContain("O*NET 27 Database, U.S. Department of Labor, ETA, CC BY 4.0");
    expect(text).toContain("Indeed Hiring Lab, Job Postings Index (github.com/hiring-lab/job_postings_tracker), CC BY 4.0");
    expect(text).toContain("Karpathy/BLS Digital AI Exposure");
    expect(text).toContain("MIT licence");
    expect(text).toContain("U.S. Bureau of Labor Statistics, Employment Projections 2024–34 (public domain)");
    expect(text).toContain("(public domain)");
  });

  it("embeds its fonts (subsets of the TTFs shipped in lib/server/report/fonts)", async () => {
    const { stdout } = await run("pdffonts", [pdfFile]);
    const rows = stdout.trim().split("\n").slice(2);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row).toMatch(/DejaVuSansCondensed/);
      expect(row).toMatch(/\byes\s+(yes|no)\s+yes\b/); // embedded, with a Unicode map (selectable text)
    }
    // The rendered text's fonts are tagged subsets; the buyer stamp's font (pdf-lib) is a subset too,
    // though untagged: the whole file is smaller than one of the TTFs it embeds.
    expect(rows.filter((row) => /\+DejaVuSansCondensed/.test(row) && /\byes\s+yes\s+yes\b/.test(row)).length).toBeGreaterThanOrEqual(1);
    expect(pdf.length).toBeLessThan(fs.statSync(path.join(projectRoot, "lib/server/report/fonts/DejaVuSansCondensed.ttf")).size);
  });

  it("returns identical bytes from the disk cache without generating again", () => {
    expect(cacheStatuses).toEqual(["miss", "hit"]);
    expect(generated).toBe(1);
    expect(cacheHitBytes.equals(pdf)).toBe(true);
  });
});

describe("report cache", () => {
  const key = (overrides: Partial<ReportCacheKey> = {}): ReportCacheKey => ({
    soc: "11-3051",
    dataVersion: "abc123",
    templateVersion: 1,
    buyerEmail: "a@example.test",
    ...overrides,
  });

  function fakeCache(name: string) {
    const dir = path.join(tmp, name);
    const calls: ReportCacheKey[] = [];
    const reportCache = createReportCache({ dir });
    const produceFor = (requested: ReportCacheKey) => async () => {
      calls.push(requested);
      await new Promise((resolve) => setTimeout(resolve, 20));
      return Buffer.from(`%PDF-fake ${requested.soc} ${requested.dataVersion} ${requested.buyerEmail ?? "rendered"} ${calls.length}`);
    };
    const cache = { get: (requested: ReportCacheKey) => reportCache.get(requested, produceFor(requested)), fileFor: reportCache.fileFor };
    return { dir, calls, cache };
  }

  it("serves the second request from disk with identical bytes and no generation", async () => {
    const { calls, cache } = fakeCache("hit");
    const first = await cache.get(key());
    const second = await cache.get(key());
    expect(first.status).toBe("miss");
    expect(second.status).toBe("hit");
    expect(second.pdf.equals(first.pdf)).toBe(true);
    expect(calls).toHaveLength(1);
  });

  it("generates once for concurrent first requests", async () => {
    const { calls, cache } = fakeCache("concurrent");
    const results = await Promise.all(Array.from({ length: 8 }, () => cache.get(key())));
    expect(calls).toHaveLength(1);
    for (const result of results) expect(result.pdf.equals(results[0]!.pdf)).toBe(true);
  });

  it("keys on SOC, data version, template version and buyer", async () => {
    const { calls, cache } = fakeCache("keys");
    await cache.get(key());
    await cache.get(key({ buyerEmail: "b@example.test" }));
    await cache.get(key({ soc: "15-1252" }));
    await cache.get(key({ templateVersion: 2 }));
    await cache.get(key({ dataVersion: "def456" }));
    expect(calls).toHaveLength(5);
    // The email is case-insensitive and only its hash is in the file name.
    expect((await cache.get(key({ buyerEmail: "B@Example.test" }))).status).toBe("hit");
    expect(cache.fileFor(key())).not.toContain("example");
    expect(reportCachePath(key())).toBe(path.join("11-3051", `${buyerHash("a@example.test")}-abc123-t1.pdf`));
  });

  it("keys the rendered report, which every buyer's copy is stamped from, on SOC, data and template version only", async () => {
    const { calls, cache } = fakeCache("rendered");
    const rendered = key({ buyerEmail: undefined });
    expect(reportCachePath(rendered)).toBe(path.join("11-3051", "rendered-abc123-t1.pdf"));
    await cache.get(rendered);
    expect((await cache.get(rendered)).status).toBe("hit");
    // Its file is not any buyer's copy, and a buyer's copy is not it.
    expect((await cache.get(key())).status).toBe("miss");
    expect(calls).toHaveLength(2);
  });

  it("writes atomically and replaces the buyer's copies of older versions", async () => {
    const { dir, cache } = fakeCache("prune");
    await cache.get(key({ buyerEmail: "b@example.test" }));
    await cache.get(key());
    await cache.get(key({ templateVersion: 2 }));
    await cache.get(key({ templateVersion: 2, dataVersion: "def456" }));
    await cache.get(key({ buyerEmail: undefined }));
    await cache.get(key({ buyerEmail: undefined, dataVersion: "def456" }));
    const files = fs.readdirSync(path.join(dir, "11-3051")).sort();
    expect(files).toEqual(
      [`${buyerHash("a@example.test")}-def456-t2.pdf`, `${buyerHash("b@example.test")}-abc123-t1.pdf`, "rendered-def456-t1.pdf"].sort(),
    );
    expect(files.some((file) => file.endsWith(".tmp"))).toBe(false);
  });

  it("does not cache a failed generation, and retries on the next request", async () => {
    let attempts = 0;
    const cache = createReportCache({ dir: path.join(tmp, "failing") });
    const produce = async () => {
      attempts += 1;
      if (attempts === 1) throw new Error("boom");
      return Buffer.from("%PDF-ok");
    };
    await expect(cache.get(key(), produce)).rejects.toThrow("boom");
    expect((await cache.get(key(), produce)).pdf.toString()).toBe("%PDF-ok");
    expect(attempts).toBe(2);
  });

  it("still returns the PDF when the cache directory cannot be written", async () => {
    const blocked = path.join(tmp, "blocked-file");
    fs.writeFileSync(blocked, "not a directory");
    const messages: string[] = [];
    const cache = createReportCache({ dir: blocked, log: (message) => messages.push(message) });
    expect((await cache.get(key(), async () => Buffer.from("%PDF-x"))).pdf.toString()).toBe("%PDF-x");
    expect(messages.join("\n")).toContain("could not cache");
  });
});

describe("report service: one rendering per occupation, a stamped copy per buyer, rendering in workers", () => {
  const soc = "11-3051";
  let pool: ReportRenderer;
  let renders: number;
  let stamps: number;
  let service: ReportService;
  let dir: string;

  beforeAll(() => {
    pool = createReportPool({ size: 1, maxQueue: 8 });
    renders = 0;
    stamps = 0;
    dir = path.join(tmp, "service-cache");
    service = {
      cache: createReportCache({ dir }),
      renderer: {
        render: (data) => ((renders += 1), pool.render(data)),
        stamp: (bytes, email) => ((stamps += 1), pool.stamp(bytes, email)),
        size: pool.size,
        get queued() {
          return pool.queued;
        },
        close: () => pool.close(),
      },
    };
  });
  afterAll(() => pool.close());

  it("renders once for three buyers and stamps each buyer's own line into their copy", async () => {
    const buyers = ["first@example.test", "second@example.test", "third@example.test"];
    const first = await getReportPdf(soc, buyers[0]!, service);
    expect(first.source).toBe("rendered");
    const others = [await getReportPdf(soc, buyers[1]!, service), await getReportPdf(soc, buyers[2]!, service)];
    expect(others.map((copy) => copy.source)).toEqual(["stamped", "stamped"]);
    expect(renders).toBe(1);
    expect(stamps).toBe(3);
    const again = await getReportPdf(soc, buyers[1]!, service);
    expect(again.source).toBe("hit");
    expect(again.pdf.equals(others[0]!.pdf)).toBe(true);
    expect(stamps).toBe(3);

    const texts = await Promise.all([first, ...others].map(async (copy) => normalise(await pdfText(copy.pdf))));
    texts.forEach((text, index) => {
      const pages = text.split("Data vintage:").length - 1;
      expect(pages).toBeGreaterThan(3);
      // Every footer, plus the cover's top line.
      expect(text.split(`Prepared for ${buyers[index]}`).length - 1).toBe(pages + 1);
      for (const other of buyers.filter((_, j) => j !== index)) expect(text).not.toContain(other);
    });
    // No email, and no hash of one, in the rendered report's cache key.
    const rendered = fs.readdirSync(path.join(dir, soc)).filter((file) => file.startsWith("rendered-"));
    expect(rendered).toHaveLength(1);
    for (const buyer of buyers) expect(rendered[0]).not.toContain(buyerHash(buyer));
  }, 120_000);

  it("writes the buyer line into empty space: its words overlap no other word on any page", async () => {
    const copy = await getReportPdf(soc, "overlap-check@example.test", service);
    const file = path.join(tmp, "overlap.pdf");
    fs.writeFileSync(file, copy.pdf);
    const { stdout } = await run("pdftotext", ["-bbox", file, "-"], { maxBuffer: 32 * 1024 * 1024 });
    const pages = stdout.split("<page ").slice(1);
    expect(pages.length).toBeGreaterThan(3);
    for (const page of pages) {
      const words = [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
        box: m.slice(1, 5).map(Number) as [number, number, number, number],
        word: m[5]!,
      }));
      const stamped = words.filter((w) => w.word === "overlap-check@example.test");
      expect(stamped.length).toBeGreaterThanOrEqual(1);
      const stampedLines = stamped.flatMap((s) => words.filter((w) => Math.abs(w.box[1] - s.box[1]) < 0.5 && (w.word === "Prepared" || w.word === "for" || w === s)));
      const others = words.filter((w) => !stampedLines.includes(w));
      for (const mine of stampedLines) {
        // pdftotext draws a word's box from its font's metrics, which pdf-lib's embedding reports a
        // little differently (up to ~1.7 pt higher); 2 pt of slack, far less than a line (9 pt).
        const [x0, y0, x1, y1] = [mine.box[0], mine.box[1] + 2, mine.box[2], mine.box[3] - 2];
        for (const other of others) {
          const overlaps = x0 < other.box[2] && other.box[0] < x1 && y0 < other.box[3] && other.box[1] < y1;
          expect(overlaps, `"${mine.word}" overlaps "${other.word}"`).toBe(false);
        }
      }
    }
  }, 120_000);

  it("lets one buyer make one copy at a time, joining a repeat of the same request", async () => {
    const buyer = "one-at-a-time@example.test";
    const [a, repeat, other] = await Promise.allSettled([
      getReportPdf("15-1252", buyer, service),
      getReportPdf("15-1252", buyer, service),
      getReportPdf("43-4051", buyer, service),
    ]);
    expect(a.status).toBe("fulfilled");
    expect(repeat.status).toBe("fulfilled");
    if (a.status === "fulfilled" && repeat.status === "fulfilled") expect(repeat.value.pdf.equals(a.value.pdf)).toBe(true);
    expect(other.status).toBe("rejected");
    if (other.status === "rejected") {
      expect(other.reason).toBeInstanceOf(ReportBusyError);
      expect((other.reason as ReportBusyError).scope).toBe("buyer");
    }
    // Once the first is done, the next one is served.
    expect((await getReportPdf("43-4051", buyer, service)).pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  }, 120_000);

  it("refuses work past the pool's queue with a retry delay, and serves what it accepted", async () => {
    const small = createReportPool({ size: 1, maxQueue: 2 });
    try {
      const base = (await getReportPdf(soc, "queue-base@example.test", service)).pdf;
      const results = await Promise.allSettled(Array.from({ length: 6 }, (_, index) => small.stamp(base, `queued-${index}@example.test`)));
      const refused = results.filter((result) => result.status === "rejected");
      const served = results.filter((result) => result.status === "fulfilled");
      // At most one running and two waiting were accepted.
      expect(refused.length).toBeGreaterThanOrEqual(3);
      expect(served.length).toBeGreaterThanOrEqual(2);
      for (const result of refused) {
        expect(result.reason).toBeInstanceOf(ReportBusyError);
        expect((result.reason as ReportBusyError).scope).toBe("pool");
        expect((result.reason as ReportBusyError).retryAfterSeconds).toBeGreaterThan(0);
      }
    } finally {
      await small.close();
    }
  }, 120_000);

  it("warms every worker with one rendering each, and keeps none of it", async () => {
    const warmed = "29-1141";
    const before = renders;
    await warmReportWorkers(warmed, service);
    expect(renders - before).toBe(pool.size);
    expect(fs.existsSync(path.join(dir, warmed))).toBe(false);
    // A buyer's first copy is still a rendering of its own, stored for the next buyer.
    expect((await getReportPdf(warmed, "after-warm-up@example.test", service)).source).toBe("rendered");
    await expect(warmReportWorkers("99-9999", service)).rejects.toBeInstanceOf(UnknownOccupationError);
  }, 120_000);

  it("sizes the pool from the core count, leaving one core to the server", () => {
    expect([1, 2, 3, 4, 8, 64].map((cores) => reportPoolSize(cores))).toEqual([1, 1, 2, 3, 4, 4]);
  });
});

describe("report access", () => {
  const now = new Date("2026-11-20T00:00:00Z");
  const entitlements = (overrides: Partial<Entitlements> = {}): Entitlements => ({
    pro: false,
    proUntil: null,
    proRenews: false,
    proStatus: null,
    purchasedSocs: [],
    ...overrides,
  });

  it("lets the buyer of that SOC download", () => {
    expect(reportAccess({ user: { id: "u1" }, entitlements: entitlements({ purchasedSocs: ["11-3051"] }), soc: "11-3051", now })).toBe(200);
    expect(canDownloadReport({ pro: false, purchases: ["11-3051"] }, "11-3051", now)).toBe(true);
  });

  it("refuses another signed-in user, and a buyer of a different SOC", () => {
    expect(reportAccess({ user: { id: "u2" }, entitlements: entitlements(), soc: "11-3051", now })).toBe(403);
    expect(reportAccess({ user: { id: "u3" }, entitlements: entitlements({ purchasedSocs: ["15-1252"] }), soc: "11-3051", now })).toBe(403);
  });

  it("lets a Pro member download any report", () => {
    expect(reportAccess({ user: { id: "u4" }, entitlements: entitlements({ pro: true }), soc: "11-3051", now })).toBe(200);
  });

  it("asks an anonymous visitor to sign in or buy", () => {
    expect(reportAccess({ user: null, entitlements: entitlements(), soc: "11-3051", now })).toBe(401);
    // Even entitlements passed in by mistake do not help without a user.
    expect(reportAccess({ user: null, entitlements: entitlements({ pro: true }), soc: "11-3051", now })).toBe(401);
  });

  it("accepts 11-3051, 113051 and a trailing .pdf; rejects anything else", () => {
    for (const value of ["11-3051", "113051", "11-3051.pdf", "113051.PDF"]) expect(reportSocParamSchema.parse(value)).toBe("11-3051");
    for (const value of ["", "11-305", "11-30511", "abc", "11-3051.pdfx", "11-3051.txt", "../11-3051", "11_3051", "11-3051-industrial", "1".repeat(100)]) {
      expect(reportSocParamSchema.safeParse(value).success).toBe(false);
    }
  });

  it("names the file ai-pressure-<soc>-<title slug>.pdf", () => {
    expect(reportFileName("11-3051-industrial-production-managers")).toBe("ai-pressure-11-3051-industrial-production-managers.pdf");
  });
});
