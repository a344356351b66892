import fs from "node:fs";

import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";

const tmpDir = vi.hoisted(() => {
  /* eslint-disable @typescript-eslint/no-require-imports -- runs before the imports below */
  const nodePath = require("node:path") as typeof import("node:path");
  const dir = (require("node:fs") as typeof import("node:fs")).mkdtempSync(
    nodePath.join((require("node:os") as typeof import("node:os")).tmpdir(), "billing-test-"),
  );
  /* eslint-enable @typescript-eslint/no-require-imports */
  process.env.APP_DB_PATH = nodePath.join(dir, "app.db");
  process.env.APP_URL = "http://localhost:3999";
  return dir;
});

// --- doubles for the request context and Stripe -----------------------------------------

class Redirect extends Error {
  constructor(readonly url: string) {
    super(`redirect ${url}`);
  }
}

const viewer = vi.hoisted(() => ({ current: null as { id: string; email: string } | null }));
const stripeCalls = vi.hoisted(() => ({ sessions: [] as Record<string, unknown>[], customers: [] as Record<string, unknown>[], nextCustomer: 1 }));

vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw new Redirect(url);
  },
}));
vi.mock("@/lib/server/auth/viewer", () => ({ getViewer: async () => ({ user: viewer.current }) }));
// The request's cookie jar: the checkout actions set the browser-binding nonce here.
const jar = vi.hoisted(() => new Map<string, { value: string; options: Record<string, unknown> }>());
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)!.value } : undefined),
    set: (name: string, value: string, options: Record<string, unknown>) => jar.set(name, { value, options }),
  }),
}));
vi.mock("@/lib/server/billing/stripe", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/server/billing/stripe")>();
  const fake = {
    customers: {
      create: async (params: Record<string, unknown>) => {
        stripeCalls.customers.push(params);
        return { id: `cus_${stripeCalls.nextCustomer++}` };
      },
    },
    prices: {
      list: async ({ lookup_keys }: { lookup_keys: string[] }) => ({ data: [{ id: `price_${lookup_keys[0]}` }] }),
    },
    checkout: {
      sessions: {
        create: async (params: Record<string, unknown>) => {
          stripeCalls.sessions.push(params);
          return { id: "cs_test_new", url: "https://checkout.example/pay/cs_test_new" };
        },
      },
    },
  };
  return { ...original, getStripe: () => fake };
});

import { accountsConn, closeAccountsConn, sqliteHandle } from "@/db/accounts/client";
import {
  claimGuestLinkMail,
  findOrCreateUserByEmail,
  getPurchaseByCheckoutSessionId,
  getStripeCustomerIdForUser,
  insertPurchase,
  upsertSubscriptionState,
} from "@/db/accounts/queries";
import { user } from "@/db/accounts/schema";
import { startProCheckout, startReportCheckout } from "@/lib/server/billing/checkout";
import { CHECKOUT_COOKIE, checkoutNonceMatches, hashCheckoutNonce } from "@/lib/server/billing/checkout-browser";
import { stripeClientOptions } from "@/lib/server/billing/stripe";

const db = accountsConn();

async function redirectOf(action: Promise<unknown>): Promise<string> {
  try {
    await action;
  } catch (error) {
    if (error instanceof Redirect) return error.url;
    throw error;
  }
  throw new Error("action did not redirect");
}

function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}

function seedUser(id: string, email: string) {
  const now = new Date();
  sqliteHandle(db).insert(user).values({ id, email, emailVerified: true, createdAt: now, updatedAt: now }).onConflictDoNothing().run();
}

async function seedProSubscription(userId: string) {
  await upsertSubscriptionState(
    {
      id: `sub_${userId}`,
      stripeCustomerId: `cus_${userId}`,
      status: "active",
      priceId: "price_pro_monthly",
      cancelAtPeriodEnd: false,
      currentPeriodEnd: new Date(Date.now() + 20 * 86_400_000),
      endedAt: null,
    },
    userId,
    Date.now(),
    db,
  );
}

