import { syncSubscriptionFromEvent } from "./sync-subscription";
import type { WebhookHandler } from "./types";

/** customer.subscription.deleted: store the subscription's current state from Stripe. */
export const customerSubscriptionDeleted: WebhookHandler = syncSubscriptionFromEvent;
