import { randomBytes } from "node:crypto";

import { and, asc, count, desc, eq, gte, isNotNull, isNull, lt, sql } from "drizzle-orm";

import { accountsConn, accountsDialect, tablesOf, withTransaction, type AccountsConn } from "./client";
import type { SubscriptionStatus } from "./schema";
import type { purchases as purchasesTable, outbox as outboxTable, subscriptions as subscriptionsTable } from "./schema-pg";

/**
 * Small, named queries on the accounts database, one body for SQLite and PostgreSQL
 * (db/accounts/client.ts). Each takes the connection last (defaulting to the app's) so
 * webhook handlers can pass a transaction and tests a temporary database; each returns a
 * Promise. Reads return `null` on a miss; mutations are scoped by owner or by the Stripe id
 * that came from a verified source, and say whether they changed a row by the length of
 * what `.returning()` gave back.
 */

type Purchase = typeof purchasesTable.$inferSelect;
type NewPurchase = typeof purchasesTable.$inferInsert;
type Subscription = typeof subscriptionsTable.$inferSelect;
type OutboxMail = typeof outboxTable.$inferSelect;

export function normalizeEmail(email: string): string {
  return email.normalize("NFC").trim().toLowerCase();
}

// ---------------------------------------------------------------------------------------
// Users
// ---------------------------------------------------------------------------------------

export type UserSummary = { id: string; email: string; emailVerified: boolean };

const userSummaryColumns = ({ user }: ReturnType<typeof tablesOf>) => ({ id: user.id, email: user.email, emailVerified: user.emailVerified });

export async function getUserById(userId: string, db: AccountsConn = accountsConn()): Promise<UserSummary | null> {
  const t = tablesOf(db);
  const [row] = await db.select(userSummaryColumns(t)).from(t.user).where(eq(t.user.id, userId)).limit(1);
  return row ?? null;
}

export async function getUserByEmail(email: string, db: AccountsConn = accountsConn()): Promise<UserSummary | null> {
  const t = tablesOf(db);
  const [row] = await db.select(userSummaryColumns(t)).from(t.user).where(eq(t.user.email, normalizeEmail(email))).limit(1);
  return row ?? null;
}

/** Random id in better-auth's style (32 alphanumerics). */
function newUserId(): string {
  const alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  const bytes = randomBytes(32);
  let id = "";
  for (const byte of bytes) id += alphabet[byte % alphabet.length];
  return id;
}

/**
 * Finds the user with this email or creates one for a guest purchase. A created user is
 * marked `emailVerified: false`: paying with an address proves nothing about owning it,
 * so the first magic-link sign-in for that address revokes sessions made before it.
 * Concurrent calls create one user (ON CONFLICT on the unique email).
 */
export async function findOrCreateUserByEmail(email: string, db: AccountsConn = accountsConn()): Promise<UserSummary & { created: boolean }> {
  const t = tablesOf(db);
  const normalized = normalizeEmail(email);
  const existing = await getUserByEmail(normalized, db);
  if (existing) return { ...existing, created: false };
  const now = new Date();
  const [inserted] = await db
    .insert(t.user)
    .values({ id: newUserId(), email: normalized, name: "", emailVerified: false, createdAt: now, updatedAt: now })
    .onConflictDoNothing({ target: t.user.email })
    .returning(userSummaryColumns(t));
  if (inserted) return { ...inserted, created: true };
  const raced = await getUserByEmail(normalized, db);
  if (!raced) throw new Error("user insert conflicted but no user found");
  return { ...raced, created: false };
}

// ---------------------------------------------------------------------------------------
// Stripe customers
// ---------------------------------------------------------------------------------------

export async function getStripeCustomerIdForUser(userId: string, db: AccountsConn = accountsConn()): Promise<string | null> {
  const { customers } = tablesOf(db);
  const [row] = await db.select({ id: customers.stripeCustomerId }).from(customers).where(eq(customers.userId, userId)).limit(1);
  return row?.id ?? null;
}

export async function getUserIdByStripeCustomerId(stripeCustomerId: string, db: AccountsConn = accountsConn()): Promise<string | null> {
  const { customers } = tablesOf(db);
  const [row] = await db.select({ userId: customers.userId }).from(customers).where(eq(customers.stripeCustomerId, stripeCustomerId)).limit(1);
  return row?.userId ?? null;
}

