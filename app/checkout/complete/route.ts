import { headers } from "next/headers";
import { redirect } from "next/navigation";

import { getViewer } from "@/lib/server/auth/viewer";
import { signInGuestBuyer, verifyCheckoutSession } from "@/lib/server/billing/checkout-return";
import { checkoutSessionIdSchema } from "@/lib/server/billing/stripe-objects";

/**
 * Stripe Checkout's success_url. Verifies the session with Stripe, fulfils it (same code
 * as the webhook), signs a guest buyer in (a route handler may set cookies, a page may
 * not), then shows /checkout/success.
 */
export async function GET(request: Request): Promise<never> {
  const parsed = checkoutSessionIdSchema.safeParse(new URL(request.url).searchParams.get("session_id"));
  if (!parsed.success) redirect("/checkout/success");
  const sessionId = parsed.data;

  try {
    const checkout = await verifyCheckoutSession(sessionId);
    const { user } = await getViewer();
    if (!user) await signInGuestBuyer(checkout, await headers());
  } catch (error) {
    // The success page retries the verification and explains if it still fails.
    console.error(`[checkout] verifying ${sessionId} failed:`, error instanceof Error ? error.message : error);
  }
  redirect(`/checkout/success?session_id=${encodeURIComponent(sessionId)}`);
}
