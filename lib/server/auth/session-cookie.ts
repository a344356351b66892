import crypto from "node:crypto";

import { decodeSegment } from "@/lib/http/params";

/**
 * better-auth's session cookie, "aip" prefix (server.ts); "__Secure-" over https. Its value is
 * `<token>.<base64 HMAC-SHA256 of the token under AUTH_SECRET>` (better-call's signed cookies).
 */
export const SESSION_COOKIE_NAMES = ["aip.session_token", "__Secure-aip.session_token"] as const;

/**
 * Whether a session cookie's value carries a valid signature: an HMAC, no database. A missing,
 * malformed or forged cookie is then served the anonymous page, so a junk cookie costs what an
 * anonymous request costs; a genuine one may still name an expired session, which the
 * per-request variant finds out.
 */
export function isSignedSessionCookie(value: string | undefined, secret: string): boolean {
  if (value === undefined || value.length > 512) return false;
  const decoded = decodeSegment(value);
  if (decoded === null) return false;
  const dot = decoded.lastIndexOf(".");
  if (dot <= 0) return false;
  const token = decoded.slice(0, dot);
  const signature = Buffer.from(decoded.slice(dot + 1), "base64");
  const expected = crypto.createHmac("sha256", secret).update(token).digest();
  return signature.length === expected.length && crypto.timingSafeEqual(signature, expected);
}
