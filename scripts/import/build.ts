/**
 * The importer as a list of named steps: read (one step per source in sources/index.ts)
 * → validate → score → match → profiles → write (the writers of write/index.ts in one transaction).
 * Each step is its own module under steps/; this file only runs them in order.
 */
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

import { compareReleases, releaseId, type ReleaseComparison } from "@/lib/releases";
import type { SignalId } from "@/lib/scoring";

import { RELEASE_MONTH } from "./release";
import { SourceError, type ImportReport } from "./report";
import { PROJECT_FILES, READ_STEPS, readSources, SOURCE_FILES } from "./sources";
import { releaseFiles } from "./sources/releases";
import { matchStep } from "./steps/match";
import { profilesStep } from "./steps/profiles";
import { describeCoverage } from "./steps/measured-use";
import { scoreStep } from "./steps/score";
import { runStep } from "./steps/step";
import { validateStep } from "./steps/validate";
import { MIGRATIONS_FOLDER, writeStep } from "./steps/write";
import { currentReleaseRows } from "./write/releases";

export { MIGRATIONS_FOLDER, SOURCE_FILES };

/** Progress steps: one per source reader, then validate, score, match, profiles, write. */
export const IMPORT_STEPS = READ_STEPS + 5;

/** Code (folders and single files) whose changes change the database for the same sources; hashed into the data version. */
const VERSIONED_CODE_DIRS = ["scripts/import", "lib/scoring", "lib/pro", "lib/measured-use", "lib/explanations", "lib/labels.ts", "lib/format.ts", "lib/text", "db/content", "db/migrations/content"] as const;

export interface BuildOptions {
  /** Folder holding the source files (data/sources). */
  sourcesRoot: string;
  /** Project root (for the project-written files under data/). */
  projectRoot: string;
  /** Database file to create; must not exist. */
  outFile: string;
  report: ImportReport;
}

export interface BuildSummary {
  occupations: number;
  scored: number;
  tasks: number;
  categories: number;
  imputed: Record<Exclude<SignalId, "T">, number>;
  occupationsWithImputedSignals: number;
  evidenceMatched: number;
  /** Tasks of occupations with an OOH profile (the base of the evidence coverage). */
  evidenceEligible: number;
  dataVersion: string;
  releaseId: string;
  /** The current release against the newest committed one (null when none is committed). */
  sincePrevious: ReleaseComparison | null;
  employment: { economy: number; bls: number | null };
  /** Lines saying what each measured-use source covers and why the rest is not. */
  measuredUse: string[];
  /** Career pivots: the similarity floor and its distribution, coverage, how many pivots make sense by the checks printed. */
  pivots: string[];
}

function filesUnder(dir: string): string[] {
  if (fs.statSync(dir).isFile()) return [dir];
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/**
 * Hash of the committed earlier releases (data/releases/): not part of the data version, since
 * the release id is derived from that and a release file is named by its id; the database
 * stores both and db:build --if-stale compares both.
 */
export function historyVersion(projectRoot: string): string {
  const hash = crypto.createHash("sha256");
  for (const file of releaseFiles(projectRoot)) hash.update(file).update(fs.readFileSync(path.join(projectRoot, file)));
  return hash.digest("hex").slice(0, 16);
}

/** Hash of the sources, the project-written data files and the code that turns them into the database. */
export function dataVersion(sourcesRoot: string, projectRoot: string): string {
  const hash = crypto.createHash("sha256");
  for (const file of SOURCE_FILES) hash.update(fs.readFileSync(path.join(sourcesRoot, file)));
  for (const file of PROJECT_FILES) hash.update(fs.readFileSync(path.join(projectRoot, file)));
  for (const dir of VERSIONED_CODE_DIRS) {
    for (const file of filesUnder(path.join(projectRoot, dir))) hash.update(fs.readFileSync(file));
  }
  return hash.digest("hex").slice(0, 16);
}

function assertSourcesPresent(sourcesRoot: string): void {
  for (const file of SOURCE_FILES) {
    if (!fs.existsSync(path.join(sourcesRoot, file))) throw new SourceError(file, `file not found in ${sourcesRoot}`);
  }
}

/** Reads every source, scores the economy and writes a complete content database to `outFile`. */
export async function buildContentDatabase({ sourcesRoot, projectRoot, outFile, report }: BuildOptions): Promise<BuildSummary> {
  assertSourcesPresent(sourcesRoot);
  const sources = await readSources({ sourcesRoot, projectRoot, report });
  runStep(report, validateStep, sources, report);
  const scored = runStep(report, scoreStep, sources);
  const matched = runStep(report, matchStep, sources, scored, report);
  const version = dataVersion(sourcesRoot, projectRoot);
  const profiles = runStep(report, profilesStep, sources, scored, matched);
  const { pro } = runStep(report, writeStep, outFile, { sources, scored, matched, profiles, report, dataVersion: version, historyVersion: historyVersion(projectRoot) });
  const id = releaseId(RELEASE_MONTH, version);
  const previous = sources.releases.filter((release) => release.id !== id).at(-1);
  return {
    occupations: scored.socs.length,
    scored: scored.scoredCount,
    tasks: matched.taskRecords.length,
    categories: scored.economy.categories.length,
    imputed: scored.imputed,
    occupationsWithImputedSignals: scored.occupationsWithImputedSignals,
    evidenceMatched: matched.evidenceMatched,
    evidenceEligible: matched.evidenceEligible,
    dataVersion: version,
    releaseId: id,
    sincePrevious: previous === undefined ? null : compareReleases(previous.rows, currentReleaseRows(scored, version)),
    employment: { economy: scored.employment.economy.employment, bls: scored.employment.economy.bls },
    measuredUse: describeCoverage(matched.measuredUse.coverage),
    pivots: pro.pivotLines,
  };
}
