import * as schema from "@/db/content/schema";

import { releaseId } from "@/lib/releases";

import { RELEASE_MONTH } from "../release";
import { insertInChunks, round } from "../util";
import type { WriteInput, Writer } from "./input";

/** The import's rejected rows and warnings, and the build facts (data version, window, priors). */
/** The editions the build read, from the files themselves (shown wherever a figure is labelled). */
export function sourceVintages(sources: WriteInput["sources"]) {
  const { years } = sources.projections;
  return {
    projections: years.span,
    projectionsBaseYear: years.base,
    projectionsTargetYear: years.target,
    attainment: `${sources.attainment.surveyYears ?? ""} (EP ${sources.attainment.years.span} Table 5.3)`.trim(),
    oews: sources.oews.vintage,
    crosswalk: sources.crosswalk.asOf,
    onet: sources.onetCurrent.version,
    onetReleased: sources.onetCurrent.released,
    postingsWindow: `${sources.indeed.window.start}/${sources.indeed.window.end}`,
  };
}

export const writeBuildFacts: Writer = (tx, { sources, scored, report, dataVersion, historyVersion }) => {
  insertInChunks(report.issues, 500, (chunk) => tx.insert(schema.importIssues).values(chunk).run());
  const { window } = sources.indeed;
  const { economy } = scored;
  const metaRows = {
    data_version: dataVersion,
    history_version: historyVersion,
    postings_window: `${window.start}/${window.end}`,
    mean_routineness: String(round(economy.meanRoutineness, 4)),
    task_signal_by_education: JSON.stringify(Object.fromEntries(Object.entries(economy.taskSignalByEducation).map(([k, v]) => [k, round(v, 2)]))),
    rows_rejected: String(report.rejectedCount()),
    release_id: releaseId(RELEASE_MONTH, dataVersion),
    vintages: JSON.stringify(sourceVintages(sources)),
    employment_total: String(scored.employment.economy.employment),
    employment_total_bls: String(scored.employment.economy.bls ?? ""),
  };
  tx.insert(schema.meta)
    .values(Object.entries(metaRows).map(([key, value]) => ({ key, value })))
    .run();
};
