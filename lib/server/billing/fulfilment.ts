import type { AccountsConn } from "@/db/accounts/client";
import { findOrCreateUserByEmail, getUserById, insertPurchase, linkStripeCustomer } from "@/db/accounts/queries";

import { plans } from "./plans";
import type { BillingStripe } from "./stripe";
import { checkoutMetadataSchema, checkoutSessionObjectSchema, type CheckoutSessionObject } from "./stripe-objects";
import { applySubscription, applySubscriptions, fetchSubscription, settleDuplicateSubscriptions } from "./subscription-sync";

export type FulfilmentResult = {
  log: string;
  kind: "pro" | "report" | null;
  /** Who the purchase or subscription belongs to, when known. */
  userId: string | null;
  soc: string | null;
  paid: boolean;
  /** The report went to the checkout email's account (nobody was signed in at checkout). */
  guest: boolean;
};

export type PreparedFulfilment = {
  session: CheckoutSessionObject;
  /** Database work only (no network): run inside the transaction that also records the webhook event. */
  apply(tx: AccountsConn): Promise<FulfilmentResult>;
};

async function existingUserId(candidate: string | null | undefined, tx: AccountsConn): Promise<string | null> {
  return candidate && (await getUserById(candidate, tx)) ? candidate : null;
}

/**
 * Turns a completed Checkout Session, as retrieved from Stripe, into local state. Used by
 * the checkout.session.completed webhook and by the success page; applying it twice
 * changes nothing, so either may land first. From the webhook, a second Pro subscription
 * of the same user is cancelled (`settleDuplicateSubscriptions`).
 *
 * - subscription mode: re-fetch the subscription from Stripe and store its absolute state;
 * - payment mode (PDF report): one purchase row per session, owned by the signed-in buyer
 *   (`client_reference_id`, set by the server) or, for a guest, by the user with the
 *   checkout email (created if needed).
 */
export async function prepareCheckoutFulfilment(
  sessionInput: unknown,
  stripe: Pick<BillingStripe, "subscriptions">,
  source: "webhook" | "success-page",
  db: AccountsConn,
): Promise<PreparedFulfilment> {
  const session = checkoutSessionObjectSchema.parse(sessionInput);
  const metadata = checkoutMetadataSchema.safeParse(session.metadata);
  const paid = session.status === "complete" && session.payment_status !== "unpaid";
  const base = {
    kind: metadata.success ? metadata.data.kind : null,
    soc: metadata.success ? (metadata.data.soc ?? null) : null,
    paid,
    guest: false,
  };

  if (!metadata.success) {
    return { session, apply: async () => ({ ...base, userId: null, log: `checkout ${session.id}: not one of ours, ignored` }) };
  }
  if (!paid) {
    return { session, apply: async () => ({ ...base, userId: null, log: `checkout ${session.id}: not paid (${session.payment_status}), nothing granted` }) };
  }

  const ownerHint = session.client_reference_id ?? metadata.data.user_id ?? null;

  if (session.mode === "subscription" && metadata.data.kind === "pro") {
    if (!session.subscription) throw new Error(`checkout ${session.id} is complete but has no subscription`);
    const fetched = await fetchSubscription(stripe, session.subscription);
    const settled = source === "webhook" ? await settleDuplicateSubscriptions(stripe, fetched, db, ownerHint) : [fetched];
    return {
      session,
      apply: async (tx) => {
        const owner = await existingUserId(ownerHint, tx);
        const log = source === "webhook" ? await applySubscriptions(settled, tx, owner) : await applySubscription(fetched, source, tx, owner);
        return { ...base, userId: owner, log: `checkout ${session.id}: ${log}` };
      },
    };
  }

  if (session.mode === "payment" && metadata.data.kind === "report" && metadata.data.soc) {
    const soc = metadata.data.soc;
    const email = session.customer_details?.email ?? session.customer_email ?? null;
    return {
      session,
      apply: async (tx) => {
        const signedInBuyer = await existingUserId(ownerHint, tx);
        const buyer = signedInBuyer ?? (email ? (await findOrCreateUserByEmail(email, tx)).id : null);
        if (!buyer) return { ...base, userId: null, log: `checkout ${session.id}: paid but no buyer email, nothing granted` };
        const created = await insertPurchase(
          {
            userId: buyer,
            soc,
            checkoutSessionId: session.id,
            paymentIntentId: session.payment_intent ?? null,
            amountCents: session.amount_total ?? plans.report.amountCents,
            currency: session.currency ?? plans.report.currency,
            guest: signedInBuyer === null,
          },
          tx,
        );
        if (session.customer) await linkStripeCustomer(buyer, session.customer, tx);
        return {
          ...base,
          userId: buyer,
          guest: signedInBuyer === null,
          log: `checkout ${session.id}: report ${soc} for user=${buyer}${signedInBuyer ? "" : " (guest)"} ${created ? "granted" : "already granted"}`,
        };
      },
    };
  }

  return { session, apply: async () => ({ ...base, userId: null, log: `checkout ${session.id}: ${session.mode}/${metadata.data.kind} not handled` }) };
}