/** Records the user's Stripe customer unless the user already has one; returns the customer id in effect. */
export async function linkStripeCustomer(userId: string, stripeCustomerId: string, db: AccountsConn = accountsConn()): Promise<string> {
  const { customers } = tablesOf(db);
  await db.insert(customers).values({ userId, stripeCustomerId }).onConflictDoNothing();
  return (await getStripeCustomerIdForUser(userId, db)) ?? stripeCustomerId;
}

// ---------------------------------------------------------------------------------------
// Subscriptions
// ---------------------------------------------------------------------------------------

export type SubscriptionState = {
  id: string;
  stripeCustomerId: string;
  status: SubscriptionStatus;
  priceId: string | null;
  cancelAtPeriodEnd: boolean;
  currentPeriodEnd: Date | null;
  endedAt: Date | null;
};

export type SubscriptionSummary = Pick<Subscription, "id" | "status" | "cancelAtPeriodEnd" | "currentPeriodEnd" | "endedAt">;

export async function getSubscriptionsForUser(userId: string, db: AccountsConn = accountsConn()): Promise<SubscriptionSummary[]> {
  const { subscriptions } = tablesOf(db);
  return db
    .select({
      id: subscriptions.id,
      status: subscriptions.status,
      cancelAtPeriodEnd: subscriptions.cancelAtPeriodEnd,
      currentPeriodEnd: subscriptions.currentPeriodEnd,
      endedAt: subscriptions.endedAt,
    })
    .from(subscriptions)
    .where(eq(subscriptions.userId, userId));
}

export async function getSubscriptionById(subscriptionId: string, db: AccountsConn = accountsConn()): Promise<Subscription | null> {
  const { subscriptions } = tablesOf(db);
  const [row] = await db.select().from(subscriptions).where(eq(subscriptions.id, subscriptionId)).limit(1);
  return row ?? null;
}

/**
 * Writes the absolute state of a subscription as re-fetched from Stripe, unless the
 * stored row comes from a fetch that started later (`fetchedAt`, unix milliseconds of
 * our clock). `userId` fills in an unattributed row but never moves a subscription to a
 * different user. Returns whether the row was written.
 */
export async function upsertSubscriptionState(
  state: SubscriptionState,
  userId: string | null,
  fetchedAt: number,
  db: AccountsConn = accountsConn(),
): Promise<boolean> {
  const { subscriptions } = tablesOf(db);
  const values = {
    stripeCustomerId: state.stripeCustomerId,
    status: state.status,
    priceId: state.priceId,
    cancelAtPeriodEnd: state.cancelAtPeriodEnd,
    currentPeriodEnd: state.currentPeriodEnd,
    endedAt: state.endedAt,
    stateFetchedAt: fetchedAt,
    updatedAt: new Date(),
  };
  const written = await db
    .insert(subscriptions)
    .values({ id: state.id, userId, ...values })
    .onConflictDoUpdate({
      target: subscriptions.id,
      set: { ...values, userId: sql`coalesce(${subscriptions.userId}, excluded.user_id)` },
      setWhere: sql`${subscriptions.stateFetchedAt} <= excluded.updated_from_event_created`,
    })
    .returning({ id: subscriptions.id });
  return written.length > 0;
}

/** Writes a subscription only if no row exists yet (success page, before any webhook). */
export async function insertSubscriptionIfAbsent(state: SubscriptionState, userId: string, db: AccountsConn = accountsConn()): Promise<boolean> {
  const { subscriptions } = tablesOf(db);
  const inserted = await db
    .insert(subscriptions)
    .values({ ...state, userId, stateFetchedAt: 0 })
    .onConflictDoNothing({ target: subscriptions.id })
    .returning({ id: subscriptions.id });
  return inserted.length > 0;
}

/** Records that we cancelled this subscription as a duplicate of the user's Pro (shown on /account). */
export async function markSubscriptionDuplicateCanceled(subscriptionId: string, at: Date, db: AccountsConn = accountsConn()): Promise<void> {
  const { subscriptions } = tablesOf(db);
  await db
    .update(subscriptions)
    .set({ duplicateCanceledAt: at })
    .where(and(eq(subscriptions.id, subscriptionId), isNull(subscriptions.duplicateCanceledAt)));
}

