import { z } from "zod";

/** A same-site path (no scheme, no `//host`, no backslashes), safe to redirect to. */
const SAME_SITE_PATH = /^\/(?![/\\])[A-Za-z0-9\-._~/?=&%+]*$/;

export function safeNextPath(value: unknown, fallback = "/account"): string {
  return typeof value === "string" && value.length <= 512 && SAME_SITE_PATH.test(value) ? value : fallback;
}

export const signInFormSchema = z.object({
  email: z
    .string()
    .trim()
    .max(254)
    .pipe(z.email())
    .transform((email) => email.normalize("NFC").toLowerCase()),
  next: z.string().max(512).optional(),
});
