import path from "node:path";
import Stripe from "stripe";
import { describe, expect, it } from "vitest";
import { API_VERSION, configFromEnv } from "../config";

describe("Stripe emulator configuration", () => {
  it("models the API version the installed SDK is pinned to", () => {
    expect(API_VERSION).toBe(Stripe.API_VERSION);
  });

  it("has offline defaults and honours overrides", () => {
    const defaults = configFromEnv({});
    expect(defaults).toMatchObject({
      host: "127.0.0.1",
      port: 12111,
      secretKey: "sk_test_emulator",
      webhookSecret: "whsec_emulator_local_only",
      webhookUrl: "http://localhost:3000/api/stripe/webhook",
      stateFile: path.resolve(".data/stripe-emulator.json"),
      proPriceCents: 900,
      reportPriceCents: 1200,
    });
    const custom = configFromEnv({
      APP_URL: "http://localhost:4000/",
      DATA_DIR: "/tmp/somewhere",
      STRIPE_EMULATOR_PORT: "13000",
      PRO_PRICE_CENTS: "1500",
      STRIPE_SECRET_KEY: "",
    });
    expect(custom.webhookUrl).toBe("http://localhost:4000/api/stripe/webhook");
    expect(custom.stateFile).toBe("/tmp/somewhere/stripe-emulator.json");
    expect(custom.port).toBe(13000);
    expect(custom.proPriceCents).toBe(1500);
    expect(custom.secretKey).toBe("sk_test_emulator");
    const explicit = configFromEnv({ STRIPE_EMULATOR_WEBHOOK_URL: "http://127.0.0.1:9/hook", STRIPE_EMULATOR_STATE: "/tmp/x.json" });
    expect(explicit.webhookUrl).toBe("http://127.0.0.1:9/hook");
    expect(explicit.stateFile).toBe("/tmp/x.json");
  });

  it("rejects invalid configuration with a readable message", () => {
    expect(() => configFromEnv({ STRIPE_SECRET_KEY: "pk_test_nope" })).toThrow(/STRIPE_SECRET_KEY/);
    expect(() => configFromEnv({ PRO_PRICE_CENTS: "-5" })).toThrow(/PRO_PRICE_CENTS/);
  });
});
