import { defineConfig, devices } from "@playwright/test";

/**
 * Journeys against the multi-instance cluster (nginx → two `next start` → PostgreSQL), which
 * `npm run test:scale` (scripts/deploy/test-scale.sh) starts before and stops after: no web
 * servers here. Same browser as the main suite (Debian's Chromium).
 */
const clusterUrl = process.env.CLUSTER_URL;
if (!clusterUrl) throw new Error("CLUSTER_URL is not set: run the scale journeys with `npm run test:scale`");

export default defineConfig({
  testDir: "./tests/scale",
  testMatch: "**/*.spec.ts",
  outputDir: "test-results/scale",
  // One worker: some journeys stop an instance or PostgreSQL, which the others must not see.
  workers: 1,
  fullyParallel: false,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: !!process.env.CI,
  reporter: "list",
  timeout: 90_000,
  expect: { timeout: 15_000 },
  use: {
    baseURL: clusterUrl,
    headless: true,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
});
