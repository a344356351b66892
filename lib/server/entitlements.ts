import "server-only";

import { getPurchasesForUser, getSubscriptionsForUser } from "@/db/accounts/queries";
import type { SubscriptionStatus } from "@/db/accounts/schema";

/**
 * Who may see Pro content and download which reports. The rules are pure functions of
 * stored subscription/purchase rows and a `now` passed in; the rows themselves are only
 * ever written from verified Stripe webhooks or a server-side Stripe retrieve.
 */

/** Renewals can land a little after the period ends; Pro survives that long. */
export const RENEWAL_GRACE_MS = 24 * 60 * 60 * 1000;

export type SubscriptionLike = {
  status: SubscriptionStatus;
  cancelAtPeriodEnd: boolean;
  currentPeriodEnd: Date | null;
};

const LIVE_STATUSES: ReadonlySet<SubscriptionStatus> = new Set(["active", "trialing", "past_due"]);

/**
 * The moment this subscription stops granting Pro, `null` if it grants nothing, or
 * `Infinity` for a live subscription whose period end is unknown.
 * - active / trialing / past_due: until the period end plus a one-day grace for a
 *   renewal in flight (past_due is a failed renewal Stripe is still retrying);
 * - cancel_at_period_end: until the period end exactly (no renewal is coming);
 * - canceled / unpaid / incomplete / incomplete_expired / paused: nothing.
 */
export function proEndsAt(subscription: SubscriptionLike): number | null {
  if (!LIVE_STATUSES.has(subscription.status)) return null;
  if (!subscription.currentPeriodEnd) return subscription.status === "past_due" ? null : Number.POSITIVE_INFINITY;
  const periodEnd = subscription.currentPeriodEnd.getTime();
  return subscription.cancelAtPeriodEnd ? periodEnd : periodEnd + RENEWAL_GRACE_MS;
}

export function hasPro(subscriptions: readonly SubscriptionLike[], now: Date): boolean {
  return subscriptions.some((subscription) => {
    const endsAt = proEndsAt(subscription);
    return endsAt !== null && endsAt > now.getTime();
  });
}

/** The Pro-granting subscription that lasts longest, if any. */
export function currentProSubscription<S extends SubscriptionLike>(subscriptions: readonly S[], now: Date): S | null {
  let best: { subscription: S; endsAt: number } | null = null;
  for (const subscription of subscriptions) {
    const endsAt = proEndsAt(subscription);
    if (endsAt === null || endsAt <= now.getTime()) continue;
    if (!best || endsAt > best.endsAt) best = { subscription, endsAt };
  }
  return best?.subscription ?? null;
}

export function canDownloadReport(
  { pro, purchases }: { pro: boolean | readonly SubscriptionLike[]; purchases: readonly ({ soc: string } | string)[] },
  soc: string,
  now: Date,
): boolean {
  const isPro = typeof pro === "boolean" ? pro : hasPro(pro, now);
  if (isPro) return true;
  return purchases.some((purchase) => (typeof purchase === "string" ? purchase : purchase.soc) === soc);
}

export type Entitlements = {
  pro: boolean;
  /** End of the paid period of the Pro subscription (null without Pro or when unknown). */
  proUntil: Date | null;
  /** False when the subscription is set to cancel at `proUntil`. */
  proRenews: boolean;
  /** `past_due` etc. of the Pro subscription, for display. */
  proStatus: SubscriptionStatus | null;
  purchasedSocs: string[];
};

const noEntitlements = (): Entitlements => ({ pro: false, proUntil: null, proRenews: false, proStatus: null, purchasedSocs: [] });

/** Loads what the user may access right now. Pass `null` for a signed-out visitor. */
export async function getEntitlements(userId: string | null, now: Date = new Date()): Promise<Entitlements> {
  if (!userId) return noEntitlements();
  const [subscriptions, purchases] = await Promise.all([getSubscriptionsForUser(userId), getPurchasesForUser(userId)]);
  const subscription = currentProSubscription(subscriptions, now);
  const purchasedSocs = [...new Set(purchases.map((purchase) => purchase.soc))];
  return {
    pro: subscription !== null,
    proUntil: subscription?.currentPeriodEnd ?? null,
    proRenews: subscription ? !subscription.cancelAtPeriodEnd && subscription.status !== "past_due" : false,
    proStatus: subscription?.status ?? null,
    purchasedSocs,
  };
}
