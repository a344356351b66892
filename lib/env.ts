import path from "node:path";
import { z } from "zod";

/**
 * The one place that reads process.env. Every value has an offline default so a fresh
 * clone runs with no configuration: content and accounts in `.data/`, Stripe pointed at
 * the local emulator. Setting real Stripe keys (and STRIPE_API_URL=https://api.stripe.com,
 * the default once a real key is set) switches to Stripe without code changes.
 */
const EMULATOR_SECRET_KEY = "sk_test_emulator";
const EMULATOR_WEBHOOK_SECRET = "whsec_emulator_local_only";
const DEV_AUTH_SECRET = "dev-only-secret-change-me-in-production-0123456789";

const emptyAsUndefined = (value: unknown) => (value === "" ? undefined : value);
const optionalString = z.preprocess(emptyAsUndefined, z.string().min(1).optional());
const cents = z.preprocess(emptyAsUndefined, z.coerce.number().int().positive());

const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    APP_URL: z.preprocess(emptyAsUndefined, z.url().default("http://localhost:3000")),
    DATA_DIR: z.preprocess(emptyAsUndefined, z.string().default(".data")),
    CONTENT_DB_PATH: optionalString,
    APP_DB_PATH: optionalString,
    AUTH_SECRET: z.preprocess(
      emptyAsUndefined,
      z.string().min(32, "AUTH_SECRET must be at least 32 characters").default(DEV_AUTH_SECRET),
    ),
    SMTP_URL: optionalString,
    MAIL_FROM: z.preprocess(emptyAsUndefined, z.string().default("AI Pressure <no-reply@localhost>")),
    STRIPE_SECRET_KEY: z.preprocess(emptyAsUndefined, z.string().startsWith("sk_").default(EMULATOR_SECRET_KEY)),
    STRIPE_WEBHOOK_SECRET: z.preprocess(emptyAsUndefined, z.string().startsWith("whsec_").default(EMULATOR_WEBHOOK_SECRET)),
    STRIPE_API_URL: optionalString,
    STRIPE_EMULATOR_PORT: z.preprocess(emptyAsUndefined, z.coerce.number().int().positive().default(12111)),
    STRIPE_PRO_PRICE_ID: optionalString,
    STRIPE_REPORT_PRICE_ID: optionalString,
    PRO_PRICE_CENTS: cents.default(900),
    REPORT_PRICE_CENTS: cents.default(1200),
    /** Magic-link requests allowed per client IP per 15 minutes (per email it is 5). */
    SIGN_IN_LIMIT_PER_IP: z.preprocess(emptyAsUndefined, z.coerce.number().int().positive().default(20)),
    /** Magic-link verifications allowed per client IP per minute (better-auth's limiter). */
    LINK_VERIFY_LIMIT_PER_MINUTE: z.preprocess(emptyAsUndefined, z.coerce.number().int().positive().default(10)),
  })
  .superRefine((env, ctx) => {
    // With real money involved, the offline defaults would be a hole: refuse to start.
    if (env.NODE_ENV !== "production" || env.STRIPE_SECRET_KEY === EMULATOR_SECRET_KEY) return;
    if (env.AUTH_SECRET === DEV_AUTH_SECRET) {
      ctx.addIssue({ code: "custom", path: ["AUTH_SECRET"], message: "set a secret of your own when real Stripe keys are used (e.g. openssl rand -base64 32)" });
    }
    if (env.STRIPE_WEBHOOK_SECRET === EMULATOR_WEBHOOK_SECRET) {
      ctx.addIssue({ code: "custom", path: ["STRIPE_WEBHOOK_SECRET"], message: "set the signing secret of your Stripe webhook endpoint when real Stripe keys are used" });
    }
  })
  .transform((env) => {
    const usesEmulatorKey = env.STRIPE_SECRET_KEY === EMULATOR_SECRET_KEY;
    return {
      ...env,
      // Runtime data paths, not bundle inputs: keep the tracer from pulling in the whole project.
      CONTENT_DB_PATH: path.resolve(/* turbopackIgnore: true */ env.CONTENT_DB_PATH ?? path.join(env.DATA_DIR, "content.db")),
      APP_DB_PATH: path.resolve(/* turbopackIgnore: true */ env.APP_DB_PATH ?? path.join(env.DATA_DIR, "app.db")),
      STRIPE_API_URL:
        env.STRIPE_API_URL ?? (usesEmulatorKey ? `http://127.0.0.1:${env.STRIPE_EMULATOR_PORT}` : "https://api.stripe.com"),
      /** True when the dev outbox page and test-only controls may be exposed. */
      LOCAL_MODE: usesEmulatorKey || env.NODE_ENV !== "production",
    };
  });

export type Env = z.infer<typeof envSchema>;

/** Parses an environment (process.env by default); throws one error listing every problem. */
export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`).join("\n");
    throw new Error(`Invalid environment configuration:\n${problems}`);
  }
  return parsed.data;
}

export const env: Env = parseEnv();
