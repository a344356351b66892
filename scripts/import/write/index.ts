/**
 * The writers of the "write" step, in order, all inside one transaction. To add a table:
 * declare it in db/content/schema.ts (then `npm run db:generate`), write a `Writer` here
 * and list it. The Pro analyses read rows back, so the write step runs them after every writer here.
 */
import { writeExplanations } from "../explanations";
import { writeCategories } from "./categories";
import { writeOccupationDetails } from "./details";
import { writeIndeed } from "./indeed";
import type { Writer } from "./input";
import { writeMeasuredUse } from "./measured-use";
import { writeBuildFacts } from "./meta";
import { writeOccupations } from "./occupations";
import { writeOnetProfiles } from "./profiles";
import { writeOohProfiles } from "./ooh";
import { writeRelated } from "./related";
import { writeReleases } from "./releases";
import { writeAlternateTitles, writeOnetTitles, writeSearchIndex } from "./search";
import { writeSignals } from "./signals";
import { writeEmergingTasks, writeTasks } from "./tasks";

export type { WriteInput, Writer } from "./input";

export const WRITERS: readonly Writer[] = [
  writeCategories,
  writeOccupations,
  writeSignals,
  writeTasks,
  writeEmergingTasks,
  writeMeasuredUse,
  writeOohProfiles,
  writeAlternateTitles,
  writeOnetTitles,
  writeRelated,
  writeOnetProfiles,
  writeOccupationDetails,
  writeIndeed,
  writeSearchIndex,
  writeReleases,
  writeBuildFacts,
  // Reads back the rows written above.
  (tx) => writeExplanations(tx),
];
