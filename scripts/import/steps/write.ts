/** Step "write": a fresh database file, the content migrations, then every writer and the Pro analyses in one transaction. */
import path from "node:path";

import Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";

import * as schema from "@/db/content/schema";

import { writeProAnalyses, type ProImportSummary } from "../pro";
import { WRITERS, type WriteInput } from "../write";
import type { Step } from "./step";

export const MIGRATIONS_FOLDER = path.resolve(import.meta.dirname, "../../../db/migrations/content");

export const writeStep: Step<[string, WriteInput], { input: WriteInput; pro: ProImportSummary }> = {
  label: (outFile) => `Writing ${path.basename(outFile)}`,
  run: (outFile, input) => {
    const sqlite = new Database(outFile);
    try {
      // A throwaway file until the rename: keep the rollback journal in memory (OFF is refused in
      // better-sqlite3's defensive mode and silently stays DELETE, leaving a -journal file beside a killed build).
      sqlite.pragma("journal_mode = MEMORY");
      sqlite.pragma("synchronous = OFF");
      const db = drizzle(sqlite, { schema });
      migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
      const pro = db.transaction((tx) => {
        for (const write of WRITERS) write(tx, input);
        return writeProAnalyses(tx, input.sources.aiTools, input.profiles);
      });
      sqlite.exec("VACUUM");
      return { input, pro };
    } finally {
      sqlite.close();
    }
  },
  describe: ({ input: { matched, scored, dataVersion } }) => `${matched.taskRecords.length} tasks, ${scored.socs.length} occupations, data version ${dataVersion}`,
};
