import fs from "node:fs";
import path from "node:path";

import { eq } from "drizzle-orm";
import pg from "pg";
import Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

/**
 * The accounts queries on PostgreSQL, with two pools standing in for two app instances.
 * Needs TEST_DATABASE_URL (a server where this may create and drop a database); each run
 * works in a fresh database that is dropped afterwards. The app's own connection
 * (DATABASE_URL, read by env.ts at import) points at the same database.
 */
const { baseUrl, dbName, urlFor } = vi.hoisted(() => {
  const base = process.env.TEST_DATABASE_URL;
  if (!base) {
    throw new Error("tests/scale/accounts-pg.test.ts needs TEST_DATABASE_URL=postgres://user@host:port/db (it creates and drops a database of its own there)");
  }
  const name = `aip_accounts_test_${process.pid}_${Date.now().toString(36)}`;
  /** One URL per "instance": a different application_name gives each its own cached pool. */
  const forInstance = (instance: string): string => {
    const url = new URL(base);
    url.pathname = `/${name}`;
    url.searchParams.set("application_name", `aip-test-${instance}`);
    return url.toString();
  };
  process.env.DATABASE_URL = forInstance("app");
  process.env.APP_URL = "http://localhost:3999";
  delete process.env.SMTP_URL;
  return { baseUrl: base, dbName: name, urlFor: forInstance };
});

import {
  ACCOUNTS_PG_MIGRATIONS_FOLDER,
  closeAccountsConn,
  migrateAccounts,
  openAccountsConn,
  tablesOf,
  withTransaction,
  type AccountsConn,
} from "@/db/accounts/client";
import {
  addWatch,
  findOrCreateUserByEmail,
  getPurchasesForUser,
  getSubscriptionById,
  getUserByEmail,
  hitRateLimit,
  insertOutboxMail,
  listRecentOutboxMail,
  listWatches,
  upsertSubscriptionState,
  type SubscriptionState,
} from "@/db/accounts/queries";
import type { BillingStripe } from "@/lib/server/billing/stripe";
import { handleStripeWebhook } from "@/lib/server/billing/webhooks";
import { getAuth } from "@/lib/server/auth/server";
import { requestSignInLink } from "@/lib/server/auth/sign-in";
import { installClientIpStamp } from "@/lib/server/client-ip";
import { isDatabaseBusy } from "@/lib/server/db-busy";


let admin: pg.Client;
let a: AccountsConn;
let b: AccountsConn;
const opened: string[] = [];
function instance(name: string): AccountsConn {
  const url = urlFor(name);
  opened.push(url);
  return openAccountsConn({ url });
}

beforeAll(async () => {
  admin = new pg.Client({ connectionString: baseUrl });
  opened.push(urlFor("app")); // the app's connection (DATABASE_URL), opened by the auth tests
  await admin.connect();
  await admin.query(`create database "${dbName}"`);
  a = instance("a");
  b = instance("b");
});

afterAll(async () => {
  for (const url of opened) await closeAccountsConn({ url });
  if (admin) {
    // pool.end() does not wait for the server side to go: let the backends exit before the forced drop.
    for (let tries = 0; tries < 40; tries += 1) {
      const { rows } = await admin.query<{ n: string }>("select count(*) as n from pg_stat_activity where datname = $1", [dbName]);
      if (rows[0]?.n === "0") break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await admin.query(`drop database if exists "${dbName}" with (force)`);
    await admin.end();
  }
});

/** Alternates calls between the two instances. */
const either = (index: number) => (index % 2 === 0 ? a : b);

describe("migrations", () => {
  it("apply once when two instances start together, and again as a no-op", async () => {
    const [first, second] = await Promise.all([migrateAccounts(a), migrateAccounts(b)]);
    expect(first.dialect).toBe("postgres");
    expect(first.tables).toEqual(second.tables);
    expect(first.tables).toEqual(expect.arrayContaining(["user", "session", "stripe_events", "rate_limits", "auth_rate_limit", "watchlist"]));

    const again = await migrateAccounts(instance("c"));
    expect(again.tables).toEqual(first.tables);
    const journal = JSON.parse(fs.readFileSync(path.join(ACCOUNTS_PG_MIGRATIONS_FOLDER, "meta", "_journal.json"), "utf8")) as { entries: unknown[] };
    const client = new pg.Client({ connectionString: urlFor("check") });
    await client.connect();
    try {
      const { rows } = await client.query<{ n: string }>("select count(*) as n from drizzle.__drizzle_migrations");
      expect(Number(rows[0]!.n)).toBe(journal.entries.length);
    } finally {
      await client.end();
    }
  });
});

describe("concurrency across two instances", () => {
  it("findOrCreateUserByEmail: 20 racing calls create one user", async () => {
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => findOrCreateUserByEmail("Race@Example.test", either(i))));
    expect(new Set(results.map((result) => result.id)).size).toBe(1);
    expect(results.filter((result) => result.created)).toHaveLength(1);
  });

  it("hitRateLimit counts every hit from both instances against one row", async () => {
    const now = new Date("2030-01-01T00:00:10Z");
    const hits = await Promise.all(Array.from({ length: 12 }, (_, i) => hitRateLimit("sign-in:ip:198.51.100.7", { windowSeconds: 900, max: 5, now }, either(i))));
    expect(hits.map((hit) => hit.count).sort((x, y) => x - y)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    expect(hits.filter((hit) => hit.allowed)).toHaveLength(5);
  });

  it("addWatch keeps the limit when 10 requests race for the last places", async () => {
    const watcher = await findOrCreateUserByEmail("watcher@example.test", a);
    const socs = Array.from({ length: 10 }, (_, i) => `41-${2000 + i}`);
    const results = await Promise.all(socs.map((soc, i) => addWatch(watcher.id, soc, 3, either(i))));
    expect(results.filter((result) => result === "added")).toHaveLength(3);
    expect(results.filter((result) => result === "limit")).toHaveLength(7);
    expect(await listWatches(watcher.id, b)).toHaveLength(3);
  });
});

