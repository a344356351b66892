import os from "node:os";
import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // `server-only` throws outside a React Server Component bundle; unit tests import server modules directly.
      "server-only": path.resolve(import.meta.dirname, "tests/unit/support/server-only-noop.ts"),
    },
  },
  test: {
    // The Stripe emulator keeps its tests beside it (scripts/stripe-emulator/tests).
    include: ["tests/unit/**/*.test.ts", "tests/unit/**/*.test.tsx", "scripts/stripe-emulator/tests/**/*.test.ts"],
    environment: "node",
    // The offline defaults (emulator key, dev secrets) are allowed in local mode only (env.ts, schema in lib/validations/env.ts).
    env: { LOCAL_MODE: "1" },
    testTimeout: 180_000,
    hookTimeout: 240_000,
    pool: "forks",
    // Vitest's default leaves one core idle (cores − 1: a single worker on 2 cores); the heavy
    // files (importer, killed import, evidence) spend their time in their own builds, so every
    // core is worth a worker.
    maxWorkers: os.availableParallelism(),
  },
});
