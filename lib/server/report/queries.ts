import { getBuildMeta } from "@/db/queries/meta";

/**
 * The build facts a report needs: the data version (a hash of the sources and the importer
 * code, written by scripts/import/build.ts; part of every cache key) and the Indeed postings
 * window, for the data vintage printed in every footer.
 */
export interface ReportBuildFacts {
  dataVersion: string;
  postingsWindow: { start: string; end: string } | null;
}

export function getReportBuildFacts(): ReportBuildFacts {
  const meta = getBuildMeta();
  // A database built before versions were recorded still gets a stable cache key.
  return { dataVersion: meta.dataVersion ?? "unversioned", postingsWindow: meta.postingsWindow };
}
