import "server-only";

import { accountsConn, withTransaction } from "@/db/accounts/client";
import { claimGuestLinkMail, getUserById, releaseGuestLinkMail } from "@/db/accounts/queries";
import { getAuth } from "@/lib/server/auth/server";

import { prepareCheckoutFulfilment, type FulfilmentResult } from "./fulfilment";
import { checkoutMetadataSchema } from "./stripe-objects";
import { getStripe } from "./stripe";

/** How long after paying a return visit may still mail the guest's link. */
const GUEST_LINK_WINDOW_MS = 60 * 60 * 1000;

export type CheckoutReturn = FulfilmentResult & {
  sessionId: string;
  mode: "payment" | "subscription" | "setup";
  /** Hash of the starting browser's nonce (checkout-browser.ts), from the session metadata. */
  browserHash: string | null;
};

/**
 * Retrieves the Checkout Session from Stripe on the server and applies the same
 * idempotent fulfilment the webhook uses, so the success page is right whether or not
 * the webhook has landed. Nothing here trusts the query string beyond the session id,
 * and nothing here signs anyone in.
 */
export async function verifyCheckoutSession(sessionId: string): Promise<CheckoutReturn> {
  const stripe = getStripe();
  const retrieved = await stripe.checkout.sessions.retrieve(sessionId);
  const db = accountsConn();
  const fulfilment = await prepareCheckoutFulfilment(retrieved, stripe, "success-page", db);
  const result = await withTransaction(db, (tx) => fulfilment.apply(tx));
  const metadata = checkoutMetadataSchema.safeParse(fulfilment.session.metadata);
  return {
    ...result,
    sessionId: fulfilment.session.id,
    mode: fulfilment.session.mode,
    browserHash: metadata.success ? (metadata.data.browser ?? null) : null,
  };
}

/**
 * A guest buyer is never signed in by paying: paying with an address proves nothing about
 * owning it, and a session id in a URL proves nothing about who holds it. Instead, once
 * per paid guest checkout (and within an hour of paying), a magic link goes to the
 * checkout email: opening it proves the address and shows the report on /account.
 * Returns whether a mail was sent now.
 */
export async function mailGuestBuyerLink(checkout: CheckoutReturn, now: Date = new Date()): Promise<boolean> {
  if (!checkout.paid || checkout.kind !== "report" || !checkout.guest || !checkout.userId) return false;
  const buyer = await getUserById(checkout.userId);
  if (!buyer) return false;
  if (!(await claimGuestLinkMail(checkout.sessionId, now, new Date(now.getTime() - GUEST_LINK_WINDOW_MS)))) return false;
  try {
    await getAuth().api.signInMagicLink({
      body: { email: buyer.email, callbackURL: "/account", newUserCallbackURL: "/account", errorCallbackURL: "/sign-in?next=/account" },
      headers: new Headers(),
    });
  } catch (error) {
    await releaseGuestLinkMail(checkout.sessionId);
    throw error;
  }
  return true;
}
