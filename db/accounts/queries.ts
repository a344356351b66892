import { randomBytes } from "node:crypto";

import { and, asc, count, desc, eq, isNull, lt, sql } from "drizzle-orm";

import { accountsDb, type AccountsConn } from "./client";
import {
  alertOptOuts,
  alertSends,
  customers,
  outbox,
  purchases,
  rateLimits,
  stripeEvents,
  subscriptions,
  user,
  watchlist,
  type NewPurchase,
  type OutboxMail,
  type Purchase,
  type Subscription,
  type SubscriptionStatus,
} from "./schema";

/**
 * Small, named queries on the accounts database. Each takes the connection last
 * (defaulting to the app database) so webhook handlers can pass a transaction and tests
 * a temporary database. Reads return `null` on a miss; mutations are scoped by owner or
 * by the Stripe id that came from a verified source.
 */

export function normalizeEmail(email: string): string {
  return email.normalize("NFC").trim().toLowerCase();
}

// ---------------------------------------------------------------------------------------
// Users
// ---------------------------------------------------------------------------------------

export type UserSummary = { id: string; email: string; emailVerified: boolean };

const userSummaryColumns = { id: user.id, email: user.email, emailVerified: user.emailVerified };

export function getUserById(userId: string, db: AccountsConn = accountsDb()): UserSummary | null {
  return db.select(userSummaryColumns).from(user).where(eq(user.id, userId)).get() ?? null;
}

