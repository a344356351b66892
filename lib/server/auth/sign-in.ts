import "server-only";

import { hitRateLimit } from "@/db/accounts/queries";
import { env } from "@/lib/env";

import { getAuth } from "./server";

export const SIGN_IN_LIMITS = {
  windowSeconds: 15 * 60,
  perEmail: 5,
  perIp: env.SIGN_IN_LIMIT_PER_IP,
} as const;

export type SignInRequestResult = "sent" | "rate-limited";

/**
 * Sends a magic link to `email` unless the per-email or per-IP limit is hit. The result
 * is the same whether or not an account exists (one is created when the link is used).
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
  const window = { windowSeconds: SIGN_IN_LIMITS.windowSeconds, now };
  const byIp = hitRateLimit(`sign-in:ip:${ip}`, { ...window, max: SIGN_IN_LIMITS.perIp });
  const byEmail = hitRateLimit(`sign-in:email:${email}`, { ...window, max: SIGN_IN_LIMITS.perEmail });
  if (!byIp.allowed || !byEmail.allowed) return "rate-limited";

  const errorPath = `/sign-in?next=${encodeURIComponent(next)}`;
  await getAuth().api.signInMagicLink({
    body: { email, callbackURL: next, newUserCallbackURL: next, errorCallbackURL: errorPath },
    headers: new Headers(),
  });
  return "sent";
}
