import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

import { expect, test, type APIRequestContext, type BrowserContext, type Page } from "@playwright/test";
import pg from "pg";
import Stripe from "stripe";

import { E2E_WEBHOOK_SECRET, EMULATOR_URL } from "../e2e/support/env";
import { magicLinkFor, payOnCheckoutPage, signIn, uniqueEmail } from "../e2e/support/helpers";

/**
 * Journeys against the cluster of `npm run test:scale`: nginx on CLUSTER_URL in front of
 * instance A and instance B, accounts in PostgreSQL. The emulator sends every webhook to
 * instance A; the tests read instance B directly to see what A wrote.
 */

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run with npm run test:scale`);
  return value;
}
const INSTANCE_A = required("INSTANCE_A_URL");
const INSTANCE_B = required("INSTANCE_B_URL");
const RUN_DIR = required("CLUSTER_RUN_DIR");

test.describe.configure({ mode: "serial" });

/** Rows of the cluster's accounts database (PostgreSQL), read directly. */
async function accountsQuery<T>(text: string, values: unknown[]): Promise<T[]> {
  const client = new pg.Client({ connectionString: required("TEST_DATABASE_URL") });
  await client.connect();
  try {
    return (await client.query(text, values)).rows as T[];
  } finally {
    await client.end();
  }
}

/** The browser's cookies for the cluster, as a Cookie header another origin (an instance) accepts. */
async function cookieHeader(context: BrowserContext): Promise<string> {
  return (await context.cookies()).map((cookie) => `${cookie.name}=${cookie.value}`).join("; ");
}

/** /account as one instance answers it for this cookie (no redirects followed). */
async function accountOn(request: APIRequestContext, instance: string, cookie: string) {
  const response = await request.get(`${instance}/account`, { headers: { cookie }, maxRedirects: 0 });
  return { status: response.status(), html: response.status() === 200 ? await response.text() : "" };
}

function planStatus(html: string): string | null {
  return /data-testid="plan-status"[^>]*>([^<]*)</.exec(html)?.[1] ?? null;
}

/** How many mails the outbox lists for `email` (the outbox lives in PostgreSQL, any instance shows it). */
async function outboxCount(request: APIRequestContext, instance: string, email: string): Promise<number> {
  const html = await (await request.get(`${instance}/dev/outbox`)).text();
  return html.split(`data-testid="outbox-to">${email}<`).length - 1;
}

async function requestLinkOn(page: Page, instance: string, email: string) {
  await page.goto(`${instance}/sign-in`);
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
}

async function emulatorIdle(request: APIRequestContext) {
  await expect(async () => {
    const health = (await (await request.get(`${EMULATOR_URL}/_emulator/health`)).json()) as { pending_webhook_batches: number };
    expect(health.pending_webhook_batches).toBe(0);
  }).toPass({ timeout: 20_000 });
}

function instancePid(instance: string): number {
  const port = new URL(instance).port;
  return Number(fs.readFileSync(path.join(RUN_DIR, `instance-${port}.pid`), "utf8").trim());
}

async function waitUntilServing(request: APIRequestContext, instance: string) {
  await expect(async () => {
    expect((await request.get(`${instance}/sign-in`, { timeout: 5_000 })).status()).toBe(200);
  }).toPass({ timeout: 90_000 });
}

test("the emulator delivers webhooks to instance A", async ({ request }) => {
  const health = (await (await request.get(`${EMULATOR_URL}/_emulator/health`)).json()) as { webhook_url: string };
  expect(health.webhook_url).toBe(`${INSTANCE_A}/api/stripe/webhook`);
});

test("signed in through nginx, the session is valid on both instances", async ({ page, request }) => {
  const email = uniqueEmail("cluster-auth");
  await signIn(page, email);
  await expect(page.getByTestId("account-email")).toHaveText(email);
  // The account and its session are rows in PostgreSQL, not in a file beside one instance.
  const rows = await accountsQuery<{ sessions: string }>('select count(s.id) as sessions from "user" u join session s on s.user_id = u.id where u.email = $1', [email]);
  expect(Number(rows[0]?.sessions)).toBe(1);
  const cookie = await cookieHeader(page.context());
  for (const instance of [INSTANCE_A, INSTANCE_B]) {
    const account = await accountOn(request, instance, cookie);
    expect(account.status, instance).toBe(200);
    expect(account.html, instance).toContain(email);
  }
  // Signing out on one instance ends the session on the other.
  await page.goto("/account");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).not.toHaveURL(/\/account$/);
  expect((await accountOn(request, INSTANCE_B, cookie)).status).not.toBe(200);
});

test("the per-email sign-in limit is shared: a request on A then one on B sends one mail", async ({ page, request }) => {
  const email = uniqueEmail("cluster-limit");
  // The one-mail-a-minute limit counts in fixed minutes (lib/server/auth/sign-in.ts): two requests
  // either side of a minute's turn are in different windows. Start early in a minute so both land in one.
  const intoMinute = Date.now() % 60_000;
  if (intoMinute > 45_000) await new Promise((resolve) => setTimeout(resolve, 60_000 - intoMinute + 500));
  await requestLinkOn(page, INSTANCE_A, email);
  await requestLinkOn(page, INSTANCE_B, email);
  // Both answers look alike (no oracle), but B saw A's counter: one mail, not two.
  expect(await outboxCount(request, INSTANCE_B, email)).toBe(1);
  expect(await outboxCount(request, INSTANCE_A, email)).toBe(1);
});

test("Pro bought through nginx: the webhook handled by A grants Pro seen on B", async ({ page, request }) => {
  const email = uniqueEmail("cluster-pro");
  await signIn(page, email, "/pricing");
  // Never open the success page: it would sync the subscription itself; only the webhook may grant Pro here.
  const clusterPort = new URL(page.url()).port;
  await page.route(
    (url) => url.port === clusterPort && url.pathname.startsWith("/checkout/"),
    (route) => route.abort(),
  );
  await page.getByRole("button", { name: /^Subscribe/ }).click();
  await payOnCheckoutPage(page);
  await emulatorIdle(request);
  await page.unroute(() => true);

  const cookie = await cookieHeader(page.context());
  await expect(async () => {
    expect(planStatus((await accountOn(request, INSTANCE_B, cookie)).html)).toBe("Pro");
  }).toPass({ timeout: 15_000 });
  expect(planStatus((await accountOn(request, INSTANCE_A, cookie)).html)).toBe("Pro");
});

test("20 concurrent copies of one new webhook event, split across A and B, all answer 2xx and change nothing twice", async ({ request }) => {
  const state = (await (await request.get(`${EMULATOR_URL}/_emulator/state`)).json()) as {
    events: Record<string, { type: string; data: { object: Record<string, unknown> }; created: number }>;
  };
  const delivered = Object.values(state.events).filter((event) => event.type === "checkout.session.completed").at(-1);
  expect(delivered, "a completed checkout from the journey before").toBeDefined();
  // A fresh event id for that checkout session: the handlers re-fetch the session from Stripe, so
  // the copies race on the event id and on the effect's own keys at once.
  const event = { ...delivered!, id: `evt_scale_${randomBytes(8).toString("hex")}`, object: "event", livemode: false };
  const payload = JSON.stringify(event);
  const webhooks = new Stripe("sk_test_emulator").webhooks;
  const responses = await Promise.all(
    Array.from({ length: 20 }, (_, i) =>
      request.post(`${i % 2 === 0 ? INSTANCE_A : INSTANCE_B}/api/stripe/webhook`, {
        data: payload,
        headers: {
          "content-type": "application/json",
          "stripe-signature": webhooks.generateTestHeaderString({ payload, secret: E2E_WEBHOOK_SECRET }),
        },
      }),
    ),
  );
  const statuses = responses.map((response) => response.status());
  expect(statuses.every((status) => status >= 200 && status < 300), statuses.join(",")).toBe(true);
  // Exactly one delivery ran the effect; the others were recognised as duplicates.
  const messages = await Promise.all(responses.map(async (response) => ((await response.json()) as { message: string }).message));
  expect(messages.filter((message) => message === "Processed").length, messages.join(",")).toBe(1);
  expect(messages.filter((message) => message === "Already processed").length).toBe(19);
});

test("instance A killed mid-journey: B verifies the link A sent and serves the session; A comes back", async ({ page, request }) => {
  const email = uniqueEmail("cluster-crash");
  await requestLinkOn(page, INSTANCE_A, email);
  const link = await magicLinkFor(page, email);

  const pidBefore = instancePid(INSTANCE_A);
  process.kill(pidBefore, "SIGKILL");
  // Through nginx every request now lands on B (A refuses connections): nothing fails.
  await page.goto(link);
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByTestId("account-email")).toHaveText(email);
  for (let i = 0; i < 6; i++) {
    const response = await page.goto("/account");
    expect(response?.status()).toBe(200);
  }
  const cookie = await cookieHeader(page.context());
  expect((await accountOn(request, INSTANCE_B, cookie)).html).toContain(email);

  // The supervisor restarts A, which then knows the session B created.
  await waitUntilServing(request, INSTANCE_A);
  expect(instancePid(INSTANCE_A)).not.toBe(pidBefore);
  expect((await accountOn(request, INSTANCE_A, cookie)).html).toContain(email);
});

test("nginx micro-caches anonymous profiles and never serves them to a session cookie", async ({ request }) => {
  // The canonical address (a bare code redirects to it).
  const profile = new URL((await request.get("/occupations/11-3051")).url()).pathname;
  const second = await request.get(profile);
  expect(second.status()).toBe(200);
  expect(second.headers()["x-cache-status"]).toMatch(/HIT|UPDATING|STALE/);
  const withSession = await request.get(profile, { headers: { cookie: "aip.session_token=anything.at-all" } });
  expect(withSession.headers()["x-cache-status"]).toBe("BYPASS");
  // The app's own headers pass through the cache untouched.
  expect(second.headers()["content-security-policy"]).toBeTruthy();
});

test("PostgreSQL restarting: account pages and API answer 503 + Retry-After meanwhile, profiles keep serving, sessions survive", async ({ page, request }) => {
  const email = uniqueEmail("cluster-pg");
  await signIn(page, email);
  const cookie = await cookieHeader(page.context());
  const pgCtl = path.join(execFileSync("bash", ["-c", "ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1"]).toString().trim(), "pg_ctl");
  const dataDir = required("PG_DATA_DIR");
  const asPostgres = (args: string[]) =>
    process.getuid?.() === 0 ? execFileSync("runuser", ["-u", "postgres", "--", pgCtl, ...args]) : execFileSync(pgCtl, args);

  asPostgres(["-D", dataDir, "-m", "fast", "-w", "stop"]);
  try {
    // Pages that need the accounts database fail fast (no hang) and say the outage is temporary.
    const started = Date.now();
    const page503 = await request.get(`${INSTANCE_B}/account`, { headers: { cookie }, maxRedirects: 0 });
    expect(page503.status()).toBe(503);
    expect(page503.headers()["retry-after"]).toBe("2");
    expect(Date.now() - started).toBeLessThan(10_000);
    const session = await request.get(`${INSTANCE_A}/api/auth/get-session`, { headers: { cookie } });
    expect(session.status()).toBe(503);
    expect(session.headers()["retry-after"]).toBeTruthy();
    // Nothing public depends on it.
    expect((await request.get(`${INSTANCE_B}/occupations/15-1252`)).status()).toBe(200);
  } finally {
    const port = new URL(required("TEST_DATABASE_URL")).port;
    asPostgres(["-D", dataDir, "-l", path.join(dataDir, "server.log"), "-w", "-o", `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=`, "start"]);
  }
  await expect(async () => {
    expect((await accountOn(request, INSTANCE_B, cookie)).html).toContain(email);
  }).toPass({ timeout: 20_000 });
  expect((await accountOn(request, INSTANCE_A, cookie)).html).toContain(email);
});
