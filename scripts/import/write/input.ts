import type { ImportReport } from "../report";
import type { Sources } from "../sources";
import type { Matched } from "../steps/match";
import type { Profiles } from "../steps/profiles";
import type { Scored } from "../steps/score";
import type { Tx } from "../util";

/** What every writer may read: the sources and the results of the steps before "write". */
export interface WriteInput {
  sources: Sources;
  scored: Scored;
  matched: Matched;
  /** Step "profiles": the career-pivot inputs per SOC code. */
  profiles: Profiles;
  report: ImportReport;
  dataVersion: string;
  /** Hash of data/releases/ (see historyVersion in build.ts). */
  historyVersion: string;
}

/** Writes one group of tables inside the import's single transaction. */
export type Writer = (tx: Tx, input: WriteInput) => void;
