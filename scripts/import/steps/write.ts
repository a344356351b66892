/** Step "write": a fresh database file, the content migrations, then every writer in one transaction. */
import path from "node:path";

import Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";

import * as schema from "@/db/content/schema";

import { WRITERS, type WriteInput } from "../write";
import type { Step } from "./step";

export const MIGRATIONS_FOLDER = path.resolve(import.meta.dirname, "../../../db/migrations/content");

export const writeStep: Step<[string, WriteInput], WriteInput> = {
  label: (outFile) => `Writing ${path.basename(outFile)}`,
  run: (outFile, input) => {
    const sqlite = new Database(outFile);
    try {
      sqlite.pragma("journal_mode = OFF");
      sqlite.pragma("synchronous = OFF");
      const db = drizzle(sqlite, { schema });
      migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
      db.transaction((tx) => {
        for (const write of WRITERS) write(tx, input);
      });
      sqlite.exec("VACUUM");
    } finally {
      sqlite.close();
    }
    return input;
  },
  describe: ({ matched, scored, dataVersion }) => `${matched.taskRecords.length} tasks, ${scored.socs.length} occupations, data version ${dataVersion}`,
};
