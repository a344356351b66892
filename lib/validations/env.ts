import path from "node:path";
import { z } from "zod";

import { emptyAsUndefined } from "@/lib/http/params";

/**
 * The environment's schema: pure, it parses the record it is given (the root env.ts hands it
 * process.env and is the only reader of it). Local mode (LOCAL_MODE=1, set by `npm run up`, the
 * dev script and the test runs) is the only switch for the offline defaults: the emulator key
 * and webhook secret, the dev AUTH_SECRET, and the /dev/outbox page; the app then must bind to
 * loopback (instrumentation.ts). Without it those defaults are refused, so a server reachable
 * by others never signs sessions with a published secret. Setting real Stripe keys (and
 * STRIPE_API_URL=https://api.stripe.com, the default once a real key is set) switches to
 * Stripe without code changes.
 */
const EMULATOR_SECRET_KEY = "sk_test_emulator";
const EMULATOR_WEBHOOK_SECRET = "whsec_emulator_local_only";
const DEV_AUTH_SECRET = "dev-only-secret-change-me-in-production-0123456789";

const optionalString = z.preprocess(emptyAsUndefined, z.string().min(1).optional());
const cents = z.preprocess(emptyAsUndefined, z.coerce.number().int().positive());
const flag = z.preprocess(emptyAsUndefined, z.enum(["1", "true", "0", "false"]).default("0")).transform((value) => value === "1" || value === "true");

const isLocalHostname = (hostname: string) => ["localhost", "127.0.0.1", "[::1]", "0.0.0.0"].includes(hostname) || hostname.endsWith(".localhost");

const envFields = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  NEXT_PHASE: optionalString,
  /** Local mode: offline secrets, /dev/outbox, loopback-only binding. Never on a reachable server. */
  LOCAL_MODE: flag,
  /** Reverse proxies in front of the app that append to X-Forwarded-For (0: the socket address is the client). */
  TRUSTED_PROXY_HOPS: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(0).max(10).default(0)),
  APP_URL: z.preprocess(emptyAsUndefined, z.url().default("http://localhost:3000")),
  DATA_DIR: z.preprocess(emptyAsUndefined, z.string().default(".data")),
  CONTENT_DB_PATH: optionalString,
  APP_DB_PATH: optionalString,
  /** Accounts on PostgreSQL (postgres://user:pass@host:5432/db), shared by every app instance; unset: the SQLite file at APP_DB_PATH. */
  DATABASE_URL: z.preprocess(emptyAsUndefined, z.url({ protocol: /^postgres(ql)?$/, error: "must be a postgres:// or postgresql:// URL" }).optional()),
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
  /** Magic-link requests allowed per client IP per 15 minutes (per email only the mail is throttled). */
  SIGN_IN_LIMIT_PER_IP: z.preprocess(emptyAsUndefined, z.coerce.number().int().positive().default(20)),
  /** Magic-link verifications allowed per client IP per minute (better-auth's limiter). */
  LINK_VERIFY_LIMIT_PER_MINUTE: z.preprocess(emptyAsUndefined, z.coerce.number().int().positive().default(10)),
});

type Fields = z.output<typeof envFields>;

/**
 * Refusals for the web server (never for the CLIs, which only read paths: `npm run db:build`
 * etc. work without secrets). Outside local mode the published offline defaults would let
 * anyone forge sessions and webhooks.
 */
function refuseUnsafeServerConfig(env: Fields, ctx: z.RefinementCtx): void {
  // `next build` evaluates modules that read the environment; runtime secrets are checked at start.
  if (env.NEXT_PHASE === "phase-production-build") return;
  const problem = (key: keyof typeof env, message: string) => ctx.addIssue({ code: "custom", path: [key], message });
  if (env.LOCAL_MODE) {
    if (env.STRIPE_SECRET_KEY.startsWith("sk_live_")) problem("STRIPE_SECRET_KEY", "LOCAL_MODE is for a developer machine; unset it when using live Stripe keys");
    return;
  }
  if (env.AUTH_SECRET === DEV_AUTH_SECRET) problem("AUTH_SECRET", "set a secret of your own (e.g. openssl rand -base64 32), or LOCAL_MODE=1 on a developer machine");
  if (env.STRIPE_SECRET_KEY === EMULATOR_SECRET_KEY) problem("STRIPE_SECRET_KEY", "set your Stripe secret key; the emulator key works only with LOCAL_MODE=1");
  if (env.STRIPE_WEBHOOK_SECRET === EMULATOR_WEBHOOK_SECRET) problem("STRIPE_WEBHOOK_SECRET", "set the signing secret of your Stripe webhook endpoint; the emulator's works only with LOCAL_MODE=1");
  if (env.NODE_ENV !== "production") return;
  const appUrl = new URL(env.APP_URL);
  if (appUrl.protocol !== "https:" || isLocalHostname(appUrl.hostname)) {
    problem("APP_URL", `must be the public https:// address of the site in production (got ${appUrl.origin})`);
  }
  if (!env.SMTP_URL) problem("SMTP_URL", "set a mail transport (smtp://user:pass@host:587) so sign-in links reach people; without it they only go to the server log");
}

function withDerived(env: Fields) {
  const usesEmulatorKey = env.STRIPE_SECRET_KEY === EMULATOR_SECRET_KEY;
  return {
    ...env,
    // Runtime data paths, not bundle inputs: keep the tracer from pulling in the whole project.
    CONTENT_DB_PATH: path.resolve(/* turbopackIgnore: true */ env.CONTENT_DB_PATH ?? path.join(env.DATA_DIR, "content.db")),
    APP_DB_PATH: path.resolve(/* turbopackIgnore: true */ env.APP_DB_PATH ?? path.join(env.DATA_DIR, "app.db")),
    STRIPE_API_URL:
      env.STRIPE_API_URL ?? (usesEmulatorKey ? `http://127.0.0.1:${env.STRIPE_EMULATOR_PORT}` : "https://api.stripe.com"),
  };
}

const serverSchema = envFields.superRefine(refuseUnsafeServerConfig).transform(withDerived);
const toolSchema = envFields.transform(withDerived);

export type Env = ReturnType<typeof withDerived>;

/**
 * Parses an environment record; throws one error listing every problem.
 * `server: false` skips the refusals meant for the web server (for command-line tools).
 */
export function parseEnv(source: Record<string, string | undefined>, { server = true }: { server?: boolean } = {}): Env {
  const parsed = (server ? serverSchema : toolSchema).safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`).join("\n");
    throw new Error(`Invalid environment configuration:\n${problems}`);
  }
  return parsed.data;
}

/**
 * Why a command-line tool that mails people and signs links for them (`npm run alerts:send`)
 * must not run with this configuration: outside local mode it needs a secret of its own (the
 * unsubscribe links are signed with AUTH_SECRET) and a real mail transport (the outbox is
 * read by nobody there).
 */
export function mailingToolProblems(config: Env): string[] {
  if (config.LOCAL_MODE) return [];
  const problems: string[] = [];
  if (config.AUTH_SECRET === DEV_AUTH_SECRET) problems.push("AUTH_SECRET: set the server's own secret (links in the mail are signed with it), or LOCAL_MODE=1 on a developer machine");
  if (!config.SMTP_URL) problems.push("SMTP_URL: set the mail transport, or LOCAL_MODE=1 to write to the local outbox");
  return problems;
}
