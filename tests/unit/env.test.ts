import path from "node:path";

import { describe, expect, it } from "vitest";

import { parseEnv } from "@/lib/env";

describe("environment configuration", () => {
  it("runs offline with no configuration: emulator, local data, local mode", () => {
    const env = parseEnv({});
    expect(env.STRIPE_API_URL).toBe("http://127.0.0.1:12111");
    expect(env.CONTENT_DB_PATH).toBe(path.resolve(".data/content.db"));
    expect(env.LOCAL_MODE).toBe(true);
    expect(env.PRO_PRICE_CENTS).toBe(900);
    expect(env.REPORT_PRICE_CENTS).toBe(1200);
  });

  it("treats empty strings as unset and coerces numbers", () => {
    const env = parseEnv({ APP_URL: "", PRO_PRICE_CENTS: "1500", STRIPE_PRO_PRICE_ID: "" });
    expect(env.APP_URL).toBe("http://localhost:3000");
    expect(env.PRO_PRICE_CENTS).toBe(1500);
    expect(env.STRIPE_PRO_PRICE_ID).toBeUndefined();
  });

  it("points real keys at Stripe and leaves local mode off in production", () => {
    const env = parseEnv({
      NODE_ENV: "production",
      STRIPE_SECRET_KEY: "sk_test_123",
      STRIPE_WEBHOOK_SECRET: "whsec_real",
      AUTH_SECRET: "a-real-secret-that-is-long-enough-0123456789",
    });
    expect(env.STRIPE_API_URL).toBe("https://api.stripe.com");
    expect(env.LOCAL_MODE).toBe(false);
  });

  it("refuses real keys in production with the offline secrets", () => {
    expect(() => parseEnv({ NODE_ENV: "production", STRIPE_SECRET_KEY: "sk_live_123" })).toThrow(
      /AUTH_SECRET: set a secret of your own[\s\S]*STRIPE_WEBHOOK_SECRET: set the signing secret/,
    );
  });

  it("lists every invalid value", () => {
    expect(() => parseEnv({ APP_URL: "not a url", AUTH_SECRET: "short", PRO_PRICE_CENTS: "-3" })).toThrow(/APP_URL[\s\S]*AUTH_SECRET[\s\S]*PRO_PRICE_CENTS/);
  });
});