beforeEach(() => {
  viewer.current = null;
  stripeCalls.sessions.length = 0;
  stripeCalls.customers.length = 0;
  jar.clear();
  vi.spyOn(console, "error").mockImplementation(() => {});
});

afterAll(async () => {
  await closeAccountsConn(db);
  fs.rmSync(tmpDir, { recursive: true, force: true });
});

describe("stripeClientOptions", () => {
  it("points the SDK at the emulator or at Stripe from the URL alone", () => {
    expect(stripeClientOptions("http://127.0.0.1:12199")).toMatchObject({ host: "127.0.0.1", port: 12199, protocol: "http" });
    expect(stripeClientOptions("https://api.stripe.com")).toMatchObject({ host: "api.stripe.com", port: 443, protocol: "https" });
  });
});

describe("startReportCheckout", () => {
  it("rejects a malformed SOC code without calling Stripe", async () => {
    for (const soc of ["15-125", "151252", "15-1252; drop table", "", "../etc"]) {
      expect(await redirectOf(startReportCheckout(form({ soc })))).toBe("/pricing?error=invalid-soc");
    }
    expect(stripeCalls.sessions).toHaveLength(0);
  });

  it("lets a guest pay: no client_reference_id, Stripe collects the email and creates a customer", async () => {
    const url = await redirectOf(startReportCheckout(form({ soc: "15-1252" })));
    expect(url).toBe("https://checkout.example/pay/cs_test_new");
    const [params] = stripeCalls.sessions;
    expect(params).toMatchObject({
      mode: "payment",
      customer_creation: "always",
      metadata: { kind: "report", soc: "15-1252" },
      line_items: [{ price: "price_occupation_report", quantity: 1 }],
      success_url: "http://localhost:3999/checkout/complete?session_id={CHECKOUT_SESSION_ID}",
    });
    expect(params).not.toHaveProperty("client_reference_id");
    expect(params?.metadata).not.toHaveProperty("user_id");
  });

  it("binds the checkout to this browser: an HttpOnly, SameSite=Lax nonce cookie whose hash (only) goes to Stripe", async () => {
    await redirectOf(startReportCheckout(form({ soc: "15-1252" })));
    const cookie = jar.get(CHECKOUT_COOKIE)!;
    expect(cookie.options).toMatchObject({ httpOnly: true, sameSite: "lax", path: "/checkout" });
    expect(cookie.value.length).toBeGreaterThanOrEqual(43);
    const metadata = stripeCalls.sessions[0]?.metadata as Record<string, string>;
    expect(metadata.browser).toBe(hashCheckoutNonce(cookie.value));
    expect(JSON.stringify(stripeCalls.sessions[0])).not.toContain(cookie.value);
    expect(checkoutNonceMatches(cookie.value, metadata.browser)).toBe(true);
    expect(checkoutNonceMatches("another-browser", metadata.browser)).toBe(false);
    expect(checkoutNonceMatches(undefined, metadata.browser)).toBe(false);
    expect(checkoutNonceMatches(cookie.value, undefined)).toBe(false);
  });

  it("refuses a well-formed code that is not one of our occupations before calling Stripe", async () => {
    for (const soc of ["99-9999", "15-1298"]) {
      expect(await redirectOf(startReportCheckout(form({ soc })))).toBe(`/pricing?error=unknown-soc&soc=${soc}`);
    }
    expect(stripeCalls.sessions).toHaveLength(0);
    expect(jar.size).toBe(0);
  });

  it("ignores any user id in the form: the buyer is always the signed-in user", async () => {
    seedUser("user_mallory", "mallory@example.com");
    viewer.current = { id: "user_mallory", email: "mallory@example.com" };
    await redirectOf(
      startReportCheckout(form({ soc: "11-3051", client_reference_id: "user_victim", user_id: "user_victim", customer: "cus_victim" })),
    );
    const [params] = stripeCalls.sessions;
    expect(params).toMatchObject({ client_reference_id: "user_mallory", metadata: { user_id: "user_mallory", soc: "11-3051" } });
    expect(params?.customer).toBe(await getStripeCustomerIdForUser("user_mallory", db));
    expect(JSON.stringify(params)).not.toContain("victim");
  });

  it("sends a buyer who already owns the report to their account instead of charging again", async () => {
    seedUser("user_owner", "owner@example.com");
    await insertPurchase({ userId: "user_owner", soc: "13-2011", checkoutSessionId: "cs_test_owned", amountCents: 1200 }, db);
    viewer.current = { id: "user_owner", email: "owner@example.com" };
    expect(await redirectOf(startReportCheckout(form({ soc: "13-2011" })))).toBe("/account?report=13-2011");
    expect(stripeCalls.sessions).toHaveLength(0);
  });

  it("tells a Pro member they have every report instead of charging", async () => {
    seedUser("user_has_pro", "has-pro@example.com");
    await seedProSubscription("user_has_pro");
    viewer.current = { id: "user_has_pro", email: "has-pro@example.com" };
    expect(await redirectOf(startReportCheckout(form({ soc: "15-1252" })))).toBe("/account?report=15-1252");
    expect(stripeCalls.sessions).toHaveLength(0);
  });
});

