import * as schema from "@/db/content/schema";

import { insertInChunks, round } from "../util";
import type { Writer } from "./input";

/** The import's rejected rows and warnings, and the build facts (data version, window, priors). */
export const writeBuildFacts: Writer = (tx, { sources, scored, report, dataVersion }) => {
  insertInChunks(report.issues, 500, (chunk) => tx.insert(schema.importIssues).values(chunk).run());
  const { window } = sources.indeed;
  const { economy } = scored;
  const metaRows = {
    data_version: dataVersion,
    postings_window: `${window.start}/${window.end}`,
    mean_routineness: String(round(economy.meanRoutineness, 4)),
    task_signal_by_education: JSON.stringify(Object.fromEntries(Object.entries(economy.taskSignalByEducation).map(([k, v]) => [k, round(v, 2)]))),
    rows_rejected: String(report.rejectedCount()),
  };
  tx.insert(schema.meta)
    .values(Object.entries(metaRows).map(([key, value]) => ({ key, value })))
    .run();
};
