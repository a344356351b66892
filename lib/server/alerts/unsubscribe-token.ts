import { createHmac, timingSafeEqual } from "node:crypto";

import { z } from "zod";

import { env } from "@/env";

/**
 * The unsubscribe link in alert mails: `<payload>.<signature>`, both base64url. The payload
 * names one user and one purpose; the signature is HMAC-SHA256 under a key derived from
 * AUTH_SECRET for this purpose only, so a token can do nothing but turn that user's alerts
 * off, and no session or other signed value can be passed off as one. It does not expire:
 * an unsubscribe link must keep working in an old mail. Free of `server-only` so the alert
 * script can sign with it.
 */

const PURPOSE = "alerts-unsubscribe";

const payloadSchema = z.object({ p: z.literal(PURPOSE), u: z.string().min(1).max(64) }).strict();
/** Shape of the query value before any decoding: two base64url parts, bounded. */
export const unsubscribeTokenSchema = z.string().max(400).regex(/^[A-Za-z0-9_-]{1,200}\.[A-Za-z0-9_-]{43}$/);

function key(secret: string): Buffer {
  return createHmac("sha256", secret).update(`ai-pressure:${PURPOSE}:v1`).digest();
}

function signature(payload: string, secret: string): Buffer {
  return createHmac("sha256", key(secret)).update(payload).digest();
}

export function signUnsubscribeToken(userId: string, secret: string = env.AUTH_SECRET): string {
  const payload = Buffer.from(JSON.stringify({ p: PURPOSE, u: userId })).toString("base64url");
  return `${payload}.${signature(payload, secret).toString("base64url")}`;
}

/** The user id the token was signed for, or null for anything forged, altered or malformed. */
export function verifyUnsubscribeToken(token: unknown, secret: string = env.AUTH_SECRET): string | null {
  const shape = unsubscribeTokenSchema.safeParse(token);
  if (!shape.success) return null;
  const [payload, signed] = shape.data.split(".") as [string, string];
  // Compared as text: base64url decoding ignores the spare bits of the last character, so
  // comparing decoded bytes would accept a second spelling of the same signature.
  const given = Buffer.from(signed);
  const expected = Buffer.from(signature(payload, secret).toString("base64url"));
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
  } catch {
    return null;
  }
  const parsed = payloadSchema.safeParse(decoded);
  return parsed.success ? parsed.data.u : null;
}

export function unsubscribeUrl(userId: string, appUrl: string = env.APP_URL, secret: string = env.AUTH_SECRET): string {
  const url = new URL("/alerts/unsubscribe", appUrl);
  url.searchParams.set("token", signUnsubscribeToken(userId, secret));
  return url.toString();
}