describe("subscriptions", () => {
  const state = (status: SubscriptionState["status"]): SubscriptionState => ({
    id: "sub_order",
    stripeCustomerId: "cus_order",
    status,
    priceId: "price_pro",
    cancelAtPeriodEnd: false,
    currentPeriodEnd: new Date("2030-02-01T00:00:00Z"),
    endedAt: null,
  });

  it("keeps the state fetched last, whatever order the writes arrive in (setWhere)", async () => {
    const owner = await findOrCreateUserByEmail("order@example.test", a);
    expect(await upsertSubscriptionState(state("active"), owner.id, 2_000, a)).toBe(true);
    expect(await upsertSubscriptionState(state("past_due"), owner.id, 1_000, b)).toBe(false);
    expect(await getSubscriptionById("sub_order", a)).toMatchObject({ status: "active", stateFetchedAt: 2_000, userId: owner.id });
    expect(await upsertSubscriptionState(state("canceled"), null, 3_000, b)).toBe(true);
    // A later write without an owner keeps the one already known.
    expect(await getSubscriptionById("sub_order", b)).toMatchObject({ status: "canceled", stateFetchedAt: 3_000, userId: owner.id });
  });
});

describe("transactions", () => {
  it("a transaction that throws leaves nothing", async () => {
    await expect(
      withTransaction(a, async (tx) => {
        await findOrCreateUserByEmail("ghost@example.test", tx);
        await insertOutboxMail({ to: "ghost@example.test", subject: "s", text: "t", link: null }, tx);
        throw new Error("abort");
      }),
    ).rejects.toThrow("abort");
    expect(await getUserByEmail("ghost@example.test", b)).toBeNull();
    expect((await listRecentOutboxMail(50, b)).filter((mail) => mail.to === "ghost@example.test")).toEqual([]);
  });
});

