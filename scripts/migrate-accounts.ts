/**
 * Creates or migrates the accounts database at APP_DB_PATH (default `.data/app.db`).
 * The app also migrates on first open; this script is for deploys and fresh clones.
 */
import { accountsDb } from "@/db/accounts/client";
import { env } from "@/env";

const db = accountsDb();
const tables = db.$client
  .prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like '__drizzle%' order by name")
  .all() as { name: string }[];
console.log(`accounts database ready at ${env.APP_DB_PATH} (${tables.length} tables: ${tables.map((t) => t.name).join(", ")})`);
db.$client.close();
