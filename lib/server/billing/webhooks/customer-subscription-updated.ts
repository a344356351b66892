import { syncSubscriptionFromEvent } from "./sync-subscription";
import type { WebhookHandler } from "./types";

/** customer.subscription.updated: store the subscription's current state from Stripe. */
export const customerSubscriptionUpdated: WebhookHandler = syncSubscriptionFromEvent;
