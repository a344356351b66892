/**
 * The writers of the "write" step, in order, all inside one transaction. To add a table:
 * declare it in db/content/schema.ts (then `npm run db:generate`), write a `Writer` here
 * and list it. A writer that reads rows back (like the Pro analyses) goes after their writer.
 */
import { writeExplanations } from "../explanations";
import { writeProAnalyses } from "../pro";
import { writeCategories } from "./categories";
import { writeOccupationDetails } from "./details";
import { writeIndeed } from "./indeed";
import type { Writer } from "./input";
import { writeMeasuredUse } from "./measured-use";
import { writeBuildFacts } from "./meta";
import { writeOccupations } from "./occupations";
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
  writeOccupationDetails,
  writeIndeed,
  writeSearchIndex,
  writeReleases,
  writeBuildFacts,
  (tx) => writeExplanations(tx),
  (tx, { sources }) => void writeProAnalyses(tx, sources.aiTools),
];
