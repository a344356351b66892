import { subscriptionObjectSchema } from "../stripe-objects";
import { applySubscriptions, fetchSubscription, settleDuplicateSubscriptions } from "../subscription-sync";
import type { WebhookHandler } from "./types";

/**
 * Shared by the customer.subscription.* handlers: the payload only names the
 * subscription; its state is re-fetched, so arrival order does not matter.
 */
export const syncSubscriptionFromEvent: WebhookHandler = async (event, stripe, db) => {
  const { id } = subscriptionObjectSchema.pick({ id: true }).parse(event.data.object);
  const settled = await settleDuplicateSubscriptions(stripe, await fetchSubscription(stripe, id), db);
  return (tx) => applySubscriptions(settled, tx);
};
