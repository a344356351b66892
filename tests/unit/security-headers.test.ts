import { describe, expect, it } from "vitest";

import { contentSecurityPolicy, isFrameablePath, securityHeaders } from "@/lib/security-headers";

describe("security headers", () => {
  it("forbids framing and sniffing, and sets a referrer policy", () => {
    const headers = Object.fromEntries(securityHeaders({ appUrl: "http://localhost:3000", stripeApiUrl: "http://127.0.0.1:12111", production: true }).map((h) => [h.key, h.value]));
    expect(headers["X-Content-Type-Options"]).toBe("nosniff");
    expect(headers["X-Frame-Options"]).toBe("DENY");
    expect(headers["Referrer-Policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["Content-Security-Policy"]).toContain("frame-ancestors 'none'");
    expect(headers["Strict-Transport-Security"]).toBeUndefined();
  });

  it("lets only this site frame the explorer's chart documents, and nothing else", () => {
    const options = { appUrl: "http://localhost:3000", stripeApiUrl: "http://127.0.0.1:12111", production: true };
    const framed = Object.fromEntries(securityHeaders(options, "self").map((h) => [h.key, h.value]));
    expect(framed["X-Frame-Options"]).toBe("SAMEORIGIN");
    expect(framed["Content-Security-Policy"]).toContain("frame-ancestors 'self'");
    expect(framed["Content-Security-Policy"]).not.toContain("frame-ancestors 'none'");
    expect(isFrameablePath("/explore/charts/treemap")).toBe(true);
    expect(isFrameablePath("/explore/charts/scatter-phone?layer=pay&v=0123")).toBe(true);
    for (const path of ["/explore", "/explore/charts", "/explore/charts/", "/explore/charts/a/b", "/explore/charts/%2e%2e", "/explore/charts/../../account", "/x/explore/charts/treemap"]) {
      expect(isFrameablePath(path), path).toBe(false);
    }
  });

  it("adds HSTS only for an https production site", () => {
    const headers = securityHeaders({ appUrl: "https://aipressure.example", stripeApiUrl: "https://api.stripe.com", production: true });
    expect(headers.find((h) => h.key === "Strict-Transport-Security")?.value).toMatch(/^max-age=\d+/);
  });

  it("lets forms continue only to this site and Stripe's hosted pages", () => {
    const real = contentSecurityPolicy({ appUrl: "https://x.example", stripeApiUrl: "https://api.stripe.com", production: true });
    expect(real).toContain("form-action 'self' https://checkout.stripe.com https://billing.stripe.com;");
    expect(real).not.toContain("unsafe-eval");
    const emulator = contentSecurityPolicy({ appUrl: "http://localhost:3000", stripeApiUrl: "http://127.0.0.1:12111", production: true });
    expect(emulator).toContain("form-action 'self' https://checkout.stripe.com https://billing.stripe.com http://127.0.0.1:12111 http://localhost:12111;");
    expect(emulator).not.toContain(":*");
    expect(emulator).toContain("object-src 'none'");
  });

  it("freezes no header into the build: the server's request hook sets them from its own configuration", async () => {
    const { default: config } = await import("@/next.config");
    expect(config.headers).toBeUndefined();
  });
});
