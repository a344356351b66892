import { defineConfig } from "drizzle-kit";

/**
 * Accounts database on PostgreSQL (used when DATABASE_URL is set). `npm run db:generate` writes
 * migrations here; the app applies them on first use under an advisory lock (db/accounts/client.ts).
 */
export default defineConfig({
  dialect: "postgresql",
  schema: "./db/accounts/schema-pg.ts",
  out: "./db/migrations/accounts-pg",
  dbCredentials: { url: process.env.DATABASE_URL ?? "postgres://localhost/aip" },
  strict: true,
  verbose: true,
});
