import crypto from "node:crypto";
import http from "node:http";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { canonicalCategoryLocation, canonicalProfileLocation, cookieValues, earlyRoute, installEarlyRouting, SIGNED_SESSION_HEADER, type EarlyRoutingOptions } from "@/lib/server/early-routing";

import { closeServer, listenOnLoopback } from "../support/raw-http";

const SECRET = "test-secret-at-least-32-characters-long";
const SLUGS = new Map([
  ["11-3051", "11-3051-industrial-production-managers"],
  ["29-1141", "29-1141-registered-nurses"],
]);
const options: EarlyRoutingOptions = {
  headers: [
    { key: "Content-Security-Policy", value: "default-src 'self'" },
    { key: "X-Frame-Options", value: "DENY" },
  ],
  frameableHeaders: [
    { key: "Content-Security-Policy", value: "frame-ancestors 'self'" },
    { key: "X-Frame-Options", value: "SAMEORIGIN" },
  ],
  authSecret: SECRET,
  canonicalSlug: (soc) => SLUGS.get(soc),
  categorySlug: (code) => (code === "11" ? "11-management" : undefined),
};

function signed(token: string, secret = SECRET): string {
  return encodeURIComponent(`${token}.${crypto.createHmac("sha256", secret).update(token).digest("base64")}`);
}

function request(url: string, headers: http.IncomingHttpHeaders = {}, method = "GET") {
  return { url, method, headers: { ...headers } };
}

describe("canonical occupation addresses", () => {
  it("sends other spellings of a known code to the canonical segment, sub-page and query kept", () => {
    expect(canonicalProfileLocation("/occupations/113051", options.canonicalSlug)).toBe("/occupations/11-3051-industrial-production-managers");
    expect(canonicalProfileLocation("/occupations/11-3051?tab=tasks", options.canonicalSlug)).toBe("/occupations/11-3051-industrial-production-managers?tab=tasks");
    expect(canonicalProfileLocation("/occupations/29-1141-old-title/tasks", options.canonicalSlug)).toBe("/occupations/29-1141-registered-nurses/tasks");
  });

  it("leaves canonical, unknown and non-occupation paths alone", () => {
    expect(canonicalProfileLocation("/occupations/11-3051-industrial-production-managers", options.canonicalSlug)).toBeNull();
    expect(canonicalProfileLocation("/occupations/99-9999", options.canonicalSlug)).toBeNull();
    expect(canonicalProfileLocation("/occupations/not-a-code", options.canonicalSlug)).toBeNull();
    expect(canonicalProfileLocation("/occupations", options.canonicalSlug)).toBeNull();
    expect(canonicalProfileLocation("/categories/113051", options.canonicalSlug)).toBeNull();
  });
});

describe("canonical category addresses", () => {
  it("sends another spelling of a group to its slug, the sort normalised", () => {
    expect(canonicalCategoryLocation("/categories/11", options.categorySlug)).toBe("/categories/11-management");
    expect(canonicalCategoryLocation("/categories/11-managment?sort=pay", options.categorySlug)).toBe("/categories/11-management?sort=pay&dir=desc");
    expect(canonicalCategoryLocation("/categories/11?sort=nonsense&dir=asc", options.categorySlug)).toMatch(/^\/categories\/11-management\?sort=\w+&dir=asc$/);
  });

  it("leaves the slug itself, unknown groups and sub-pages alone", () => {
    expect(canonicalCategoryLocation("/categories/11-management?sort=pay&dir=asc", options.categorySlug)).toBeNull();
    expect(canonicalCategoryLocation("/categories/98", options.categorySlug)).toBeNull();
    expect(canonicalCategoryLocation("/categories/11/sorted/pay-asc", options.categorySlug)).toBeNull();
    expect(canonicalCategoryLocation("/categories", options.categorySlug)).toBeNull();
  });
});

