import fs from "node:fs";
import path from "node:path";

import Database from "better-sqlite3";
import Stripe from "stripe";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";

// Route-level tests import modules that open the app database: point it at a temp file first.
const tmpDir = vi.hoisted(() => {
  /* eslint-disable @typescript-eslint/no-require-imports -- runs before the imports below */
  const nodePath = require("node:path") as typeof import("node:path");
  const dir = (require("node:fs") as typeof import("node:fs")).mkdtempSync(
    nodePath.join((require("node:os") as typeof import("node:os")).tmpdir(), "webhook-test-"),
  );
  /* eslint-enable @typescript-eslint/no-require-imports */
  process.env.APP_DB_PATH = nodePath.join(dir, "route.db");
  return dir;
});

import { closeAccountsConn, openAccountsConn, sqliteHandle, type AccountsConn } from "@/db/accounts/client";
import {
  getDuplicateCanceledSubscriptions,
  getPurchasesForUser,
  getSubscriptionById,
  getSubscriptionsForUser,
  getUserByEmail,
  linkStripeCustomer,
} from "@/db/accounts/queries";
import { purchases, stripeEvents, subscriptions, user } from "@/db/accounts/schema";
import type { BillingStripe } from "@/lib/server/billing/stripe";
import { handleStripeWebhook } from "@/lib/server/billing/webhooks";
import { hasPro } from "@/lib/server/entitlements";

const SECRET = "whsec_unit_test_secret";
const sdk = new Stripe("sk_test_unit");

// ---------------------------------------------------------------------------------------
// A Stripe double for re-fetches: subscriptions live in a map the test edits.
// ---------------------------------------------------------------------------------------

type FakeSubscription = {
  id: string;
  customer: string;
  created?: number;
  status: string;
  cancel_at_period_end: boolean;
  ended_at: number | null;
  metadata: Record<string, string>;
  items: { object: "list"; data: { price: { id: string }; current_period_end: number }[] };
};

function createFakeStripe() {
  const subs = new Map<string, FakeSubscription>();
  const sessions = new Map<string, Record<string, unknown>>();
  const cancelled: string[] = [];
  let failNext = false;
  /** Called before a retrieve answers (to hold one back while another runs). */
  let beforeRetrieve: ((id: string) => Promise<void>) | null = null;
  const stripe: BillingStripe = {
    webhooks: sdk.webhooks,
    subscriptions: {
      retrieve: async (id: string) => {
        if (failNext) {
          failNext = false;
          throw new Error("network down");
        }
        const found = subs.get(id);
        if (!found) throw new Error(`No such subscription: ${id}`);
        const snapshot = structuredClone(found);
        await beforeRetrieve?.(id);
        return snapshot;
      },
      cancel: async (id: string) => {
        const found = subs.get(id);
        if (!found) throw new Error(`No such subscription: ${id}`);
        cancelled.push(id);
        Object.assign(found, { status: "canceled", ended_at: Math.floor(Date.now() / 1000) });
        return structuredClone(found);
      },
    },
    checkout: {
      sessions: {
        retrieve: async (id: string) => {
          const found = sessions.get(id);
          if (!found) throw new Error(`No such checkout.session: ${id}`);
          return structuredClone(found);
        },
      },
    },
  };
  return {
    stripe,
    subs,
    sessions,
    cancelled,
    failNextRetrieve: () => {
      failNext = true;
    },
    holdRetrieve: (hook: ((id: string) => Promise<void>) | null) => {
      beforeRetrieve = hook;
    },
  };
}

const PERIOD_END = Math.floor(Date.parse("2030-01-31T00:00:00Z") / 1000);

