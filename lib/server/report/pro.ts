import "server-only";

import { getProAnalyses, type ProAnalyses } from "@/db/queries/pro";

/**
 * The Pro analyses (task heatmap, career pivots, wage impact, AI tools) for the report.
 * Only called after the route's entitlement check: the result is paid content.
 */
export function loadReportProAnalyses(soc: string): ProAnalyses | null {
  return getProAnalyses(soc);
}
