import { syncSubscriptionFromEvent } from "./sync-subscription";
import type { WebhookHandler } from "./types";

/** customer.subscription.created: store the subscription's current state from Stripe. */
export const customerSubscriptionCreated: WebhookHandler = syncSubscriptionFromEvent;
