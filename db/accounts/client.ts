import { AsyncLocalStorage } from "node:async_hooks";
import fs from "node:fs";
import path from "node:path";

import Database from "better-sqlite3";
import { is } from "drizzle-orm";
import { drizzle as drizzleSqlite, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { migrate as migrateSqlite } from "drizzle-orm/better-sqlite3/migrator";
import { drizzle as drizzlePg, type NodePgQueryResultHKT } from "drizzle-orm/node-postgres";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import type { PgDatabase } from "drizzle-orm/pg-core";
import { BaseSQLiteDatabase } from "drizzle-orm/sqlite-core";
import pg from "pg";

import { env } from "@/env";

import * as sqliteSchema from "./schema";
import * as pgSchema from "./schema-pg";

/**
 * The accounts connection (users, sessions, billing): PostgreSQL when `DATABASE_URL` is set,
 * else the SQLite file at `APP_DB_PATH`. Deliberately free of `server-only` so scripts and
 * tests can use it; it holds no secrets. Migrations (db/migrations/accounts[-pg]/) are applied
 * on first use.
 *
 * One query module serves both dialects (queries.ts). The one cast that makes that type-check:
 * a connection is typed as the PostgreSQL drizzle database and `tablesOf(conn)` as the
 * PostgreSQL tables, while on SQLite they are the better-sqlite3 database and the SQLite
 * tables. Both have the same property and column names, and the builder calls queries.ts uses
 * (select/insert/update/delete, returning, onConflict…, limit, drizzle operators) exist on
 * both with the same results, so the SQLite objects stand in for them at run time; each
 * dialect's column types map Dates and booleans to its own storage.
 */

export type AccountsTables = typeof pgSchema;
/** The app's connection or a transaction on it: every query function accepts either. */
export type AccountsConn = PgDatabase<NodePgQueryResultHKT, AccountsTables>;
/** The SQLite database itself (tests and scripts that read tables directly). */
export type AccountsSqliteDb = BetterSQLite3Database<typeof sqliteSchema> & { $client: Database.Database };
export type AccountsDialect = "sqlite" | "postgres";
export type AccountsTarget = { sqlitePath: string } | { url: string };

export const ACCOUNTS_MIGRATIONS_FOLDER = path.join(process.cwd(), "db", "migrations", "accounts");
export const ACCOUNTS_PG_MIGRATIONS_FOLDER = path.join(process.cwd(), "db", "migrations", "accounts-pg");

/** How long a SQLite write waits for another process's lock before SQLITE_BUSY. */
export const ACCOUNTS_BUSY_TIMEOUT_MS = 1500;
/** Per instance: two instances and a script stay well under PostgreSQL's default 100 connections. */
export const ACCOUNTS_PG_POOL_SIZE = 10;
/** A PostgreSQL that is down or full fails a request after this long (503, lib/server/db-busy.ts) instead of hanging it. */
export const ACCOUNTS_PG_CONNECT_TIMEOUT_MS = 3000;
/** pg_advisory_lock key held while migrating, so instances starting together migrate one at a time. */
const PG_MIGRATION_LOCK_KEY = 1_702_017;

// ---------------------------------------------------------------------------------------
// The SQLite write lock
// ---------------------------------------------------------------------------------------

/**
 * better-sqlite3 runs statements synchronously on one connection, so an async transaction body
 * (awaits between statements) would let another request's write land inside it, and its reads
 * see the open transaction's uncommitted rows. Transactions hold this in-process lock from
 * BEGIN to COMMIT, and every statement on the root connection waits for it; code running inside
 * the holder's async context (AsyncLocalStorage) passes straight through, so a transaction body
 * may call any query.
 */
class ConnectionLock {
  private tail: Promise<void> = Promise.resolve();
  private readonly holder = new AsyncLocalStorage<object>();
  /** One token per hold: a callback that outlives its transaction does not count as holding a later one. */
  private current: object | null = null;

  get busy(): boolean {
    return this.current !== null;
  }

  heldHere(): boolean {
    return this.current !== null && this.holder.getStore() === this.current;
  }

  async run<T>(fn: () => Promise<T>): Promise<T> {
    if (this.heldHere()) return fn();
    const previous = this.tail;
    let release = () => {};
    this.tail = new Promise<void>((resolve) => (release = resolve));
    await previous;
    const token = {};
    this.current = token;
    try {
      return await this.holder.run(token, fn);
    } finally {
      this.current = null;
      release();
    }
  }
}

type Executable = { execute(): Promise<unknown> };
const isExecutable = (value: object): value is Executable => typeof (value as Partial<Executable>).execute === "function";
/** Insert/update/select builders before their first chained call have `values`/`set`/`from` but no `execute` yet. */
const isBuilder = (value: unknown): value is object =>
  typeof value === "object" && value !== null && ["execute", "values", "set", "from"].some((key) => typeof (value as Record<string, unknown>)[key] === "function");
const SYNC_RUNNERS = new Set<PropertyKey>(["run", "all", "get", "values"]);
const PROMISE_METHODS = new Set<PropertyKey>(["then", "catch", "finally"]);

/** A query builder whose execution (await, .execute()) first takes the lock. */
function lockedBuilder(builder: object, lock: ConnectionLock): object {
  return new Proxy(builder, {
    get(target, prop) {
      if (isExecutable(target) && (PROMISE_METHODS.has(prop) || prop === "execute")) {
        const locked = () => lock.run(() => target.execute());
        if (prop === "execute") return locked;
        return (...args: unknown[]) => {
          const promise = locked() as unknown as Record<PropertyKey, (...a: unknown[]) => unknown>;
          return promise[prop as string]!(...args);
        };
      }
      const value: unknown = Reflect.get(target, prop);
      if (typeof value !== "function") return value;
      if (isExecutable(target) && SYNC_RUNNERS.has(prop) && lock.busy && !lock.heldHere()) {
        throw new Error("synchronous statement on the accounts database while a transaction is open: await the query instead");
      }
      return (...args: unknown[]) => {
        const result: unknown = value.apply(target, args);
        return isBuilder(result) ? lockedBuilder(result, lock) : result;
      };
    },
  });
}

const LOCKED_BUILDERS = new Set<PropertyKey>(["select", "selectDistinct", "insert", "update", "delete"]);

/** The root SQLite database with every statement built on it queued behind the lock. */
function lockStatements(raw: AccountsSqliteDb, lock: ConnectionLock): AccountsSqliteDb {
  return new Proxy(raw, {
    get(target, prop) {
      const value: unknown = Reflect.get(target, prop);
      if (typeof value !== "function") return value;
      if (LOCKED_BUILDERS.has(prop)) {
        return (...args: unknown[]) => lockedBuilder(value.apply(target, args) as object, lock);
      }
      return value.bind(target);
    },
  });
}

// ---------------------------------------------------------------------------------------
// Opening connections
// ---------------------------------------------------------------------------------------

type SqliteState = { dialect: "sqlite"; key: string; raw: AccountsSqliteDb; root: AccountsSqliteDb; lock: ConnectionLock };
type PgState = { dialect: "postgres"; key: string; pool: pg.Pool; migrated: () => Promise<void> };
type ConnState = SqliteState | PgState;

// On globalThis, like the cache: a second copy of this module (dev reloads, another server bundle) must
// still recognise a connection the first one opened, or a SQLite connection would pass for PostgreSQL.
const globalForDb = globalThis as unknown as { __accountsConns?: Map<string, AccountsConn>; __accountsConnStates?: WeakMap<object, ConnState> };
/** Root connections and SQLite transaction handles → their state (a PostgreSQL transaction is not listed: it is a pg connection). */
const states = (globalForDb.__accountsConnStates ??= new WeakMap<object, ConnState>());

function openSqlite(filePath: string, key: string): AccountsConn {
  fs.mkdirSync(path.dirname(filePath), { recursive: true });
  const sqlite = new Database(filePath);
  sqlite.pragma("journal_mode = WAL");
  // Wait at most this long for another process's writer, then fail with SQLITE_BUSY, which routes
  // answer as 503 + Retry-After (lib/server/db-busy.ts) instead of stalling every request.
  sqlite.pragma(`busy_timeout = ${ACCOUNTS_BUSY_TIMEOUT_MS}`);
  // FULL: every commit fsyncs the WAL, so a webhook effect acknowledged to Stripe (2xx)
  // survives a power cut (NORMAL may lose the last commits). Writes here are rare.
  sqlite.pragma("synchronous = FULL");
  sqlite.pragma("foreign_keys = ON");
  const raw = drizzleSqlite(sqlite, { schema: sqliteSchema });
  migrateSqlite(raw, { migrationsFolder: ACCOUNTS_MIGRATIONS_FOLDER });
  const lock = new ConnectionLock();
  const root = lockStatements(raw, lock);
  const state: SqliteState = { dialect: "sqlite", key, raw, root, lock };
  states.set(root, state);
  states.set(raw, state);
  return root as unknown as AccountsConn; // the documented cast (top of file)
}

/** Applies the PostgreSQL migrations once per pool, one instance at a time; a failure is retried on the next use. */
async function migratePostgres(connect: () => Promise<pg.PoolClient>): Promise<void> {
  const client = await connect();
  let failure: Error | undefined;
  try {
    await client.query("select pg_advisory_lock($1)", [PG_MIGRATION_LOCK_KEY]);
    try {
      await migratePg(drizzlePg({ client }), { migrationsFolder: ACCOUNTS_PG_MIGRATIONS_FOLDER });
    } finally {
      await client.query("select pg_advisory_unlock($1)", [PG_MIGRATION_LOCK_KEY]);
    }
  } catch (error) {
    failure = error instanceof Error ? error : new Error(String(error));
    throw error;
  } finally {
    client.release(failure);
  }
}

function openPostgres(url: string, key: string): AccountsConn {
  const pool = new pg.Pool({
    connectionString: url,
    max: ACCOUNTS_PG_POOL_SIZE,
    connectionTimeoutMillis: ACCOUNTS_PG_CONNECT_TIMEOUT_MS,
    idleTimeoutMillis: 30_000,
    // Scripts end when their work is done instead of waiting for idle clients to time out.
    allowExitOnIdle: true,
  });
  // An idle client whose server went away emits 'error' on the pool; unhandled it would kill the process.
  pool.on("error", (error) => {
    noteAccountsReachable(false);
    console.warn(`[db] idle PostgreSQL connection closed: ${error.message}`);
  });

  type ConnectCallback = (error: Error | undefined, client?: pg.PoolClient, done?: (release?: unknown) => void) => void;
  const original = pool.connect.bind(pool) as (callback?: ConnectCallback) => Promise<pg.PoolClient> | undefined;
  const connect = () => original() as Promise<pg.PoolClient>;
  let migration: Promise<void> | null = null;
  const migrated = () =>
    (migration ??= migratePostgres(connect).catch((error: unknown) => {
      migration = null;
      throw error;
    }));
  // Every statement takes a client through connect() (pool.query calls it with a callback), so
  // gating it applies the migrations before the first statement without an await in every query.
  pool.connect = ((callback?: ConnectCallback) => {
    if (!callback) return migrated().then(connect);
    const noted: ConnectCallback = (error, client, done) => {
      noteAccountsReachable(!error);
      callback(error, client, done);
    };
    migrated().then(
      () => original(noted),
      (error: Error) => noted(error),
    );
    return undefined;
  }) as typeof pool.connect;

  const db = drizzlePg({ client: pool, schema: pgSchema });
  states.set(db, { dialect: "postgres", key, pool, migrated });
  return db;
}

// ---------------------------------------------------------------------------------------
// Reachability (PostgreSQL)
// ---------------------------------------------------------------------------------------

/**
 * Whether the last thing the PostgreSQL pool saw was a failure (a refused or timed-out
 * connect, an idle connection the server dropped) rather than a connection made. Kept on
 * globalThis: the request hook that reads it (lib/server/db-busy.ts) and the pages that
 * query run in different bundles, each with its own copy of this module.
 */
const reachability = ((globalThis as unknown as { __accountsReachability?: { lastFailureAt: number; lastSuccessAt: number } }).__accountsReachability ??= {
  lastFailureAt: 0,
  lastSuccessAt: 0,
});

export function noteAccountsReachable(reachable: boolean, now = Date.now()): void {
  if (reachable) reachability.lastSuccessAt = now;
  else reachability.lastFailureAt = now;
}

/** True while PostgreSQL is failing: its last event was a failure, within the last `withinMs`. */
export function accountsUnreachable(now = Date.now(), withinMs = 30_000): boolean {
  return reachability.lastFailureAt > reachability.lastSuccessAt && now - reachability.lastFailureAt <= withinMs;
}

const targetKey = (target: AccountsTarget) => ("url" in target ? target.url : `sqlite:${path.resolve(target.sqlitePath)}`);

/** Opens (or returns the already open) accounts connection for `target`. */
export function openAccountsConn(target: AccountsTarget): AccountsConn {
  const key = targetKey(target);
  const cache = (globalForDb.__accountsConns ??= new Map());
  const cached = cache.get(key);
  if (cached) return cached;
  const conn = "url" in target ? openPostgres(target.url, key) : openSqlite(path.resolve(target.sqlitePath), key);
  cache.set(key, conn);
  return conn;
}

/** The app's accounts connection (`DATABASE_URL`, else `APP_DB_PATH`), opened lazily on first use. */
export function accountsConn(): AccountsConn {
  return openAccountsConn(env.DATABASE_URL ? { url: env.DATABASE_URL } : { sqlitePath: env.APP_DB_PATH });
}

/** Closes a connection opened with `openAccountsConn` (tests and scripts). */
export async function closeAccountsConn(target: AccountsTarget | AccountsConn): Promise<void> {
  const key = "sqlitePath" in target || "url" in target ? targetKey(target) : states.get(target)?.key;
  const conn = key === undefined ? undefined : globalForDb.__accountsConns?.get(key);
  if (!key || !conn) return;
  globalForDb.__accountsConns?.delete(key);
  const state = states.get(conn);
  if (state?.dialect === "sqlite") state.raw.$client.close();
  else if (state) await state.pool.end();
}

// ---------------------------------------------------------------------------------------
// Dialect-aware helpers for the query module
// ---------------------------------------------------------------------------------------

/** By drizzle's own class marks, so a PostgreSQL transaction (never registered here) is recognised too. */
export function accountsDialect(conn: AccountsConn): AccountsDialect {
  return is(conn, BaseSQLiteDatabase) ? "sqlite" : "postgres";
}

/** The tables to build queries with on this connection (see the cast at the top of the file). */
export function tablesOf(conn: AccountsConn): AccountsTables {
  return accountsDialect(conn) === "sqlite" ? (sqliteSchema as unknown as AccountsTables) : pgSchema;
}

/** The SQLite database behind a connection (tests and scripts); throws on PostgreSQL. */
export function sqliteHandle(conn: AccountsConn): AccountsSqliteDb {
  const state = states.get(conn);
  if (state?.dialect !== "sqlite") throw new Error("not a SQLite accounts connection");
  return state.root;
}

let savepoints = 0;

/**
 * Runs `body` in one transaction: committed when it resolves, rolled back when it throws.
 * PostgreSQL: drizzle's transaction on a pooled client (nested: a savepoint). SQLite: the
 * connection lock is held from BEGIN IMMEDIATE to COMMIT/ROLLBACK, so statements from other
 * requests wait outside it; nested calls use a savepoint.
 */
export async function withTransaction<T>(conn: AccountsConn, body: (tx: AccountsConn) => Promise<T>): Promise<T> {
  const state = states.get(conn);
  if (state?.dialect !== "sqlite") return conn.transaction((tx) => body(tx));
  const { raw, lock } = state;
  const tx = raw as unknown as AccountsConn;
  if (lock.heldHere()) {
    const name = `nested_${(savepoints += 1)}`;
    raw.$client.exec(`SAVEPOINT ${name}`);
    try {
      const result = await body(tx);
      raw.$client.exec(`RELEASE ${name}`);
      return result;
    } catch (error) {
      raw.$client.exec(`ROLLBACK TO ${name}; RELEASE ${name}`);
      throw error;
    }
  }
  return lock.run(async () => {
    raw.$client.exec("BEGIN IMMEDIATE");
    try {
      const result = await body(tx);
      raw.$client.exec("COMMIT");
      return result;
    } catch (error) {
      if (raw.$client.inTransaction) raw.$client.exec("ROLLBACK");
      throw error;
    }
  });
}

/**
 * Applies pending migrations now (SQLite migrates when opened; PostgreSQL on first use) and
 * lists the tables, for `npm run db:migrate`.
 */
export async function migrateAccounts(conn: AccountsConn): Promise<{ dialect: AccountsDialect; tables: string[] }> {
  const state = states.get(conn);
  if (!state) throw new Error("not a root accounts connection");
  if (state.dialect === "sqlite") {
    const rows = state.raw.$client
      .prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like '__drizzle%' order by name")
      .all() as { name: string }[];
    return { dialect: "sqlite", tables: rows.map((row) => row.name) };
  }
  await state.migrated();
  const result = await state.pool.query<{ name: string }>(
    "select table_name as name from information_schema.tables where table_schema = current_schema() order by table_name",
  );
  return { dialect: "postgres", tables: result.rows.map((row) => row.name) };
}
