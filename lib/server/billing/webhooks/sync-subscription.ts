import { subscriptionObjectSchema } from "../stripe-objects";
import { applySubscription, fetchSubscription } from "../subscription-sync";
import type { WebhookHandler } from "./types";

/**
 * Shared by the customer.subscription.* handlers: the payload only names the
 * subscription; its state is re-fetched, so arrival order does not matter.
 */
export const syncSubscriptionFromEvent: WebhookHandler = async (event, stripe) => {
  const { id } = subscriptionObjectSchema.pick({ id: true }).parse(event.data.object);
  const fetched = await fetchSubscription(stripe, id);
  return (tx) => applySubscription(fetched, event.created, tx);
};
