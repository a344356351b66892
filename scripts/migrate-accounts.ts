/**
 * Creates or migrates the accounts database: PostgreSQL at DATABASE_URL when it is set,
 * else the SQLite file at APP_DB_PATH (default `.data/app.db`). The app also migrates on
 * first use (on PostgreSQL under an advisory lock); this script is for deploys and fresh clones.
 */
import { accountsConn, closeAccountsConn, migrateAccounts } from "@/db/accounts/client";
import { env } from "@/env";

/** The URL without its password, for the log line. */
function describePostgres(url: string): string {
  const parsed = new URL(url);
  parsed.password = "";
  return parsed.toString();
}

const conn = accountsConn();
const { dialect, tables } = await migrateAccounts(conn);
const where = dialect === "postgres" && env.DATABASE_URL ? `PostgreSQL ${describePostgres(env.DATABASE_URL)}` : `SQLite ${env.APP_DB_PATH}`;
console.log(`accounts database ready on ${where} (${tables.length} tables: ${tables.join(", ")})`);
await closeAccountsConn(conn);
