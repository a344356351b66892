import "server-only";

import type Stripe from "stripe";

import { getStripeCustomerIdForUser, linkStripeCustomer } from "@/db/accounts/queries";
import type { ViewerUser } from "@/lib/server/auth/viewer";

/**
 * The signed-in user's Stripe customer, created on first checkout. The idempotency key
 * makes a double submit create one customer; the database keeps the first mapping.
 */
export async function ensureStripeCustomer(stripe: Stripe, user: ViewerUser): Promise<string> {
  const existing = await getStripeCustomerIdForUser(user.id);
  if (existing) return existing;
  const customer = await stripe.customers.create(
    { email: user.email, metadata: { user_id: user.id } },
    { idempotencyKey: `customer-for-user-${user.id}` },
  );
  return linkStripeCustomer(user.id, customer.id);
}