function subscriptionObject(overrides: Partial<FakeSubscription> & { periodEnd?: number } = {}): FakeSubscription {
  const { periodEnd = PERIOD_END, ...rest } = overrides;
  return {
    id: "sub_123",
    customer: "cus_123",
    status: "active",
    cancel_at_period_end: false,
    ended_at: null,
    metadata: { kind: "pro", user_id: "user_pro" },
    items: { object: "list", data: [{ price: { id: "price_pro" }, current_period_end: periodEnd }] },
    ...rest,
  };
}

/** Event dates a little in the past (events dated in the future are refused). */
const T0 = Math.floor(Date.now() / 1000) - 3600;
let eventCounter = 0;
function event(type: string, object: Record<string, unknown>, created = T0 + eventCounter) {
  eventCounter += 1;
  return { id: `evt_test_${eventCounter}`, object: "event", type, created, api_version: "2026-10-28.endive", data: { object } };
}

function sign(payload: string, timestamp = Math.floor(Date.now() / 1000)) {
  return sdk.webhooks.generateTestHeaderString({ payload, secret: SECRET, timestamp });
}

function guestReportSession(overrides: Record<string, unknown> = {}) {
  return {
    id: "cs_test_guest_1",
    object: "checkout.session",
    mode: "payment",
    status: "complete",
    payment_status: "paid",
    client_reference_id: null,
    customer: "cus_guest",
    customer_email: null,
    customer_details: { email: "Guest.Buyer@Example.com" },
    metadata: { kind: "report", soc: "15-1252" },
    subscription: null,
    payment_intent: "pi_1",
    amount_total: 1200,
    currency: "usd",
    created: T0,
    ...overrides,
  };
}

function proSession(overrides: Record<string, unknown> = {}) {
  return {
    id: "cs_test_pro_1",
    object: "checkout.session",
    mode: "subscription",
    status: "complete",
    payment_status: "paid",
    client_reference_id: "user_pro",
    customer: "cus_123",
    customer_email: null,
    customer_details: { email: "pro@example.com" },
    metadata: { kind: "pro", user_id: "user_pro" },
    subscription: "sub_123",
    payment_intent: null,
    amount_total: 900,
    currency: "usd",
    created: T0,
    ...overrides,
  };
}

// ---------------------------------------------------------------------------------------

let db: AccountsConn;
let dbPath: string;
let fake: ReturnType<typeof createFakeStripe>;
let dbIndex = 0;

/**
 * Delivers a signed event. A checkout session in the payload is also what the fake Stripe
 * answers on retrieve, unless the test put a different one there first.
 */
function deliver(evt: object, options: { signature?: string | null; body?: string; maxEventFutureSeconds?: number | null } = {}) {
  const body = options.body ?? JSON.stringify(evt);
  const signature = options.signature === undefined ? sign(body) : options.signature;
  const object = (evt as { data?: { object?: Record<string, unknown> } }).data?.object;
  if (typeof object?.id === "string" && object.id.startsWith("cs_") && !fake.sessions.has(object.id)) fake.sessions.set(object.id, object);
  return handleStripeWebhook(body, signature, {
    db,
    stripe: fake.stripe,
    webhookSecret: SECRET,
    ...(options.maxEventFutureSeconds === undefined ? {} : { maxEventFutureSeconds: options.maxEventFutureSeconds }),
  });
}

function counts() {
  return {
    events: sqliteHandle(db).select().from(stripeEvents).all().length,
    purchases: sqliteHandle(db).select().from(purchases).all().length,
    subscriptions: sqliteHandle(db).select().from(subscriptions).all().length,
    users: sqliteHandle(db).select().from(user).all().length,
  };
}

function seedUser(id: string, email: string, emailVerified = true) {
  const now = new Date();
  sqliteHandle(db).insert(user).values({ id, email, name: "", emailVerified, createdAt: now, updatedAt: now }).run();
}

beforeEach(() => {
  dbIndex += 1;
  dbPath = path.join(tmpDir, `accounts-${dbIndex}.db`);
  db = openAccountsConn({ sqlitePath: dbPath });
  fake = createFakeStripe();
});

