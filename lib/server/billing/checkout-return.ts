import "server-only";

import { accountsDb } from "@/db/accounts/client";
import { claimGuestSignIn, getUserById } from "@/db/accounts/queries";
import { getAuth } from "@/lib/server/auth/server";

import { prepareCheckoutFulfilment, type FulfilmentResult } from "./fulfilment";
import { getStripe } from "./stripe";

/** How long after paying a guest's success page may sign them in. */
const GUEST_SIGN_IN_WINDOW_MS = 60 * 60 * 1000;

export type CheckoutReturn = FulfilmentResult & { sessionId: string; mode: "payment" | "subscription" | "setup" };

/**
 * Retrieves the Checkout Session from Stripe on the server and applies the same
 * idempotent fulfilment the webhook uses, so the success page is right whether or not
 * the webhook has landed. Nothing here trusts the query string beyond the session id.
 */
export async function verifyCheckoutSession(sessionId: string): Promise<CheckoutReturn> {
  const stripe = getStripe();
  const retrieved = await stripe.checkout.sessions.retrieve(sessionId);
  const fulfilment = await prepareCheckoutFulfilment(retrieved, stripe, null);
  const result = accountsDb().transaction((tx) => fulfilment.apply(tx));
  return { ...result, sessionId: fulfilment.session.id, mode: fulfilment.session.mode };
}

/**
 * Signs in the buyer of a paid guest checkout, once per checkout session and within an
 * hour of paying, and only into an account whose email has not been proven by a magic
 * link (paying with an address proves nothing, so an established account is never
 * opened this way; that owner signs in by email as usual). Call from a route handler or
 * server action: it sets the session cookie.
 */
export async function signInGuestBuyer(checkout: CheckoutReturn, headers: Headers, now: Date = new Date()): Promise<boolean> {
  if (!checkout.paid || checkout.kind !== "report" || !checkout.userId) return false;
  const buyer = getUserById(checkout.userId);
  if (!buyer || buyer.emailVerified) return false;
  if (!claimGuestSignIn(checkout.sessionId, now, new Date(now.getTime() - GUEST_SIGN_IN_WINDOW_MS))) return false;
  await getAuth().api.signInVerifiedUser({ body: { userId: buyer.id }, headers });
  return true;
}