describe("early routing of one request", () => {
  it("answers a malformed escape with 400 before the router sees it", () => {
    expect(earlyRoute(request("/occupations/%ZZ"), options)).toEqual({ status: 400, body: expect.stringMatching(/malformed/) });
    expect(earlyRoute(request("/search?q=%ZZ"), options)).toBeNull();
  });

  it("marks a profile request only when its session cookie carries a valid signature", () => {
    const profile = "/occupations/11-3051-industrial-production-managers";
    const genuine = request(profile, { cookie: `theme=dark; aip.session_token=${signed("abc123")}` });
    expect(earlyRoute(genuine, options)).toBeNull();
    expect(genuine.headers[SIGNED_SESSION_HEADER]).toBe("1");

    for (const cookie of ["aip.session_token=garbage", `aip.session_token=${signed("abc123", "another-secret-another-secret-xx")}`, "other=1", ""]) {
      const junk = request(profile, { cookie });
      expect(earlyRoute(junk, options)).toBeNull();
      expect(junk.headers[SIGNED_SESSION_HEADER]).toBeUndefined();
    }
    // The secure-prefixed name over https counts too; other paths are never marked.
    const secure = request(profile, { cookie: `__Secure-aip.session_token=${signed("xyz")}` });
    earlyRoute(secure, options);
    expect(secure.headers[SIGNED_SESSION_HEADER]).toBe("1");
    const search = request("/search", { cookie: `aip.session_token=${signed("abc123")}` });
    earlyRoute(search, options);
    expect(search.headers[SIGNED_SESSION_HEADER]).toBeUndefined();
  });

  it("drops a mark the client sent itself", () => {
    const forged = request("/occupations/11-3051-industrial-production-managers", { [SIGNED_SESSION_HEADER]: "1" });
    earlyRoute(forged, options);
    expect(forged.headers[SIGNED_SESSION_HEADER]).toBeUndefined();
  });

  it("reads cookie pairs, first of a repeated name", () => {
    expect(cookieValues("a=1; b = 2 ;a=3; broken; c=", ["a", "b", "c"])).toEqual(["1", "2", ""]);
    expect(cookieValues(undefined, ["a"])).toEqual([]);
  });
});

describe("the request hook on a real HTTP server", () => {
  let server: http.Server;
  let base: string;
  const seen: { url: string; mark: string | undefined }[] = [];

  beforeAll(async () => {
    installEarlyRouting(options);
    server = http.createServer((req, res) => {
      seen.push({ url: req.url ?? "", mark: req.headers[SIGNED_SESSION_HEADER] as string | undefined });
      res.setHeader("Content-Type", "text/plain");
      res.end("from the app");
    });
    base = await listenOnLoopback(server);
  });
  afterAll(() => closeServer(server));

  it("sets the security headers on every response, answered early or not", async () => {
    for (const path of ["/", "/occupations/113051", "/occupations/%ZZ", "/_next/static/chunk.js"]) {
      const response = await fetch(base + path, { redirect: "manual" });
      expect(response.headers.get("content-security-policy")).toBe("default-src 'self'");
      expect(response.headers.get("x-frame-options")).toBe("DENY");
    }
  });

  it("lets this site frame the explorer's chart documents only, under their exact paths", async () => {
    for (const path of ["/explore/charts/treemap", "/explore/charts/scatter-phone?layer=pay"]) {
      const response = await fetch(base + path);
      expect(response.headers.get("content-security-policy")).toBe("frame-ancestors 'self'");
      expect(response.headers.get("x-frame-options")).toBe("SAMEORIGIN");
    }
    // Spellings the router could normalise to another page keep DENY.
    for (const path of ["/explore", "/explore/charts/", "/explore/charts/treemap/x", "/explore/charts/%2e%2e", "/explore/charts/../../account", "/account?/explore/charts/x"]) {
      const response = await fetch(base + path, { redirect: "manual" });
      expect(response.headers.get("x-frame-options"), path).toBe("DENY");
    }
  });

  it("answers redirects and bad paths itself; the app never sees them", async () => {
    seen.length = 0;
    const redirect = await fetch(`${base}/occupations/113051?x=1`, { redirect: "manual" });
    expect(redirect.status).toBe(308);
    expect(redirect.headers.get("location")).toBe("/occupations/11-3051-industrial-production-managers?x=1");
    const bad = await fetch(`${base}/occupations/%ZZ`);
    expect(bad.status).toBe(400);
    expect(seen).toEqual([]);
  });

  it("passes the rest on, marked only for a signed session", async () => {
    seen.length = 0;
    const profile = "/occupations/29-1141-registered-nurses";
    expect(await (await fetch(base + profile)).text()).toBe("from the app");
    await fetch(base + profile, { headers: { cookie: `aip.session_token=${signed("t0k3n")}` } });
    await fetch(base + profile, { headers: { cookie: "aip.session_token=junk.c2lnbmF0dXJl", [SIGNED_SESSION_HEADER]: "1" } });
    expect(seen).toEqual([
      { url: profile, mark: undefined },
      { url: profile, mark: "1" },
      { url: profile, mark: undefined },
    ]);
  });
});
