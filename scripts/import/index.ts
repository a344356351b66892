/**
 * `npm run db:build`: builds the content database from data/sources into a temporary file
 * next to the target and renames it into place only when everything succeeded, so a failed
 * or killed import never leaves a half-written database behind.
 */
import fs from "node:fs";
import path from "node:path";

import Database from "better-sqlite3";

import { env } from "@/env";

import { SIGNAL_IDS } from "@/lib/scoring";

import { buildContentDatabase, dataVersion, historyVersion, IMPORT_STEPS } from "./build";
import { ImportReport, SourceError } from "./report";
import { isAlive } from "./util";

const projectRoot = path.resolve(import.meta.dirname, "../..");

interface CliOptions {
  sourcesRoot: string;
  target: string;
  ifMissing: boolean;
  ifStale: boolean;
}

function parseArgs(argv: readonly string[]): CliOptions {
  const options: CliOptions = { sourcesRoot: path.join(projectRoot, "data/sources"), target: env.CONTENT_DB_PATH, ifMissing: false, ifStale: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const next = () => {
      const value = argv[++i];
      if (value === undefined) throw new Error(`${arg} needs a value`);
      return value;
    };
    if (arg === "--sources") options.sourcesRoot = path.resolve(next());
    else if (arg === "--out") options.target = path.resolve(next());
    else if (arg === "--if-missing") options.ifMissing = true;
    else if (arg === "--if-stale") options.ifStale = true;
    else throw new Error(`unknown option ${arg} (options: --sources DIR, --out FILE, --if-missing, --if-stale)`);
  }
  return options;
}

/** The data and history versions stored in an existing database ("data/history"), or null if it cannot be read. */
function storedVersions(file: string): string | null {
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      const rows = db.prepare("SELECT key, value FROM meta WHERE key IN ('data_version', 'history_version')").all() as { key: string; value: string }[];
      const of = (key: string) => rows.find((row) => row.key === key)?.value ?? "none";
      return rows.length === 0 ? null : `${of("data_version")}/${of("history_version")}`;
    } finally {
      db.close();
    }
  } catch {
    return null;
  }
}

/** Temp files of imports that were killed before they could clean up. */
function removeStaleTempFiles(target: string): void {
  const dir = path.dirname(target);
  const prefix = `${path.basename(target)}.building-`;
  if (!fs.existsSync(dir)) return;
  for (const name of fs.readdirSync(dir)) {
    if (!name.startsWith(prefix)) continue;
    const pid = Number(name.slice(prefix.length));
    if (Number.isInteger(pid) && isAlive(pid)) continue;
    fs.rmSync(path.join(dir, name), { force: true });
  }
}

async function main(): Promise<number> {
  const options = parseArgs(process.argv.slice(2));
  if (options.ifMissing && fs.existsSync(options.target)) {
    console.log(`Content database present: ${path.relative(process.cwd(), options.target)} (skip build)`);
    return 0;
  }
  if (options.ifStale && fs.existsSync(options.target)) {
    const current = `${dataVersion(options.sourcesRoot, projectRoot)}/${historyVersion(projectRoot)}`;
    const stored = storedVersions(options.target);
    if (stored === current) {
      console.log(`Content database up to date: ${path.relative(process.cwd(), options.target)} (data version ${current})`);
      return 0;
    }
    console.log(`Content database is stale (data/history version ${stored ?? "unknown"}, sources, code and releases give ${current}): rebuilding`);
  }
  fs.mkdirSync(path.dirname(options.target), { recursive: true });
  removeStaleTempFiles(options.target);
  const temp = `${options.target}.building-${process.pid}`;
  const cleanUp = () => fs.rmSync(temp, { force: true });
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      cleanUp();
      process.exit(130);
    });
  }

  const report = new ImportReport(IMPORT_STEPS);
  console.log(`Building content database from ${path.relative(process.cwd(), options.sourcesRoot) || "."}`);
  try {
    const summary = await buildContentDatabase({ sourcesRoot: options.sourcesRoot, projectRoot, outFile: temp, report });
    fs.renameSync(temp, options.target);
    console.log("");
    console.log("Summary");
    console.log(`  occupations      ${summary.occupations} (${summary.scored} scored) in ${summary.categories} categories`);
    console.log(`  tasks            ${summary.tasks} (${summary.evidenceMatched} with quoted BLS evidence)`);
    const coverage = summary.evidenceEligible === 0 ? 0 : (100 * summary.evidenceMatched) / summary.evidenceEligible;
    console.log(`  BLS evidence     ${coverage.toFixed(1)}% coverage: ${summary.evidenceMatched} of ${summary.evidenceEligible} tasks of occupations with an OOH profile`);
    console.log(
      `  imputed signals  D ${summary.imputed.D}, O ${summary.imputed.O}, M ${summary.imputed.M}, E ${summary.imputed.E}; ${summary.occupationsWithImputedSignals} occupations use at least one category prior`,
    );
    console.log("  measured AI use (evidence beside the score, METHODOLOGY §8):");
    for (const line of summary.measuredUse) console.log(`    ${line}`);
    console.log("  career pivots (METHODOLOGY §7):");
    for (const line of summary.pivots) console.log(`    ${line}`);
    report.printIssues();
    const { employment } = summary;
    console.log(
      `  employment       ${(employment.economy / 1e6).toFixed(1)}M in the base year across our occupations (each BLS occupation once; BLS total ${employment.bls === null ? "n/a" : `${(employment.bls / 1e6).toFixed(1)}M`})`,
    );
    console.log(`  data version     ${summary.dataVersion}`);
    console.log(`  release          ${summary.releaseId}`);
    const since = summary.sincePrevious;
    if (since === null) {
      console.log("  moved            no earlier release committed in data/releases/");
    } else {
      console.log(`  moved since ${since.fromRelease}: scores ${since.up} up, ${since.down} down, ${since.unchanged} unchanged of ${since.compared}`);
      for (const id of SIGNAL_IDS) {
        const { moved, reasons } = since.signalMoves[id];
        const why = Object.entries(reasons).map(([reason, n]) => `${n} ${reason}`).join(", ");
        console.log(`    ${id}  ${String(moved).padStart(4)} occupations${moved > 0 ? ` (${why})` : ""}`);
      }
    }
    console.log(`Wrote ${path.relative(process.cwd(), options.target)} in ${report.elapsedSeconds().toFixed(1)} s`);
    return 0;
  } catch (error) {
    cleanUp();
    if (error instanceof SourceError) {
      console.error(`\nImport failed: ${error.message}`);
      console.error("The existing database (if any) was left unchanged.");
      return 1;
    }
    throw error;
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`\nImport failed unexpectedly: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    console.error("The existing database (if any) was left unchanged.");
    process.exit(1);
  },
);
