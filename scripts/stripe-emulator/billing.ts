import { type Interval, nextPeriod, periodBoundary } from "./clock";
import type { Core } from "./core";
import { invalidRequest } from "./errors";
import { type EventRequest, NO_REQUEST, recordEvent } from "./events";
import { buildCustomer, buildInvoice, buildPaymentIntent, buildSubscription, DECLINE_ERROR } from "./objects";
import type { CheckoutSession, Customer, Metadata, PaymentIntent, StripeEvent, Subscription } from "./types";

/**
 * State transitions shared by the API, the hosted pages and the clock. Each returns the
 * events it recorded, in the order Stripe would send them; the caller saves the store and
 * hands the list to the webhook sender as one batch.
 */

export function createCustomer(
  core: Core,
  input: { email: string | null; name?: string | null; description?: string | null; phone?: string | null; metadata?: Metadata },
  request: EventRequest = NO_REQUEST,
): { customer: Customer; events: StripeEvent[] } {
  const now = core.now();
  const customer = buildCustomer({ now, ...input });
  core.store.data.customers[customer.id] = customer;
  const event = recordEvent(core.store, { type: "customer.created", object: customer, created: now, request });
  return { customer, events: [event] };
}

function productNames(core: Core): Record<string, string> {
  return Object.fromEntries(Object.values(core.store.data.products).map((product) => [product.id, product.name]));
}

function recurringOf(session: CheckoutSession, core: Core): { interval: Interval; count: number } {
  const items = core.store.data.checkout_extras[session.id]?.line_items ?? [];
  const recurring = items.find((item) => item.price.recurring)?.price.recurring;
  if (!recurring) throw new Error(`checkout session ${session.id} has no recurring price`);
  return { interval: recurring.interval as Interval, count: recurring.interval_count };
}

function requireOpenSession(core: Core, sessionId: string): CheckoutSession {
  const session = core.store.data.checkout_sessions[sessionId];
  if (!session) throw invalidRequest(`No such checkout.session: '${sessionId}'`, "id", "resource_missing");
  if (session.status !== "open") throw invalidRequest(`This Checkout Session is ${session.status}.`, undefined, "checkout_session_not_open");
  return session;
}

/** Pay on the hosted page: the test card succeeds. */
export function completeCheckout(core: Core, sessionId: string, typedEmail: string | null): StripeEvent[] {
  const { store } = core;
  const session = requireOpenSession(core, sessionId);
  const extras = store.data.checkout_extras[session.id];
  if (!extras) throw new Error(`checkout session ${session.id} has no stored line items`);
  const now = core.now();
  const events: StripeEvent[] = [];

  let customer = session.customer ? store.data.customers[session.customer] : undefined;
  const email = customer?.email ?? session.customer_email ?? typedEmail;
  if (!customer && (session.mode === "subscription" || session.customer_creation === "always")) {
    const created = createCustomer(core, { email });
    customer = created.customer;
    events.push(...created.events);
  }

  session.status = "complete";
  session.payment_status = "paid";
  session.url = null;
  session.customer = customer?.id ?? null;
  session.customer_details = {
    address: null,
    business_name: null,
    email,
    individual_name: null,
    name: customer?.name ?? null,
    phone: null,
    tax_exempt: "none",
    tax_ids: [],
  };

  if (session.mode === "subscription") {
    if (!customer) throw new Error("subscription checkout without a customer");
    const { interval, count } = recurringOf(session, core);
    const subscription = buildSubscription({
      now,
      customer: customer.id,
      items: extras.line_items.map((item) => ({ price: item.price, quantity: item.quantity ?? 1 })),
      metadata: extras.subscription_data.metadata,
      description: extras.subscription_data.description,
      periodEnd: periodBoundary(now, interval, count, 1),
    });
    const invoice = buildInvoice({
      now,
      publicUrl: core.publicUrl(),
      customer,
      subscription,
      productNames: productNames(core),
      billingReason: "subscription_create",
      paid: true,
      linePeriod: { start: now, end: subscription.items.data[0]?.current_period_end ?? now },
      invoicePeriod: { start: now, end: now },
    });
    customer.next_invoice_sequence = (customer.next_invoice_sequence ?? 1) + 1;
    subscription.latest_invoice = invoice.id;
    store.data.subscriptions[subscription.id] = subscription;
    store.data.invoices[invoice.id] = invoice;
    session.subscription = subscription.id;
    events.push(recordEvent(store, { type: "customer.subscription.created", object: subscription, created: now }));
    events.push(recordEvent(store, { type: "invoice.paid", object: invoice, created: now }));
  } else {
    const existing = session.payment_intent ? store.data.payment_intents[session.payment_intent] : undefined;
    const intent =
      existing ??
      buildPaymentIntent({
        now,
        amount: session.amount_total ?? 0,
        currency: session.currency ?? "usd",
        customer: customer?.id ?? null,
        metadata: extras.payment_intent_data.metadata,
        description: extras.payment_intent_data.description,
        receiptEmail: extras.payment_intent_data.receipt_email,
      });
    intent.customer = customer?.id ?? intent.customer;
    intent.status = "succeeded";
    intent.amount_received = intent.amount;
    intent.last_payment_error = null;
    store.data.payment_intents[intent.id] = intent;
    session.payment_intent = intent.id;
    events.push(recordEvent(store, { type: "payment_intent.succeeded", object: intent, created: now }));
  }

  events.push(recordEvent(store, { type: "checkout.session.completed", object: session, created: now }));
  return events;
}