afterAll(async () => {
  for (let i = 1; i <= dbIndex; i += 1) await closeAccountsConn({ sqlitePath: path.join(tmpDir, `accounts-${i}.db`) });
  fs.rmSync(tmpDir, { recursive: true, force: true });
});

describe("signature verification", () => {
  it("rejects a bad signature with 400 and changes nothing", async () => {
    const evt = event("checkout.session.completed", guestReportSession());
    const body = JSON.stringify(evt);
    const forged = sdk.webhooks.generateTestHeaderString({ payload: body, secret: "whsec_wrong" });
    const before = counts();
    const result = await deliver(evt, { signature: forged });
    expect(result.status).toBe(400);
    expect(counts()).toEqual(before);
  });

  it("rejects a missing signature and a tampered body", async () => {
    const evt = event("checkout.session.completed", guestReportSession());
    expect((await deliver(evt, { signature: null })).status).toBe(400);
    const signature = sign(JSON.stringify(evt));
    const tampered = JSON.stringify({ ...evt, data: { object: guestReportSession({ metadata: { kind: "report", soc: "11-1011" } }) } });
    expect((await deliver(evt, { signature, body: tampered })).status).toBe(400);
    expect(counts().purchases).toBe(0);
  });

  it("rejects a correctly signed event whose timestamp is older than the 300 s tolerance", async () => {
    const evt = event("checkout.session.completed", guestReportSession());
    const body = JSON.stringify(evt);
    const stale = sign(body, Math.floor(Date.now() / 1000) - 600);
    const result = await deliver(evt, { signature: stale, body });
    expect(result.status).toBe(400);
    expect(counts().purchases).toBe(0);
  });
});

describe("exactly once", () => {
  it("applies the same event twice as one grant", async () => {
    const evt = event("checkout.session.completed", guestReportSession());
    const first = await deliver(evt);
    expect(first.status).toBe(200);
    expect(first.body.message).toBe("Processed");
    const second = await deliver(evt);
    expect(second.status).toBe(200);
    expect(second.body.message).toBe("Already processed");
    expect(counts()).toMatchObject({ events: 1, purchases: 1, users: 1 });
  });

  it("grants once when Stripe sends a second event for the same checkout session", async () => {
    await deliver(event("checkout.session.completed", guestReportSession()));
    await deliver(event("checkout.session.completed", guestReportSession()));
    expect(counts()).toMatchObject({ events: 2, purchases: 1 });
  });

  it("records nothing when the effect fails, so Stripe's retry applies it", async () => {
    fake.subs.set("sub_123", subscriptionObject());
    seedUser("user_pro", "pro@example.com");
    const evt = event("customer.subscription.updated", subscriptionObject());
    fake.failNextRetrieve();
    const failed = await deliver(evt);
    expect(failed.status).toBe(500);
    expect(counts()).toMatchObject({ events: 0, subscriptions: 0 });
    const retried = await deliver(evt);
    expect(retried.status).toBe(200);
    expect(counts()).toMatchObject({ events: 1, subscriptions: 1 });
  });
});

describe("guest PDF purchase", () => {
  it("creates an unverified user for the checkout email and attaches the purchase", async () => {
    await deliver(event("checkout.session.completed", guestReportSession()));
    const buyer = await getUserByEmail("guest.buyer@example.com", db);
    expect(buyer).toMatchObject({ email: "guest.buyer@example.com", emailVerified: false });
    expect((await getPurchasesForUser(buyer!.id, db)).map((p) => p.soc)).toEqual(["15-1252"]);
  });

  it("attaches to an existing account with that email", async () => {
    seedUser("user_existing", "guest.buyer@example.com");
    await deliver(event("checkout.session.completed", guestReportSession()));
    expect(counts().users).toBe(1);
    expect(await getPurchasesForUser("user_existing", db)).toHaveLength(1);
  });

  it("grants nothing for an unpaid (declined) session", async () => {
    const result = await deliver(event("checkout.session.completed", guestReportSession({ payment_status: "unpaid", status: "open" })));
    expect(result.status).toBe(200);
    expect(counts()).toMatchObject({ purchases: 0, users: 0 });
  });

  it("uses client_reference_id for a signed-in buyer, not the email", async () => {
    seedUser("user_a", "a@example.com");
    await deliver(event("checkout.session.completed", guestReportSession({ client_reference_id: "user_a", metadata: { kind: "report", soc: "15-1252", user_id: "user_a" } })));
    expect(await getPurchasesForUser("user_a", db)).toHaveLength(1);
    expect(await getUserByEmail("guest.buyer@example.com", db)).toBeNull();
  });
});

