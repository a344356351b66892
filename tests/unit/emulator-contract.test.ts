import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { plans } from "@/lib/server/billing/plans";
import { env } from "@/env";
import { catalog } from "../../scripts/stripe-emulator/catalog";
import { configFromEnv } from "../../scripts/stripe-emulator/config";

// The emulator imports nothing from the app, so the app checks that the two still agree.
describe("Stripe emulator and the app", () => {
  it("seeds exactly the plans from lib/server/billing/plans.ts", () => {
    const entries = catalog(configFromEnv(process.env));
    const expected = Object.values(plans).map((plan) => ({
      lookupKey: plan.lookupKey,
      name: plan.productName,
      description: plan.description,
      unitAmount: plan.amountCents,
      currency: plan.currency,
      interval: plan.interval,
    }));
    expect(entries.map(({ lookupKey, name, description, unitAmount, currency, interval }) => ({ lookupKey, name, description, unitAmount, currency, interval }))).toEqual(
      expected,
    );
  });

  it("agrees with env.ts on keys, secret, port and where the app reaches it", () => {
    const config = configFromEnv(process.env);
    expect(config.secretKey).toBe(env.STRIPE_SECRET_KEY);
    expect(config.webhookSecret).toBe(env.STRIPE_WEBHOOK_SECRET);
    expect(config.port).toBe(env.STRIPE_EMULATOR_PORT);
    expect(config.webhookUrl).toBe(`${env.APP_URL.replace(/\/+$/, "")}/api/stripe/webhook`);
    if (env.STRIPE_SECRET_KEY === "sk_test_emulator" && !process.env.STRIPE_API_URL) {
      expect(env.STRIPE_API_URL).toBe(`http://${config.host}:${config.port}`);
    }
  });
});

/** Source files under the app's folders that mention the emulator in an import. */
function appImportsOfEmulator(root: string): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(ts|tsx|mts|js|mjs)$/.test(entry.name) && /(?:from|import)\s*\(?\s*["'][^"']*stripe-emulator/.test(fs.readFileSync(full, "utf8"))) {
        found.push(path.relative(root, full));
      }
    }
  };
  for (const folder of ["app", "components", "lib", "db"]) walk(path.join(root, folder));
  return found;
}

describe("the emulator is a development tool, not part of the app", () => {
  it("is imported by nothing under app/, components/, lib/ or db/", () => {
    expect(appImportsOfEmulator(path.resolve(import.meta.dirname, "../.."))).toEqual([]);
  });
});
