import fs from "node:fs";

import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";

import { env } from "@/env";

import * as schema from "./schema";

export type ContentDb = BetterSQLite3Database<typeof schema>;

export class ContentDatabaseMissingError extends Error {
  constructor(file: string) {
    super(`The content database ${file} does not exist. Build it with \`npm run db:build\`.`);
    this.name = "ContentDatabaseMissingError";
  }
}

interface OpenContentDb {
  db: ContentDb;
  sqlite: Database.Database;
  inode: number;
  checkedAt: number;
  /** How many files this process has opened before this one: a new number for every rebuilt database. */
  generation: number;
}

// The importer replaces the file by rename; re-check the inode at most this often so a
// rebuilt database is picked up without a restart.
const SWAP_CHECK_MS = 2000;

const globalForDb = globalThis as unknown as { contentDb?: OpenContentDb };

function open(file: string, inode: number, generation: number): OpenContentDb {
  const sqlite = new Database(file, { readonly: true, fileMustExist: true });
  sqlite.pragma("query_only = ON");
  sqlite.pragma("cache_size = -32000");
  sqlite.pragma("mmap_size = 268435456");
  return { db: drizzle(sqlite, { schema }), sqlite, inode, checkedAt: Date.now(), generation };
}

/** The read-only content database, reopened automatically after `npm run db:build` swaps it. */
export function contentDb(file: string = env.CONTENT_DB_PATH): ContentDb {
  const current = globalForDb.contentDb;
  const now = Date.now();
  if (current !== undefined && now - current.checkedAt < SWAP_CHECK_MS) return current.db;
  let inode: number;
  try {
    inode = fs.statSync(file).ino;
  } catch {
    if (current !== undefined) return current.db;
    throw new ContentDatabaseMissingError(file);
  }
  if (current !== undefined && current.inode === inode) {
    current.checkedAt = now;
    return current.db;
  }
  const next = open(file, inode, (current?.generation ?? 0) + 1);
  // better-sqlite3 is synchronous: no query of the old handle can be in flight here.
  current?.sqlite.close();
  globalForDb.contentDb = next;
  return next.db;
}

/**
 * Which content database answers now, as a number that changes whenever `npm run db:build` has
 * swapped the file (an inode can be reused once the old file is gone; this counter cannot):
 * part of the key of anything rendered from the content and kept in memory.
 */
export function contentGeneration(file: string = env.CONTENT_DB_PATH): number {
  contentDb(file);
  return globalForDb.contentDb?.generation ?? 0;
}
