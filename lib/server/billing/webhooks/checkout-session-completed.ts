import { prepareCheckoutFulfilment } from "../fulfilment";
import { checkoutSessionObjectSchema } from "../stripe-objects";
import type { WebhookHandler } from "./types";

/**
 * Grants the PDF purchase or stores the new subscription. The payload only names the
 * session: it is retrieved from Stripe first, so what is granted is Stripe's current word
 * (paid, amount, metadata), never the delivered copy.
 */
export const checkoutSessionCompleted: WebhookHandler = async (event, stripe, db) => {
  const { id } = checkoutSessionObjectSchema.pick({ id: true }).parse(event.data.object);
  const fulfilment = await prepareCheckoutFulfilment(await stripe.checkout.sessions.retrieve(id), stripe, "webhook", db);
  return async (tx) => (await fulfilment.apply(tx)).log;
};
