import { domainToASCII } from "node:url";

import { z } from "zod";

import { decodeSegment } from "@/lib/http/params";

/** A same-site path (no scheme, no `//host`, no backslashes), safe to redirect to. */
const SAME_SITE_PATH = /^\/(?![/\\])[A-Za-z0-9\-._~/?=&%+]*$/;

/**
 * `next` after sign-in: a same-site path that leads somewhere, else `fallback`. Escaped
 * separators (%2F, %5C), dot segments, empty segments, control characters and malformed
 * escapes are not open redirects (the link stays on this origin) but dead links: the router
 * answers 400 or 404, or better-auth resolves `/..//x` to `//x`.
 */
export function safeNextPath(value: unknown, fallback = "/account"): string {
  if (typeof value !== "string" || value.length > 512 || !SAME_SITE_PATH.test(value)) return fallback;
  const path = value.split("?", 1)[0]!;
  if (/%(2f|5c)/i.test(path)) return fallback;
  const decoded = decodeSegment(path);
  if (decoded === null) return fallback;
  if (/[\u0000-\u001f\u007f]/.test(decoded) || decoded.includes("//") || /(^|\/)\.{1,2}(\/|$)/.test(decoded)) return fallback;
  return value;
}

export const NON_ASCII_LOCAL_PART = "Addresses with accents or other non-ASCII letters before the @ cannot receive our mail yet. Please use another address.";

/**
 * Lower-cases the address and writes an internationalised domain in its ASCII (punycode)
 * form, which is what mail servers route on: `ada@bücher.de` → `ada@xn--bcher-kva.de`.
 * A non-ASCII local part needs SMTPUTF8 end to end, which we cannot promise: refused clearly.
 */
const email = z
  .string()
  .trim()
  .max(254)
  .transform((value, ctx) => {
    const normalized = value.normalize("NFC").toLowerCase();
    const at = normalized.lastIndexOf("@");
    if (at < 1) return normalized; // z.email() below reports it
    const local = normalized.slice(0, at);
    if (/[^\x00-\x7f]/.test(local)) {
      ctx.addIssue({ code: "custom", message: NON_ASCII_LOCAL_PART });
      return z.NEVER;
    }
    const domain = domainToASCII(normalized.slice(at + 1));
    return domain ? `${local}@${domain}` : normalized;
  })
  .pipe(z.string().max(254).pipe(z.email()));

export const signInFormSchema = z.object({
  email,
  next: z.string().max(512).optional(),
});