export function getUserByEmail(email: string, db: AccountsConn = accountsDb()): UserSummary | null {
  return db.select(userSummaryColumns).from(user).where(eq(user.email, normalizeEmail(email))).get() ?? null;
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
 */
export function findOrCreateUserByEmail(email: string, db: AccountsConn = accountsDb()): UserSummary & { created: boolean } {
  const normalized = normalizeEmail(email);
  const existing = getUserByEmail(normalized, db);
  if (existing) return { ...existing, created: false };
  const now = new Date();
  const inserted = db
    .insert(user)
    .values({ id: newUserId(), email: normalized, name: "", emailVerified: false, createdAt: now, updatedAt: now })
    .onConflictDoNothing({ target: user.email })
    .returning(userSummaryColumns)
    .get();
  if (inserted) return { ...inserted, created: true };
  const raced = getUserByEmail(normalized, db);
  if (!raced) throw new Error("user insert conflicted but no user found");
  return { ...raced, created: false };
}

// ---------------------------------------------------------------------------------------
// Stripe customers
// ---------------------------------------------------------------------------------------

export function getStripeCustomerIdForUser(userId: string, db: AccountsConn = accountsDb()): string | null {
  return db.select({ id: customers.stripeCustomerId }).from(customers).where(eq(customers.userId, userId)).get()?.id ?? null;
}

export function getUserIdByStripeCustomerId(stripeCustomerId: string, db: AccountsConn = accountsDb()): string | null {
  return (
    db.select({ userId: customers.userId }).from(customers).where(eq(customers.stripeCustomerId, stripeCustomerId)).get()
      ?.userId ?? null
  );
}

/** Records the user's Stripe customer unless the user already has one; returns the customer id in effect. */
export function linkStripeCustomer(userId: string, stripeCustomerId: string, db: AccountsConn = accountsDb()): string {
  db.insert(customers).values({ userId, stripeCustomerId }).onConflictDoNothing().run();
  return getStripeCustomerIdForUser(userId, db) ?? stripeCustomerId;
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

export function getSubscriptionsForUser(userId: string, db: AccountsConn = accountsDb()): SubscriptionSummary[] {
  return db
    .select({
      id: subscriptions.id,
      status: subscriptions.status,
      cancelAtPeriodEnd: subscriptions.cancelAtPeriodEnd,
      currentPeriodEnd: subscriptions.currentPeriodEnd,
      endedAt: subscriptions.endedAt,
    })
    .from(subscriptions)
    .where(eq(subscriptions.userId, userId))
    .all();
}

export function getSubscriptionById(subscriptionId: string, db: AccountsConn = accountsDb()): Subscription | null {
  return db.select().from(subscriptions).where(eq(subscriptions.id, subscriptionId)).get() ?? null;
}

/**
 * Writes the absolute state of a subscription as re-fetched from Stripe, unless the
 * stored row comes from a fetch that started later (`fetchedAt`, unix milliseconds of
 * our clock). `userId` fills in an unattributed row but never moves a subscription to a
 * different user. Returns whether the row was written.
 */
export function upsertSubscriptionState(
  state: SubscriptionState,
  userId: string | null,
  fetchedAt: number,
  db: AccountsConn = accountsDb(),
): boolean {
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
  const result = db
    .insert(subscriptions)
    .values({ id: state.id, userId, ...values })
    .onConflictDoUpdate({
      target: subscriptions.id,
      set: { ...values, userId: sql`coalesce(${subscriptions.userId}, excluded.user_id)` },
      setWhere: sql`${subscriptions.stateFetchedAt} <= excluded.updated_from_event_created`,
    })
    .run();
  return result.changes > 0;
}

/** Writes a subscription only if no row exists yet (success page, before any webhook). */
export function insertSubscriptionIfAbsent(state: SubscriptionState, userId: string, db: AccountsConn = accountsDb()): boolean {
  const result = db
    .insert(subscriptions)
    .values({ ...state, userId, stateFetchedAt: 0 })
    .onConflictDoNothing({ target: subscriptions.id })
    .run();
  return result.changes > 0;
}

/** Records that we cancelled this subscription as a duplicate of the user's Pro (shown on /account). */
export function markSubscriptionDuplicateCanceled(subscriptionId: string, at: Date, db: AccountsConn = accountsDb()): void {
  db.update(subscriptions)
    .set({ duplicateCanceledAt: at })
    .where(and(eq(subscriptions.id, subscriptionId), isNull(subscriptions.duplicateCanceledAt)))
    .run();
}

/** Subscriptions of the user that we cancelled as duplicates, newest first. */
export function getDuplicateCanceledSubscriptions(userId: string, db: AccountsConn = accountsDb()): { id: string; canceledAt: Date }[] {
  return db
    .select({ id: subscriptions.id, canceledAt: subscriptions.duplicateCanceledAt })
    .from(subscriptions)
    .where(and(eq(subscriptions.userId, userId), sql`${subscriptions.duplicateCanceledAt} is not null`))
    .orderBy(desc(subscriptions.duplicateCanceledAt))
    .all()
    .flatMap((row) => (row.canceledAt ? [{ id: row.id, canceledAt: row.canceledAt }] : []));
}

/** Attributes any unattributed subscriptions of this Stripe customer to the user. */
export function attributeSubscriptionsOfCustomer(stripeCustomerId: string, userId: string, db: AccountsConn = accountsDb()): void {
  db.update(subscriptions)
    .set({ userId })
    .where(and(eq(subscriptions.stripeCustomerId, stripeCustomerId), isNull(subscriptions.userId)))
    .run();
}

// ---------------------------------------------------------------------------------------
// Purchases (PDF reports)
// ---------------------------------------------------------------------------------------

export type PurchaseSummary = Pick<Purchase, "id" | "soc" | "amountCents" | "currency" | "createdAt">;

export function getPurchasesForUser(userId: string, db: AccountsConn = accountsDb()): PurchaseSummary[] {
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
    .orderBy(desc(purchases.createdAt), desc(purchases.id))
    .all();
}

export function hasPurchasedReport(userId: string, soc: string, db: AccountsConn = accountsDb()): boolean {
  return !!db
    .select({ id: purchases.id })
    .from(purchases)
    .where(and(eq(purchases.userId, userId), eq(purchases.soc, soc)))
    .get();
}

export function getPurchaseByCheckoutSessionId(checkoutSessionId: string, db: AccountsConn = accountsDb()): Purchase | null {
  return db.select().from(purchases).where(eq(purchases.checkoutSessionId, checkoutSessionId)).get() ?? null;
}

/** Inserts the purchase for a checkout session once; returns false if it already exists. */
export function insertPurchase(purchase: NewPurchase, db: AccountsConn = accountsDb()): boolean {
  const result = db.insert(purchases).values(purchase).onConflictDoNothing({ target: purchases.checkoutSessionId }).run();
  return result.changes > 0;
}

/**
 * Claims the one mail of a sign-in link to a guest purchase's checkout email (column
 * `guest_sign_in_at`). True only for the first caller, and only for a guest purchase made
 * after `notBefore`.
 */
export function claimGuestLinkMail(checkoutSessionId: string, now: Date, notBefore: Date, db: AccountsConn = accountsDb()): boolean {
  const result = db
    .update(purchases)
    .set({ guestSignInAt: now })
    .where(
      and(
        eq(purchases.checkoutSessionId, checkoutSessionId),
        eq(purchases.guest, true),
        isNull(purchases.guestSignInAt),
        sql`${purchases.createdAt} >= ${Math.floor(notBefore.getTime() / 1000)}`,
      ),
    )
    .run();
  return result.changes > 0;
}

/** Gives the claim back when the mail could not be sent, so the next visit retries. */
export function releaseGuestLinkMail(checkoutSessionId: string, db: AccountsConn = accountsDb()): void {
  db.update(purchases).set({ guestSignInAt: null }).where(eq(purchases.checkoutSessionId, checkoutSessionId)).run();
}

// ---------------------------------------------------------------------------------------
// Stripe events
// ---------------------------------------------------------------------------------------

export function isStripeEventProcessed(eventId: string, db: AccountsConn = accountsDb()): boolean {
  return !!db.select({ id: stripeEvents.id }).from(stripeEvents).where(eq(stripeEvents.id, eventId)).get();
}

/** Inserts the event id; false when it was already there (call inside the effect's transaction). */
export function recordStripeEvent(eventId: string, type: string, db: AccountsConn = accountsDb()): boolean {
  const result = db.insert(stripeEvents).values({ id: eventId, type }).onConflictDoNothing().run();
  return result.changes > 0;
}

// ---------------------------------------------------------------------------------------
// Outbox
// ---------------------------------------------------------------------------------------

export function insertOutboxMail(
  mail: { to: string; subject: string; text: string; link: string | null },
  db: AccountsConn = accountsDb(),
): void {
  db.insert(outbox).values(mail).run();
}

export function listRecentOutboxMail(limit = 50, db: AccountsConn = accountsDb()): OutboxMail[] {
  return db.select().from(outbox).orderBy(desc(outbox.id)).limit(limit).all();
}

// ---------------------------------------------------------------------------------------
// Rate limits (fixed windows)
// ---------------------------------------------------------------------------------------

/**
 * Counts one hit against `key` in the current window and says whether it is within
 * `max` (windows up to a day long). Old windows are pruned as a side effect.
 */
export function hitRateLimit(
  key: string,
  { windowSeconds, max, now }: { windowSeconds: number; max: number; now: Date },
  db: AccountsConn = accountsDb(),
): { allowed: boolean; count: number } {
  const nowSeconds = Math.floor(now.getTime() / 1000);
  const windowStart = nowSeconds - (nowSeconds % windowSeconds);
  const row = db
    .insert(rateLimits)
    .values({ key, windowStart, count: 1 })
    .onConflictDoUpdate({ target: [rateLimits.key, rateLimits.windowStart], set: { count: sql`${rateLimits.count} + 1` } })
    .returning({ count: rateLimits.count })
    .get();
  // Windows are at most a day long; anything older is dead.
  db.delete(rateLimits)
    .where(lt(rateLimits.windowStart, nowSeconds - 2 * 86_400))
    .run();
  const count = row?.count ?? 1;
  return { allowed: count <= max, count };
}

// ---------------------------------------------------------------------------------------
// Watchlist and alerts
// ---------------------------------------------------------------------------------------

export type WatchSummary = { soc: string; createdAt: Date };

/** The user's watched occupations, oldest first. */
export function listWatches(userId: string, db: AccountsConn = accountsDb()): WatchSummary[] {
  return db
    .select({ soc: watchlist.soc, createdAt: watchlist.createdAt })
    .from(watchlist)
    .where(eq(watchlist.userId, userId))
    .orderBy(asc(watchlist.createdAt), asc(watchlist.soc))
    .all();
}

export type AddWatchResult = "added" | "already" | "limit";

/**
 * Watches `soc` unless the user already watches `limit` occupations. Count and insert run in
 * one immediate transaction, so two requests at once cannot both take the last place.
 */
export function addWatch(userId: string, soc: string, limit: number, db: AccountsConn = accountsDb()): AddWatchResult {
  return db.transaction(
    (tx) => {
      if (tx.select({ soc: watchlist.soc }).from(watchlist).where(and(eq(watchlist.userId, userId), eq(watchlist.soc, soc))).get()) return "already";
      const watching = tx.select({ n: count() }).from(watchlist).where(eq(watchlist.userId, userId)).get()?.n ?? 0;
      if (watching >= limit) return "limit";
      tx.insert(watchlist).values({ userId, soc }).onConflictDoNothing().run();
      return "added";
    },
    { behavior: "immediate" },
  );
}

export function removeWatch(userId: string, soc: string, db: AccountsConn = accountsDb()): boolean {
  return db.delete(watchlist).where(and(eq(watchlist.userId, userId), eq(watchlist.soc, soc))).run().changes > 0;
}

export type Watcher = { userId: string; email: string; alertsOff: boolean; socs: string[] };

/** Every user with at least one watched occupation, with their watches (oldest first) and whether alerts are off. */
export function listWatchers(db: AccountsConn = accountsDb()): Watcher[] {
  const rows = db
    .select({ userId: watchlist.userId, email: user.email, soc: watchlist.soc, optedOut: alertOptOuts.userId })
    .from(watchlist)
    .innerJoin(user, eq(user.id, watchlist.userId))
    .leftJoin(alertOptOuts, eq(alertOptOuts.userId, watchlist.userId))
    .orderBy(asc(watchlist.userId), asc(watchlist.createdAt), asc(watchlist.soc))
    .all();
  const byUser = new Map<string, Watcher>();
  for (const row of rows) {
    const watcher = byUser.get(row.userId) ?? { userId: row.userId, email: row.email, alertsOff: row.optedOut !== null, socs: [] };
    watcher.socs.push(row.soc);
    byUser.set(row.userId, watcher);
  }
  return [...byUser.values()];
}

/** When the user turned alerts off, or null while they are on. */
export function alertsOffSince(userId: string, db: AccountsConn = accountsDb()): Date | null {
  return db.select({ at: alertOptOuts.createdAt }).from(alertOptOuts).where(eq(alertOptOuts.userId, userId)).get()?.at ?? null;
}

/** Turns alerts off (idempotent: the first time is kept). False when there is no such user. */
export function turnAlertsOff(userId: string, db: AccountsConn = accountsDb()): boolean {
  if (getUserById(userId, db) === null) return false;
  db.insert(alertOptOuts).values({ userId }).onConflictDoNothing().run();
  return true;
}

export function turnAlertsOn(userId: string, db: AccountsConn = accountsDb()): void {
  db.delete(alertOptOuts).where(eq(alertOptOuts.userId, userId)).run();
}

/**
 * Claims the one alert mail of this user for this release: true only for the first caller.
 * The claim is taken before sending, so two runs at once cannot both mail.
 */
export function claimAlertSend(userId: string, releaseId: string, changes: number, db: AccountsConn = accountsDb()): boolean {
  return db.insert(alertSends).values({ userId, releaseId, changes }).onConflictDoNothing().run().changes > 0;
}

/** Gives the claim back when the mail could not be sent, so the next run retries it. */
export function releaseAlertSend(userId: string, releaseId: string, db: AccountsConn = accountsDb()): void {
  db.delete(alertSends).where(and(eq(alertSends.userId, userId), eq(alertSends.releaseId, releaseId))).run();
}
