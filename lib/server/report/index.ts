import "server-only";

import path from "node:path";

import { env } from "@/lib/env";

import { createReportCache, type ReportCache, type ReportCacheResult } from "./cache";
import { loadReportData } from "./data";
import { getReportBuildFacts } from "./queries";
import { renderReportPdf } from "./render";
import { REPORT_TEMPLATE_VERSION } from "./version";

/**
 * The one entry point that produces a report: looks up the data version, then serves the
 * cached copy for (SOC, data version, template version, buyer) or generates it once.
 */

export class UnknownOccupationError extends Error {
  constructor(soc: string) {
    super(`unknown SOC code ${soc}`);
    this.name = "UnknownOccupationError";
  }
}

/** Renders a fresh report without the cache (bench and tests). */
export async function generateReport(soc: string, buyerEmail: string, now: Date = new Date()): Promise<Buffer> {
  const data = loadReportData(soc, { buyerEmail, now });
  if (data === null) throw new UnknownOccupationError(soc);
  return renderReportPdf(data);
}

export function reportCacheDir(): string {
  return path.resolve(/* turbopackIgnore: true */ env.DATA_DIR, "reports");
}

const globalForReports = globalThis as unknown as { reportCache?: ReportCache };

function defaultCache(): ReportCache {
  globalForReports.reportCache ??= createReportCache({
    dir: reportCacheDir(),
    generate: (key) => generateReport(key.soc, key.buyerEmail),
  });
  return globalForReports.reportCache;
}

/** The buyer's copy of a report, from the disk cache or freshly generated. */
export function getReportPdf(soc: string, buyerEmail: string, cache: ReportCache = defaultCache()): Promise<ReportCacheResult> {
  const { dataVersion } = getReportBuildFacts();
  return cache.get({ soc, dataVersion, templateVersion: REPORT_TEMPLATE_VERSION, buyerEmail });
}

export { reportAccess, reportBuyPath, reportFileName, reportSocParamSchema } from "./access";
export { REPORT_TEMPLATE_VERSION } from "./version";
