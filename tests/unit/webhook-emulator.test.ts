import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { closeAccountsConn, openAccountsConn, sqliteHandle, withTransaction, type AccountsConn } from "@/db/accounts/client";
import { getPurchasesForUser, getSubscriptionById, getSubscriptionsForUser, getUserByEmail, linkStripeCustomer } from "@/db/accounts/queries";
import { stripeEvents, user } from "@/db/accounts/schema";
import { prepareCheckoutFulfilment } from "@/lib/server/billing/fulfilment";
import { createStripeClient } from "@/lib/server/billing/stripe";
import { handleStripeWebhook } from "@/lib/server/billing/webhooks";
import { hasPro } from "@/lib/server/entitlements";

import { startEmulator, type RunningEmulator } from "../../scripts/stripe-emulator/index";
import { readForms, submitForm } from "../../scripts/stripe-emulator/testing";

/**
 * The webhook handlers against the real local Stripe emulator: its signed deliveries,
 * its subscription objects for re-fetching, its clock for renewals and period ends.
 */

const SECRET_KEY = "sk_test_emulator_webhook_unit";
const WEBHOOK_SECRET = "whsec_webhook_emulator_unit";

type Delivery = { body: string; signature: string; type: string; id: string };

let emulator: RunningEmulator;
let app: http.Server;
let db: AccountsConn;
let dir: string;
let hold = false;
const held: Delivery[] = [];
const results: { type: string; status: number; log: string }[] = [];
const stripe = () => createStripeClient(SECRET_KEY, emulator.url);

function deliver(delivery: Pick<Delivery, "body" | "signature">) {
  // The emulator's time travel dates events ahead of the wall clock, as the app route allows for it.
  return handleStripeWebhook(delivery.body, delivery.signature, { db, stripe: stripe(), webhookSecret: WEBHOOK_SECRET, maxEventFutureSeconds: null });
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "webhook-emulator-"));
  db = openAccountsConn({ sqlitePath: path.join(dir, "app.db") });
  app = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      const signature = String(req.headers["stripe-signature"] ?? "");
      const { type, id } = JSON.parse(body) as { type: string; id: string };
      if (hold) {
        held.push({ body, signature, type, id });
        res.writeHead(200).end("{}");
        return;
      }
      void deliver({ body, signature }).then((result) => {
        results.push({ type, status: result.status, log: result.log });
        res.writeHead(result.status, { "Content-Type": "application/json" }).end(JSON.stringify(result.body));
      });
    });
  });
  await new Promise<void>((resolve) => app.listen(0, "127.0.0.1", resolve));
  emulator = await startEmulator({
    port: 0,
    secretKey: SECRET_KEY,
    webhookSecret: WEBHOOK_SECRET,
    webhookUrl: `http://127.0.0.1:${(app.address() as AddressInfo).port}/api/stripe/webhook`,
    stateFile: null,
    retryDelaysMs: [50, 100],
    log: () => {},
    env: {},
  });
});

afterAll(async () => {
  await emulator?.close();
  await new Promise<void>((resolve) => app.close(() => resolve()));
  await closeAccountsConn(db);
  fs.rmSync(dir, { recursive: true, force: true });
});

function seedUser(id: string, email: string) {
  const now = new Date();
  sqliteHandle(db).insert(user).values({ id, email, emailVerified: true, createdAt: now, updatedAt: now }).run();
}

async function priceId(lookupKey: string) {
  const prices = await stripe().prices.list({ lookup_keys: [lookupKey], active: true, limit: 1 });
  return prices.data[0]!.id;
}

/** Presses a button on the emulator's hosted checkout page, like a browser would. */
async function pressCheckout(sessionUrl: string, button: "pay" | "decline", email?: string) {
  const page = await fetch(sessionUrl).then((response) => response.text());
  const [form] = readForms(page);
  return submitForm(sessionUrl, form!, button, email ? { email } : {});
}

async function subscribe(userId: string, email: string) {
  const customer = await stripe().customers.create({ email, metadata: { user_id: userId } });
  await linkStripeCustomer(userId, customer.id, db);
  const metadata = { kind: "pro", user_id: userId };
  const session = await stripe().checkout.sessions.create({
    mode: "subscription",
    customer: customer.id,
    client_reference_id: userId,
    line_items: [{ price: await priceId("pro_monthly"), quantity: 1 }],
    metadata,
    subscription_data: { metadata },
    success_url: "http://app.test/checkout/complete?session_id={CHECKOUT_SESSION_ID}",
    cancel_url: "http://app.test/checkout/cancel",
  });
  return { customer, session };
}

