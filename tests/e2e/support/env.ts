/**
 * The e2e environment: a production build on :3100 and the Stripe emulator on :12199
 * (E2E_APP_PORT / E2E_EMULATOR_PORT move them, so two checkouts can run their suites side by
 * side), with their own throwaway state under `.data/e2e/` (never the dev databases).
 */
import path from "node:path";

export const APP_PORT = Number(process.env.E2E_APP_PORT ?? 3100);
export const EMULATOR_PORT = Number(process.env.E2E_EMULATOR_PORT ?? 12199);
export const APP_URL = `http://localhost:${APP_PORT}`;
export const EMULATOR_URL = `http://127.0.0.1:${EMULATOR_PORT}`;

export const E2E_DATA_DIR = path.resolve(".data", "e2e");
export const E2E_APP_DB = path.join(E2E_DATA_DIR, "app.db");
export const E2E_EMULATOR_STATE = path.join(E2E_DATA_DIR, "stripe-emulator.json");

/** The emulator's default signing secret (lib/validations/env.ts and scripts/stripe-emulator/config.ts). */
export const E2E_WEBHOOK_SECRET = "whsec_emulator_local_only";
export const E2E_SECRET_KEY = "sk_test_emulator";

/** Environment shared by both servers. Real Stripe keys in the caller's env are overridden. */
export const E2E_SERVER_ENV: Record<string, string> = {
  // The emulator key, its webhook secret and the dev AUTH_SECRET are accepted in local mode only.
  LOCAL_MODE: "1",
  APP_URL,
  STRIPE_API_URL: EMULATOR_URL,
  STRIPE_EMULATOR_PORT: String(EMULATOR_PORT),
  STRIPE_EMULATOR_STATE: E2E_EMULATOR_STATE,
  STRIPE_SECRET_KEY: E2E_SECRET_KEY,
  STRIPE_WEBHOOK_SECRET: E2E_WEBHOOK_SECRET,
  STRIPE_PRO_PRICE_ID: "",
  STRIPE_REPORT_PRICE_ID: "",
  APP_DB_PATH: E2E_APP_DB,
  SMTP_URL: "",
  // Every journey signs in from the same loopback address; the per-IP limits are unit-tested.
  SIGN_IN_LIMIT_PER_IP: "1000",
  LINK_VERIFY_LIMIT_PER_MINUTE: "1000",
};