describe("subscriptions, in any order", () => {
  const now = new Date(Date.parse("2030-01-15T00:00:00Z"));

  it("subscription.updated before checkout.session.completed ends in the right state", async () => {
    seedUser("user_pro", "pro@example.com");
    await linkStripeCustomer("user_pro", "cus_123", db); // done when checkout started
    fake.subs.set("sub_123", subscriptionObject());

    const created = T0 + 100;
    await deliver(event("customer.subscription.updated", subscriptionObject(), created + 5));
    await deliver(event("checkout.session.completed", proSession(), created));

    const stored = await getSubscriptionById("sub_123", db);
    expect(stored).toMatchObject({ userId: "user_pro", status: "active", cancelAtPeriodEnd: false });
    expect(stored?.currentPeriodEnd?.getTime()).toBe(PERIOD_END * 1000);
    expect(hasPro(await getSubscriptionsForUser("user_pro", db), now)).toBe(true);
  });

  it("attributes a subscription that arrived before its customer was known", async () => {
    seedUser("user_pro", "pro@example.com");
    fake.subs.set("sub_123", subscriptionObject({ metadata: {} }));
    await deliver(event("customer.subscription.created", subscriptionObject(), T0 + 200));
    expect((await getSubscriptionById("sub_123", db))?.userId).toBeNull();
    await deliver(event("checkout.session.completed", proSession(), T0 + 100));
    expect((await getSubscriptionById("sub_123", db))?.userId).toBe("user_pro");
    expect(hasPro(await getSubscriptionsForUser("user_pro", db), now)).toBe(true);
  });

  it("a state fetched earlier never overwrites one fetched later, whatever the events' dates", async () => {
    seedUser("user_pro", "pro@example.com");
    await linkStripeCustomer("user_pro", "cus_123", db);
    // The first delivery reads "active", then stalls; meanwhile the subscription is
    // cancelled and a second delivery reads and stores "canceled". The stalled, older read
    // lands last and must not resurrect the subscription.
    fake.subs.set("sub_123", subscriptionObject({ status: "active" }));
    let release!: () => void;
    const stalled = new Promise<void>((resolve) => (release = resolve));
    fake.holdRetrieve(() => stalled);
    const first = deliver(event("customer.subscription.updated", subscriptionObject(), T0 + 300));
    await new Promise((resolve) => setTimeout(resolve, 20));
    fake.holdRetrieve(null);
    fake.subs.set("sub_123", subscriptionObject({ status: "canceled", ended_at: T0 + 300 }));
    await deliver(event("customer.subscription.deleted", subscriptionObject(), T0 + 200));
    release();
    const late = await first;
    expect(late.log).toContain("fetched later");
    expect((await getSubscriptionById("sub_123", db))?.status).toBe("canceled");
    expect(hasPro(await getSubscriptionsForUser("user_pro", db), now)).toBe(false);
  });

  it("cancel at period end keeps Pro until then; deletion removes it", async () => {
    seedUser("user_pro", "pro@example.com");
    await linkStripeCustomer("user_pro", "cus_123", db);
    fake.subs.set("sub_123", subscriptionObject({ cancel_at_period_end: true }));
    await deliver(event("customer.subscription.updated", subscriptionObject(), T0 + 100));
    const subs = () => getSubscriptionsForUser("user_pro", db);
    expect(hasPro(await subs(), now)).toBe(true);
    expect(hasPro(await subs(), new Date(PERIOD_END * 1000 + 1000))).toBe(false);

    fake.subs.set("sub_123", subscriptionObject({ status: "canceled", cancel_at_period_end: true, ended_at: PERIOD_END }));
    await deliver(event("customer.subscription.deleted", subscriptionObject(), T0 + 200));
    expect(hasPro(await subs(), now)).toBe(false);
  });

  it("a failed renewal (invoice.payment_failed → past_due) keeps Pro within the grace day", async () => {
    seedUser("user_pro", "pro@example.com");
    await linkStripeCustomer("user_pro", "cus_123", db);
    fake.subs.set("sub_123", subscriptionObject({ status: "past_due" }));
    const invoice = { id: "in_1", object: "invoice", parent: { type: "subscription_details", subscription_details: { subscription: "sub_123" } } };
    const result = await deliver(event("invoice.payment_failed", invoice, T0 + 100));
    expect(result.status).toBe(200);
    expect((await getSubscriptionById("sub_123", db))?.status).toBe("past_due");
    const subs = await getSubscriptionsForUser("user_pro", db);
    expect(hasPro(subs, new Date(PERIOD_END * 1000 + 60_000))).toBe(true);
    expect(hasPro(subs, new Date(PERIOD_END * 1000 + 25 * 60 * 60 * 1000))).toBe(false);
  });

  it("invoice.paid moves the period end forward", async () => {
    seedUser("user_pro", "pro@example.com");
    await linkStripeCustomer("user_pro", "cus_123", db);
    const nextEnd = PERIOD_END + 31 * 86_400;
    fake.subs.set("sub_123", subscriptionObject({ periodEnd: nextEnd }));
    const invoice = { id: "in_2", object: "invoice", parent: { type: "subscription_details", subscription_details: { subscription: "sub_123" } } };
    await deliver(event("invoice.paid", invoice, T0 + 100));
    expect((await getSubscriptionById("sub_123", db))?.currentPeriodEnd?.getTime()).toBe(nextEnd * 1000);
  });

  it("ignores invoices that are not for a subscription", async () => {
    const result = await deliver(event("invoice.paid", { id: "in_3", object: "invoice", parent: null }));
    expect(result.status).toBe(200);
    expect(counts()).toMatchObject({ events: 1, subscriptions: 0 });
  });
});

