import "server-only";

import { getOccupationProfile } from "@/db/queries/profile";

import type { ReportData } from "./model";
import { loadReportProAnalyses } from "./pro";
import { getReportBuildFacts } from "./queries";

/**
 * Everything one report shows, read from the content database: the free profile, the Pro
 * analyses and the build facts. Null for an unknown SOC code. Nothing about the buyer: one
 * rendering serves every buyer, whose line is stamped per copy (stamp.ts).
 */
export function loadReportData(soc: string, options: { now: Date }): ReportData | null {
  const profile = getOccupationProfile(soc);
  if (profile === null) return null;
  const facts = getReportBuildFacts();
  return {
    profile,
    generatedAt: options.now,
    dataVersion: facts.dataVersion,
    postingsWindow: facts.postingsWindow,
    pro: loadReportProAnalyses(soc),
  };
}
