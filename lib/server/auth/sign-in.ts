import "server-only";

import { hitRateLimit } from "@/db/accounts/queries";
import { env } from "@/env";

import { getAuth } from "./server";

export const SIGN_IN_LIMITS = {
  windowSeconds: 15 * 60,
  /** Requests per client address per window; over it the requester is refused. */
  perIp: env.SIGN_IN_LIMIT_PER_IP,
  /** Mails per email per window, and at most one per `mailIntervalSeconds`. */
  mailsPerEmail: 5,
  mailIntervalSeconds: 60,
} as const;

/**
 * "throttled": no mail went out (one was sent moments ago), but the answer shown is the same
 * "check your email" as for "sent", so nobody learns more, and the owner's inbox still holds
 * the newest link, which stays valid until used or expired.
 */
export type SignInRequestResult = "sent" | "throttled" | "rate-limited";

/**
 * Sends a magic link to `email` unless the requester's address is over its limit. Requests
 * for someone else's address cannot lock its owner out: per email only the mail is throttled
 * (at most one a minute, five per window), the request is never refused. The result is the
 * same whether or not an account exists (one is created when the link is used).
 */
export async function requestSignInLink({
  email,
  next,
  ip,
  now = new Date(),
}: {
  email: string;
  next: string;
  ip: string;
  now?: Date;
}): Promise<SignInRequestResult> {
  const byIp = await hitRateLimit(`sign-in:ip:${ip}`, { windowSeconds: SIGN_IN_LIMITS.windowSeconds, max: SIGN_IN_LIMITS.perIp, now });
  if (!byIp.allowed) return "rate-limited";
  const recent = await hitRateLimit(`sign-in:mail-interval:${email}`, { windowSeconds: SIGN_IN_LIMITS.mailIntervalSeconds, max: 1, now });
  if (!recent.allowed) return "throttled";
  const byEmail = await hitRateLimit(`sign-in:email:${email}`, { windowSeconds: SIGN_IN_LIMITS.windowSeconds, max: SIGN_IN_LIMITS.mailsPerEmail, now });
  if (!byEmail.allowed) return "throttled";

  const errorPath = `/sign-in?next=${encodeURIComponent(next)}`;
  await getAuth().api.signInMagicLink({
    body: { email, callbackURL: next, newUserCallbackURL: next, errorCallbackURL: errorPath },
    headers: new Headers(),
  });
  return "sent";
}