describe("events dated in the future", () => {
  const YEAR_2100 = Math.floor(Date.parse("2100-01-01T00:00:00Z") / 1000);

  it("refuses an event dated in 2100 with 400 and records nothing", async () => {
    seedUser("user_pro", "pro@example.com");
    await linkStripeCustomer("user_pro", "cus_123", db);
    fake.subs.set("sub_123", subscriptionObject());
    const result = await deliver(event("customer.subscription.updated", subscriptionObject(), YEAR_2100));
    expect(result.status).toBe(400);
    expect(result.body.message).toBe("Event dated in the future");
    expect(counts()).toMatchObject({ events: 0, subscriptions: 0 });
    // Within the clock-skew allowance (a minute ahead) is fine.
    const skewed = await deliver(event("customer.subscription.updated", subscriptionObject(), Math.floor(Date.now() / 1000) + 60));
    expect(skewed.status).toBe(200);
  });

  it("even with the date check off, a far-future event cannot pin a state: the later cancellation applies", async () => {
    seedUser("user_pro", "pro@example.com");
    await linkStripeCustomer("user_pro", "cus_123", db);
    fake.subs.set("sub_123", subscriptionObject({ status: "active" }));
    const pinned = await deliver(event("customer.subscription.updated", subscriptionObject(), YEAR_2100), { maxEventFutureSeconds: null });
    expect(pinned.status).toBe(200);
    fake.subs.set("sub_123", subscriptionObject({ status: "canceled", ended_at: T0 + 10 }));
    const cancelled = await deliver(event("customer.subscription.deleted", subscriptionObject(), T0 + 10));
    expect(cancelled.status).toBe(200);
    expect((await getSubscriptionById("sub_123", db))?.status).toBe("canceled");
  });
});

