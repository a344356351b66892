/**
 * PDF report generation figures for 11-3051, in this process (the same code the route runs):
 * - cold: first generation in a fresh process (font loading, first layout), empty cache;
 * - warm: a second generation without the cache (what each new buyer's first download costs
 *   in a running server);
 * - cached: the same request answered from the disk cache (identical bytes);
 * - size and page count of the PDF.
 *
 * `benchReport()` is called by `npm run bench` (scripts/bench/index.ts); run alone with
 * `npx tsx scripts/bench/report.ts`. Uses a temporary cache directory and the content
 * database at CONTENT_DB_PATH (default .data/content.db; build it with `npm run db:build`).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";

import { allowServerOnlyModules } from "../server-context";

const SOC = "11-3051";
const BUYER = "bench@example.test";

const ms = (start: number) => Math.round(performance.now() - start);

export async function benchReport(): Promise<Record<string, number | string>> {
  allowServerOnlyModules();
  const { createReportCache } = await import("@/lib/server/report/cache");
  const { generateReport } = await import("@/lib/server/report");
  const { getReportBuildFacts } = await import("@/lib/server/report/queries");
  const { REPORT_TEMPLATE_VERSION } = await import("@/lib/server/report/version");

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-report-"));
  try {
    const cache = createReportCache({ dir, generate: (key) => generateReport(key.soc, key.buyerEmail) });
    const key = { soc: SOC, dataVersion: getReportBuildFacts().dataVersion, templateVersion: REPORT_TEMPLATE_VERSION, buyerEmail: BUYER };

    let started = performance.now();
    const cold = await cache.get(key);
    const coldMs = ms(started);

    started = performance.now();
    const cachedRuns = 20;
    for (let run = 0; run < cachedRuns; run += 1) {
      const hit = await cache.get(key);
      if (hit.status !== "hit" || !hit.pdf.equals(cold.pdf)) throw new Error("cache hit did not return the stored bytes");
    }
    const cachedMs = Math.round(((performance.now() - started) / cachedRuns) * 100) / 100;

    const warmRuns = 3;
    const warm: number[] = [];
    for (let run = 0; run < warmRuns; run += 1) {
      started = performance.now();
      await generateReport(SOC, `warm-${run}-${BUYER}`);
      warm.push(ms(started));
    }
    warm.sort((a, b) => a - b);

    const pages = (cold.pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    return {
      soc: SOC,
      coldMs,
      warmMedianMs: warm[Math.floor(warm.length / 2)] ?? 0,
      cachedMs,
      sizeKB: Math.round(cold.pdf.length / 1024),
      pages,
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  benchReport()
    .then((result) => {
      console.log(
        `PDF report ${result.soc}: cold ${result.coldMs} ms, warm (uncached) ${result.warmMedianMs} ms median of 3, cached ${result.cachedMs} ms, ${result.sizeKB} KB, ${result.pages} pages`,
      );
      console.log(JSON.stringify(result));
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
