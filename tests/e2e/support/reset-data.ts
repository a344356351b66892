/**
 * Wipes `.data/e2e/` before the servers start (run as part of the first webServer
 * command: Playwright starts web servers before globalSetup, so globalSetup would be too
 * late). Refuses to touch anything outside that directory.
 */
import fs from "node:fs";
import path from "node:path";

import { E2E_DATA_DIR } from "./env";

const root = path.resolve(".data");
if (path.dirname(E2E_DATA_DIR) !== root || path.basename(E2E_DATA_DIR) !== "e2e") {
  throw new Error(`refusing to wipe ${E2E_DATA_DIR}: not .data/e2e`);
}
fs.rmSync(E2E_DATA_DIR, { recursive: true, force: true });
fs.mkdirSync(E2E_DATA_DIR, { recursive: true });
console.log(`[e2e] reset ${path.relative(process.cwd(), E2E_DATA_DIR)}/`);
