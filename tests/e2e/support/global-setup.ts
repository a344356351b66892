import fs from "node:fs";

import { APP_URL, E2E_APP_DB, E2E_DATA_DIR, EMULATOR_URL } from "./env";

/**
 * Runs after both servers are up (Playwright starts web servers first; the data wipe
 * happens in the first server's command). Checks that the run really uses the local
 * throwaway state: the emulator answers, and the app writes to `.data/e2e/app.db`.
 */
export default async function globalSetup(): Promise<void> {
  if (!fs.existsSync(E2E_DATA_DIR)) throw new Error(`${E2E_DATA_DIR} is missing: the data reset did not run`);

  const health = await fetch(`${EMULATOR_URL}/_emulator/health`);
  if (!health.ok) throw new Error(`Stripe emulator not healthy at ${EMULATOR_URL} (${health.status})`);
  const { webhook_url: webhookUrl } = (await health.json()) as { webhook_url: string };
  if (!webhookUrl.startsWith(APP_URL)) throw new Error(`emulator sends webhooks to ${webhookUrl}, not to ${APP_URL}`);

  // Touch a page that opens the accounts database, then make sure it is the e2e one.
  const page = await fetch(`${APP_URL}/sign-in`);
  if (!page.ok) throw new Error(`app not serving at ${APP_URL} (${page.status})`);
  if (!fs.existsSync(E2E_APP_DB)) throw new Error(`app did not open ${E2E_APP_DB}; is APP_DB_PATH passed through?`);
}
