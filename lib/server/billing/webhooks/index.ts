import { z } from "zod";

import type { AccountsDb } from "@/db/accounts/client";
import { isStripeEventProcessed, recordStripeEvent } from "@/db/accounts/queries";

import type { BillingStripe } from "../stripe";
import { eventEnvelopeSchema } from "../stripe-objects";
import { checkoutSessionCompleted } from "./checkout-session-completed";
import { customerSubscriptionCreated } from "./customer-subscription-created";
import { customerSubscriptionDeleted } from "./customer-subscription-deleted";
import { customerSubscriptionUpdated } from "./customer-subscription-updated";
import { invoicePaid } from "./invoice-paid";
import { invoicePaymentFailed } from "./invoice-payment-failed";
import type { WebhookHandler } from "./types";

/** The event types we act on; everything else is acknowledged and ignored. */
export const WEBHOOK_HANDLERS: Readonly<Record<string, WebhookHandler>> = {
  "checkout.session.completed": checkoutSessionCompleted,
  "customer.subscription.created": customerSubscriptionCreated,
  "customer.subscription.updated": customerSubscriptionUpdated,
  "customer.subscription.deleted": customerSubscriptionDeleted,
  "invoice.paid": invoicePaid,
  "invoice.payment_failed": invoicePaymentFailed,
};

export type WebhookDeps = {
  db: AccountsDb;
  stripe: BillingStripe;
  webhookSecret: string;
};

export type WebhookOutcome = {
  status: 200 | 400 | 500;
  body: { received: boolean; message: string };
  /** One line for the server log. */
  log: string;
};

const outcome = (status: WebhookOutcome["status"], message: string, log: string = message): WebhookOutcome => ({
  status,
  body: { received: status === 200, message },
  log,
});

/**
 * Verifies and applies one Stripe webhook delivery.
 * - bad or missing signature (or a timestamp outside the SDK's 300 s tolerance): 400, nothing changes;
 * - an event id already recorded: 200 "already processed", nothing changes;
 * - unknown types: 200, no action;
 * - otherwise the handler re-fetches what it needs from Stripe, then its effect and the
 *   event id are written in one transaction, so each event applies exactly once.
 * A failure while fetching or writing returns 500 so Stripe retries later.
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
  if (isStripeEventProcessed(event.id, deps.db)) return outcome(200, "Already processed", `${tag}: already processed`);

  try {
    const effect = await handler(event, deps.stripe);
    const log = deps.db.transaction((tx) => (recordStripeEvent(event.id, event.type, tx) ? effect(tx) : null));
    return log === null ? outcome(200, "Already processed", `${tag}: already processed`) : outcome(200, "Processed", `${tag}: ${log}`);
  } catch (error) {
    if (error instanceof z.ZodError) {
      return outcome(400, "Unexpected payload", `${tag}: payload did not match: ${error.issues.map((issue) => issue.path.join(".")).join(", ")}`);
    }
    return outcome(500, "Processing failed; retry later", `${tag}: failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
