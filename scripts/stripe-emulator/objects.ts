import { newId, randomToken } from "./ids";
import type {
  CheckoutLineItem,
  CheckoutSession,
  Customer,
  Invoice,
  InvoiceLineItem,
  Metadata,
  PaymentIntent,
  PortalSession,
  Price,
  Subscription,
  SubscriptionItem,
} from "./types";

/**
 * Builders for Stripe objects in their full 2026-10-28 shape. Fields the emulator does
 * not model carry Stripe's "nothing here" values (null, [], false) rather than being
 * left out, so code written against these objects also works against real Stripe.
 */

export function buildCustomer(input: {
  now: number;
  email: string | null;
  name?: string | null;
  description?: string | null;
  phone?: string | null;
  metadata?: Metadata;
}): Customer {
  return {
    id: newId("cus"),
    object: "customer",
    address: null,
    balance: 0,
    created: input.now,
    currency: null,
    default_source: null,
    delinquent: false,
    description: input.description ?? null,
    email: input.email,
    invoice_prefix: randomToken(8).toUpperCase(),
    invoice_settings: { custom_fields: null, default_payment_method: null, footer: null, rendering_options: null },
    livemode: false,
    metadata: input.metadata ?? {},
    name: input.name ?? null,
    next_invoice_sequence: 1,
    phone: input.phone ?? null,
    preferred_locales: [],
    shipping: null,
    tax_exempt: "none",
    test_clock: null,
  };
}

export function buildLineItem(price: Price, quantity: number, productName: string): CheckoutLineItem {
  const amount = (price.unit_amount ?? 0) * quantity;
  return {
    id: newId("li"),
    object: "item",
    adjustable_quantity: null,
    amount_discount: 0,
    amount_subtotal: amount,
    amount_tax: 0,
    amount_total: amount,
    currency: price.currency,
    description: productName,
    metadata: {},
    price,
    quantity,
  };
}

export function buildCheckoutSession(input: {
  now: number;
  id: string;
  url: string;
  mode: "payment" | "subscription";
  lineItems: CheckoutLineItem[];
  customer: string | null;
  customerEmail: string | null;
  customerCreation: "always" | "if_required" | null;
  clientReferenceId: string | null;
  metadata: Metadata;
  successUrl: string | null;
  cancelUrl: string | null;
  allowPromotionCodes: boolean | null;
  expiresAt: number;
}): CheckoutSession {
  const amount = input.lineItems.reduce((sum, item) => sum + item.amount_total, 0);
  return {
    id: input.id,
    object: "checkout.session",
    adaptive_pricing: null,
    after_expiration: null,
    allow_promotion_codes: input.allowPromotionCodes,
    allowed_payment_method_types: null,
    amount_subtotal: amount,
    amount_total: amount,
    automatic_tax: { enabled: false, liability: null, provider: null, status: null },
    billing_address_collection: null,
    cancel_url: input.cancelUrl,
    client_reference_id: input.clientReferenceId,
    client_secret: null,
    collected_information: null,
    consent: null,
    consent_collection: null,
    created: input.now,
    currency: input.lineItems[0]?.currency ?? "usd",
    currency_conversion: null,
    custom_fields: [],
    custom_text: { after_submit: null, shipping_address: null, submit: null, terms_of_service_acceptance: null },
    customer: input.customer,
    customer_account: null,
    customer_creation: input.mode === "payment" ? (input.customerCreation ?? "if_required") : null,
    customer_details: null,
    customer_email: input.customerEmail,
    discounts: [],
    expires_at: input.expiresAt,
    integration_identifier: null,
    invoice: null,
    invoice_creation:
      input.mode === "payment"
        ? {
            enabled: false,
            invoice_data: {
              account_tax_ids: null,
              custom_fields: null,
              description: null,
              footer: null,
              issuer: null,
              metadata: {},
              rendering_options: null,
            },
          }
        : null,
    livemode: false,
    locale: null,
    managed_payments: null,
    metadata: input.metadata,
    mode: input.mode,
    origin_context: null,
    payment_intent: null,
    payment_link: null,
    payment_method_collection: input.mode === "subscription" ? "always" : null,
    payment_method_configuration_details: null,
    payment_method_options: {},
    payment_method_types: ["card"],
    payment_status: "unpaid",
    permissions: null,
    phone_number_collection: { enabled: false },
    recovered_from: null,
    saved_payment_method_options: null,
    setup_intent: null,
    shipping_address_collection: null,
    shipping_cost: null,
    shipping_options: [],
    status: "open",
    submit_type: null,
    subscription: null,
    success_url: input.successUrl,
    total_details: { amount_discount: 0, amount_shipping: 0, amount_tax: 0 },
    ui_mode: "hosted",
    url: input.url,
    wallet_options: null,
  };
}

