import "server-only";

import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

import { cookies } from "next/headers";

import { env } from "@/env";

/**
 * Binds a Checkout Session to the browser that started it. Starting a checkout sets a
 * random nonce in an HttpOnly, SameSite=Lax cookie (sent on Stripe's top-level redirect
 * back) and puts only its SHA-256 in the session metadata; the return pages show the
 * checkout only to a browser whose cookie hashes to that value. A session id alone (in a
 * URL, a log, a referrer) is therefore worth nothing to whoever else opens it.
 */
export const CHECKOUT_COOKIE = "aip.checkout";
/** Stripe Checkout Sessions expire after 24 hours by default. */
const COOKIE_MAX_AGE_SECONDS = 24 * 60 * 60;

export function hashCheckoutNonce(nonce: string): string {
  return createHash("sha256").update(nonce, "utf8").digest("base64url");
}

/** True when `nonce` hashes to `expectedHash` (constant time). */
export function checkoutNonceMatches(nonce: string | undefined, expectedHash: string | null | undefined): boolean {
  if (!nonce || !expectedHash) return false;
  const actual = Buffer.from(hashCheckoutNonce(nonce));
  const expected = Buffer.from(expectedHash);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** Sets a fresh nonce cookie (server actions only) and returns the hash for the session metadata. */
export async function bindCheckoutToBrowser(): Promise<string> {
  const nonce = randomBytes(32).toString("base64url");
  (await cookies()).set(CHECKOUT_COOKIE, nonce, {
    httpOnly: true,
    sameSite: "lax",
    secure: env.APP_URL.startsWith("https://"),
    path: "/checkout",
    maxAge: COOKIE_MAX_AGE_SECONDS,
  });
  return hashCheckoutNonce(nonce);
}

/** Whether this request comes from the browser that started the checkout with `expectedHash`. */
export async function isCheckoutBrowser(expectedHash: string | null | undefined): Promise<boolean> {
  return checkoutNonceMatches((await cookies()).get(CHECKOUT_COOKIE)?.value, expectedHash);
}
