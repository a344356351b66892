import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Stripe from "stripe";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { addMonths } from "../clock";
import { type RunningEmulator, startEmulator, type StartEmulatorOptions } from "../index";
import { readForms, startWebhookReceiver, submitForm, type WebhookReceiver } from "../testing";

const SECRET_KEY = "sk_test_emulator_unit";
const WEBHOOK_SECRET = "whsec_unit_test_secret";
const APP = "http://app.test";

interface Harness {
  emulator: RunningEmulator;
  receiver: WebhookReceiver;
  stripe: Stripe;
}

let harness: Harness | null = null;
const tempDirs: string[] = [];

async function start(options: StartEmulatorOptions = {}, receiver?: WebhookReceiver): Promise<Harness> {
  const hook = receiver ?? (await startWebhookReceiver(WEBHOOK_SECRET));
  const emulator = await startEmulator({
    port: 0,
    secretKey: SECRET_KEY,
    webhookSecret: WEBHOOK_SECRET,
    webhookUrl: hook.url,
    stateFile: null,
    proPriceCents: 900,
    reportPriceCents: 1200,
    retryDelaysMs: [20, 40, 80],
    log: () => {},
    env: {},
    ...options,
  });
  const stripe = new Stripe(SECRET_KEY, { host: "127.0.0.1", port: emulator.port, protocol: "http", maxNetworkRetries: 0 });
  harness = { emulator, receiver: hook, stripe };
  return harness;
}

function tempStateFile(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "stripe-emulator-"));
  tempDirs.push(dir);
  return path.join(dir, "state", "stripe-emulator.json");
}