export function buildSubscriptionItem(input: { now: number; subscription: string; price: Price; quantity: number; periodStart: number; periodEnd: number }): SubscriptionItem {
  const { price } = input;
  return {
    id: newId("si"),
    object: "subscription_item",
    billing_thresholds: null,
    created: input.now,
    current_period_end: input.periodEnd,
    current_period_start: input.periodStart,
    current_trial: null,
    discounts: [],
    metadata: {},
    plan: {
      id: price.id,
      object: "plan",
      active: price.active,
      amount: price.unit_amount,
      amount_decimal: price.unit_amount_decimal,
      billing_scheme: "per_unit",
      created: price.created,
      currency: price.currency,
      interval: price.recurring?.interval ?? "month",
      interval_count: price.recurring?.interval_count ?? 1,
      livemode: false,
      metadata: price.metadata,
      meter: null,
      nickname: price.nickname,
      product: price.product,
      tiers_mode: null,
      transform_usage: null,
      trial_period_days: null,
      usage_type: "licensed",
    },
    price,
    quantity: input.quantity,
    subscription: input.subscription,
    tax_rates: [],
  };
}

export function buildSubscription(input: {
  now: number;
  customer: string;
  items: Array<{ price: Price; quantity: number }>;
  metadata: Metadata;
  description: string | null;
  periodEnd: number;
}): Subscription {
  const id = newId("sub");
  const items = input.items.map((item) =>
    buildSubscriptionItem({ now: input.now, subscription: id, price: item.price, quantity: item.quantity, periodStart: input.now, periodEnd: input.periodEnd }),
  );
  return {
    id,
    object: "subscription",
    application: null,
    application_fee_percent: null,
    automatic_tax: { disabled_reason: null, enabled: false, liability: null },
    billing_cycle_anchor: input.now,
    billing_cycle_anchor_config: null,
    billing_mode: { flexible: { proration_discounts: "included" }, type: "flexible", updated_at: input.now },
    billing_schedules: [],
    billing_thresholds: null,
    cancel_at: null,
    cancel_at_period_end: false,
    canceled_at: null,
    cancellation_details: { comment: null, feedback: null, feedback_option: null, reason: null },
    collection_method: "charge_automatically",
    created: input.now,
    currency: input.items[0]?.price.currency ?? "usd",
    customer: input.customer,
    customer_account: null,
    days_until_due: null,
    default_payment_method: null,
    default_source: null,
    description: input.description,
    discounts: [],
    ended_at: null,
    invoice_settings: { account_tax_ids: null, custom_fields: null, description: null, footer: null, issuer: { type: "self" } },
    items: { object: "list", data: items, has_more: false, url: `/v1/subscription_items?subscription=${id}` },
    latest_invoice: null,
    livemode: false,
    managed_payments: null,
    metadata: input.metadata,
    next_pending_invoice_item_invoice: null,
    on_behalf_of: null,
    pause_collection: null,
    payment_settings: { payment_method_options: null, payment_method_types: null, save_default_payment_method: "off" },
    pending_invoice_item_interval: null,
    pending_setup_intent: null,
    pending_update: null,
    schedule: null,
    start_date: input.now,
    status: "active",
    test_clock: null,
    transfer_data: null,
    trial_end: null,
    trial_settings: { end_behavior: { billing_cycle_anchor: null, missing_payment_method: "create_invoice" } },
    trial_start: null,
  };
}

/**
 * A subscription invoice. `paid` → status paid with amount_paid; otherwise an open invoice
 * whose first automatic payment attempt failed.
 */
