/**
 * Every source the importer reads, in reading order. Each entry is one progress step, names
 * the files it reads (checked present up front, hashed into the data version) and puts its
 * data into `Sources` under its key for the steps after it (validate, score, match, write).
 *
 * To add a source: write its reader (a `sourceReader({...})`) under sources/, list it here,
 * and use `sources.<key>` in a step or writer.
 */
import { aiToolsSource } from "../pro";
import { crosswalkSource } from "./bls-crosswalk";
import { oewsSource } from "./bls-oews";
import { attainmentSource, nemDirectorySource, projectionsSource } from "./bls-projections";
import { indeedSource } from "./indeed";
import { chatgptSource, claudeSource, copilotSource, workActivitySource } from "./measured-use";
import { onetGptsSource } from "./onet";
import { onetCurrentSource } from "./onet-current";
import { onetProfilesSource } from "./onet-profiles";
import { oohSource } from "./ooh";
import type { ReadContext, SourceReader } from "./reader";
import { releasesSource } from "./releases";

export const SOURCE_READERS = {
  aiTools: aiToolsSource,
  onet: onetGptsSource,
  onetCurrent: onetCurrentSource,
  onetProfiles: onetProfilesSource,
  crosswalk: crosswalkSource,
  projections: projectionsSource,
  nemDirectory: nemDirectorySource,
  attainment: attainmentSource,
  oews: oewsSource,
  ooh: oohSource,
  indeed: indeedSource,
  releases: releasesSource,
  claude: claudeSource,
  workActivities: workActivitySource,
  copilot: copilotSource,
  chatgpt: chatgptSource,
} as const;

type Readers = typeof SOURCE_READERS;
type DataOf<R> = R extends SourceReader<infer T> ? T : never;

/** Everything the readers returned, by source key. */
export type Sources = { [K in keyof Readers]: DataOf<Readers[K]> };

const readers = Object.entries(SOURCE_READERS) as [keyof Sources, SourceReader<unknown>][];

/** Files read from data/sources, in reading order. */
export const SOURCE_FILES: readonly string[] = readers.flatMap(([, reader]) => reader.files);

/** Project-written data files (relative to the project root) the readers use. */
export const PROJECT_FILES: readonly string[] = readers.flatMap(([, reader]) => reader.projectFiles ?? []);

export const READ_STEPS = readers.length;

/** Runs every reader as its own progress step. */
export async function readSources(context: ReadContext): Promise<Sources> {
  const sources: Partial<Record<keyof Sources, unknown>> = {};
  for (const [key, reader] of readers) {
    context.report.begin(reader.label);
    const data = await reader.read(context);
    context.report.done(reader.describe(data));
    sources[key] = data;
  }
  return sources as Sources;
}