describe("startProCheckout", () => {
  it("requires sign-in", async () => {
    expect(await redirectOf(startProCheckout())).toBe("/sign-in?next=/pricing");
    expect(stripeCalls.sessions).toHaveLength(0);
  });

  it("tells a member who already has Pro so, without a second checkout", async () => {
    seedUser("user_pro_already", "pro-already@example.com");
    await seedProSubscription("user_pro_already");
    viewer.current = { id: "user_pro_already", email: "pro-already@example.com" };
    expect(await redirectOf(startProCheckout())).toBe("/account?notice=already-pro");
    expect(stripeCalls.sessions).toHaveLength(0);
  });

  it("creates one customer per user and a subscription checkout tagged with the server-side user id", async () => {
    seedUser("user_pro", "pro@example.com");
    viewer.current = { id: "user_pro", email: "pro@example.com" };
    await redirectOf(startProCheckout());
    await redirectOf(startProCheckout());
    expect(stripeCalls.customers).toHaveLength(1);
    expect(stripeCalls.sessions[0]).toMatchObject({
      mode: "subscription",
      client_reference_id: "user_pro",
      metadata: { kind: "pro", user_id: "user_pro" },
      subscription_data: { metadata: { kind: "pro", user_id: "user_pro" } },
      line_items: [{ price: "price_pro_monthly", quantity: 1 }],
    });
  });
});

describe("guest link mail after checkout", () => {
  it("is claimed once per checkout session, within the window, for guest purchases only", async () => {
    const guest = await findOrCreateUserByEmail("guest@example.com", db);
    const now = new Date();
    await insertPurchase({ userId: guest.id, soc: "15-1252", checkoutSessionId: "cs_test_g1", amountCents: 1200, guest: true }, db);
    await insertPurchase({ userId: guest.id, soc: "15-1253", checkoutSessionId: "cs_test_g2", amountCents: 1200, guest: false }, db);
    const anHourAgo = new Date(now.getTime() - 3_600_000);

    expect(await claimGuestLinkMail("cs_test_g1", now, anHourAgo, db)).toBe(true);
    expect(await claimGuestLinkMail("cs_test_g1", now, anHourAgo, db)).toBe(false);
    expect(await claimGuestLinkMail("cs_test_g2", now, anHourAgo, db)).toBe(false);
    expect(await claimGuestLinkMail("cs_test_missing", now, anHourAgo, db)).toBe(false);
    expect((await getPurchaseByCheckoutSessionId("cs_test_g1", db))?.guestSignInAt).not.toBeNull();

    await insertPurchase({ userId: guest.id, soc: "15-1254", checkoutSessionId: "cs_test_g3", amountCents: 1200, guest: true }, db);
    const future = new Date(now.getTime() + 10_000);
    expect(await claimGuestLinkMail("cs_test_g3", now, future, db)).toBe(false);
  });
});