describe("checkout.session.completed is re-fetched from Stripe", () => {
  it("grants nothing when Stripe says the session is unpaid, whatever the payload says", async () => {
    fake.sessions.set("cs_test_guest_1", guestReportSession({ status: "open", payment_status: "unpaid" }));
    const result = await deliver(event("checkout.session.completed", guestReportSession()));
    expect(result.status).toBe(200);
    expect(counts()).toMatchObject({ purchases: 0, users: 0 });
  });

  it("grants what Stripe's copy says (occupation, amount), not the delivered copy", async () => {
    fake.sessions.set("cs_test_guest_1", guestReportSession());
    await deliver(event("checkout.session.completed", guestReportSession({ metadata: { kind: "report", soc: "11-1011" }, amount_total: 1 })));
    const buyer = (await getUserByEmail("guest.buyer@example.com", db))!;
    expect(await getPurchasesForUser(buyer.id, db)).toMatchObject([{ soc: "15-1252", amountCents: 1200 }]);
  });

  it("answers 500 (Stripe retries) when the session cannot be retrieved", async () => {
    const evt = event("checkout.session.completed", guestReportSession({ id: "cs_test_missing" }));
    const body = JSON.stringify(evt);
    const result = await handleStripeWebhook(body, sign(body), { db, stripe: fake.stripe, webhookSecret: SECRET });
    expect(result.status).toBe(500);
    expect(counts()).toMatchObject({ events: 0, purchases: 0 });
  });
});

describe("a second Pro subscription for one user", () => {
  const now = new Date(Date.parse("2030-01-15T00:00:00Z"));

  async function twoSubscriptions() {
    seedUser("user_pro", "pro@example.com");
    await linkStripeCustomer("user_pro", "cus_123", db);
    fake.subs.set("sub_123", subscriptionObject({ id: "sub_123", created: T0 }));
    fake.subs.set("sub_456", subscriptionObject({ id: "sub_456", created: T0 + 60 }));
  }

  it("is cancelled through Stripe when it arrives, and the user is told", async () => {
    await twoSubscriptions();
    await deliver(event("customer.subscription.created", subscriptionObject({ id: "sub_123" })));
    expect(fake.cancelled).toEqual([]);
    const second = await deliver(event("customer.subscription.created", subscriptionObject({ id: "sub_456" })));
    expect(second.status).toBe(200);
    expect(second.log).toContain("duplicate");
    expect(fake.cancelled).toEqual(["sub_456"]);
    expect(await getSubscriptionById("sub_456", db)).toMatchObject({ status: "canceled" });
    expect(await getSubscriptionById("sub_123", db)).toMatchObject({ status: "active" });
    expect((await getDuplicateCanceledSubscriptions("user_pro", db)).map((row) => row.id)).toEqual(["sub_456"]);
    expect(hasPro(await getSubscriptionsForUser("user_pro", db), now)).toBe(true);
  });

  it("keeps the older one whichever arrives first (the stored newer one is cancelled)", async () => {
    await twoSubscriptions();
    await deliver(event("customer.subscription.created", subscriptionObject({ id: "sub_456" })));
    await deliver(event("checkout.session.completed", proSession({ subscription: "sub_123" })));
    expect(fake.cancelled).toEqual(["sub_456"]);
    expect((await getSubscriptionById("sub_456", db))?.status).toBe("canceled");
    expect((await getSubscriptionById("sub_123", db))?.status).toBe("active");
  });

  it("leaves a subscription alone when the other one is already set to cancel", async () => {
    await twoSubscriptions();
    fake.subs.set("sub_123", subscriptionObject({ id: "sub_123", created: T0, cancel_at_period_end: true }));
    await deliver(event("customer.subscription.updated", subscriptionObject({ id: "sub_123" })));
    await deliver(event("customer.subscription.created", subscriptionObject({ id: "sub_456" })));
    expect(fake.cancelled).toEqual([]);
    expect(await getDuplicateCanceledSubscriptions("user_pro", db)).toEqual([]);
  });
});

