import { prepareCheckoutFulfilment } from "../fulfilment";
import type { WebhookHandler } from "./types";

/** Grants the PDF purchase or stores the new subscription (re-fetched from Stripe). */
export const checkoutSessionCompleted: WebhookHandler = async (event, stripe) => {
  const fulfilment = await prepareCheckoutFulfilment(event.data.object, stripe, event.created);
  return (tx) => fulfilment.apply(tx).log;
};