/** Decline on the hosted page: the card is declined; the session stays open and nothing is granted. */
export function declineCheckout(core: Core, sessionId: string): StripeEvent[] {
  const { store } = core;
  const session = requireOpenSession(core, sessionId);
  const extras = store.data.checkout_extras[session.id];
  if (!extras) throw new Error(`checkout session ${session.id} has no stored line items`);
  const now = core.now();
  const existingId = session.mode === "payment" ? session.payment_intent : extras.declined_payment_intent;
  const intent: PaymentIntent =
    (existingId ? store.data.payment_intents[existingId] : undefined) ??
    buildPaymentIntent({
      now,
      amount: session.amount_total ?? 0,
      currency: session.currency ?? "usd",
      customer: session.customer,
      metadata: session.mode === "payment" ? extras.payment_intent_data.metadata : {},
      description: session.mode === "payment" ? extras.payment_intent_data.description : "Subscription creation",
      receiptEmail: null,
    });
  intent.status = "requires_payment_method";
  intent.last_payment_error = { ...DECLINE_ERROR, payment_method_type: "card" };
  store.data.payment_intents[intent.id] = intent;
  if (session.mode === "payment") session.payment_intent = intent.id;
  else extras.declined_payment_intent = intent.id;
  return [recordEvent(store, { type: "payment_intent.payment_failed", object: intent, created: now })];
}

export function assertNotCanceled(subscription: Subscription, message = "A canceled subscription can only update its cancellation_details and metadata."): void {
  if (subscription.status === "canceled" || subscription.status === "incomplete_expired") {
    throw invalidRequest(message, undefined, "subscription_canceled");
  }
}

/**
 * `POST /v1/subscriptions/:id` and the portal buttons: set cancel_at_period_end and/or
 * metadata. Emits one customer.subscription.updated with the old values, or nothing when
 * nothing changed.
 */
export function updateSubscription(
  core: Core,
  subscription: Subscription,
  changes: { cancelAtPeriodEnd?: boolean; metadata?: Metadata },
  request: EventRequest = NO_REQUEST,
): StripeEvent[] {
  const now = core.now();
  const previous: Record<string, unknown> = {};
  if (changes.cancelAtPeriodEnd !== undefined && changes.cancelAtPeriodEnd !== subscription.cancel_at_period_end) {
    assertNotCanceled(subscription);
    Object.assign(previous, {
      cancel_at: subscription.cancel_at,
      cancel_at_period_end: subscription.cancel_at_period_end,
      canceled_at: subscription.canceled_at,
      cancellation_details: structuredClone(subscription.cancellation_details),
    });
    const periodEnd = subscription.items.data[0]?.current_period_end ?? now;
    subscription.cancel_at_period_end = changes.cancelAtPeriodEnd;
    subscription.cancel_at = changes.cancelAtPeriodEnd ? periodEnd : null;
    subscription.canceled_at = changes.cancelAtPeriodEnd ? now : null;
    subscription.cancellation_details = {
      comment: null,
      feedback: null,
      feedback_option: null,
      reason: changes.cancelAtPeriodEnd ? "cancellation_requested" : null,
    };
  }
  if (changes.metadata !== undefined && JSON.stringify(changes.metadata) !== JSON.stringify(subscription.metadata)) {
    previous.metadata = structuredClone(subscription.metadata);
    subscription.metadata = changes.metadata;
  }
  if (Object.keys(previous).length === 0) return [];
  return [recordEvent(core.store, { type: "customer.subscription.updated", object: subscription, created: now, previous, request })];
}