describe("webhook deduplication", () => {
  const SECRET = "whsec_scale_test";
  const sdk = new Stripe("sk_test_scale");
  const session = {
    id: "cs_test_race",
    object: "checkout.session",
    mode: "payment",
    status: "complete",
    payment_status: "paid",
    client_reference_id: null,
    customer: "cus_race",
    customer_email: null,
    customer_details: { email: "race.buyer@example.test" },
    metadata: { kind: "report", soc: "15-1252" },
    subscription: null,
    payment_intent: "pi_race",
    amount_total: 1200,
    currency: "usd",
    created: Math.floor(Date.now() / 1000) - 60,
  };

  it("20 concurrent copies of one event, split over two instances, apply once", async () => {
    const copies = 20;
    // Every copy passes the "already processed?" read before any commits: the retrieve waits for all of them.
    let arrived = 0;
    let releaseAll!: () => void;
    const allArrived = new Promise<void>((resolve) => (releaseAll = resolve));
    const stripe = {
      webhooks: sdk.webhooks,
      subscriptions: { retrieve: async () => Promise.reject(new Error("unused")), cancel: async () => Promise.reject(new Error("unused")) },
      checkout: {
        sessions: {
          retrieve: async () => {
            arrived += 1;
            if (arrived === copies) releaseAll();
            await allArrived;
            return structuredClone(session);
          },
        },
      },
    } as unknown as BillingStripe;
    const event = { id: "evt_race", object: "event", type: "checkout.session.completed", created: session.created, api_version: "2026-10-28.endive", data: { object: { id: session.id } } };
    const body = JSON.stringify(event);
    const signature = sdk.webhooks.generateTestHeaderString({ payload: body, secret: SECRET });

    const outcomes = await Promise.all(
      Array.from({ length: copies }, (_, i) => handleStripeWebhook(body, signature, { db: either(i), stripe, webhookSecret: SECRET })),
    );
    expect(outcomes.map((outcome) => outcome.status)).toEqual(Array.from({ length: copies }, () => 200));
    expect(outcomes.filter((outcome) => outcome.body.message === "Processed")).toHaveLength(1);
    expect(outcomes.filter((outcome) => outcome.body.message === "Already processed")).toHaveLength(copies - 1);

    const buyer = await getUserByEmail("race.buyer@example.test", b);
    expect(buyer).not.toBeNull();
    expect(await getPurchasesForUser(buyer!.id, a)).toHaveLength(1);
    const { stripeEvents } = tablesOf(a);
    expect(await a.select().from(stripeEvents)).toHaveLength(1);
  });
});

describe("better-auth on PostgreSQL (the app's connection)", () => {
  it("signs in by magic link once, with sessions and its per-IP limiter in the database", async () => {
    const ipHeader = installClientIpStamp(0); // what the server hook does: the limiter keys on this header
    vi.spyOn(console, "info").mockImplementation(() => {});
    expect(await requestSignInLink({ email: "member@example.test", next: "/account", ip: "203.0.113.5" })).toBe("sent");
    const link = (await listRecentOutboxMail(5)).find((mail) => mail.to === "member@example.test")?.link;
    expect(link).toMatch(/^http:\/\/localhost:3999\/api\/auth\/magic-link\/verify\?token=/);

    const follow = () => getAuth().handler(new Request(link!, { headers: { [ipHeader]: "203.0.113.5" } }));
    const first = await follow();
    expect(first.status).toBe(302);
    expect(first.headers.get("set-cookie")).toMatch(/aip\.session_token=/);
    const second = await follow();
    expect(second.headers.get("location")).toContain("error=INVALID_TOKEN");

    const member = await getUserByEmail("member@example.test", b);
    expect(member).toMatchObject({ emailVerified: true });
    const { session, authRateLimit } = tablesOf(b);
    expect(await b.select().from(session).where(eq(session.userId, member!.id))).toHaveLength(1);
    const limiter = await b.select().from(authRateLimit);
    expect(limiter.map((row) => row.count).reduce((sum, n) => sum + n, 0)).toBeGreaterThanOrEqual(2);
  });
});

describe("PostgreSQL dropping the connections (as in a restart)", () => {
  it("answers with busy errors at worst while it happens, and the pool reconnects", async () => {
    const d = instance("dropped");
    await Promise.all(Array.from({ length: 5 }, (_, i) => findOrCreateUserByEmail(`warm-${i}@example.test`, d)));
    const { rows } = await admin.query<{ n: number }>(
      "select count(pg_terminate_backend(pid))::int as n from pg_stat_activity where datname = $1 and application_name = 'aip-test-dropped'",
      [dbName],
    );
    expect(rows[0]!.n).toBeGreaterThan(0);
    const failures: unknown[] = [];
    let found: Awaited<ReturnType<typeof getUserByEmail>> = null;
    for (let attempt = 0; attempt < 20 && found === null; attempt += 1) {
      found = await getUserByEmail("warm-0@example.test", d).catch((error: unknown) => {
        failures.push(error);
        return null;
      });
    }
    expect(found).not.toBeNull();
    expect(failures.filter((error) => !isDatabaseBusy(error))).toEqual([]);
  });
});

describe("an unreachable PostgreSQL", () => {
  it("fails fast with an error the routes answer as 503", async () => {
    const down = openAccountsConn({ url: "postgres://postgres@127.0.0.1:1/nothing" });
    opened.push("postgres://postgres@127.0.0.1:1/nothing");
    const started = Date.now();
    const error: unknown = await getUserByEmail("x@example.test", down).then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(error).not.toBeNull();
    expect(isDatabaseBusy(error)).toBe(true);
    expect(Date.now() - started).toBeLessThan(5000);
  });
});
