"use server";

import { redirect } from "next/navigation";

import { hasPurchasedReport } from "@/db/accounts/queries";
import { getOccupationBySoc } from "@/db/queries/occupations";
import { getViewer } from "@/lib/server/auth/viewer";
import { getEntitlements } from "@/lib/server/entitlements";
import { env } from "@/env";

import { bindCheckoutToBrowser } from "./checkout-browser";
import { ensureStripeCustomer } from "./customers";
import { plans } from "./plans";
import { resolvePriceId } from "./prices";
import { reportCheckoutFormSchema } from "@/lib/validations/billing";
import { getStripe } from "./stripe";

/**
 * Server actions that start Stripe Checkout. The buyer's identity always comes from the
 * server-side session (`client_reference_id`, metadata); nothing in the form can name a
 * user. Access is granted later by the webhook / success page, never by the redirect.
 * Each checkout is bound to the starting browser (checkout-browser.ts): the session's
 * metadata carries the hash of a nonce cookie set here, checked on the way back.
 */

const appUrl = (path: string) => new URL(path, env.APP_URL).toString();
const SUCCESS_URL = `${appUrl("/checkout/complete")}?session_id={CHECKOUT_SESSION_ID}`;

function logCheckoutError(kind: string, error: unknown) {
  console.error(`[checkout] could not start ${kind} checkout:`, error instanceof Error ? error.message : error);
}

/** Pro subscription ($9/month). Requires sign-in; an existing Pro member is told so on /account. */
export async function startProCheckout(): Promise<void> {
  const { user } = await getViewer();
  if (!user) redirect("/sign-in?next=/pricing");
  if ((await getEntitlements(user.id)).pro) redirect("/account?notice=already-pro");

  let url: string | null = null;
  try {
    const stripe = getStripe();
    const [customer, price] = await Promise.all([ensureStripeCustomer(stripe, user), resolvePriceId(stripe, "pro")]);
    const metadata = { kind: "pro", user_id: user.id };
    const browser = await bindCheckoutToBrowser();
    const session = await stripe.checkout.sessions.create({
      mode: "subscription",
      customer,
      client_reference_id: user.id,
      line_items: [{ price, quantity: 1 }],
      metadata: { ...metadata, browser },
      subscription_data: { metadata },
      success_url: SUCCESS_URL,
      cancel_url: appUrl("/checkout/cancel?kind=pro"),
    });
    url = session.url;
  } catch (error) {
    logCheckoutError("pro", error);
  }
  redirect(url ?? "/pricing?error=checkout-unavailable");
}

/**
 * One occupation's PDF report. Works signed in (attached to the account) or as a guest
 * (Stripe collects the email; the purchase attaches to that email). A code that is not
 * one of our occupations is refused before Stripe is called (it would be charged and then
 * 404 forever); a member who has Pro or the report already is told so instead.
 */
export async function startReportCheckout(formData: FormData): Promise<void> {
  const parsed = reportCheckoutFormSchema.safeParse({ soc: formData.get("soc") });
  if (!parsed.success) redirect("/pricing?error=invalid-soc");
  const { soc } = parsed.data;
  if (getOccupationBySoc(soc) === null) redirect(`/pricing?error=unknown-soc&soc=${soc}`);

  const { user } = await getViewer();
  if (user && ((await getEntitlements(user.id)).pro || (await hasPurchasedReport(user.id, soc)))) redirect(`/account?report=${soc}`);

  let url: string | null = null;
  try {
    const stripe = getStripe();
    const [customer, price] = await Promise.all([
      user ? ensureStripeCustomer(stripe, user) : Promise.resolve(null),
      resolvePriceId(stripe, "report"),
    ]);
    const metadata: Record<string, string> = { kind: "report", soc, ...(user ? { user_id: user.id } : {}) };
    const browser = await bindCheckoutToBrowser();
    const session = await stripe.checkout.sessions.create({
      mode: "payment",
      ...(customer ? { customer } : { customer_creation: "always" as const }),
      ...(user ? { client_reference_id: user.id } : {}),
      line_items: [{ price, quantity: 1 }],
      metadata: { ...metadata, browser },
      payment_intent_data: { metadata, description: `${plans.report.productName} ${soc}` },
      success_url: SUCCESS_URL,
      cancel_url: appUrl(`/checkout/cancel?kind=report&soc=${soc}`),
    });
    url = session.url;
  } catch (error) {
    logCheckoutError("report", error);
  }
  redirect(url ?? "/pricing?error=checkout-unavailable");
}
