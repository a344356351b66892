/**
 * Security headers, set on every response (static files included) by the server's request
 * hook (lib/server/early-routing.ts). Some depend on configuration (the CSP's form-action and
 * upgrade-insecure-requests, HSTS), so they are computed when the server starts from its own
 * environment: one build served under another APP_URL or Stripe endpoint gets that server's
 * headers (next.config.ts `headers()` would be frozen into the build's routes manifest).
 * The CSP has no nonce, so profile pages stay static and cacheable: Next's own scripts are
 * same-origin files (with SRI hashes, see next.config.ts). Form posts may continue to Stripe's
 * hosted checkout and portal (or the local emulator), since server actions redirect there.
 */
export interface SecurityHeaderOptions {
  appUrl: string;
  stripeApiUrl: string;
  production: boolean;
}

/**
 * The only responses another page may frame: the explorer's chart documents, embedded by
 * /explore as same-origin iframes (app/explore/charts/[chart]). The whole path must match (one
 * lowercase segment, no dots or escapes), so no spelling that the router would normalise to
 * another page ("/explore/charts/../../account") gets the relaxed headers.
 */
const FRAMEABLE_PATH = /^\/explore\/charts\/[a-z-]+(?:\?|$)/;

export function isFrameablePath(url: string): boolean {
  return FRAMEABLE_PATH.test(url);
}

/** `self`: only this site's own pages may frame the response (the chart documents); `none` everywhere else. */
export type FrameAncestors = "none" | "self";

const STRIPE_HOSTED_ORIGINS = ["https://checkout.stripe.com", "https://billing.stripe.com"];

export function contentSecurityPolicy({ appUrl, stripeApiUrl, production }: SecurityHeaderOptions, frameAncestors: FrameAncestors = "none"): string {
  const stripeUrl = new URL(stripeApiUrl);
  // The emulator serves its hosted pages from its own origin; on loopback under either name.
  const loopback = stripeUrl.protocol === "http:" && ["127.0.0.1", "localhost"].includes(stripeUrl.hostname);
  const emulatorTargets = loopback
    ? [`http://127.0.0.1:${stripeUrl.port || "80"}`, `http://localhost:${stripeUrl.port || "80"}`]
    : stripeUrl.origin === "https://api.stripe.com"
      ? []
      : [stripeUrl.origin];
  const formTargets = ["'self'", ...STRIPE_HOSTED_ORIGINS, ...emulatorTargets];
  const directives = [
    "default-src 'self'",
    // Next inlines its bootstrap data (self.__next_f.push) in every page, so inline scripts
    // are allowed; external scripts must be same-origin and carry SRI integrity hashes.
    `script-src 'self' 'unsafe-inline'${production ? "" : " 'unsafe-eval'"}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    `form-action ${formTargets.join(" ")}`,
    `frame-ancestors '${frameAncestors}'`,
    ...(production && new URL(appUrl).protocol === "https:" ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** Headers that never depend on configuration. */
const staticSecurityHeaders = (frameAncestors: FrameAncestors): { key: string; value: string }[] => [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: frameAncestors === "self" ? "SAMEORIGIN" : "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

/** Headers that depend on the running server's configuration. */
function runtimeSecurityHeaders(options: SecurityHeaderOptions, frameAncestors: FrameAncestors): { key: string; value: string }[] {
  const https = options.appUrl.startsWith("https://");
  return [
    { key: "Content-Security-Policy", value: contentSecurityPolicy(options, frameAncestors) },
    ...(options.production && https ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains; preload" }] : []),
  ];
}

/** Every response's headers; `frameAncestors: "self"` only for isFrameablePath (early-routing picks). */
export function securityHeaders(options: SecurityHeaderOptions, frameAncestors: FrameAncestors = "none"): { key: string; value: string }[] {
  return [...runtimeSecurityHeaders(options, frameAncestors), ...staticSecurityHeaders(frameAncestors)];
}
