import type Stripe from "stripe";

/**
 * Wire shapes, derived from the SDK's own type definitions so field names and value
 * types are checked by tsc against API version 2026-10-28. Expandable references are
 * narrowed to the id strings we store; `expand` swaps in the full objects on the way out.
 */

export interface List<T> {
  object: "list";
  data: T[];
  has_more: boolean;
  url: string;
}

export type Metadata = Record<string, string>;

export type Product = Omit<Stripe.Product, "default_price" | "deleted"> & { default_price: string | null };

/** Decimal fields travel as strings on the wire; the SDK turns them into `Stripe.Decimal` on arrival. */
type DecimalString = string | null;

export type Price = Omit<Stripe.Price, "product" | "deleted" | "currency_options" | "tiers" | "unit_amount_decimal"> & {
  product: string;
  unit_amount_decimal: DecimalString;
};

export type Customer = Omit<
  Stripe.Customer,
  "deleted" | "sources" | "subscriptions" | "tax_ids" | "cash_balance" | "discount" | "tax" | "default_source" | "test_clock"
> & { default_source: null; test_clock: null };

export type SubscriptionItem = Omit<Stripe.SubscriptionItem, "price" | "plan" | "deleted"> & {
  price: Price;
  plan: Omit<Stripe.Plan, "product" | "deleted" | "tiers" | "amount_decimal"> & { product: string; amount_decimal: DecimalString };
};

export type Subscription = Omit<Stripe.Subscription, "customer" | "latest_invoice" | "items" | "default_tax_rates"> & {
  customer: string;
  latest_invoice: string | null;
  items: List<SubscriptionItem>;
};

export type InvoiceLineItem = Omit<Stripe.InvoiceLineItem, "subscription" | "parent" | "pricing" | "quantity_decimal"> & {
  subscription: string | null;
  quantity_decimal: DecimalString;
  parent: {
    type: "subscription_item_details";
    invoice_item_details: null;
    subscription_item_details: {
      invoice_item: null;
      proration: boolean;
      proration_details: null;
      subscription: string;
      subscription_item: string;
    };
  } | null;
  pricing: { type: "price_details"; price_details: { price: string; product: string }; unit_amount_decimal: DecimalString };
};

export type Invoice = Omit<Stripe.Invoice, "customer" | "lines" | "parent" | "deleted" | "payments"> & {
  customer: string;
  lines: List<InvoiceLineItem>;
  parent: {
    type: "subscription_details";
    quote_details: null;
    subscription_details: { metadata: Metadata | null; subscription: string };
  } | null;
};

export type PaymentIntent = Omit<Stripe.PaymentIntent, "customer"> & { customer: string | null };

export type CheckoutLineItem = Omit<Stripe.LineItem, "price"> & { price: Price };

export type CheckoutSession = Omit<Stripe.Checkout.Session, "customer" | "subscription" | "payment_intent" | "invoice" | "line_items"> & {
  customer: string | null;
  subscription: string | null;
  payment_intent: string | null;
  invoice: string | null;
};

export type PortalSession = Omit<Stripe.BillingPortal.Session, "configuration"> & { configuration: string };

export type EventType =
  | "customer.created"
  | "customer.updated"
  | "checkout.session.completed"
  | "checkout.session.expired"
  | "customer.subscription.created"
  | "customer.subscription.updated"
  | "customer.subscription.deleted"
  | "invoice.paid"
  | "invoice.payment_failed"
  | "payment_intent.succeeded"
  | "payment_intent.payment_failed";

export type StripeObject = Customer | Product | Price | Subscription | Invoice | PaymentIntent | CheckoutSession | PortalSession;

export interface StripeEvent {
  id: string;
  object: "event";
  api_version: string;
  created: number;
  data: { object: StripeObject; previous_attributes?: Record<string, unknown> };
  livemode: false;
  pending_webhooks: number;
  request: { id: string | null; idempotency_key: string | null };
  type: EventType;
}

/** Parameters from checkout session creation that live on the objects Pay creates, not on the session. */
export interface CheckoutExtras {
  line_items: CheckoutLineItem[];
  subscription_data: { metadata: Metadata; description: string | null };
  payment_intent_data: { metadata: Metadata; description: string | null; receipt_email: string | null };
  /** The declined attempt's payment intent in subscription mode, reused when Pay follows. */
  declined_payment_intent: string | null;
}

export type DeliveryStatus = "pending" | "succeeded" | "failed";

/** One webhook delivery (an event sent to the endpoint), with its attempt history summary. */
export interface Delivery {
  id: string;
  event_id: string;
  event_type: EventType;
  url: string;
  status: DeliveryStatus;
  attempts: number;
  last_status_code: number | null;
  last_error: string | null;
  /** Real (wall clock) unix seconds. */
  created: number;
  updated: number;
}

export interface IdempotentResponse {
  fingerprint: string;
  status: number;
  body: unknown;
  /** Real (wall clock) unix seconds; entries expire after 24 hours as Stripe's do. */
  created: number;
}