const emulatorNow = async () => new Date((await stripe().checkout.sessions.list({ limit: 1 })).data[0]!.created * 1000);

describe("webhooks from the Stripe emulator", () => {
  it("applies Pro events delivered out of order (subscription.* before checkout.session.completed)", async () => {
    seedUser("user_order", "order@example.com");
    hold = true;
    const { session } = await subscribe("user_order", "order@example.com");
    expect((await pressCheckout(session.url!, "pay")).status).toBe(303);
    await emulator.idle();
    hold = false;

    const types = held.map((delivery) => delivery.type);
    expect(types).toContain("checkout.session.completed");
    expect(types).toContain("customer.subscription.created");
    // Deliver in reverse arrival order: checkout.session.completed last.
    for (const delivery of [...held].reverse()) expect((await deliver(delivery)).status).toBe(200);
    // And every one again: nothing changes.
    for (const delivery of held) expect((await deliver(delivery)).body.message).toMatch(/Already processed|Ignored event type/);
    held.length = 0;

    const subscriptions = await getSubscriptionsForUser("user_order", db);
    expect(subscriptions).toHaveLength(1);
    expect(subscriptions[0]).toMatchObject({ status: "active", cancelAtPeriodEnd: false });
    expect(hasPro(subscriptions, await emulatorNow())).toBe(true);
  });

  it("two Pro checkouts paid for one user (two tabs): the second subscription is cancelled through Stripe", async () => {
    seedUser("user_twice", "twice@example.com");
    const { customer, session: first } = await subscribe("user_twice", "twice@example.com");
    const metadata = { kind: "pro", user_id: "user_twice" };
    const second = await stripe().checkout.sessions.create({
      mode: "subscription",
      customer: customer.id,
      client_reference_id: "user_twice",
      line_items: [{ price: await priceId("pro_monthly"), quantity: 1 }],
      metadata,
      subscription_data: { metadata },
      success_url: "http://app.test/checkout/complete?session_id={CHECKOUT_SESSION_ID}",
      cancel_url: "http://app.test/checkout/cancel",
    });
    // Both tabs reached Stripe's page before either paid.
    expect((await pressCheckout(first.url!, "pay")).status).toBe(303);
    await emulator.idle();
    expect((await pressCheckout(second.url!, "pay")).status).toBe(303);
    await emulator.idle();

    const atStripe = await stripe().subscriptions.list({ customer: customer.id, status: "all" });
    expect(atStripe.data.map((subscription) => subscription.status).sort()).toEqual(["active", "canceled"]);
    const kept = atStripe.data.find((subscription) => subscription.status === "active")!;
    const cancelled = atStripe.data.find((subscription) => subscription.status === "canceled")!;
    expect(kept.created).toBeLessThanOrEqual(cancelled.created);
    expect(await getSubscriptionById(cancelled.id, db)).toMatchObject({ status: "canceled", userId: "user_twice" });
    expect((await getSubscriptionById(cancelled.id, db))?.duplicateCanceledAt).toBeInstanceOf(Date);
    expect(await getSubscriptionById(kept.id, db)).toMatchObject({ status: "active", duplicateCanceledAt: null });
    expect(hasPro(await getSubscriptionsForUser("user_twice", db), await emulatorNow())).toBe(true);
  });

  it("subscribe, cancel at period end, keep Pro, lose it when the period ends", async () => {
    seedUser("user_cancel", "cancel@example.com");
    const { customer, session } = await subscribe("user_cancel", "cancel@example.com");
    await pressCheckout(session.url!, "pay");
    await emulator.idle();
    const subs = () => getSubscriptionsForUser("user_cancel", db);
    expect(hasPro(await subs(), new Date())).toBe(true);
    const subscriptionId = (await subs())[0]!.id;

    // Cancel in the hosted portal.
    const portal = await stripe().billingPortal.sessions.create({ customer: customer.id, return_url: "http://app.test/account" });
    const portalPage = await fetch(portal.url).then((response) => response.text());
    const cancelForm = readForms(portalPage).find((form) => form.buttons.some((button) => button.value === "cancel"));
    expect((await submitForm(portal.url, cancelForm!, "cancel")).status).toBe(303);
    await emulator.idle();
    const cancelled = (await getSubscriptionById(subscriptionId, db))!;
    expect(cancelled).toMatchObject({ status: "active", cancelAtPeriodEnd: true });
    expect(hasPro(await subs(), new Date())).toBe(true);

    // The emulator's clock passes the period end: Stripe deletes the subscription.
    await fetch(`${emulator.url}/_emulator/advance`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ days: 32, wait: true }),
    });
    await emulator.idle();
    expect((await getSubscriptionById(subscriptionId, db))?.status).toBe("canceled");
    expect(hasPro(await subs(), new Date())).toBe(false);
  });

  it("a failed renewal keeps Pro while Stripe retries (past_due), and ends it when Stripe gives up", async () => {
    seedUser("user_fail", "fail@example.com");
    const { session } = await subscribe("user_fail", "fail@example.com");
    await pressCheckout(session.url!, "pay");
    await emulator.idle();
    const subscriptionId = (await getSubscriptionsForUser("user_fail", db))[0]!.id;
    const advance = async (body: object) =>
      fetch(`${emulator.url}/_emulator/advance`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ ...body, wait: true }),
      }).then((response) => response.json() as Promise<{ now: number; events: { type: string }[] }>);

    const failed = await advance({ days: 31, failRenewal: true });
    await emulator.idle();
    expect(failed.events.map((event) => event.type)).toContain("invoice.payment_failed");
    const pastDue = (await getSubscriptionById(subscriptionId, db))!;
    expect(pastDue.status).toBe("past_due");
    const emulatorNowMs = failed.now * 1000;
    expect(hasPro([pastDue], new Date(emulatorNowMs))).toBe(true);
    expect(hasPro([pastDue], new Date(pastDue.currentPeriodEnd!.getTime() + 2 * 86_400_000))).toBe(false);

    // Retries exhausted at the next period end: Stripe cancels, Pro is gone.
    const ended = await advance({ days: 31 });
    await emulator.idle();
    expect((await getSubscriptionById(subscriptionId, db))?.status).toBe("canceled");
    expect(hasPro(await getSubscriptionsForUser("user_fail", db), new Date(ended.now * 1000))).toBe(false);
  });

  it("a guest PDF purchase creates the buyer by email; a declined card grants nothing", async () => {
    const metadata = { kind: "report", soc: "15-1252" };
    const create = async () =>
      stripe().checkout.sessions.create({
        mode: "payment",
        customer_creation: "always",
        line_items: [{ price: await priceId("occupation_report"), quantity: 1 }],
        metadata,
        payment_intent_data: { metadata },
        success_url: "http://app.test/checkout/complete?session_id={CHECKOUT_SESSION_ID}",
        cancel_url: "http://app.test/checkout/cancel",
      });

    const declined = await create();
    expect((await pressCheckout(declined.url!, "decline", "declined@example.com")).status).toBe(402);
    await emulator.idle();
    expect(await getUserByEmail("declined@example.com", db)).toBeNull();
    const retrieved = await stripe().checkout.sessions.retrieve(declined.id);
    const fulfilment = await prepareCheckoutFulfilment(retrieved, stripe(), "success-page", db);
    expect((await withTransaction(db, (tx) => fulfilment.apply(tx))).paid).toBe(false);

    const paid = await create();
    await pressCheckout(paid.url!, "pay", "Guest@Example.com");
    await emulator.idle();
    const buyer = await getUserByEmail("guest@example.com", db);
    expect(buyer).toMatchObject({ emailVerified: false });
    expect(await getPurchasesForUser(buyer!.id, db)).toMatchObject([{ soc: "15-1252", amountCents: 1200 }]);

    // The success page's server-side retrieve applies the same fulfilment: still one purchase.
    const again = await prepareCheckoutFulfilment(await stripe().checkout.sessions.retrieve(paid.id), stripe(), "success-page", db);
    await withTransaction(db, (tx) => again.apply(tx));
    expect(await getPurchasesForUser(buyer!.id, db)).toHaveLength(1);
  });

  it("every delivery verified and none failed", () => {
    expect(results.filter((result) => result.status !== 200)).toEqual([]);
    expect(sqliteHandle(db).select().from(stripeEvents).all().length).toBeGreaterThan(5);
  });
});