/** Subscriptions of the user that we cancelled as duplicates, newest first. */
export async function getDuplicateCanceledSubscriptions(userId: string, db: AccountsConn = accountsConn()): Promise<{ id: string; canceledAt: Date }[]> {
  const { subscriptions } = tablesOf(db);
  const rows = await db
    .select({ id: subscriptions.id, canceledAt: subscriptions.duplicateCanceledAt })
    .from(subscriptions)
    .where(and(eq(subscriptions.userId, userId), isNotNull(subscriptions.duplicateCanceledAt)))
    .orderBy(desc(subscriptions.duplicateCanceledAt));
  return rows.flatMap((row) => (row.canceledAt ? [{ id: row.id, canceledAt: row.canceledAt }] : []));
}

/** Attributes any unattributed subscriptions of this Stripe customer to the user. */
export async function attributeSubscriptionsOfCustomer(stripeCustomerId: string, userId: string, db: AccountsConn = accountsConn()): Promise<void> {
  const { subscriptions } = tablesOf(db);
  await db
    .update(subscriptions)
    .set({ userId })
    .where(and(eq(subscriptions.stripeCustomerId, stripeCustomerId), isNull(subscriptions.userId)));
}

// ---------------------------------------------------------------------------------------
// Purchases (PDF reports)
// ---------------------------------------------------------------------------------------

export type PurchaseSummary = Pick<Purchase, "id" | "soc" | "amountCents" | "currency" | "createdAt">;

export async function getPurchasesForUser(userId: string, db: AccountsConn = accountsConn()): Promise<PurchaseSummary[]> {
  const { purchases } = tablesOf(db);
  return db
    .select({
      id: purchases.id,
      soc: purchases.soc,
      amountCents: purchases.amountCents,
      currency: purchases.currency,
      createdAt: purchases.createdAt,
    })
    .from(purchases)
    .where(eq(purchases.userId, userId))
    .orderBy(desc(purchases.createdAt), desc(purchases.id));
}

export async function hasPurchasedReport(userId: string, soc: string, db: AccountsConn = accountsConn()): Promise<boolean> {
  const { purchases } = tablesOf(db);
  const rows = await db
    .select({ id: purchases.id })
    .from(purchases)
    .where(and(eq(purchases.userId, userId), eq(purchases.soc, soc)))
    .limit(1);
  return rows.length > 0;
}

export async function getPurchaseByCheckoutSessionId(checkoutSessionId: string, db: AccountsConn = accountsConn()): Promise<Purchase | null> {
  const { purchases } = tablesOf(db);
  const [row] = await db.select().from(purchases).where(eq(purchases.checkoutSessionId, checkoutSessionId)).limit(1);
  return row ?? null;
}

/** Inserts the purchase for a checkout session once; returns false if it already exists. */
export async function insertPurchase(purchase: NewPurchase, db: AccountsConn = accountsConn()): Promise<boolean> {
  const { purchases } = tablesOf(db);
  const inserted = await db.insert(purchases).values(purchase).onConflictDoNothing({ target: purchases.checkoutSessionId }).returning({ id: purchases.id });
  return inserted.length > 0;
}

/**
 * Claims the one mail of a sign-in link to a guest purchase's checkout email (column
 * `guest_sign_in_at`). True only for the first caller, and only for a guest purchase made
 * after `notBefore`.
 */
export async function claimGuestLinkMail(checkoutSessionId: string, now: Date, notBefore: Date, db: AccountsConn = accountsConn()): Promise<boolean> {
  const { purchases } = tablesOf(db);
  const claimed = await db
    .update(purchases)
    .set({ guestSignInAt: now })
    .where(
      and(
        eq(purchases.checkoutSessionId, checkoutSessionId),
        eq(purchases.guest, true),
        isNull(purchases.guestSignInAt),
        gte(purchases.createdAt, notBefore),
      ),
    )
    .returning({ id: purchases.id });
  return claimed.length > 0;
}

