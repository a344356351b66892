import { syncInvoiceSubscription } from "./invoice-subscription";
import type { WebhookHandler } from "./types";

/** invoice.paid: a renewal went through; the subscription's new period end is re-fetched. */
export const invoicePaid: WebhookHandler = syncInvoiceSubscription;
