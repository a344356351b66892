import { defineConfig } from "drizzle-kit";

/** Accounts database (users, sessions, billing). `npm run db:generate` writes migrations here; the app applies them on first open. */
export default defineConfig({
  dialect: "sqlite",
  schema: "./db/accounts/schema.ts",
  out: "./db/migrations/accounts",
  dbCredentials: { url: process.env.APP_DB_PATH ?? ".data/app.db" },
  strict: true,
  verbose: true,
});
