import { defineConfig, devices } from "@playwright/test";

import { APP_PORT, APP_URL, E2E_SERVER_ENV, EMULATOR_URL } from "./tests/e2e/support/env";

/**
 * Browser journeys against the production build (`next build` first) and the local
 * Stripe emulator, each with fresh state under `.data/e2e/`. Chromium is the system one
 * (/usr/bin/chromium); `playwright install` is never needed.
 */
const CI = !!process.env.CI;

export default defineConfig({
  testDir: "./tests/e2e",
  testMatch: "**/*.spec.ts",
  outputDir: "test-results/e2e",
  fullyParallel: false,
  workers: 2,
  retries: CI ? 1 : 0,
  forbidOnly: CI,
  reporter: "list",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  globalSetup: "./tests/e2e/support/global-setup.ts",
  use: {
    baseURL: APP_URL,
    headless: true,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
  },
  projects: [
    { name: "chromium", testIgnore: "**/unknown-urls.spec.ts", use: { ...devices["Desktop Chrome"], channel: undefined } },
    // Measures the size of .next, so it runs alone once every other journey has finished.
    { name: "disk", testMatch: "**/unknown-urls.spec.ts", dependencies: ["chromium"], use: { ...devices["Desktop Chrome"], channel: undefined } },
  ],
  webServer: [
    {
      // Resets .data/e2e first: web servers start before globalSetup.
      command: "npx tsx tests/e2e/support/reset-data.ts && npm run --silent emulator",
      url: `${EMULATOR_URL}/_emulator/health`,
      env: E2E_SERVER_ENV,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: "ignore",
      stderr: "pipe",
    },
    {
      // Local mode binds to loopback only; APP_URL's localhost resolves to 127.0.0.1.
      command: `npx next start -H 127.0.0.1 -p ${APP_PORT}`,
      url: `${APP_URL}/sign-in`,
      env: E2E_SERVER_ENV,
      reuseExistingServer: false,
      timeout: 120_000,
      // Server log (webhook lines, outbox links) with E2E_VERBOSE=1.
      stdout: process.env.E2E_VERBOSE ? "pipe" : "ignore",
      stderr: "pipe",
    },
  ],
});
