import { invoiceObjectSchema, invoiceSubscriptionId } from "../stripe-objects";
import { applySubscription, fetchSubscription } from "../subscription-sync";
import type { WebhookHandler } from "./types";

/** Shared by invoice.paid / invoice.payment_failed: refresh the invoice's subscription, if any. */
export const syncInvoiceSubscription: WebhookHandler = async (event, stripe) => {
  const invoice = invoiceObjectSchema.parse(event.data.object);
  const subscriptionId = invoiceSubscriptionId(invoice);
  if (!subscriptionId) return () => `invoice ${invoice.id}: not a subscription invoice, nothing to do`;
  const fetched = await fetchSubscription(stripe, subscriptionId);
  return (tx) => `invoice ${invoice.id}: ${applySubscription(fetched, event.created, tx)}`;
};
