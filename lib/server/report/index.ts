import "server-only";

import path from "node:path";

import { env } from "@/env";

import { createReportCache, type ReportCache, type ReportCacheResult } from "./cache";
import { loadReportData } from "./data";
import { createReportPool, ReportBusyError, type ReportRenderer } from "./pool";
import { getReportBuildFacts } from "./queries";
import { renderReportPdf } from "./render";
import { stampBuyer } from "./stamp";
import { REPORT_TEMPLATE_VERSION } from "./version";

/**
 * The one entry point that produces a report. A buyer's copy comes from the disk cache; if it
 * is missing, it is stamped (in a worker) from the occupation's rendered report, itself from
 * the cache or rendered once (in a worker) for every buyer of this data and template version.
 */

export class UnknownOccupationError extends Error {
  constructor(soc: string) {
    super(`unknown SOC code ${soc}`);
    this.name = "UnknownOccupationError";
  }
}

/** Renders and stamps a fresh report in this thread, without cache or pool (bench and tests). */
export async function generateReport(soc: string, buyerEmail: string, now: Date = new Date()): Promise<Buffer> {
  const data = loadReportData(soc, { now });
  if (data === null) throw new UnknownOccupationError(soc);
  return Buffer.from(await stampBuyer(await renderReportPdf(data), buyerEmail));
}

export function reportCacheDir(): string {
  return path.resolve(/* turbopackIgnore: true */ env.DATA_DIR, "reports");
}

export interface ReportService {
  cache: ReportCache;
  renderer: ReportRenderer;
}

const globalForReports = globalThis as unknown as { reportService?: ReportService };

function defaultService(): ReportService {
  globalForReports.reportService ??= { cache: createReportCache({ dir: reportCacheDir() }), renderer: createReportPool() };
  return globalForReports.reportService;
}

/**
 * How a request was served: "hit" the buyer's stored copy; "stamped" from the shared rendering;
 * "rendered" a new rendering; "joined" an identical request already in progress.
 */
export type ReportSource = "hit" | "joined" | "stamped" | "rendered";

/** Buyers with a copy being made right now: one at a time each, so one account cannot fill the pool. */
const buyersInProgress = new Set<string>();

/**
 * The buyer's copy of a report. Throws ReportBusyError when the pool's queue is full or this
 * buyer already has another copy being made (a request for the same copy joins it instead).
 */
export async function getReportPdf(soc: string, buyerEmail: string, service: ReportService = defaultService()): Promise<ReportCacheResult & { source: ReportSource }> {
  const { cache, renderer } = service;
  const key = { soc, dataVersion: getReportBuildFacts().dataVersion, templateVersion: REPORT_TEMPLATE_VERSION };
  const buyer = buyerEmail.trim().toLowerCase();
  let source: ReportSource = "joined";

  const copy = await cache.get({ ...key, buyerEmail }, async () => {
    if (buyersInProgress.has(buyer)) throw new ReportBusyError("Your previous report is still being prepared.", 3, "buyer");
    buyersInProgress.add(buyer);
    try {
      const rendered = await cache.get(key, async () => {
        const data = loadReportData(soc, { now: new Date() });
        if (data === null) throw new UnknownOccupationError(soc);
        return renderer.render(data);
      });
      source = rendered.status === "hit" ? "stamped" : "rendered";
      return await renderer.stamp(rendered.pdf, buyerEmail);
    } finally {
      buyersInProgress.delete(buyer);
    }
  });
  return { ...copy, source: copy.status === "hit" ? "hit" : source };
}

/**
 * Starts every worker thread and runs one rendering through each (of `soc`'s report, then
 * dropped: the cache keeps only what buyers asked for), so that the first buyer after a start
 * waits for a warm thread's rendering (about 0.7 s for 11-3051, `npm run bench`) and not for a
 * new thread loading the report code and fonts (about 2.4 s). Called once at server start.
 */
export async function warmReportWorkers(soc: string, service: ReportService = defaultService()): Promise<void> {
  const data = loadReportData(soc, { now: new Date() });
  if (data === null) throw new UnknownOccupationError(soc);
  // As many renderings as threads, at once: each idle thread takes one.
  await Promise.all(Array.from({ length: service.renderer.size }, () => service.renderer.render(data)));
}

export { reportAccess, reportBuyPath, reportFileName } from "./access";
export { ReportBusyError } from "./pool";
export { REPORT_TEMPLATE_VERSION } from "./version";
