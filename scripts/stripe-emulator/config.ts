import path from "node:path";
import { z } from "zod";

/**
 * Emulator configuration. Reads the same variables as the app's env.ts (same names, same
 * defaults) but parses them here, so the emulator never imports app modules that may
 * become Next-only (`server-only`). tests/unit/stripe-emulator-config.test.ts checks
 * that the defaults and the seeded catalogue stay in step with the app's env.ts and plans.ts.
 */

/** The API version this emulator models; the pinned version of the installed `stripe` SDK. */
export const API_VERSION = "2026-10-28.endive";

export const EMULATOR_SECRET_KEY = "sk_test_emulator";
export const EMULATOR_WEBHOOK_SECRET = "whsec_emulator_local_only";

const emptyAsUndefined = (value: unknown) => (value === "" ? undefined : value);
const optionalString = z.preprocess(emptyAsUndefined, z.string().min(1).optional());
const optionalUrl = z.preprocess(emptyAsUndefined, z.url().optional());
const cents = z.preprocess(emptyAsUndefined, z.coerce.number().int().positive());

const envSchema = z.object({
  APP_URL: z.preprocess(emptyAsUndefined, z.url().default("http://localhost:3000")),
  DATA_DIR: z.preprocess(emptyAsUndefined, z.string().default(".data")),
  STRIPE_SECRET_KEY: z.preprocess(emptyAsUndefined, z.string().startsWith("sk_").default(EMULATOR_SECRET_KEY)),
  STRIPE_WEBHOOK_SECRET: z.preprocess(emptyAsUndefined, z.string().startsWith("whsec_").default(EMULATOR_WEBHOOK_SECRET)),
  STRIPE_EMULATOR_PORT: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(0).max(65535).default(12111)),
  STRIPE_EMULATOR_HOST: z.preprocess(emptyAsUndefined, z.string().default("127.0.0.1")),
  STRIPE_EMULATOR_WEBHOOK_URL: optionalUrl,
  STRIPE_EMULATOR_PUBLIC_URL: optionalUrl,
  STRIPE_EMULATOR_STATE: optionalString,
  PRO_PRICE_CENTS: cents.default(900),
  REPORT_PRICE_CENTS: cents.default(1200),
});

export interface EmulatorConfig {
  host: string;
  port: number;
  /** Accepted API key (`Authorization: Bearer <key>`). */
  secretKey: string;
  /** Secret used to sign webhook payloads (`Stripe-Signature`). */
  webhookSecret: string;
  /** Where events are POSTed. */
  webhookUrl: string;
  /** Base URL used in hosted-page links; defaults to the bound address. */
  publicUrl: string | undefined;
  /** JSON state file; `null` keeps state in memory only. */
  stateFile: string | null;
  proPriceCents: number;
  reportPriceCents: number;
}

export function configFromEnv(source: Record<string, string | undefined> = process.env): EmulatorConfig {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`).join("\n");
    throw new Error(`Invalid Stripe emulator configuration:\n${problems}`);
  }
  const env = parsed.data;
  return {
    host: env.STRIPE_EMULATOR_HOST,
    port: env.STRIPE_EMULATOR_PORT,
    secretKey: env.STRIPE_SECRET_KEY,
    webhookSecret: env.STRIPE_WEBHOOK_SECRET,
    webhookUrl: env.STRIPE_EMULATOR_WEBHOOK_URL ?? `${env.APP_URL.replace(/\/+$/, "")}/api/stripe/webhook`,
    publicUrl: env.STRIPE_EMULATOR_PUBLIC_URL?.replace(/\/+$/, ""),
    stateFile: path.resolve(env.STRIPE_EMULATOR_STATE ?? path.join(env.DATA_DIR, "stripe-emulator.json")),
    proPriceCents: env.PRO_PRICE_CENTS,
    reportPriceCents: env.REPORT_PRICE_CENTS,
  };
}
