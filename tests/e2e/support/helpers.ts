import { randomBytes } from "node:crypto";

import Database from "better-sqlite3";
import { expect, type APIRequestContext, type Page } from "@playwright/test";

import { E2E_APP_DB, EMULATOR_URL } from "./env";

/** A fresh address per test, so journeys never share accounts. */
export function uniqueEmail(label: string): string {
  return `${label}-${randomBytes(5).toString("hex")}@example.test`;
}

/** Requests a magic link on /sign-in and follows it from the development outbox. */
export async function signIn(page: Page, email: string, next = "/account"): Promise<void> {
  await page.goto(`/sign-in?next=${encodeURIComponent(next)}`);
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  const link = await magicLinkFor(page, email);
  await page.goto(link);
  await expect(page).toHaveURL(new RegExp(`${next.replace(/[?]/g, "\\?")}$`));
}

/** The newest magic link mailed to `email`, read from /dev/outbox. */
export async function magicLinkFor(page: Page, email: string): Promise<string> {
  await page.goto("/dev/outbox");
  const mail = page.locator("li", { has: page.getByTestId("outbox-to").getByText(email, { exact: true }) }).first();
  const href = await mail.getByTestId("outbox-link").getAttribute("href");
  if (!href) throw new Error(`no magic link for ${email} in the outbox`);
  return href;
}

/** Presses Pay on the emulator's hosted checkout page (typing the email when it asks). */
export async function payOnCheckoutPage(page: Page, email?: string): Promise<void> {
  await expect(page).toHaveURL(new RegExp(`^${EMULATOR_URL}/checkout/`));
  const emailField = page.getByLabel("Email");
  if (email && (await emailField.getAttribute("readonly")) === null) await emailField.fill(email);
  await page.getByRole("button", { name: /^Pay / }).click();
}

/** Signs in by magic link and pays for Pro on the emulator's checkout page. */
export async function subscribeToPro(page: Page, email: string): Promise<void> {
  await signIn(page, email, "/pricing");
  await page.getByRole("button", { name: /^Subscribe/ }).click();
  await payOnCheckoutPage(page);
  await expect(page).toHaveURL(/\/checkout\/success\?session_id=cs_/);
  await expect(page.getByRole("heading", { name: "Welcome to Pro" })).toBeVisible();
}

// --- emulator controls --------------------------------------------------------------------

export async function advanceEmulatorClock(request: APIRequestContext, days: number, options: { failRenewal?: boolean } = {}) {
  const response = await request.post(`${EMULATOR_URL}/_emulator/advance`, { data: { days, wait: true, ...options } });
  expect(response.ok()).toBe(true);
  return (await response.json()) as { now: number; events: { id: string; type: string }[] };
}

type EmulatorEvent = { id: string; type: string; created: number; data: { object: Record<string, unknown> } };
type EmulatorState = {
  events: Record<string, EmulatorEvent>;
  checkout_sessions: Record<string, { id: string; client_reference_id: string | null; metadata: Record<string, string>; customer: string | null }>;
};

export async function emulatorState(request: APIRequestContext): Promise<EmulatorState> {
  const response = await request.get(`${EMULATOR_URL}/_emulator/state`);
  expect(response.ok()).toBe(true);
  return (await response.json()) as EmulatorState;
}

// --- read-only look into the app's e2e accounts database ---------------------------------

function withAppDb<T>(read: (db: Database.Database) => T): T {
  const db = new Database(E2E_APP_DB, { readonly: true, fileMustExist: true });
  try {
    return read(db);
  } finally {
    db.close();
  }
}

export function userIdByEmail(email: string): string | null {
  return withAppDb((db) => (db.prepare("select id from user where email = ?").get(email.toLowerCase()) as { id: string } | undefined)?.id ?? null);
}

export function purchasesOf(userId: string): { soc: string; checkout_session_id: string }[] {
  return withAppDb((db) => db.prepare("select soc, checkout_session_id from purchases where user_id = ?").all(userId) as { soc: string; checkout_session_id: string }[]);
}

/**
 * The rows webhooks write for the given buyers, events and checkout sessions: compared before
 * and after forged or replayed requests. Scoped, not global counts, because the other
 * Playwright worker signs people in and buys things at the same time.
 */
export function billingSnapshot(scope: { emails: string[]; eventIds?: string[]; checkoutSessionIds?: string[] }): Record<string, unknown[]> {
  return withAppDb((db) => {
    const rows = (sql: string, values: string[]) => (values.length === 0 ? [] : db.prepare(sql.replace("(?)", `(${values.map(() => "?").join(", ")})`)).all(...values));
    const users = rows("select id, email from user where email in (?) order by email", scope.emails.map((email) => email.toLowerCase())) as { id: string }[];
    const userIds = users.map((user) => user.id);
    return {
      users,
      purchases: rows("select user_id, soc, checkout_session_id, guest, guest_sign_in_at from purchases where user_id in (?) order by id", userIds),
      purchasesBySession: rows("select user_id, soc, checkout_session_id from purchases where checkout_session_id in (?) order by id", scope.checkoutSessionIds ?? []),
      subscriptions: rows("select id, status, cancel_at_period_end, current_period_end, user_id from subscriptions where user_id in (?) order by id", userIds),
      customers: rows("select user_id, stripe_customer_id from customers where user_id in (?) order by user_id", userIds),
      stripeEvents: rows("select id, type, processed_at from stripe_events where id in (?) order by id", scope.eventIds ?? []),
    };
  });
}

/** How many sign-in sessions the user has (a guest checkout must never add one). */
export function sessionCountOf(userId: string): number {
  return withAppDb((db) => (db.prepare("select count(*) as n from session where user_id = ?").get(userId) as { n: number }).n);
}

/** How many mails went to `email` (the outbox table of local mode). */
export function outboxCountFor(email: string): number {
  return withAppDb((db) => (db.prepare('select count(*) as n from outbox where "to" = ?').get(email.toLowerCase()) as { n: number }).n);
}

/** Mails to `email` whose subject starts with `subjectPrefix`, oldest first (the outbox table of local mode). */
export function outboxMailsFor(email: string, subjectPrefix: string): { subject: string; text: string; link: string | null }[] {
  return withAppDb(
    (db) =>
      db.prepare('select subject, text, link from outbox where "to" = ? and substr(subject, 1, ?) = ? order by id').all(email.toLowerCase(), subjectPrefix.length, subjectPrefix) as {
        subject: string;
        text: string;
        link: string | null;
      }[],
  );
}