afterEach(async () => {
  if (harness) {
    await harness.emulator.close();
    await harness.receiver.close();
    harness = null;
  }
  for (const dir of tempDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

async function control(h: Harness, method: string, route: string, body?: unknown): Promise<{ status: number; json: Record<string, unknown> }> {
  const response = await fetch(`${h.emulator.url}${route}`, {
    method,
    headers: body === undefined ? {} : { "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

async function openCheckout(url: string) {
  const page = await fetch(url);
  const html = await page.text();
  const [form] = readForms(html);
  if (!form) throw new Error(`no form on ${url}: ${html.slice(0, 200)}`);
  return { status: page.status, html, form };
}

/** Creates a Pro subscription through the hosted page; returns the completed session and the typed email. */
async function subscribe(h: Harness, email = "pro@example.com") {
  const session = await h.stripe.checkout.sessions.create({
    mode: "subscription",
    line_items: [{ price: "price_pro_monthly", quantity: 1 }],
    customer_email: email,
    client_reference_id: "user_42",
    subscription_data: { metadata: { user_id: "user_42" } },
    success_url: `${APP}/billing/success?session_id={CHECKOUT_SESSION_ID}`,
    cancel_url: `${APP}/pricing`,
  });
  const { form } = await openCheckout(session.url ?? "");
  const response = await submitForm(session.url ?? "", form, "pay");
  await h.emulator.idle();
  const completed = await h.stripe.checkout.sessions.retrieve(session.id);
  const subscription = await h.stripe.subscriptions.retrieve(String(completed.subscription));
  return { session: completed, response, subscription };
}

describe("Stripe emulator: catalogue", () => {
  beforeEach(async () => {
    await start();
  });

  it("finds the seeded prices by lookup key, with the product expanded", async () => {
    const { stripe } = harness!;
    const pro = await stripe.prices.list({ lookup_keys: ["pro_monthly"], active: true, expand: ["data.product"] });
    expect(pro.data).toHaveLength(1);
    const price = pro.data[0]!;
    expect(price.id).toBe("price_pro_monthly");
    expect(price.unit_amount).toBe(900);
    expect(price.currency).toBe("usd");
    expect(price.type).toBe("recurring");
    expect(price.recurring?.interval).toBe("month");
    expect((price.product as Stripe.Product).name).toBe("AI Pressure Pro");

    const report = await stripe.prices.list({ lookup_keys: ["occupation_report"] });
    expect(report.data.map((p) => [p.id, p.unit_amount, p.type, p.recurring])).toEqual([["price_occupation_report", 1200, "one_time", null]]);

    const none = await stripe.prices.list({ lookup_keys: ["does_not_exist"] });
    expect(none.data).toEqual([]);

    const product = await stripe.products.retrieve("prod_occupation_report");
    expect(product.name).toBe("Occupation PDF report");
  });
});

describe("Stripe emulator: subscription checkout", () => {
  beforeEach(async () => {
    await start();
  });

  it("creates an open session whose hosted page shows the product, amount and locked email", async () => {
    const { stripe, emulator } = harness!;
    const session = await stripe.checkout.sessions.create({
      mode: "subscription",
      line_items: [{ price: "price_pro_monthly", quantity: 1 }],
      customer_email: "pro@example.com",
      success_url: `${APP}/ok?session_id={CHECKOUT_SESSION_ID}`,
      allow_promotion_codes: true,
    });
    expect(session.id).toMatch(/^cs_test_/);
    expect(session.object).toBe("checkout.session");
    expect(session.status).toBe("open");
    expect(session.payment_status).toBe("unpaid");
    expect(session.amount_total).toBe(900);
    expect(session.url).toBe(`${emulator.url}/checkout/${session.id}`);
    expect(session.success_url).toBe(`${APP}/ok?session_id={CHECKOUT_SESSION_ID}`);

    const { status, html, form } = await openCheckout(session.url!);
    expect(status).toBe(200);
    expect(html).toContain("AI Pressure Pro");
    expect(html).toContain("$9.00");
    expect(html).toMatch(/<input id="email"[^>]*value="pro@example.com"[^>]*readonly/);
    expect(form.action).toBe(`/checkout/${session.id}`);
    expect(form.buttons.map((button) => button.value)).toEqual(["pay", "decline", "cancel"]);
  });

  it("Pay completes the session, creates an active subscription and a paid invoice, and sends signed webhooks", async () => {
    const h = harness!;
    const before = Math.floor(Date.now() / 1000);
    const { session, response, subscription } = await subscribe(h);

    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`${APP}/billing/success?session_id=${session.id}`);

    expect(h.receiver.rejected).toBe(0);
    expect(h.receiver.types()).toEqual(["customer.created", "customer.subscription.created", "invoice.paid", "checkout.session.completed"]);
    for (const event of h.receiver.events) {
      expect(event.object).toBe("event");
      expect(event.id).toMatch(/^evt_/);
      expect(event.livemode).toBe(false);
      expect(event.api_version).toBe(Stripe.API_VERSION);
    }

    const completed = h.receiver.events.find((event) => event.type === "checkout.session.completed")!.data.object as Stripe.Checkout.Session;
    expect(completed.id).toBe(session.id);
    expect(completed.status).toBe("complete");
    expect(completed.payment_status).toBe("paid");
    expect(completed.client_reference_id).toBe("user_42");
    expect(completed.subscription).toBe(subscription.id);
    expect(completed.customer_details?.email).toBe("pro@example.com");

    expect(subscription.status).toBe("active");
    expect(subscription.cancel_at_period_end).toBe(false);
    expect(subscription.metadata).toEqual({ user_id: "user_42" });
    const item = subscription.items.data[0]!;
    expect(item.price.id).toBe("price_pro_monthly");
    expect(item.current_period_start).toBeGreaterThanOrEqual(before);
    expect(item.current_period_end).toBe(addMonths(item.current_period_start, 1));

    const created = h.receiver.events.find((event) => event.type === "customer.subscription.created")!.data.object as Stripe.Subscription;
    expect(created.id).toBe(subscription.id);
    expect(created.status).toBe("active");

    const invoice = h.receiver.events.find((event) => event.type === "invoice.paid")!.data.object as Stripe.Invoice;
    expect(invoice.status).toBe("paid");
    expect(invoice.amount_paid).toBe(900);
    expect(invoice.billing_reason).toBe("subscription_create");
    expect(invoice.parent?.subscription_details?.subscription).toBe(subscription.id);
    expect(invoice.customer).toBe(subscription.customer);
    expect(subscription.latest_invoice).toBe(invoice.id);

    const customer = (await h.stripe.customers.retrieve(String(subscription.customer))) as Stripe.Customer;
    expect(customer.email).toBe("pro@example.com");
  });

  it("retrieves the completed session with subscription, customer and line items expanded", async () => {
    const h = harness!;
    const { session, subscription } = await subscribe(h);
    const expanded = await h.stripe.checkout.sessions.retrieve(session.id, { expand: ["subscription", "customer", "line_items"] });
    expect((expanded.subscription as Stripe.Subscription).id).toBe(subscription.id);
    expect((expanded.subscription as Stripe.Subscription).status).toBe("active");
    expect((expanded.customer as Stripe.Customer).email).toBe("pro@example.com");
    expect(expanded.line_items?.data.map((item) => [item.price?.id, item.quantity, item.amount_total])).toEqual([["price_pro_monthly", 1, 900]]);
    expect(expanded.url).toBeNull();

    const nested = await h.stripe.checkout.sessions.retrieve(session.id, { expand: ["line_items.data.price.product", "subscription.latest_invoice"] });
    expect((nested.line_items?.data[0]?.price?.product as Stripe.Product).name).toBe("AI Pressure Pro");
    expect(((nested.subscription as Stripe.Subscription).latest_invoice as Stripe.Invoice).status).toBe("paid");
    const withProduct = await h.stripe.subscriptions.retrieve(subscription.id, { expand: ["items.data.price.product", "customer"] });
    expect((withProduct.items.data[0]!.price.product as Stripe.Product).id).toBe("prod_ai_pressure_pro");

    const lineItems = await h.stripe.checkout.sessions.listLineItems(session.id);
    expect(lineItems.data).toHaveLength(1);

    const listed = await h.stripe.subscriptions.list({ customer: String(subscription.customer), status: "active" });
    expect(listed.data.map((s) => s.id)).toEqual([subscription.id]);

    const invoices = await h.stripe.invoices.list({ customer: String(subscription.customer) });
    expect(invoices.data).toHaveLength(1);
    const invoicePage = await fetch(invoices.data[0]!.hosted_invoice_url!);
    expect(invoicePage.status).toBe(200);
    const invoiceHtml = await invoicePage.text();
    expect(invoiceHtml).toContain(invoices.data[0]!.number!);
    expect(invoiceHtml).toContain("$9.00");
  });

  it("shows 'already paid' for a completed session and never charges twice", async () => {
    const h = harness!;
    const { session } = await subscribe(h);
    const eventsBefore = h.receiver.events.length;
    const page = await fetch(`${h.emulator.url}/checkout/${session.id}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("already paid");

    const again = await fetch(`${h.emulator.url}/checkout/${session.id}`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: "action=pay&email=pro%40example.com",
      redirect: "manual",
    });
    expect(again.status).toBe(409);
    await h.emulator.idle();
    expect(h.receiver.events.length).toBe(eventsBefore);
    const subscriptions = await h.stripe.subscriptions.list({ status: "all" });
    expect(subscriptions.data).toHaveLength(1);
  });

  it("Cancel redirects to cancel_url and leaves the session open", async () => {
    const h = harness!;
    const session = await h.stripe.checkout.sessions.create({
      mode: "subscription",
      line_items: [{ price: "price_pro_monthly", quantity: 1 }],
      success_url: `${APP}/ok`,
      cancel_url: `${APP}/pricing?canceled=1`,
    });
    const { form } = await openCheckout(session.url!);
    const response = await submitForm(session.url!, form, "cancel");
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`${APP}/pricing?canceled=1`);
    expect((await h.stripe.checkout.sessions.retrieve(session.id)).status).toBe("open");
  });
});

describe("Stripe emulator: declines and one-off payments", () => {
  beforeEach(async () => {
    await start();
  });

  it("Decline card shows the error, keeps the session open and grants nothing", async () => {
    const h = harness!;
    const session = await h.stripe.checkout.sessions.create({
      mode: "subscription",
      line_items: [{ price: "price_pro_monthly", quantity: 1 }],
      customer_email: "declined@example.com",
      success_url: `${APP}/ok`,
    });
    const { form } = await openCheckout(session.url!);
    const response = await submitForm(session.url!, form, "decline");
    expect(response.status).toBe(402);
    expect(await response.text()).toContain("Your card was declined.");
    await h.emulator.idle();

    const after = await h.stripe.checkout.sessions.retrieve(session.id);
    expect(after.status).toBe("open");
    expect(after.payment_status).toBe("unpaid");
    expect(after.subscription).toBeNull();
    expect(after.customer).toBeNull();
    expect((await h.stripe.subscriptions.list({ status: "all" })).data).toEqual([]);
    expect((await h.stripe.customers.list({ email: "declined@example.com" })).data).toEqual([]);

    expect(h.receiver.types()).toEqual(["payment_intent.payment_failed"]);
    const intent = h.receiver.events[0]!.data.object as Stripe.PaymentIntent;
    expect(intent.status).toBe("requires_payment_method");
    expect(intent.last_payment_error?.code).toBe("card_declined");

    // Paying after a decline still works, once.
    const retry = await submitForm(session.url!, (await openCheckout(session.url!)).form, "pay");
    expect(retry.status).toBe(303);
    expect((await h.stripe.checkout.sessions.retrieve(session.id)).status).toBe("complete");
  });

  it("guest payment-mode checkout creates a customer from the typed email and a succeeded payment intent", async () => {
    const h = harness!;
    const session = await h.stripe.checkout.sessions.create({
      mode: "payment",
      line_items: [{ price: "price_occupation_report", quantity: 1 }],
      customer_creation: "always",
      metadata: { soc: "15-1252" },
      payment_intent_data: { metadata: { soc: "15-1252", kind: "report" } },
      success_url: `${APP}/reports/success?session_id={CHECKOUT_SESSION_ID}`,
    });
    expect(session.customer_creation).toBe("always");
    const { html, form } = await openCheckout(session.url!);
    expect(html).toContain("Occupation PDF report");
    expect(html).toContain("$12.00");
    expect(form.fields.email).toBe("");
    expect(html).not.toMatch(/<input id="email"[^>]*readonly/);

    const invalid = await submitForm(session.url!, form, "pay", { email: "not-an-email" });
    expect(invalid.status).toBe(400);
    expect(await invalid.text()).toContain("Enter a valid email address.");

    const response = await submitForm(session.url!, form, "pay", { email: "guest@example.com" });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`${APP}/reports/success?session_id=${session.id}`);
    await h.emulator.idle();

    const done = await h.stripe.checkout.sessions.retrieve(session.id, { expand: ["payment_intent", "customer"] });
    expect(done.status).toBe("complete");
    expect(done.payment_status).toBe("paid");
    expect(done.metadata).toEqual({ soc: "15-1252" });
    expect(done.customer_details?.email).toBe("guest@example.com");
    const intent = done.payment_intent as Stripe.PaymentIntent;
    expect(intent.status).toBe("succeeded");
    expect(intent.amount).toBe(1200);
    expect(intent.amount_received).toBe(1200);
    expect(intent.metadata).toEqual({ soc: "15-1252", kind: "report" });
    const customer = done.customer as Stripe.Customer;
    expect(customer.email).toBe("guest@example.com");
    expect(intent.customer).toBe(customer.id);

    expect(h.receiver.types()).toEqual(["customer.created", "payment_intent.succeeded", "checkout.session.completed"]);
    const fetched = await h.stripe.paymentIntents.retrieve(intent.id);
    expect(fetched.metadata.soc).toBe("15-1252");
  });

  it("payment mode without customer_creation keeps Stripe's guest behaviour: no customer, email in customer_details", async () => {
    const h = harness!;
    const session = await h.stripe.checkout.sessions.create({
      mode: "payment",
      line_items: [{ price: "price_occupation_report", quantity: 1 }],
      success_url: `${APP}/ok`,
    });
    const { form } = await openCheckout(session.url!);
    await submitForm(session.url!, form, "pay", { email: "guest2@example.com" });
    const done = await h.stripe.checkout.sessions.retrieve(session.id);
    expect(done.customer).toBeNull();
    expect(done.customer_details?.email).toBe("guest2@example.com");
    expect((await h.stripe.customers.list()).data).toEqual([]);
  });
});

describe("Stripe emulator: portal and clock", () => {
  beforeEach(async () => {
    await start();
  });

  async function portalForm(h: Harness, customer: string) {
    const portal = await h.stripe.billingPortal.sessions.create({ customer, return_url: `${APP}/account` });
    expect(portal.url).toBe(`${h.emulator.url}/portal/${portal.id}`);
    const page = await fetch(portal.url);
    const html = await page.text();
    return { portal, html, forms: readForms(html) };
  }

  it("portal cancel at period end sends customer.subscription.updated; resume undoes it", async () => {
    const h = harness!;
    const { subscription } = await subscribe(h);
    const customer = String(subscription.customer);
    const { portal, html, forms } = await portalForm(h, customer);
    expect(html).toContain("AI Pressure Pro");
    expect(html).toContain(`href="${APP}/account"`);
    expect(html).toContain("Renews on");
    const [form] = forms;
    expect(form?.fields.subscription).toBe(subscription.id);

    const canceled = await submitForm(portal.url, form!, "cancel");
    expect(canceled.status).toBe(303);
    expect(canceled.headers.get("location")).toBe(`/portal/${portal.id}?done=canceled`);
    const updated = await h.receiver.waitFor((event) => event.type === "customer.subscription.updated");
    const object = updated.data.object as Stripe.Subscription;
    expect(object.id).toBe(subscription.id);
    expect(object.cancel_at_period_end).toBe(true);
    expect(object.cancel_at).toBe(subscription.items.data[0]!.current_period_end);
    expect(updated.data.previous_attributes).toMatchObject({ cancel_at_period_end: false });

    const after = await portalForm(h, customer);
    expect(after.html).toContain("cancels at period end");
    const resumed = await submitForm(portal.url, after.forms[0]!, "resume");
    expect(resumed.status).toBe(303);
    await h.emulator.idle();
    const last = h.receiver.events.at(-1)!;
    expect(last.type).toBe("customer.subscription.updated");
    expect((last.data.object as Stripe.Subscription).cancel_at_period_end).toBe(false);
    expect((await h.stripe.subscriptions.retrieve(subscription.id)).cancel_at_period_end).toBe(false);
  });

  it("a portal session cannot touch another customer's subscription", async () => {
    const h = harness!;
    const { subscription } = await subscribe(h);
    const other = await h.stripe.customers.create({ email: "other@example.com" });
    const { portal } = await portalForm(h, other.id);
    const response = await fetch(portal.url, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: `action=cancel&subscription=${subscription.id}`,
      redirect: "manual",
    });
    expect(response.status).toBe(404);
    expect((await h.stripe.subscriptions.retrieve(subscription.id)).cancel_at_period_end).toBe(false);
  });

  it("cancel at period end, then advancing 31 days, ends the subscription with customer.subscription.deleted", async () => {
    const h = harness!;
    const { subscription } = await subscribe(h);
    await h.stripe.subscriptions.update(subscription.id, { cancel_at_period_end: true });
    await h.emulator.idle();
    const periodEnd = subscription.items.data[0]!.current_period_end;

    const advance = await control(h, "POST", "/_emulator/advance", { days: 31 });
    expect(advance.status).toBe(200);
    expect((advance.json.events as Array<{ type: string }>).map((event) => event.type)).toEqual(["customer.subscription.deleted"]);
    const deleted = await h.receiver.waitFor((event) => event.type === "customer.subscription.deleted");
    expect((deleted.data.object as Stripe.Subscription).status).toBe("canceled");
    expect(deleted.created).toBe(periodEnd);

    const ended = await h.stripe.subscriptions.retrieve(subscription.id);
    expect(ended.status).toBe("canceled");
    expect(ended.ended_at).toBe(periodEnd);
    expect((await h.stripe.subscriptions.list({ customer: String(subscription.customer) })).data).toEqual([]);
    expect((await h.stripe.subscriptions.list({ customer: String(subscription.customer), status: "canceled" })).data).toHaveLength(1);
  });

  it("renews with a paid invoice when nothing is cancelled", async () => {
    const h = harness!;
    const { subscription } = await subscribe(h);
    const firstEnd = subscription.items.data[0]!.current_period_end;
    const advance = await control(h, "POST", "/_emulator/advance", { days: 31, wait: true });
    expect((advance.json.events as Array<{ type: string }>).map((event) => event.type)).toEqual(["invoice.paid", "customer.subscription.updated"]);
    const renewed = await h.stripe.subscriptions.retrieve(subscription.id);
    expect(renewed.status).toBe("active");
    expect(renewed.items.data[0]!.current_period_start).toBe(firstEnd);
    expect(renewed.items.data[0]!.current_period_end).toBe(addMonths(subscription.items.data[0]!.current_period_start, 2));
    const invoice = await h.stripe.invoices.retrieve(String(renewed.latest_invoice));
    expect(invoice.billing_reason).toBe("subscription_cycle");
    expect(invoice.status).toBe("paid");
    expect(invoice.lines.data[0]!.period.end).toBe(renewed.items.data[0]!.current_period_end);
    const updated = h.receiver.events.at(-1)!;
    expect(updated.type).toBe("customer.subscription.updated");
    expect(updated.data.previous_attributes).toHaveProperty("items");
  });

  it("failRenewal makes the subscription past_due, and the next period end cancels it", async () => {
    const h = harness!;
    const { subscription } = await subscribe(h);
    const failed = await control(h, "POST", "/_emulator/advance", { days: 31, failRenewal: true, wait: true });
    expect((failed.json.events as Array<{ type: string }>).map((event) => event.type)).toEqual(["invoice.payment_failed", "customer.subscription.updated"]);
    const pastDue = await h.stripe.subscriptions.retrieve(subscription.id);
    expect(pastDue.status).toBe("past_due");
    expect(pastDue.items.data[0]!.current_period_start).toBe(subscription.items.data[0]!.current_period_end);
    const failedInvoice = h.receiver.events.find((event) => event.type === "invoice.payment_failed")!.data.object as Stripe.Invoice;
    expect(failedInvoice.status).toBe("open");
    expect(failedInvoice.amount_paid).toBe(0);
    expect(failedInvoice.amount_remaining).toBe(900);
    const updated = h.receiver.events.at(-1)!;
    expect((updated.data.object as Stripe.Subscription).status).toBe("past_due");
    expect(updated.data.previous_attributes).toMatchObject({ status: "active" });

    const exhausted = await control(h, "POST", "/_emulator/advance", { days: 31, wait: true });
    expect((exhausted.json.events as Array<{ type: string }>).map((event) => event.type)).toEqual(["customer.subscription.deleted"]);
    const canceled = await h.stripe.subscriptions.retrieve(subscription.id);
    expect(canceled.status).toBe("canceled");
    expect(canceled.cancellation_details?.reason).toBe("payment_failed");
  });

  it("expires an unpaid session once its expiry passes", async () => {
    const h = harness!;
    const session = await h.stripe.checkout.sessions.create({
      mode: "payment",
      line_items: [{ price: "price_occupation_report", quantity: 1 }],
      success_url: `${APP}/ok`,
      cancel_url: `${APP}/pricing`,
    });
    const advance = await control(h, "POST", "/_emulator/advance", { days: 1.5 });
    expect(advance.json.events).toEqual([expect.objectContaining({ type: "checkout.session.expired", object: session.id, created: session.expires_at })]);
    const page = await fetch(`${h.emulator.url}/checkout/${session.id}`);
    expect(page.status).toBe(410);
    expect(await page.text()).toContain("expired");
    const after = await h.stripe.checkout.sessions.retrieve(session.id);
    expect(after.status).toBe("expired");
    expect(after.url).toBeNull();
  });

  it("DELETE cancels immediately", async () => {
    const h = harness!;
    const { subscription } = await subscribe(h);
    const canceled = await h.stripe.subscriptions.cancel(subscription.id);
    expect(canceled.status).toBe("canceled");
    const deleted = await h.receiver.waitFor((event) => event.type === "customer.subscription.deleted");
    expect(deleted.request?.id).toMatch(/^req_/);
    await expect(h.stripe.subscriptions.update(subscription.id, { cancel_at_period_end: true })).rejects.toMatchObject({ statusCode: 400 });
  });
});

describe("Stripe emulator: webhook delivery", () => {
  it("retries a delivery the receiver answered with 500, keeping order, and records the attempts", async () => {
    const receiver = await startWebhookReceiver(WEBHOOK_SECRET);
    receiver.failNext(2);
    const h = await start({}, receiver);
    await subscribe(h);
    expect(receiver.requests).toBe(6);
    expect(receiver.types()).toEqual(["customer.created", "customer.subscription.created", "invoice.paid", "checkout.session.completed"]);
    const state = await control(h, "GET", "/_emulator/state");
    const deliveries = Object.values(state.json.deliveries as Record<string, { event_type: string; status: string; attempts: number; last_status_code: number }>);
    expect(deliveries.map((delivery) => [delivery.event_type, delivery.status, delivery.attempts])).toEqual([
      ["customer.created", "succeeded", 3],
      ["customer.subscription.created", "succeeded", 1],
      ["invoice.paid", "succeeded", 1],
      ["checkout.session.completed", "succeeded", 1],
    ]);
  });

  it("gives up after the last retry and marks the delivery failed", async () => {
    const receiver = await startWebhookReceiver(WEBHOOK_SECRET);
    receiver.failNext(100);
    const h = await start({}, receiver);
    await h.stripe.customers.create({ email: "nobody@example.com" });
    await h.emulator.idle();
    expect(receiver.requests).toBe(4);
    const state = await control(h, "GET", "/_emulator/state");
    const [delivery] = Object.values(state.json.deliveries as Record<string, { status: string; attempts: number; last_status_code: number }>);
    expect(delivery).toMatchObject({ status: "failed", attempts: 4, last_status_code: 500 });
  });

  it("resumes deliveries left pending by a shutdown on the next start", async () => {
    const stateFile = tempStateFile();
    const receiver = await startWebhookReceiver(WEBHOOK_SECRET);
    receiver.failNext(1);
    const first = await start({ stateFile, retryDelaysMs: [60_000] }, receiver);
    await first.stripe.customers.create({ email: "later@example.com" });
    for (let i = 0; i < 50 && receiver.requests === 0; i += 1) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(receiver.requests).toBe(1);
    await first.emulator.close();
    harness = null;

    const second = await start({ stateFile }, receiver);
    await second.emulator.idle();
    expect(receiver.types()).toEqual(["customer.created"]);
    const state = await control(second, "GET", "/_emulator/state");
    const [delivery] = Object.values(state.json.deliveries as Record<string, { status: string; attempts: number }>);
    expect(delivery).toMatchObject({ status: "succeeded", attempts: 2 });
  });

  it("signs payloads so that only the right secret verifies them", async () => {
    const receiver = await startWebhookReceiver("whsec_some_other_secret");
    const h = await start({}, receiver);
    await h.stripe.customers.create({ email: "x@example.com" });
    await h.emulator.idle();
    expect(receiver.events).toEqual([]);
    expect(receiver.rejected).toBe(4);
  });
});

describe("Stripe emulator: errors and request handling", () => {
  beforeEach(async () => {
    await start();
  });

  it("rejects a bad API key with 401 in Stripe's error shape", async () => {
    const h = harness!;
    const wrong = new Stripe("sk_test_wrong_key_123456", { host: "127.0.0.1", port: h.emulator.port, protocol: "http", maxNetworkRetries: 0 });
    await expect(wrong.customers.list()).rejects.toMatchObject({ type: "StripeAuthenticationError", statusCode: 401 });
    const response = await fetch(`${h.emulator.url}/v1/customers`, { headers: { Authorization: "Bearer sk_test_wrong_key_123456" } });
    expect(response.status).toBe(401);
    const body = (await response.json()) as { error: Record<string, unknown> };
    expect(body.error.type).toBe("invalid_request_error");
    expect(body.error.message).toMatch(/^Invalid API Key provided: sk_test_/);
    expect(body.error.message).not.toContain("wrong_key_123456");
    const missing = await fetch(`${h.emulator.url}/v1/customers`);
    expect(missing.status).toBe(401);
  });

  it("answers unknown ids and unknown routes with 404 in Stripe's error shape", async () => {
    const h = harness!;
    await expect(h.stripe.subscriptions.retrieve("sub_nope")).rejects.toMatchObject({
      type: "StripeInvalidRequestError",
      statusCode: 404,
      code: "resource_missing",
      param: "id",
      message: "No such subscription: 'sub_nope'",
    });
    const route = await fetch(`${h.emulator.url}/v1/widgets`, { headers: { Authorization: `Bearer ${SECRET_KEY}` } });
    expect(route.status).toBe(404);
    const body = (await route.json()) as { error: { type: string; message: string } };
    expect(body.error.type).toBe("invalid_request_error");
    expect(body.error.message).toContain("Unrecognized request URL (GET: /v1/widgets)");
  });

  it("validates parameters like Stripe: unknown, missing and wrong-typed params are 400s", async () => {
    const h = harness!;
    await expect(
      h.stripe.checkout.sessions.create({ mode: "subscription", line_items: [{ price: "price_pro_monthly", quantity: 1 }], bogus: "x" } as Stripe.Checkout.SessionCreateParams),
    ).rejects.toMatchObject({ statusCode: 400, message: "Received unknown parameter: bogus", param: "bogus" });
    await expect(h.stripe.checkout.sessions.create({ line_items: [{ price: "price_pro_monthly", quantity: 1 }] })).rejects.toMatchObject({
      statusCode: 400,
      message: "Missing required param: mode.",
    });
    await expect(
      h.stripe.checkout.sessions.create({ mode: "payment", line_items: [{ price: "price_pro_monthly", quantity: 1 }], success_url: `${APP}/ok` }),
    ).rejects.toMatchObject({ statusCode: 400, param: "line_items[0][price]" });
    await expect(
      h.stripe.checkout.sessions.create({ mode: "payment", line_items: [{ price: "price_missing", quantity: 1 }], success_url: `${APP}/ok` }),
    ).rejects.toMatchObject({ statusCode: 400, code: "resource_missing", message: "No such price: 'price_missing'" });
    await expect(h.stripe.subscriptions.list({ limit: 500 })).rejects.toMatchObject({ statusCode: 400, param: "limit" });
    await expect(h.stripe.checkout.sessions.retrieve("cs_test_nope", { expand: ["nonsense"] })).rejects.toMatchObject({ statusCode: 404 });
    const { session } = await subscribe(h);
    await expect(h.stripe.checkout.sessions.retrieve(session.id, { expand: ["amount_total"] })).rejects.toMatchObject({
      statusCode: 400,
      message: "This property cannot be expanded (amount_total).",
    });
  });

  it("replays a POST with the same Idempotency-Key and refuses the key with a different body", async () => {
    const h = harness!;
    const first = await h.stripe.customers.create({ email: "idem@example.com" }, { idempotencyKey: "key-1" });
    const second = await h.stripe.customers.create({ email: "idem@example.com" }, { idempotencyKey: "key-1" });
    expect(second.id).toBe(first.id);
    expect((await h.stripe.customers.list({ email: "idem@example.com" })).data).toHaveLength(1);
    await expect(h.stripe.customers.create({ email: "other@example.com" }, { idempotencyKey: "key-1" })).rejects.toMatchObject({
      type: "StripeIdempotencyError",
      statusCode: 400,
    });
  });

  it("creates, updates and lists customers with metadata and email filter", async () => {
    const h = harness!;
    const customer = await h.stripe.customers.create({ email: "a@example.com", name: "A", metadata: { user_id: "u1" } });
    await h.stripe.customers.create({ email: "b@example.com" });
    const updated = await h.stripe.customers.update(customer.id, { name: "Alice", metadata: { plan: "pro", user_id: "" } });
    expect(updated.name).toBe("Alice");
    expect(updated.metadata).toEqual({ plan: "pro" });
    const listed = await h.stripe.customers.list({ email: "a@example.com", limit: 5 });
    expect(listed.data.map((c) => c.id)).toEqual([customer.id]);
    const all = await h.stripe.customers.list({ limit: 1 });
    expect(all.data).toHaveLength(1);
    expect(all.has_more).toBe(true);
    const page2 = await h.stripe.customers.list({ limit: 1, starting_after: all.data[0]!.id });
    expect(page2.data[0]!.id).not.toBe(all.data[0]!.id);
    await h.emulator.idle();
    const updatedEvent = await h.stripe.events.list({ type: "customer.updated" });
    expect(updatedEvent.data).toHaveLength(1);
    expect(updatedEvent.data[0]!.data.previous_attributes).toEqual({ name: "A", metadata: { user_id: "u1" } });
    const event = await h.stripe.events.retrieve(updatedEvent.data[0]!.id);
    expect(event.type).toBe("customer.updated");
  });

  it("refuses bodies over 1 MB with 413", async () => {
    const h = harness!;
    const response = await fetch(`${h.emulator.url}/v1/customers`, {
      method: "POST",
      headers: { Authorization: `Bearer ${SECRET_KEY}`, "Content-Type": "application/x-www-form-urlencoded" },
      body: `description=${"x".repeat(1024 * 1024 + 10)}`,
    });
    expect(response.status).toBe(413);
    expect(((await response.json()) as { error: { type: string } }).error.type).toBe("invalid_request_error");
  });

  it("refuses cross-origin posts to controls and hosted pages", async () => {
    const h = harness!;
    const reset = await fetch(`${h.emulator.url}/_emulator/reset`, { method: "POST", headers: { Origin: "http://evil.example" } });
    expect(reset.status).toBe(403);
    const session = await h.stripe.checkout.sessions.create({
      mode: "payment",
      line_items: [{ price: "price_occupation_report", quantity: 1 }],
      customer_email: "x@example.com",
    });
    const pay = await fetch(session.url!, {
      method: "POST",
      headers: { Origin: "http://evil.example", "Content-Type": "application/x-www-form-urlencoded" },
      body: "action=pay",
      redirect: "manual",
    });
    expect(pay.status).toBe(403);
    expect((await h.stripe.checkout.sessions.retrieve(session.id)).status).toBe("open");
  });

  it("reports health and resets to the seeded catalogue", async () => {
    const h = harness!;
    await h.stripe.customers.create({ email: "gone@example.com" });
    const health = await control(h, "GET", "/_emulator/health");
    expect(health.json).toMatchObject({ ok: true, api_version: Stripe.API_VERSION, url: h.emulator.url });
    const reset = await control(h, "POST", "/_emulator/reset");
    expect(reset.status).toBe(200);
    expect((await h.stripe.customers.list()).data).toEqual([]);
    expect((await h.stripe.prices.list({ lookup_keys: ["pro_monthly"] })).data).toHaveLength(1);
    const bad = await control(h, "POST", "/_emulator/advance", { days: -1 });
    expect(bad.status).toBe(400);
  });
});

describe("Stripe emulator: persistence", () => {
  it("keeps customers, subscriptions and the clock across a restart", async () => {
    const stateFile = tempStateFile();
    const receiver = await startWebhookReceiver(WEBHOOK_SECRET);
    const first = await start({ stateFile }, receiver);
    const { subscription } = await subscribe(first);
    await control(first, "POST", "/_emulator/advance", { days: 2 });
    await first.emulator.close();
    harness = null;
    expect(fs.existsSync(stateFile)).toBe(true);
    expect(fs.readdirSync(path.dirname(stateFile)).filter((name) => name.endsWith(".tmp"))).toEqual([]);

    const second = await start({ stateFile }, receiver);
    const again = await second.stripe.subscriptions.retrieve(subscription.id);
    expect(again.status).toBe("active");
    expect(again.items.data[0]!.current_period_end).toBe(subscription.items.data[0]!.current_period_end);
    const customer = (await second.stripe.customers.retrieve(String(subscription.customer))) as Stripe.Customer;
    expect(customer.email).toBe("pro@example.com");
    const health = await control(second, "GET", "/_emulator/health");
    expect(health.json.clock_offset_seconds).toBe(2 * 86_400);
  });

  it("sets a corrupt state file aside and starts empty", async () => {
    const stateFile = tempStateFile();
    fs.mkdirSync(path.dirname(stateFile), { recursive: true });
    fs.writeFileSync(stateFile, "{ not json");
    const h = await start({ stateFile });
    expect((await h.stripe.customers.list()).data).toEqual([]);
    expect(fs.readdirSync(path.dirname(stateFile)).some((name) => name.includes(".corrupt-"))).toBe(true);
  });
});
