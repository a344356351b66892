import fs from "node:fs";
import path from "node:path";

import Database from "better-sqlite3";
import type { RunResult } from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import type { BaseSQLiteDatabase } from "drizzle-orm/sqlite-core";

import { env } from "@/env";

import * as schema from "./schema";

/**
 * Opens the accounts database (users, sessions, billing). Deliberately free of
 * `server-only` so scripts and tests can use it; it holds no secrets. Migrations in
 * `db/migrations/accounts/` are applied on first open.
 */

export type AccountsSchema = typeof schema;
export type AccountsDb = BetterSQLite3Database<AccountsSchema> & { $client: Database.Database };
/** The database or a transaction on it: every query function accepts either. */
export type AccountsConn = BaseSQLiteDatabase<"sync", RunResult, AccountsSchema>;

export const ACCOUNTS_MIGRATIONS_FOLDER = path.join(process.cwd(), "db", "migrations", "accounts");

/** How long a write waits for another writer's lock before SQLITE_BUSY. */
export const ACCOUNTS_BUSY_TIMEOUT_MS = 1500;

const globalForDb = globalThis as unknown as { __accountsDbs?: Map<string, AccountsDb> };

/** Opens (or returns the already open) accounts database at `filePath`, migrated. */
export function openAccountsDb(filePath: string): AccountsDb {
  const resolved = path.resolve(filePath);
  const cache = (globalForDb.__accountsDbs ??= new Map());
  const cached = cache.get(resolved);
  if (cached) return cached;

  fs.mkdirSync(path.dirname(resolved), { recursive: true });
  const sqlite = new Database(resolved);
  sqlite.pragma("journal_mode = WAL");
  // Wait at most this long for another writer, then fail with SQLITE_BUSY, which routes
  // answer as 503 + Retry-After (lib/server/db-busy.ts) instead of stalling every request.
  sqlite.pragma(`busy_timeout = ${ACCOUNTS_BUSY_TIMEOUT_MS}`);
  // FULL: every commit fsyncs the WAL, so a webhook effect acknowledged to Stripe (2xx)
  // survives a power cut (NORMAL may lose the last commits). Writes here are rare.
  sqlite.pragma("synchronous = FULL");
  sqlite.pragma("foreign_keys = ON");

  const db = drizzle(sqlite, { schema });
  migrate(db, { migrationsFolder: ACCOUNTS_MIGRATIONS_FOLDER });
  cache.set(resolved, db);
  return db;
}

/** The app's accounts database at `env.APP_DB_PATH`, opened lazily on first use. */
export function accountsDb(): AccountsDb {
  return openAccountsDb(env.APP_DB_PATH);
}

/** Closes a database opened with `openAccountsDb` (tests and scripts). */
export function closeAccountsDb(filePath: string): void {
  const resolved = path.resolve(filePath);
  const db = globalForDb.__accountsDbs?.get(resolved);
  if (!db) return;
  db.$client.close();
  globalForDb.__accountsDbs?.delete(resolved);
}
