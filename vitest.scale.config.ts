import { defineConfig } from "vitest/config";

import unitConfig from "./vitest.config";

/**
 * `npm run test:scale` (scripts/deploy/test-scale.sh): tests that need PostgreSQL and the
 * nginx cluster. The runner starts both and passes TEST_DATABASE_URL / CLUSTER_URL; the main
 * suite (vitest.config.ts, whose aliases this reuses) never picks these files up.
 */
export default defineConfig({
  resolve: unitConfig.resolve,
  test: {
    include: ["tests/scale/**/*.test.ts"],
    environment: "node",
    env: { LOCAL_MODE: "1" },
    testTimeout: 120_000,
    hookTimeout: 180_000,
    pool: "forks",
    // Files share one PostgreSQL server and one cluster: run them one after another.
    fileParallelism: false,
  },
});
