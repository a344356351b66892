import { accountsConn } from "@/db/accounts/client";
import { BodyTooLargeError, readCappedText } from "@/lib/http/body";
import { getStripe } from "@/lib/server/billing/stripe";
import { DEFAULT_MAX_EVENT_FUTURE_SECONDS, handleStripeWebhook } from "@/lib/server/billing/webhooks";
import { env } from "@/env";

/** Stripe events are a few KB; anything this large is not from Stripe. */
const MAX_BODY_BYTES = 256 * 1024;

export async function POST(request: Request): Promise<Response> {
  let rawBody: string;
  try {
    rawBody = await readCappedText(request, MAX_BODY_BYTES);
  } catch (error) {
    if (error instanceof BodyTooLargeError) return Response.json({ received: false, message: "Payload too large" }, { status: 413 });
    return Response.json({ received: false, message: "Could not read body" }, { status: 400 });
  }

  const result = await handleStripeWebhook(rawBody, request.headers.get("stripe-signature"), {
    db: accountsConn(),
    stripe: getStripe(),
    webhookSecret: env.STRIPE_WEBHOOK_SECRET,
    // Only Stripe itself keeps to the wall clock; the emulator's time travel dates events ahead.
    maxEventFutureSeconds: new URL(env.STRIPE_API_URL).hostname === "api.stripe.com" ? DEFAULT_MAX_EVENT_FUTURE_SECONDS : null,
  });
  const log = `[stripe webhook] ${result.status} ${result.log}`;
  if (result.status >= 500) console.error(log);
  else console.info(log);
  const headers: Record<string, string> = result.retryAfterSeconds ? { "Retry-After": String(result.retryAfterSeconds) } : {};
  return Response.json(result.body, { status: result.status, headers });
}
