import fs from "node:fs";
import path from "node:path";

import { buildContentDatabase, dataVersion, historyVersion, IMPORT_STEPS, type BuildSummary } from "@/scripts/import/build";
import { ImportReport } from "@/scripts/import/report";
import { isAlive } from "@/scripts/import/util";

/**
 * One content database built from the committed sources, shared by every unit test file
 * that reads the real data. Each test file runs in its own process (vitest forks), so the
 * build is shared through the file system: the first process to ask builds it under a lock,
 * the others wait; the result is kept under `.data/test-cache/`, named by the same data and
 * history versions `db:build --if-stale` uses, so any change to sources, import code or
 * releases gives a new build and an unchanged tree reuses the last one.
 *
 * Tests that check the import itself (bad sources, a killed build, determinism) still
 * build their own copies.
 */

export const projectRoot = path.resolve(import.meta.dirname, "../../..");
export const sourcesRoot = path.join(projectRoot, "data/sources");
const cacheDir = path.join(projectRoot, ".data/test-cache");

/** `rejected`: rows the import refused (its report's count). */
export type SharedContentBuild = { dbFile: string; summary: BuildSummary; rejected: number };

const LOCK_POLL_MS = 500;
const LOCK_GIVE_UP_MS = 10 * 60_000;

let memo: Promise<SharedContentBuild> | null = null;

export function sharedContentBuild(): Promise<SharedContentBuild> {
  memo ??= buildOrReuse();
  return memo;
}

async function buildOrReuse(): Promise<SharedContentBuild> {
  const version = `${dataVersion(sourcesRoot, projectRoot)}-${historyVersion(projectRoot)}`;
  const dbFile = path.join(cacheDir, `content-${version}.db`);
  const summaryFile = `${dbFile}.summary.json`;
  const lockFile = `${dbFile}.lock`;
  fs.mkdirSync(cacheDir, { recursive: true });

  const started = Date.now();
  for (;;) {
    const ready = readReady(dbFile, summaryFile);
    if (ready) return ready;
    if (tryLock(lockFile)) break;
    if (Date.now() - started > LOCK_GIVE_UP_MS) throw new Error(`waited ${LOCK_GIVE_UP_MS / 60_000} min for ${lockFile}; remove it if no test run is building`);
    await new Promise((resolve) => setTimeout(resolve, LOCK_POLL_MS));
  }

  try {
    // Another process may have finished between our last look and taking the lock.
    const ready = readReady(dbFile, summaryFile);
    if (ready) return ready;
    removeOlderBuilds(version);
    const temp = `${dbFile}.building-${process.pid}`;
    fs.rmSync(temp, { force: true });
    const report = new ImportReport(IMPORT_STEPS, () => {});
    const summary = await buildContentDatabase({ sourcesRoot, projectRoot, outFile: temp, report });
    fs.renameSync(temp, dbFile);
    // The summary last: its presence is what marks the build complete.
    const built = { summary, rejected: report.rejectedCount() };
    fs.writeFileSync(summaryFile, JSON.stringify(built));
    return { dbFile, ...built };
  } finally {
    fs.rmSync(lockFile, { force: true });
  }
}

function readReady(dbFile: string, summaryFile: string): SharedContentBuild | null {
  if (!fs.existsSync(summaryFile) || !fs.existsSync(dbFile)) return null;
  const built = JSON.parse(fs.readFileSync(summaryFile, "utf8")) as Omit<SharedContentBuild, "dbFile">;
  return { dbFile, ...built };
}

/** Creates the lock file with our pid; takes over a lock whose process has died. */
function tryLock(lockFile: string): boolean {
  try {
    fs.writeFileSync(lockFile, String(process.pid), { flag: "wx" });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  const holder = Number(fs.readFileSync(lockFile, "utf8"));
  if (Number.isInteger(holder) && holder > 0 && isAlive(holder)) return false;
  fs.rmSync(lockFile, { force: true });
  return false;
}

/** Keeps the cache to the current build: each one is ~100 MB. */
function removeOlderBuilds(version: string): void {
  for (const name of fs.readdirSync(cacheDir)) {
    if (name.startsWith("content-") && !name.startsWith(`content-${version}.db`)) fs.rmSync(path.join(cacheDir, name), { force: true });
  }
}
