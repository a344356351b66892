import { z } from "zod";

import { subscriptionStatuses } from "@/db/accounts/schema";
import { socCodeSchema } from "@/lib/validations/soc";

/**
 * zod views of the Stripe objects we read: only the fields we use, so a payload that
 * lacks them fails loudly instead of writing garbage. Expandable references may arrive
 * as an id or as an expanded object.
 */

const idOf = z.union([z.string().min(1), z.object({ id: z.string().min(1) }).transform((object) => object.id)]);
const metadata = z.record(z.string(), z.string()).nullish().transform((value) => value ?? {});
const unixSeconds = z.number().int().nonnegative();

export const checkoutSessionIdSchema = z.string().regex(/^cs_[A-Za-z0-9_]{1,250}$/);

/** Metadata we put on checkout sessions (and on the subscription / payment intent). */
export const checkoutMetadataSchema = z.object({
  kind: z.enum(["pro", "report"]),
  soc: socCodeSchema.optional(),
  user_id: z.string().min(1).optional(),
  /** SHA-256 (base64url) of the nonce cookie of the browser that started the checkout. */
  browser: z.string().min(1).max(100).optional(),
});
export type CheckoutMetadata = z.infer<typeof checkoutMetadataSchema>;

export const subscriptionObjectSchema = z.object({
  id: z.string().startsWith("sub_"),
  customer: idOf,
  status: z.enum(subscriptionStatuses),
  cancel_at_period_end: z.boolean(),
  /** Pre-2025-03-31 API versions; now on the items. */
  current_period_end: unixSeconds.nullish(),
  ended_at: unixSeconds.nullish(),
  created: unixSeconds.nullish(),
  metadata,
  items: z.object({
    data: z.array(
      z.object({
        price: z.object({ id: z.string() }).nullish(),
        current_period_end: unixSeconds.nullish(),
      }),
    ),
  }),
});
export type SubscriptionObject = z.infer<typeof subscriptionObjectSchema>;

export const checkoutSessionObjectSchema = z.object({
  id: z.string().startsWith("cs_"),
  mode: z.enum(["payment", "subscription", "setup"]),
  status: z.enum(["open", "complete", "expired"]).nullish(),
  payment_status: z.enum(["paid", "unpaid", "no_payment_required"]),
  client_reference_id: z.string().nullish(),
  customer: idOf.nullish(),
  customer_email: z.string().nullish(),
  customer_details: z.object({ email: z.string().nullish() }).nullish(),
  metadata,
  subscription: idOf.nullish(),
  payment_intent: idOf.nullish(),
  amount_total: z.number().int().nullish(),
  currency: z.string().nullish(),
  created: unixSeconds,
});
export type CheckoutSessionObject = z.infer<typeof checkoutSessionObjectSchema>;

export const invoiceObjectSchema = z.object({
  id: z.string(),
  /** Pre-2025-03-31 API versions. */
  subscription: idOf.nullish(),
  parent: z
    .object({
      subscription_details: z.object({ subscription: idOf.nullish() }).nullish(),
    })
    .nullish(),
});

export function invoiceSubscriptionId(invoice: z.infer<typeof invoiceObjectSchema>): string | null {
  return invoice.parent?.subscription_details?.subscription ?? invoice.subscription ?? null;
}

export const eventEnvelopeSchema = z.object({
  id: z.string().startsWith("evt_"),
  type: z.string().min(1),
  created: unixSeconds,
  data: z.object({ object: z.record(z.string(), z.unknown()) }),
});
export type EventEnvelope = z.infer<typeof eventEnvelopeSchema>;
