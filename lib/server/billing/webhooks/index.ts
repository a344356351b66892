import { z } from "zod";

import { withTransaction, type AccountsConn } from "@/db/accounts/client";
import { isStripeEventProcessed, recordStripeEvent } from "@/db/accounts/queries";
import { BUSY_RETRY_AFTER_SECONDS, isDatabaseBusy } from "@/lib/server/db-busy";

import type { BillingStripe } from "../stripe";
import { eventEnvelopeSchema } from "../stripe-objects";
import { checkoutSessionCompleted } from "./checkout-session-completed";
import { syncInvoiceSubscription } from "./invoice-subscription";
import { syncSubscriptionFromEvent } from "./sync-subscription";
import type { WebhookHandler } from "./types";

/**
 * The event types we act on; everything else is acknowledged and ignored. Events that
 * need the same work share a handler: every customer.subscription.* event re-fetches the
 * subscription it names, and invoice.paid (a renewal's new period end) and
 * invoice.payment_failed (usually past_due) re-fetch the invoice's subscription.
 */
export const WEBHOOK_HANDLERS: Readonly<Record<string, WebhookHandler>> = {
  "checkout.session.completed": checkoutSessionCompleted,
  "customer.subscription.created": syncSubscriptionFromEvent,
  "customer.subscription.updated": syncSubscriptionFromEvent,
  "customer.subscription.deleted": syncSubscriptionFromEvent,
  "invoice.paid": syncInvoiceSubscription,
  "invoice.payment_failed": syncInvoiceSubscription,
};

export type WebhookDeps = {
  db: AccountsConn;
  stripe: BillingStripe;
  webhookSecret: string;
  /**
   * Events dated more than this many seconds after our clock are refused (400). `null`
   * turns the check off: the local emulator's time travel dates events ahead of the wall
   * clock. Default: 300 s of clock skew.
   */
  maxEventFutureSeconds?: number | null;
  now?: () => Date;
};

export const DEFAULT_MAX_EVENT_FUTURE_SECONDS = 300;

export type WebhookOutcome = {
  status: 200 | 400 | 500 | 503;
  body: { received: boolean; message: string };
  /** One line for the server log. */
  log: string;
  /** Set with 503: the database was busy. */
  retryAfterSeconds?: number;
};

const outcome = (status: WebhookOutcome["status"], message: string, log: string = message): WebhookOutcome => ({
  status,
  body: { received: status === 200, message },
  log,
  ...(status === 503 ? { retryAfterSeconds: BUSY_RETRY_AFTER_SECONDS } : {}),
});

/**
 * Verifies and applies one Stripe webhook delivery.
 * - bad or missing signature (or a timestamp outside the SDK's 300 s tolerance): 400, nothing changes;
 * - an event id already recorded: 200 "already processed", nothing changes;
 * - unknown types: 200, no action;
 * - an event dated in the future (beyond the clock-skew allowance): 400, nothing changes.
 *   Stripe dates an event before it signs and sends it, so only a forged or corrupt event
 *   can be from the future; nothing is recorded, so were our clock behind, Stripe's
 *   retries would apply it once the clock caught up. (Ordering never uses the date anyway:
 *   see applySubscription.)
 * - otherwise the handler re-fetches what it needs from Stripe, then its effect and the
 *   event id are written in one transaction, so each event applies exactly once.
 * A failure while fetching or writing returns 500 (503 with Retry-After when the database
 * is busy) so Stripe retries later.
 */
export async function handleStripeWebhook(rawBody: string, signature: string | null, deps: WebhookDeps): Promise<WebhookOutcome> {
  if (!signature) return outcome(400, "Missing Stripe-Signature header");

  let verified: unknown;
  try {
    verified = deps.stripe.webhooks.constructEvent(rawBody, signature, deps.webhookSecret);
  } catch (error) {
    return outcome(400, "Invalid signature", `rejected: ${error instanceof Error ? error.message : "signature verification failed"}`);
  }

  const envelope = eventEnvelopeSchema.safeParse(verified);
  if (!envelope.success) return outcome(400, "Malformed event", "rejected: signed payload is not a Stripe event");
  const event = envelope.data;
  const tag = `${event.type} ${event.id}`;

  const handler = WEBHOOK_HANDLERS[event.type];
  if (!handler) return outcome(200, "Ignored event type", `${tag}: not handled, acknowledged`);
  const maxFuture = deps.maxEventFutureSeconds === undefined ? DEFAULT_MAX_EVENT_FUTURE_SECONDS : deps.maxEventFutureSeconds;
  const nowSeconds = Math.floor((deps.now?.() ?? new Date()).getTime() / 1000);
  if (maxFuture !== null && event.created > nowSeconds + maxFuture) {
    return outcome(400, "Event dated in the future", `${tag}: refused, created ${new Date(event.created * 1000).toISOString()} is in the future`);
  }

  try {
    if (await isStripeEventProcessed(event.id, deps.db)) return outcome(200, "Already processed", `${tag}: already processed`);
    const effect = await handler(event, deps.stripe, deps.db);
    // A concurrent copy of this event (another instance) blocks on the event id until this commits, then finds it recorded.
    const log = await withTransaction(deps.db, async (tx) => ((await recordStripeEvent(event.id, event.type, tx)) ? effect(tx) : null));
    return log === null ? outcome(200, "Already processed", `${tag}: already processed`) : outcome(200, "Processed", `${tag}: ${log}`);
  } catch (error) {
    if (isDatabaseBusy(error)) return outcome(503, "Busy; retry later", `${tag}: accounts database busy, not applied`);
    if (error instanceof z.ZodError) {
      return outcome(400, "Unexpected payload", `${tag}: payload did not match: ${error.issues.map((issue) => issue.path.join(".")).join(", ")}`);
    }
    return outcome(500, "Processing failed; retry later", `${tag}: failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
