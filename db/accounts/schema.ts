import { sql } from "drizzle-orm";
import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";

/**
 * The accounts database on SQLite (`env.APP_DB_PATH`; schema-pg.ts is the same on PostgreSQL):
 * better-auth's four tables and its rate limiter, billing state mirrored from Stripe, processed
 * webhook events, the local mail outbox, rate-limit counters, and watchlists with the alerts
 * sent for them. Property names of the auth tables are the field names better-auth expects;
 * columns are snake_case. Timestamps are integer seconds (`mode: "timestamp"`).
 */

const createdAt = () =>
  integer("created_at", { mode: "timestamp" })
    .notNull()
    .default(sql`(unixepoch())`);
const updatedAt = () =>
  integer("updated_at", { mode: "timestamp" })
    .notNull()
    .default(sql`(unixepoch())`);

// ---------------------------------------------------------------------------------------
// better-auth core tables
// ---------------------------------------------------------------------------------------

export const user = sqliteTable("user", {
  id: text("id").primaryKey(),
  name: text("name").notNull().default(""),
  email: text("email").notNull().unique(),
  emailVerified: integer("email_verified", { mode: "boolean" }).notNull().default(false),
  image: text("image"),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const session = sqliteTable(
  "session",
  {
    id: text("id").primaryKey(),
    expiresAt: integer("expires_at", { mode: "timestamp" }).notNull(),
    token: text("token").notNull().unique(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    ipAddress: text("ip_address"),
    userAgent: text("user_agent"),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
  },
  (table) => [index("session_user_id_idx").on(table.userId)],
);

export const account = sqliteTable(
  "account",
  {
    id: text("id").primaryKey(),
    accountId: text("account_id").notNull(),
    providerId: text("provider_id").notNull(),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    accessToken: text("access_token"),
    refreshToken: text("refresh_token"),
    idToken: text("id_token"),
    accessTokenExpiresAt: integer("access_token_expires_at", { mode: "timestamp" }),
    refreshTokenExpiresAt: integer("refresh_token_expires_at", { mode: "timestamp" }),
    scope: text("scope"),
    password: text("password"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [index("account_user_id_idx").on(table.userId)],
);

export const verification = sqliteTable(
  "verification",
  {
    id: text("id").primaryKey(),
    identifier: text("identifier").notNull(),
    value: text("value").notNull(),
    expiresAt: integer("expires_at", { mode: "timestamp" }).notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [index("verification_identifier_idx").on(table.identifier)],
);

// ---------------------------------------------------------------------------------------
// Billing: local mirror of Stripe state. Written only by verified webhooks or by a
// server-side Stripe retrieve, never from a redirect's query string.
// ---------------------------------------------------------------------------------------

/** One Stripe customer per user. */
export const customers = sqliteTable("customers", {
  userId: text("user_id")
    .primaryKey()
    .references(() => user.id, { onDelete: "cascade" }),
  stripeCustomerId: text("stripe_customer_id").notNull().unique(),
  createdAt: createdAt(),
});

export const subscriptionStatuses = [
  "incomplete",
  "incomplete_expired",
  "trialing",
  "active",
  "past_due",
  "canceled",
  "unpaid",
  "paused",
] as const;
export type SubscriptionStatus = (typeof subscriptionStatuses)[number];

export const subscriptions = sqliteTable(
  "subscriptions",
  {
    /** Stripe subscription id (`sub_…`). */
    id: text("id").primaryKey(),
    /** Null only while a subscription event arrives before we can attribute its customer. */
    userId: text("user_id").references(() => user.id, { onDelete: "cascade" }),
    stripeCustomerId: text("stripe_customer_id").notNull(),
    status: text("status", { enum: subscriptionStatuses }).notNull(),
    priceId: text("price_id"),
    cancelAtPeriodEnd: integer("cancel_at_period_end", { mode: "boolean" }).notNull().default(false),
    currentPeriodEnd: integer("current_period_end", { mode: "timestamp" }),
    endedAt: integer("ended_at", { mode: "timestamp" }),
    /**
     * When (unix milliseconds, our clock) the state in this row was re-fetched from Stripe; 0
     * when written from the checkout success page. A write whose fetch started earlier is
     * ignored. Ordering by our own fetch time, not by the event's `created`, means an event
     * dated far in the future cannot pin a state. (Column name kept from when it held the
     * event's `created` in seconds; migration 0001 reset any such future values.)
     */
    stateFetchedAt: integer("updated_from_event_created").notNull().default(0),
    /** Set when we cancelled this subscription because the user already had Pro (shown on /account). */
    duplicateCanceledAt: integer("duplicate_canceled_at", { mode: "timestamp" }),
    updatedAt: updatedAt(),
  },
  (table) => [
    index("subscriptions_user_id_idx").on(table.userId),
    index("subscriptions_customer_idx").on(table.stripeCustomerId),
  ],
);

/** One row per paid PDF report. */
export const purchases = sqliteTable(
  "purchases",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    soc: text("soc").notNull(),
    checkoutSessionId: text("checkout_session_id").notNull().unique(),
    paymentIntentId: text("payment_intent_id"),
    amountCents: integer("amount_cents").notNull(),
    currency: text("currency").notNull().default("usd"),
    /** True when bought without being signed in (the buyer was found or created by email). */
    guest: integer("guest", { mode: "boolean" }).notNull().default(false),
    /** When the success page signed a guest buyer in; that happens at most once. */
    guestSignInAt: integer("guest_sign_in_at", { mode: "timestamp" }),
    createdAt: createdAt(),
  },
  (table) => [index("purchases_user_soc_idx").on(table.userId, table.soc)],
);

/** Stripe events applied, keyed by event id; inserted in the same transaction as the effect. */
export const stripeEvents = sqliteTable("stripe_events", {
  id: text("id").primaryKey(),
  type: text("type").notNull(),
  processedAt: integer("processed_at", { mode: "timestamp" })
    .notNull()
    .default(sql`(unixepoch())`),
});

// ---------------------------------------------------------------------------------------
// Mail outbox (offline mode) and rate limits
// ---------------------------------------------------------------------------------------

export const outbox = sqliteTable(
  "outbox",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    to: text("to").notNull(),
    subject: text("subject").notNull(),
    text: text("text").notNull(),
    /** The one action link in the mail (magic link), for the dev outbox page. */
    link: text("link"),
    createdAt: createdAt(),
  },
  (table) => [index("outbox_created_idx").on(table.createdAt)],
);

/** Fixed-window counters: `key` is e.g. `sign-in:email:<email>`. */
export const rateLimits = sqliteTable(
  "rate_limits",
  {
    key: text("key").notNull(),
    windowStart: integer("window_start").notNull(),
    count: integer("count").notNull().default(0),
  },
  (table) => [primaryKey({ columns: [table.key, table.windowStart] }), index("rate_limits_window_idx").on(table.windowStart)],
);

// ---------------------------------------------------------------------------------------
// Watchlist and score-change alerts
// ---------------------------------------------------------------------------------------

/** Occupations a user watches (free: up to 3, Pro: up to 50; lib/watchlist.ts). */
export const watchlist = sqliteTable(
  "watchlist",
  {
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    /** SOC code, "11-3051". */
    soc: text("soc").notNull(),
    createdAt: createdAt(),
  },
  (table) => [primaryKey({ columns: [table.userId, table.soc] }), index("watchlist_soc_idx").on(table.soc)],
);

/** Users who turned score-change alerts off (the mail's unsubscribe link or /account). */
export const alertOptOuts = sqliteTable("alert_opt_outs", {
  userId: text("user_id")
    .primaryKey()
    .references(() => user.id, { onDelete: "cascade" }),
  createdAt: createdAt(),
});

/**
 * One row per user and release whose alert mail was sent: claimed before the mail goes out
 * (insert-or-nothing, so only one run can send it) and given back if sending fails.
 */
export const alertSends = sqliteTable(
  "alert_sends",
  {
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    releaseId: text("release_id").notNull(),
    /** Watched occupations the mail named. */
    changes: integer("changes").notNull(),
    createdAt: createdAt(),
  },
  (table) => [primaryKey({ columns: [table.userId, table.releaseId] })],
);

/**
 * better-auth's per-IP limiter (`rateLimit.storage: "database"`), so every app instance counts
 * against the same rows. `lastRequest` is unix milliseconds.
 */
export const authRateLimit = sqliteTable("auth_rate_limit", {
  id: text("id").primaryKey(),
  key: text("key").notNull().unique(),
  count: integer("count").notNull(),
  lastRequest: integer("last_request").notNull(),
});

/** The models better-auth's drizzle adapter reads, under the names it expects. */
export const authSchema = { user, session, account, verification, rateLimit: authRateLimit };

export type User = typeof user.$inferSelect;
export type Session = typeof session.$inferSelect;
export type Customer = typeof customers.$inferSelect;
export type Subscription = typeof subscriptions.$inferSelect;
export type NewSubscription = typeof subscriptions.$inferInsert;
export type Purchase = typeof purchases.$inferSelect;
export type NewPurchase = typeof purchases.$inferInsert;
export type StripeEventRow = typeof stripeEvents.$inferSelect;
export type OutboxMail = typeof outbox.$inferSelect;
export type WatchlistRow = typeof watchlist.$inferSelect;
