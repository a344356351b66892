import "server-only";

import { getOccupationProfile } from "@/db/queries/profile";

import type { ReportData } from "./model";
import { loadReportProAnalyses } from "./pro";
import { getReportBuildFacts } from "./queries";

/**
 * Everything one report shows, read from the content database: the free profile, the Pro
 * analyses and the build facts. Null for an unknown SOC code.
 */
export function loadReportData(soc: string, options: { buyerEmail: string; now: Date }): ReportData | null {
  const profile = getOccupationProfile(soc);
  if (profile === null) return null;
  const facts = getReportBuildFacts();
  return {
    profile,
    buyerEmail: options.buyerEmail,
    generatedAt: options.now,
    dataVersion: facts.dataVersion,
    postingsWindow: facts.postingsWindow,
    pro: loadReportProAnalyses(soc),
  };
}
