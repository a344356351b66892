import type { ProAnalyses } from "@/db/queries/pro";
import type { OccupationProfile } from "@/db/queries/profile";

/**
 * What one PDF report shows: the free profile the page shows (db/queries/profile.ts) and
 * the Pro analyses (db/queries/pro.ts, whose return type is a stable contract).
 */
export interface ReportData {
  profile: OccupationProfile;
  generatedAt: Date;
  dataVersion: string;
  postingsWindow: { start: string; end: string } | null;
  /** Null only if the Pro analyses cannot be loaded for this occupation. */
  pro: ProAnalyses | null;
}
