import "server-only";

import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { nextCookies } from "better-auth/next-js";
import { magicLink } from "better-auth/plugins/magic-link";

import { accountsConn, accountsDialect } from "@/db/accounts/client";
import { authSchema as sqliteAuthSchema } from "@/db/accounts/schema";
import { authSchema as pgAuthSchema } from "@/db/accounts/schema-pg";
import { env } from "@/env";
import { clientIpHeaderName } from "@/lib/server/client-ip";

import { magicLinkMail, sendMail } from "./mail";

export const MAGIC_LINK_MINUTES = 15;

function createAuth() {
  const db = accountsConn();
  const postgres = accountsDialect(db) === "postgres";
  return betterAuth({
    appName: "AI Pressure",
    baseURL: env.APP_URL,
    basePath: "/api/auth",
    secret: env.AUTH_SECRET,
    trustedOrigins: [new URL(env.APP_URL).origin],
    database: drizzleAdapter(db, postgres ? { provider: "pg", schema: pgAuthSchema } : { provider: "sqlite", schema: sqliteAuthSchema }),
    emailAndPassword: { enabled: false },
    session: { expiresIn: 60 * 60 * 24 * 30, updateAge: 60 * 60 * 24 },
    // better-auth's own per-IP limiter covers the HTTP endpoints (link verification);
    // sign-in requests are limited per client address (mail throttled per email) in lib/server/auth/sign-in.ts.
    // Stored in the accounts database so every app instance counts against the same rows.
    rateLimit: { enabled: true, window: 60, max: 60, storage: "database" },
    advanced: {
      cookiePrefix: "aip",
      useSecureCookies: env.APP_URL.startsWith("https://"),
      // The limiter keys on the address the server stamped from the socket (or the trusted
      // proxy hop), never on a client-supplied X-Forwarded-For. Unit tests have no stamp.
      ipAddress: { ipAddressHeaders: [clientIpHeaderName() ?? "x-aip-client-ip-unavailable"] },
    },
    plugins: [
      magicLink({
        expiresIn: MAGIC_LINK_MINUTES * 60,
        storeToken: "hashed",
        rateLimit: { window: 60, max: env.LINK_VERIFY_LIMIT_PER_MINUTE },
        sendMagicLink: async ({ email, url }) => {
          await sendMail(magicLinkMail(email, url, MAGIC_LINK_MINUTES));
        },
      }),
      nextCookies(), // must stay last
    ],
  });
}

type Auth = ReturnType<typeof createAuth>;

const globalForAuth = globalThis as unknown as { __auth?: Auth };

/** The better-auth instance, created on first use so builds never open the database. */
export function getAuth(): Auth {
  return (globalForAuth.__auth ??= createAuth());
}
