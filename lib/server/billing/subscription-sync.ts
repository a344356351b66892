import type { AccountsConn } from "@/db/accounts/client";
import {
  attributeSubscriptionsOfCustomer,
  getUserById,
  getUserIdByStripeCustomerId,
  getSubscriptionsForUser,
  insertSubscriptionIfAbsent,
  linkStripeCustomer,
  markSubscriptionDuplicateCanceled,
  upsertSubscriptionState,
  type SubscriptionState,
} from "@/db/accounts/queries";

import type { BillingStripe } from "./stripe";
import { subscriptionObjectSchema } from "./stripe-objects";

export type FetchedSubscription = {
  state: SubscriptionState;
  metadataUserId: string | null;
  /** Stripe's `created` of the subscription (0 when absent): the oldest one is kept among duplicates. */
  created: number;
  /** Unix milliseconds (our clock) when the retrieve was sent: the order in which states are stored. */
  fetchedAt: number;
  /** True when this state comes from our own cancel of a duplicate subscription. */
  duplicateCanceled?: boolean;
};


const toDate = (seconds: number | null | undefined) => (seconds == null ? null : new Date(seconds * 1000));

/**
 * Re-fetches a subscription from Stripe (network; call outside any transaction) and
 * reduces it to the absolute state we store. The period end lives on the items since
 * API 2025-03-31; the latest item end wins.
 */
export async function fetchSubscription(stripe: Pick<BillingStripe, "subscriptions">, subscriptionId: string): Promise<FetchedSubscription> {
  const fetchedAt = Date.now();
  return reduceSubscription(await stripe.subscriptions.retrieve(subscriptionId), fetchedAt);
}

function reduceSubscription(object: unknown, fetchedAt: number): FetchedSubscription {
  const subscription = subscriptionObjectSchema.parse(object);
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
    created: subscription.created ?? 0,
    fetchedAt,
  };
}

/** Statuses that will bill again: two of these for one user are a double charge. */
const BILLING_STATUSES: ReadonlySet<SubscriptionState["status"]> = new Set(["active", "trialing", "past_due"]);
const billsAgain = (state: SubscriptionState) => BILLING_STATUSES.has(state.status) && !state.cancelAtPeriodEnd;

/**
 * Two tabs can each finish a Pro checkout, giving one user two subscriptions that both
 * renew. Network work before the transaction: when `fetched` and another stored
 * subscription of the same user both bill again, the others are re-fetched and every one
 * but the oldest (Stripe `created`, then id) is cancelled through the Stripe API now.
 * Returns the states to store: `fetched` (possibly now cancelled) and any other
 * subscription whose state changed. Every handler applies the same rule, so concurrent
 * events agree on which one survives.
 */
export async function settleDuplicateSubscriptions(
  stripe: Pick<BillingStripe, "subscriptions">,
  fetched: FetchedSubscription,
  db: AccountsConn,
  ownerHint: string | null = null,
): Promise<FetchedSubscription[]> {
  if (!billsAgain(fetched.state)) return [fetched];
  const owner = (await getUserIdByStripeCustomerId(fetched.state.stripeCustomerId, db)) ?? (await firstExistingUser([ownerHint, fetched.metadataUserId], db));
  if (!owner) return [fetched];
  const others = (await getSubscriptionsForUser(owner, db)).filter(
    (stored) => stored.id !== fetched.state.id && BILLING_STATUSES.has(stored.status) && !stored.cancelAtPeriodEnd,
  );
  if (others.length === 0) return [fetched];

  const refetched = await Promise.all(others.map((other) => fetchSubscription(stripe, other.id)));
  const billing = [fetched, ...refetched].filter((candidate) => billsAgain(candidate.state));
  if (billing.length < 2) return [fetched, ...refetched];
  const keeper = billing.reduce((best, candidate) =>
    candidate.created < best.created || (candidate.created === best.created && candidate.state.id < best.state.id) ? candidate : best,
  );
  const settled = await Promise.all(
    [fetched, ...refetched].map(async (candidate) => {
      if (candidate === keeper || !billsAgain(candidate.state)) return candidate;
      const fetchedAt = Date.now();
      const cancelled = reduceSubscription(await stripe.subscriptions.cancel(candidate.state.id), fetchedAt);
      return { ...cancelled, duplicateCanceled: true };
    }),
  );
  return settled;
}

/**
 * Whose subscription this is: the user mapped to the Stripe customer, else a user id the
 * server itself put on the checkout session or subscription (verified: it came from
 * Stripe). A newly learnt mapping is recorded.
 */
async function resolveOwner(stripeCustomerId: string, candidates: (string | null | undefined)[], tx: AccountsConn): Promise<string | null> {
  const mapped = await getUserIdByStripeCustomerId(stripeCustomerId, tx);
  if (mapped) return mapped;
  const candidate = await firstExistingUser(candidates, tx);
  if (!candidate) return null;
  await linkStripeCustomer(candidate, stripeCustomerId, tx);
  return getUserIdByStripeCustomerId(stripeCustomerId, tx);
}

/** The first candidate id that names a user we have. */
async function firstExistingUser(candidates: (string | null | undefined)[], db: AccountsConn): Promise<string | null> {
  for (const candidate of candidates) {
    if (candidate && (await getUserById(candidate, db))) return candidate;
  }
  return null;
}

/**
 * Stores the fetched state (inside the caller's transaction). From a webhook
 * (`source: "webhook"`) the row is overwritten unless it holds a state fetched later
 * (the event's own `created` plays no part, so a far-future date cannot pin a state);
 * from the checkout success page it is only inserted if absent, so webhooks always have
 * the last word. Returns a log line.
 */
export async function applySubscription(
  fetched: FetchedSubscription,
  source: "webhook" | "success-page",
  tx: AccountsConn,
  ownerHint: string | null = null,
): Promise<string> {
  const { state } = fetched;
  const userId = await resolveOwner(state.stripeCustomerId, [ownerHint, fetched.metadataUserId], tx);
  const describe = `${state.id} ${state.status}${state.cancelAtPeriodEnd ? " (cancels at period end)" : ""} user=${userId ?? "unknown"}`;
  // A row stored before its owner was known (event before checkout) gets attributed now,
  // even if this event is older than the one that wrote the state.
  if (userId) await attributeSubscriptionsOfCustomer(state.stripeCustomerId, userId, tx);
  if (source === "success-page") {
    if (!userId) return `subscription ${describe}: no owner yet, left to the webhook`;
    return (await insertSubscriptionIfAbsent(state, userId, tx)) ? `subscription ${describe} stored` : `subscription ${state.id} already stored`;
  }
  const written = await upsertSubscriptionState(state, userId, fetched.fetchedAt, tx);
  if (fetched.duplicateCanceled) await markSubscriptionDuplicateCanceled(state.id, new Date(fetched.fetchedAt), tx);
  const duplicate = fetched.duplicateCanceled ? " (cancelled: duplicate of the user's Pro)" : "";
  return written ? `subscription ${describe} stored${duplicate}` : `subscription ${state.id}: stored state was fetched later, unchanged${duplicate}`;
}

/** Stores several fetched states (see `settleDuplicateSubscriptions`); one log line. */
export async function applySubscriptions(fetched: readonly FetchedSubscription[], tx: AccountsConn, ownerHint: string | null = null): Promise<string> {
  const logs: string[] = [];
  // One after another: statements on one transaction's connection do not overlap.
  for (const one of fetched) logs.push(await applySubscription(one, "webhook", tx, ownerHint));
  return logs.join("; ");
}
