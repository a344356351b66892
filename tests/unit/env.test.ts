import path from "node:path";

import { describe, expect, it } from "vitest";

import { parseEnv } from "@/lib/validations/env";

describe("environment configuration", () => {
  it("runs offline in local mode with no other configuration: emulator, local data", () => {
    const env = parseEnv({ LOCAL_MODE: "1" });
    expect(env.STRIPE_API_URL).toBe("http://127.0.0.1:12111");
    expect(env.CONTENT_DB_PATH).toBe(path.resolve(".data/content.db"));
    expect(env.LOCAL_MODE).toBe(true);
    expect(env.PRO_PRICE_CENTS).toBe(900);
    expect(env.REPORT_PRICE_CENTS).toBe(1200);
  });

  it("treats empty strings as unset and coerces numbers", () => {
    const env = parseEnv({ LOCAL_MODE: "1", APP_URL: "", PRO_PRICE_CENTS: "1500", STRIPE_PRO_PRICE_ID: "" });
    expect(env.APP_URL).toBe("http://localhost:3000");
    expect(env.PRO_PRICE_CENTS).toBe(1500);
    expect(env.STRIPE_PRO_PRICE_ID).toBeUndefined();
  });

  it("keeps accounts in SQLite unless DATABASE_URL names a PostgreSQL server", () => {
    expect(parseEnv({ LOCAL_MODE: "1" }).DATABASE_URL).toBeUndefined();
    expect(parseEnv({ LOCAL_MODE: "1", DATABASE_URL: "" }).DATABASE_URL).toBeUndefined();
    for (const url of ["postgres://app:secret@db.internal:5432/aip", "postgresql://127.0.0.1/aip"]) {
      expect(parseEnv({ LOCAL_MODE: "1", DATABASE_URL: url }).DATABASE_URL).toBe(url);
    }
    for (const url of ["mysql://db/aip", "not a url", "file:.data/app.db"]) {
      expect(() => parseEnv({ LOCAL_MODE: "1", DATABASE_URL: url })).toThrow(/DATABASE_URL/);
    }
  });

  const production = {
    NODE_ENV: "production",
    STRIPE_SECRET_KEY: "sk_test_123",
    STRIPE_WEBHOOK_SECRET: "whsec_real",
    AUTH_SECRET: "a-real-secret-that-is-long-enough-0123456789",
    APP_URL: "https://aipressure.example",
    SMTP_URL: "smtp://user:pass@mail.example:587",
  };

  it("points real keys at Stripe and leaves local mode off unless asked for", () => {
    const env = parseEnv(production);
    expect(env.STRIPE_API_URL).toBe("https://api.stripe.com");
    expect(env.LOCAL_MODE).toBe(false);
    expect(env.TRUSTED_PROXY_HOPS).toBe(0);
    expect(parseEnv({ ...production, TRUSTED_PROXY_HOPS: "1" }).TRUSTED_PROXY_HOPS).toBe(1);
  });

  it("is in local mode only when LOCAL_MODE says so, not because of the emulator key", () => {
    expect(() => parseEnv({ NODE_ENV: "production", STRIPE_SECRET_KEY: "sk_test_emulator" })).toThrow(/STRIPE_SECRET_KEY: set your Stripe secret key/);
    expect(parseEnv({ NODE_ENV: "production", LOCAL_MODE: "1" }).LOCAL_MODE).toBe(true);
    expect(parseEnv({ NODE_ENV: "production", LOCAL_MODE: "true" }).LOCAL_MODE).toBe(true);
    expect(() => parseEnv({ LOCAL_MODE: "yes" })).toThrow(/LOCAL_MODE/);
    expect(() => parseEnv({ LOCAL_MODE: "1", STRIPE_SECRET_KEY: "sk_live_123" })).toThrow(/LOCAL_MODE is for a developer machine/);
  });

  it("refuses the offline defaults outside local mode, in any NODE_ENV", () => {
    for (const NODE_ENV of ["production", "development"]) {
      expect(() => parseEnv({ NODE_ENV })).toThrow(
        /AUTH_SECRET: set a secret of your own[\s\S]*STRIPE_SECRET_KEY: set your Stripe secret key[\s\S]*STRIPE_WEBHOOK_SECRET: set the signing secret/,
      );
    }
    expect(() => parseEnv({ NODE_ENV: "production", STRIPE_SECRET_KEY: "sk_live_123" })).toThrow(/AUTH_SECRET: set a secret of your own/);
  });

  it("refuses an http:// or localhost APP_URL and a missing mail transport in production", () => {
    expect(() => parseEnv({ ...production, APP_URL: "http://aipressure.example" })).toThrow(/APP_URL: must be the public https:\/\/ address/);
    expect(() => parseEnv({ ...production, APP_URL: "https://localhost:3000" })).toThrow(/APP_URL: must be the public https:\/\/ address/);
    expect(() => parseEnv({ ...production, APP_URL: "" })).toThrow(/APP_URL: must be the public https:\/\/ address of the site in production \(got http:\/\/localhost:3000\)/);
    expect(() => parseEnv({ ...production, SMTP_URL: "" })).toThrow(/SMTP_URL: set a mail transport/);
    // The same settings are fine for a non-production run (e.g. a staging check on a laptop).
    expect(parseEnv({ ...production, NODE_ENV: "development", APP_URL: "http://localhost:3000", SMTP_URL: "" }).APP_URL).toBe("http://localhost:3000");
  });

  it("lets the command-line tools (db:build, score, migrate) run without secrets", () => {
    expect(parseEnv({ NODE_ENV: "production" }, { server: false }).CONTENT_DB_PATH).toBe(path.resolve(".data/content.db"));
  });

  it("leaves runtime secrets to the server start while `next build` runs", () => {
    expect(parseEnv({ NODE_ENV: "production", NEXT_PHASE: "phase-production-build" }).LOCAL_MODE).toBe(false);
  });

  it("lists every invalid value", () => {
    expect(() => parseEnv({ LOCAL_MODE: "1", APP_URL: "not a url", AUTH_SECRET: "short", PRO_PRICE_CENTS: "-3" })).toThrow(/APP_URL[\s\S]*AUTH_SECRET[\s\S]*PRO_PRICE_CENTS/);
  });
});