/** Ends a subscription now (`DELETE`) or at a past moment (period end during a clock advance). */
export function endSubscription(
  core: Core,
  subscription: Subscription,
  input: { at: number; reason: "cancellation_requested" | "payment_failed" },
  request: EventRequest = NO_REQUEST,
): StripeEvent[] {
  assertNotCanceled(subscription, `Subscription ${subscription.id} has already been canceled.`);
  subscription.status = "canceled";
  subscription.ended_at = input.at;
  subscription.canceled_at = subscription.canceled_at ?? input.at;
  subscription.cancel_at = subscription.cancel_at ?? input.at;
  subscription.cancellation_details = { comment: null, feedback: null, feedback_option: null, reason: input.reason };
  return [recordEvent(core.store, { type: "customer.subscription.deleted", object: subscription, created: input.at, request })];
}

/** One subscription crossing its period end at `periodEnd`: renew (paid or failed). */
function renew(core: Core, subscription: Subscription, periodEnd: number, fail: boolean): StripeEvent[] {
  const { store } = core;
  const customer = store.data.customers[subscription.customer];
  const firstItem = subscription.items.data[0];
  if (!customer || !firstItem) throw new Error(`subscription ${subscription.id} is missing its customer or items`);
  const recurring = firstItem.price.recurring ?? { interval: "month", interval_count: 1 };
  const period = nextPeriod(subscription.billing_cycle_anchor, recurring.interval as Interval, recurring.interval_count, periodEnd);
  const previous: Record<string, unknown> = {
    items: structuredClone(subscription.items),
    latest_invoice: subscription.latest_invoice,
  };
  const endedPeriod = { start: firstItem.current_period_start, end: periodEnd };
  for (const item of subscription.items.data) {
    item.current_period_start = period.start;
    item.current_period_end = period.end;
  }
  const invoice = buildInvoice({
    now: periodEnd,
    publicUrl: core.publicUrl(),
    customer,
    subscription,
    productNames: productNames(core),
    billingReason: "subscription_cycle",
    paid: !fail,
    linePeriod: period,
    invoicePeriod: endedPeriod,
  });
  customer.next_invoice_sequence = (customer.next_invoice_sequence ?? 1) + 1;
  store.data.invoices[invoice.id] = invoice;
  subscription.latest_invoice = invoice.id;
  if (fail && subscription.status !== "past_due") {
    previous.status = subscription.status;
    subscription.status = "past_due";
  }
  return [
    recordEvent(store, { type: fail ? "invoice.payment_failed" : "invoice.paid", object: invoice, created: periodEnd }),
    recordEvent(store, { type: "customer.subscription.updated", object: subscription, created: periodEnd, previous }),
  ];
}

/**
 * Moves emulator time forward and plays out what Stripe would have done meanwhile, in
 * time order: period ends cancel (cancel_at_period_end), fail (`failRenewal`: past_due),
 * end past_due subscriptions (retries exhausted) or renew; open checkout sessions expire.
 */
export function advanceClock(core: Core, seconds: number, failRenewal: boolean): StripeEvent[] {
  const { store } = core;
  store.data.clock_offset_seconds += Math.round(seconds);
  const now = core.now();
  const events: StripeEvent[] = [];

  for (const subscription of Object.values(store.data.subscriptions)) {
    let periodEnd = subscription.items.data[0]?.current_period_end;
    while (periodEnd !== undefined && periodEnd <= now && subscription.status !== "canceled" && subscription.status !== "incomplete_expired") {
      if (subscription.cancel_at_period_end) {
        events.push(...endSubscription(core, subscription, { at: periodEnd, reason: "cancellation_requested" }));
      } else if (subscription.status === "past_due") {
        events.push(...endSubscription(core, subscription, { at: periodEnd, reason: "payment_failed" }));
      } else {
        events.push(...renew(core, subscription, periodEnd, failRenewal));
        periodEnd = subscription.items.data[0]?.current_period_end;
      }
    }
  }

  for (const session of Object.values(store.data.checkout_sessions)) {
    if (session.status === "open" && session.expires_at <= now) {
      events.push(...expireCheckout(core, session, session.expires_at));
    }
  }

  return events.sort((a, b) => a.created - b.created);
}

/** An open checkout session stops accepting payment (its expiry time passed, or `POST …/expire`). */
export function expireCheckout(core: Core, session: CheckoutSession, at: number, request: EventRequest = NO_REQUEST): StripeEvent[] {
  if (session.status !== "open") {
    throw invalidRequest(`Only Checkout Sessions with a status of \`open\` can be expired. This session is ${session.status}.`);
  }
  session.status = "expired";
  session.url = null;
  return [recordEvent(core.store, { type: "checkout.session.expired", object: session, created: at, request })];
}
