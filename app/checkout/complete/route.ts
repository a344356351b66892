import { redirect } from "next/navigation";

import { mailGuestBuyerLink, verifyCheckoutSession } from "@/lib/server/billing/checkout-return";
import { checkoutSessionIdSchema } from "@/lib/server/billing/stripe-objects";

/**
 * Stripe Checkout's success_url. Verifies the session with Stripe, fulfils it (same code
 * as the webhook), mails a guest buyer the link to their report (to the checkout email,
 * whoever opens this URL), then shows /checkout/success. It never signs anyone in: the
 * session id in this URL is not a credential (no bearer sign-in, no login CSRF).
 */
export async function GET(request: Request): Promise<never> {
  const parsed = checkoutSessionIdSchema.safeParse(new URL(request.url).searchParams.get("session_id"));
  if (!parsed.success) redirect("/checkout/success");
  const sessionId = parsed.data;

  try {
    await mailGuestBuyerLink(await verifyCheckoutSession(sessionId));
  } catch (error) {
    // The success page retries the verification and explains if it still fails.
    console.error(`[checkout] verifying ${sessionId} failed:`, error instanceof Error ? error.message : error);
  }
  redirect(`/checkout/success?session_id=${encodeURIComponent(sessionId)}`);
}
