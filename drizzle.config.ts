import { defineConfig } from "drizzle-kit";

// Content database (rebuilt by `npm run db:build`). The accounts database has its own
// config: drizzle.accounts.config.ts.
export default defineConfig({
  dialect: "sqlite",
  schema: "./db/content/schema.ts",
  out: "./db/migrations/content",
  dbCredentials: { url: process.env.CONTENT_DB_PATH ?? ".data/content.db" },
});
