import type { AccountsConn } from "@/db/accounts/client";
import {
  attributeSubscriptionsOfCustomer,
  getUserById,
  getUserIdByStripeCustomerId,
  insertSubscriptionIfAbsent,
  linkStripeCustomer,
  upsertSubscriptionState,
  type SubscriptionState,
} from "@/db/accounts/queries";

import type { BillingStripe } from "./stripe";
import { subscriptionObjectSchema } from "./stripe-objects";

export type FetchedSubscription = { state: SubscriptionState; metadataUserId: string | null };

const toDate = (seconds: number | null | undefined) => (seconds == null ? null : new Date(seconds * 1000));

/**
 * Re-fetches a subscription from Stripe (network; call outside any transaction) and
 * reduces it to the absolute state we store. The period end lives on the items since
 * API 2025-03-31; the latest item end wins.
 */
export async function fetchSubscription(stripe: Pick<BillingStripe, "subscriptions">, subscriptionId: string): Promise<FetchedSubscription> {
  const subscription = subscriptionObjectSchema.parse(await stripe.subscriptions.retrieve(subscriptionId));
  const itemEnds = subscription.items.data.map((item) => item.current_period_end).filter((end): end is number => end != null);
  const periodEnd = itemEnds.length > 0 ? Math.max(...itemEnds) : (subscription.current_period_end ?? null);
  return {
    state: {
      id: subscription.id,
      stripeCustomerId: subscription.customer,
      status: subscription.status,
      priceId: subscription.items.data[0]?.price?.id ?? null,
      cancelAtPeriodEnd: subscription.cancel_at_period_end,
      currentPeriodEnd: toDate(periodEnd),
      endedAt: toDate(subscription.ended_at),
    },
    metadataUserId: subscription.metadata.user_id ?? null,
  };
}

/**
 * Whose subscription this is: the user mapped to the Stripe customer, else a user id the
 * server itself put on the checkout session or subscription (verified: it came from
 * Stripe). A newly learnt mapping is recorded.
 */
function resolveOwner(stripeCustomerId: string, candidates: (string | null | undefined)[], tx: AccountsConn): string | null {
  const mapped = getUserIdByStripeCustomerId(stripeCustomerId, tx);
  if (mapped) return mapped;
  for (const candidate of candidates) {
    if (candidate && getUserById(candidate, tx)) {
      linkStripeCustomer(candidate, stripeCustomerId, tx);
      return getUserIdByStripeCustomerId(stripeCustomerId, tx);
    }
  }
  return null;
}

/**
 * Stores the fetched state (inside the caller's transaction). With an event's `created`
 * as `version`, the row is overwritten unless a newer event already wrote it; with
 * `version: null` (checkout success page) it is only inserted if absent, so webhooks
 * always have the last word. Returns a log line.
 */
export function applySubscription(
  fetched: FetchedSubscription,
  version: number | null,
  tx: AccountsConn,
  ownerHint: string | null = null,
): string {
  const { state } = fetched;
  const userId = resolveOwner(state.stripeCustomerId, [ownerHint, fetched.metadataUserId], tx);
  const describe = `${state.id} ${state.status}${state.cancelAtPeriodEnd ? " (cancels at period end)" : ""} user=${userId ?? "unknown"}`;
  // A row stored before its owner was known (event before checkout) gets attributed now,
  // even if this event is older than the one that wrote the state.
  if (userId) attributeSubscriptionsOfCustomer(state.stripeCustomerId, userId, tx);
  if (version === null) {
    if (!userId) return `subscription ${describe}: no owner yet, left to the webhook`;
    return insertSubscriptionIfAbsent(state, userId, tx) ? `subscription ${describe} stored` : `subscription ${state.id} already stored`;
  }
  return upsertSubscriptionState(state, userId, version, tx)
    ? `subscription ${describe} stored`
    : `subscription ${state.id}: stored state is from a newer event, unchanged`;
}
