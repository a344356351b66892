import "server-only";

import Stripe from "stripe";

import { env } from "@/env";

/**
 * SDK options for a Stripe API base URL. `STRIPE_API_URL` decides where the SDK talks to
 * (api.stripe.com or the local emulator); nothing else in billing knows the difference.
 */
export function stripeClientOptions(apiUrl: string): Stripe.StripeConfig {
  const url = new URL(apiUrl);
  const protocol = url.protocol === "http:" ? "http" : "https";
  return {
    host: url.hostname,
    port: url.port ? Number(url.port) : protocol === "http" ? 80 : 443,
    protocol,
    maxNetworkRetries: 2,
    timeout: 20_000,
    telemetry: false,
    appInfo: { name: "ai-pressure" },
  };
}

export function createStripeClient(secretKey: string, apiUrl: string): Stripe {
  return new Stripe(secretKey, stripeClientOptions(apiUrl));
}

const globalForStripe = globalThis as unknown as { __stripe?: Stripe };

/** The app's one Stripe SDK instance. */
export function getStripe(): Stripe {
  return (globalForStripe.__stripe ??= createStripeClient(env.STRIPE_SECRET_KEY, env.STRIPE_API_URL));
}

/**
 * What webhook handling needs from Stripe: signature verification, re-fetching checkout
 * sessions and subscriptions, cancelling a duplicate subscription. The real SDK satisfies
 * it; unit tests may pass a narrower double.
 */
export type BillingStripe = {
  webhooks: Pick<Stripe["webhooks"], "constructEvent">;
  subscriptions: { retrieve(id: string): Promise<unknown>; cancel(id: string): Promise<unknown> };
  checkout: { sessions: { retrieve(id: string): Promise<unknown> } };
};