describe("other events", () => {
  it("acknowledges unknown event types with 200 and does nothing", async () => {
    const result = await deliver(event("customer.created", { id: "cus_9", object: "customer" }));
    expect(result.status).toBe(200);
    expect(result.body.message).toBe("Ignored event type");
    expect(counts()).toMatchObject({ events: 0, purchases: 0, subscriptions: 0 });
  });

  it("answers a signed but malformed payload with 400", async () => {
    const result = await deliver(event("checkout.session.completed", { id: "cs_test_x", object: "checkout.session" }));
    expect(result.status).toBe(400);
    expect(counts().events).toBe(0);
  });
});

describe("POST /api/stripe/webhook", () => {
  it("caps the body at 256 KB (413) and rejects unsigned posts (400)", async () => {
    const { POST } = await import("@/app/api/stripe/webhook/route");
    const big = new Request("http://localhost/api/stripe/webhook", {
      method: "POST",
      body: "x".repeat(300 * 1024),
      headers: { "stripe-signature": "t=1,v1=abc" },
    });
    expect((await POST(big)).status).toBe(413);

    const unsigned = new Request("http://localhost/api/stripe/webhook", {
      method: "POST",
      body: JSON.stringify(event("checkout.session.completed", guestReportSession())),
    });
    const response = await POST(unsigned);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ received: false });
  });

  it("rejects a chunked body without Content-Length once it passes the cap", async () => {
    const { POST } = await import("@/app/api/stripe/webhook/route");
    const chunk = new TextEncoder().encode("y".repeat(64 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 10) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const request = new Request("http://localhost/api/stripe/webhook", {
      method: "POST",
      body: stream,
      headers: { "stripe-signature": "t=1,v1=abc" },
      // @ts-expect-error Node's fetch needs duplex for streamed bodies
      duplex: "half",
    });
    expect((await POST(request)).status).toBe(413);
  });

  it("answers 503 with Retry-After, within about the busy timeout, while another process holds the write lock", async () => {
    const { POST } = await import("@/app/api/stripe/webhook/route");
    const { env } = await import("@/env");
    const appDb = sqliteHandle(openAccountsConn({ sqlitePath: env.APP_DB_PATH }));
    expect(appDb.$client.pragma("busy_timeout", { simple: true })).toBe(1500);
    expect(appDb.$client.pragma("synchronous", { simple: true })).toBe(2); // FULL: commits are on disk before the 2xx

    const post = () => {
      const body = JSON.stringify(event("invoice.paid", { id: "in_busy", object: "invoice", parent: null }, Math.floor(Date.now() / 1000)));
      const signature = sdk.webhooks.generateTestHeaderString({ payload: body, secret: env.STRIPE_WEBHOOK_SECRET });
      return POST(new Request("http://localhost/api/stripe/webhook", { method: "POST", body, headers: { "stripe-signature": signature } }));
    };
    const outsider = new Database(env.APP_DB_PATH);
    outsider.exec("BEGIN IMMEDIATE");
    try {
      const started = Date.now();
      const busy = await post();
      expect(busy.status).toBe(503);
      expect(busy.headers.get("retry-after")).toBe("2");
      expect(Date.now() - started).toBeLessThan(4000);
    } finally {
      outsider.exec("ROLLBACK");
      outsider.close();
    }
    expect((await post()).status).toBe(200);
  });
});
