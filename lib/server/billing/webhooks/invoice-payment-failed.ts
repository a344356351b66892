import { syncInvoiceSubscription } from "./invoice-subscription";
import type { WebhookHandler } from "./types";

/** invoice.payment_failed: the subscription usually turns past_due; its state is re-fetched. */
export const invoicePaymentFailed: WebhookHandler = syncInvoiceSubscription;
