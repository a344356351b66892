import { invoiceObjectSchema, invoiceSubscriptionId } from "../stripe-objects";
import { applySubscriptions, fetchSubscription, settleDuplicateSubscriptions } from "../subscription-sync";
import type { WebhookHandler } from "./types";

/** Shared by invoice.paid / invoice.payment_failed: refresh the invoice's subscription, if any. */
export const syncInvoiceSubscription: WebhookHandler = async (event, stripe, db) => {
  const invoice = invoiceObjectSchema.parse(event.data.object);
  const subscriptionId = invoiceSubscriptionId(invoice);
  if (!subscriptionId) return async () => `invoice ${invoice.id}: not a subscription invoice, nothing to do`;
  const settled = await settleDuplicateSubscriptions(stripe, await fetchSubscription(stripe, subscriptionId), db);
  return async (tx) => `invoice ${invoice.id}: ${await applySubscriptions(settled, tx)}`;
};