/** Gives the claim back when the mail could not be sent, so the next visit retries. */
export async function releaseGuestLinkMail(checkoutSessionId: string, db: AccountsConn = accountsConn()): Promise<void> {
  const { purchases } = tablesOf(db);
  await db.update(purchases).set({ guestSignInAt: null }).where(eq(purchases.checkoutSessionId, checkoutSessionId));
}

// ---------------------------------------------------------------------------------------
// Stripe events
// ---------------------------------------------------------------------------------------

export async function isStripeEventProcessed(eventId: string, db: AccountsConn = accountsConn()): Promise<boolean> {
  const { stripeEvents } = tablesOf(db);
  const rows = await db.select({ id: stripeEvents.id }).from(stripeEvents).where(eq(stripeEvents.id, eventId)).limit(1);
  return rows.length > 0;
}

/**
 * Inserts the event id; false when it was already there (call inside the effect's
 * transaction). On PostgreSQL a concurrent insert of the same id waits on the unique index
 * until the first transaction ends, then sees the conflict.
 */
export async function recordStripeEvent(eventId: string, type: string, db: AccountsConn = accountsConn()): Promise<boolean> {
  const { stripeEvents } = tablesOf(db);
  const inserted = await db.insert(stripeEvents).values({ id: eventId, type }).onConflictDoNothing().returning({ id: stripeEvents.id });
  return inserted.length > 0;
}

// ---------------------------------------------------------------------------------------
// Outbox
// ---------------------------------------------------------------------------------------

export async function insertOutboxMail(
  mail: { to: string; subject: string; text: string; link: string | null },
  db: AccountsConn = accountsConn(),
): Promise<void> {
  const { outbox } = tablesOf(db);
  await db.insert(outbox).values(mail);
}

export async function listRecentOutboxMail(limit = 50, db: AccountsConn = accountsConn()): Promise<OutboxMail[]> {
  const { outbox } = tablesOf(db);
  return db.select().from(outbox).orderBy(desc(outbox.id)).limit(limit);
}

// ---------------------------------------------------------------------------------------
// Rate limits (fixed windows)
// ---------------------------------------------------------------------------------------

/**
 * Counts one hit against `key` in the current window and says whether it is within
 * `max` (windows up to a day long). Old windows are pruned as a side effect. The counter
 * is one atomic upsert, so every instance sharing the database counts against the same row.
 */
export async function hitRateLimit(
  key: string,
  { windowSeconds, max, now }: { windowSeconds: number; max: number; now: Date },
  db: AccountsConn = accountsConn(),
): Promise<{ allowed: boolean; count: number }> {
  const { rateLimits } = tablesOf(db);
  const nowSeconds = Math.floor(now.getTime() / 1000);
  const windowStart = nowSeconds - (nowSeconds % windowSeconds);
  const [row] = await db
    .insert(rateLimits)
    .values({ key, windowStart, count: 1 })
    .onConflictDoUpdate({ target: [rateLimits.key, rateLimits.windowStart], set: { count: sql`${rateLimits.count} + 1` } })
    .returning({ count: rateLimits.count });
  // Windows are at most a day long; anything older is dead.
  await db.delete(rateLimits).where(lt(rateLimits.windowStart, nowSeconds - 2 * 86_400));
  const count = row?.count ?? 1;
  return { allowed: count <= max, count };
}

// ---------------------------------------------------------------------------------------
// Watchlist and alerts
// ---------------------------------------------------------------------------------------

export type WatchSummary = { soc: string; createdAt: Date };

/** The user's watched occupations, oldest first. */
export async function listWatches(userId: string, db: AccountsConn = accountsConn()): Promise<WatchSummary[]> {
  const { watchlist } = tablesOf(db);
  return db
    .select({ soc: watchlist.soc, createdAt: watchlist.createdAt })
    .from(watchlist)
    .where(eq(watchlist.userId, userId))
    .orderBy(asc(watchlist.createdAt), asc(watchlist.soc));
}

export type AddWatchResult = "added" | "already" | "limit";

/**
 * Watches `soc` unless the user already watches `limit` occupations. Count and insert run in
 * one transaction that first locks the user's row (PostgreSQL: SELECT … FOR UPDATE; SQLite:
 * the transaction holds the connection's write lock), so two requests at once cannot both
 * take the last place.
 */