export function buildInvoice(input: {
  now: number;
  publicUrl: string;
  customer: Customer;
  subscription: Subscription;
  /** Product id → name, for line descriptions ("1 × AI Pressure Pro (at $9.00 / month)"). */
  productNames: Record<string, string>;
  billingReason: "subscription_create" | "subscription_cycle";
  paid: boolean;
  /** The period the invoice's lines bill for. */
  linePeriod: { start: number; end: number };
  /** Invoice-level period (for a cycle invoice: the period just ended). */
  invoicePeriod: { start: number; end: number };
}): Invoice {
  const id = newId("in");
  const { subscription } = input;
  const lines: InvoiceLineItem[] = subscription.items.data.map((item) => {
    const amount = (item.price.unit_amount ?? 0) * (item.quantity ?? 1);
    return {
      id: newId("il"),
      object: "line_item",
      amount,
      currency: item.price.currency,
      description: `${item.quantity ?? 1} × ${input.productNames[item.price.product] ?? item.price.product} (at $${((item.price.unit_amount ?? 0) / 100).toFixed(2)} / ${item.price.recurring?.interval ?? "month"})`,
      discount_amounts: [],
      discountable: true,
      discounts: [],
      invoice: id,
      livemode: false,
      metadata: {},
      parent: {
        type: "subscription_item_details",
        invoice_item_details: null,
        subscription_item_details: {
          invoice_item: null,
          proration: false,
          proration_details: null,
          subscription: subscription.id,
          subscription_item: item.id,
        },
      },
      period: { start: input.linePeriod.start, end: input.linePeriod.end },
      pretax_credit_amounts: [],
      pricing: { type: "price_details", price_details: { price: item.price.id, product: item.price.product }, unit_amount_decimal: item.price.unit_amount_decimal },
      quantity: item.quantity ?? 1,
      quantity_decimal: String(item.quantity ?? 1),
      subscription: subscription.id,
      subtotal: amount,
      taxes: [],
    };
  });
  const total = lines.reduce((sum, line) => sum + line.amount, 0);
  const sequence = input.customer.next_invoice_sequence ?? 1;
  return {
    id,
    object: "invoice",
    account_country: "US",
    account_name: "AI Pressure (Stripe emulator)",
    account_tax_ids: null,
    amount_due: total,
    amount_overpaid: 0,
    amount_paid: input.paid ? total : 0,
    amount_remaining: input.paid ? 0 : total,
    amount_shipping: 0,
    application: null,
    attempt_count: 1,
    attempted: true,
    auto_advance: !input.paid,
    automatic_tax: { disabled_reason: null, enabled: false, liability: null, provider: null, status: null },
    automatically_finalizes_at: null,
    billing_reason: input.billingReason,
    collection_method: "charge_automatically",
    created: input.now,
    currency: subscription.currency,
    custom_fields: null,
    customer: input.customer.id,
    customer_account: null,
    customer_address: null,
    customer_email: input.customer.email,
    customer_name: input.customer.name ?? null,
    customer_phone: input.customer.phone ?? null,
    customer_shipping: null,
    customer_tax_exempt: "none",
    customer_tax_ids: [],
    default_payment_method: null,
    default_source: null,
    default_tax_rates: [],
    description: null,
    discounts: [],
    due_date: null,
    effective_at: input.now,
    ending_balance: 0,
    footer: null,
    from_invoice: null,
    hosted_invoice_url: `${input.publicUrl}/invoice/${id}`,
    invoice_pdf: null,
    issuer: { type: "self" },
    last_finalization_error: null,
    latest_revision: null,
    lines: { object: "list", data: lines, has_more: false, url: `/v1/invoices/${id}/lines` },
    livemode: false,
    metadata: {},
    next_payment_attempt: null,
    number: `${input.customer.invoice_prefix ?? "EMU"}-${String(sequence).padStart(4, "0")}`,
    on_behalf_of: null,
    parent: {
      type: "subscription_details",
      quote_details: null,
      subscription_details: { metadata: subscription.metadata, subscription: subscription.id },
    },
    payment_settings: { default_mandate: null, payment_method_options: null, payment_method_types: null },
    period_end: input.invoicePeriod.end,
    period_start: input.invoicePeriod.start,
    post_payment_credit_notes_amount: 0,
    pre_payment_credit_notes_amount: 0,
    receipt_number: null,
    rendering: null,
    shipping_cost: null,
    shipping_details: null,
    starting_balance: 0,
    statement_descriptor: null,
    status: input.paid ? "paid" : "open",
    status_transitions: { finalized_at: input.now, marked_uncollectible_at: null, paid_at: input.paid ? input.now : null, voided_at: null },
    subtotal: total,
    subtotal_excluding_tax: total,
    test_clock: null,
    total,
    total_discount_amounts: [],
    total_excluding_tax: total,
    total_pretax_credit_amounts: [],
    total_taxes: [],
    webhooks_delivered_at: input.now,
  };
}

export const DECLINE_ERROR = {
  code: "card_declined",
  decline_code: "generic_decline",
  message: "Your card was declined.",
  type: "card_error",
} as const;

export function buildPaymentIntent(input: {
  now: number;
  amount: number;
  currency: string;
  customer: string | null;
  metadata: Metadata;
  description: string | null;
  receiptEmail: string | null;
}): PaymentIntent {
  const id = newId("pi");
  return {
    id,
    object: "payment_intent",
    allowed_payment_method_types: null,
    amount: input.amount,
    amount_capturable: 0,
    amount_details: { tip: {} },
    amount_received: 0,
    application: null,
    application_fee_amount: null,
    automatic_payment_methods: null,
    canceled_at: null,
    cancellation_reason: null,
    capture_method: "automatic_async",
    client_secret: `${id}_secret_${randomToken(24)}`,
    confirmation_method: "automatic",
    created: input.now,
    currency: input.currency,
    customer: input.customer,
    customer_account: null,
    description: input.description,
    excluded_payment_method_types: null,
    last_payment_error: null,
    latest_charge: null,
    livemode: false,
    managed_payments: null,
    metadata: input.metadata,
    next_action: null,
    on_behalf_of: null,
    payment_method: null,
    payment_method_configuration_details: null,
    payment_method_options: null,
    payment_method_types: ["card"],
    payment_record: null,
    processing: null,
    receipt_email: input.receiptEmail,
    review: null,
    setup_future_usage: null,
    shipping: null,
    source: null,
    statement_descriptor: null,
    statement_descriptor_suffix: null,
    status: "requires_payment_method",
    transfer_data: null,
    transfer_group: null,
  };
}

export function buildPortalSession(input: { now: number; id: string; customer: string; returnUrl: string | null; url: string }): PortalSession {
  return {
    id: input.id,
    object: "billing_portal.session",
    configuration: "bpc_emulator_default",
    created: input.now,
    customer: input.customer,
    customer_account: null,
    flow: null,
    livemode: false,
    locale: null,
    on_behalf_of: null,
    return_url: input.returnUrl,
    url: input.url,
  };
}
