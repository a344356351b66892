import type { AccountsConn } from "@/db/accounts/client";

import type { BillingStripe } from "../stripe";
import type { EventEnvelope } from "../stripe-objects";

/**
 * A handler does its network work (re-fetching from Stripe, reading the database outside
 * any transaction) first, then returns an effect, database work only, that the dispatcher
 * runs in the same transaction as recording the event id. The effect returns a log line.
 */
export type WebhookEffect = (tx: AccountsConn) => Promise<string>;
export type WebhookHandler = (event: EventEnvelope, stripe: Omit<BillingStripe, "webhooks">, db: AccountsConn) => Promise<WebhookEffect>;
