import "server-only";

import type Stripe from "stripe";

import { plans, type PlanId } from "./plans";

const cache = new Map<PlanId, Promise<string>>();

/**
 * The Stripe price id for a plan: the configured `STRIPE_*_PRICE_ID`, else the active
 * price with the plan's lookup key (the emulator seeds those). Cached per process; a
 * failed lookup is not cached.
 */
export function resolvePriceId(stripe: Stripe, planId: PlanId): Promise<string> {
  const plan = plans[planId];
  if (plan.priceId) return Promise.resolve(plan.priceId);
  const cached = cache.get(planId);
  if (cached) return cached;
  const lookup = stripe.prices.list({ lookup_keys: [plan.lookupKey], active: true, limit: 1 }).then((list) => {
    const price = list.data[0];
    if (!price) throw new Error(`No active Stripe price with lookup key "${plan.lookupKey}"`);
    return price.id;
  });
  cache.set(planId, lookup);
  lookup.catch(() => cache.delete(planId));
  return lookup;
}