export async function addWatch(userId: string, soc: string, limit: number, db: AccountsConn = accountsConn()): Promise<AddWatchResult> {
  const { user, watchlist } = tablesOf(db);
  return withTransaction(db, async (tx) => {
    if (accountsDialect(tx) === "postgres") await tx.select({ id: user.id }).from(user).where(eq(user.id, userId)).for("update");
    const [already] = await tx
      .select({ soc: watchlist.soc })
      .from(watchlist)
      .where(and(eq(watchlist.userId, userId), eq(watchlist.soc, soc)))
      .limit(1);
    if (already) return "already";
    const [watching] = await tx.select({ n: count() }).from(watchlist).where(eq(watchlist.userId, userId));
    if ((watching?.n ?? 0) >= limit) return "limit";
    await tx.insert(watchlist).values({ userId, soc }).onConflictDoNothing();
    return "added";
  });
}

export async function removeWatch(userId: string, soc: string, db: AccountsConn = accountsConn()): Promise<boolean> {
  const { watchlist } = tablesOf(db);
  const removed = await db
    .delete(watchlist)
    .where(and(eq(watchlist.userId, userId), eq(watchlist.soc, soc)))
    .returning({ soc: watchlist.soc });
  return removed.length > 0;
}

export type Watcher = { userId: string; email: string; alertsOff: boolean; socs: string[] };

/** Every user with at least one watched occupation, with their watches (oldest first) and whether alerts are off. */
export async function listWatchers(db: AccountsConn = accountsConn()): Promise<Watcher[]> {
  const { alertOptOuts, user, watchlist } = tablesOf(db);
  const rows = await db
    .select({ userId: watchlist.userId, email: user.email, soc: watchlist.soc, optedOut: alertOptOuts.userId })
    .from(watchlist)
    .innerJoin(user, eq(user.id, watchlist.userId))
    .leftJoin(alertOptOuts, eq(alertOptOuts.userId, watchlist.userId))
    .orderBy(asc(watchlist.userId), asc(watchlist.createdAt), asc(watchlist.soc));
  const byUser = new Map<string, Watcher>();
  for (const row of rows) {
    const watcher = byUser.get(row.userId) ?? { userId: row.userId, email: row.email, alertsOff: row.optedOut !== null, socs: [] };
    watcher.socs.push(row.soc);
    byUser.set(row.userId, watcher);
  }
  return [...byUser.values()];
}

/** When the user turned alerts off, or null while they are on. */
export async function alertsOffSince(userId: string, db: AccountsConn = accountsConn()): Promise<Date | null> {
  const { alertOptOuts } = tablesOf(db);
  const [row] = await db.select({ at: alertOptOuts.createdAt }).from(alertOptOuts).where(eq(alertOptOuts.userId, userId)).limit(1);
  return row?.at ?? null;
}

/** Turns alerts off (idempotent: the first time is kept). False when there is no such user. */
export async function turnAlertsOff(userId: string, db: AccountsConn = accountsConn()): Promise<boolean> {
  const { alertOptOuts } = tablesOf(db);
  if ((await getUserById(userId, db)) === null) return false;
  await db.insert(alertOptOuts).values({ userId }).onConflictDoNothing();
  return true;
}

export async function turnAlertsOn(userId: string, db: AccountsConn = accountsConn()): Promise<void> {
  const { alertOptOuts } = tablesOf(db);
  await db.delete(alertOptOuts).where(eq(alertOptOuts.userId, userId));
}

/**
 * Claims the one alert mail of this user for this release: true only for the first caller.
 * The claim is taken before sending, so two runs at once cannot both mail.
 */
export async function claimAlertSend(userId: string, releaseId: string, changes: number, db: AccountsConn = accountsConn()): Promise<boolean> {
  const { alertSends } = tablesOf(db);
  const claimed = await db.insert(alertSends).values({ userId, releaseId, changes }).onConflictDoNothing().returning({ userId: alertSends.userId });
  return claimed.length > 0;
}

/** Gives the claim back when the mail could not be sent, so the next run retries it. */
export async function releaseAlertSend(userId: string, releaseId: string, db: AccountsConn = accountsConn()): Promise<void> {
  const { alertSends } = tablesOf(db);
  await db.delete(alertSends).where(and(eq(alertSends.userId, userId), eq(alertSends.releaseId, releaseId)));
}
