import crypto from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { hasSignedSessionCookie, installEarlyRouting } from "@/lib/server/early-routing";
import { installVaryCookieForProfiles } from "@/lib/server/shared-cache";
import { APP_PAGE_VARY, createStaticPages } from "@/lib/server/static-pages";
import { fullyStaticRoutes, negotiatedEncoding, prerenderedFiles, staticPageHeaders, staticRouteFor, type PrerenderManifest } from "@/lib/static-pages";

import { closeServer, listenOnLoopback, rawRequest } from "../support/raw-http";

const SECRET = "test-secret-at-least-32-characters-long";
const PROFILE = "/occupations/11-3051-industrial-production-managers";
const CATEGORY = "/categories/11-management";
const SORTED = "/categories/11-management/sorted/pay-asc";
const ROUTES = new Set([PROFILE, CATEGORY, SORTED, "/categories"]);
const signed = (token: string, secret = SECRET) => encodeURIComponent(`${token}.${crypto.createHmac("sha256", secret).update(token).digest("base64")}`);
const isSigned = (cookie: string) => hasSignedSessionCookie(cookie, SECRET);
const get = (url: string, headers: Record<string, string> = {}, method = "GET") => ({ method, url, headers });

describe("which prerendered routes are served as files", () => {
  const manifest: PrerenderManifest = {
    routes: {
      [PROFILE]: { initialRevalidateSeconds: false, dataRoute: `${PROFILE}.rsc` },
      "/": { initialRevalidateSeconds: 3600, dataRoute: "/index.rsc" },
      "/_not-found": { initialRevalidateSeconds: false, dataRoute: "/_not-found.rsc" },
      "/sitemap.xml": { initialRevalidateSeconds: false, dataRoute: null },
      [`${PROFILE}/opengraph-image`]: { initialRevalidateSeconds: false, dataRoute: null },
    },
  };

  it("keeps fully static app pages only: not ISR pages (the home page), Next's own pages, route handlers or images", () => {
    expect([...fullyStaticRoutes(manifest)]).toEqual([PROFILE]);
  });

  it("finds the files Next wrote, the home page under index", () => {
    expect(prerenderedFiles(PROFILE)).toEqual({ html: `${PROFILE}.html`, meta: `${PROFILE}.meta` });
    expect(prerenderedFiles("/")).toEqual({ html: "/index.html", meta: "/index.meta" });
  });
});

describe("which requests qualify", () => {
  it("serves a GET or HEAD of a static route to an anonymous visitor or one with a junk cookie", () => {
    expect(staticRouteFor(get(PROFILE), ROUTES, isSigned)).toBe(PROFILE);
    expect(staticRouteFor(get(PROFILE, {}, "HEAD"), ROUTES, isSigned)).toBe(PROFILE);
    expect(staticRouteFor(get(PROFILE, { cookie: "theme=dark; aip.session_token=not-a-session.c2lnbmF0dXJl" }), ROUTES, isSigned)).toBe(PROFILE);
    expect(staticRouteFor(get(PROFILE, { cookie: `aip.session_token=${signed("t", "another-secret-another-secret-xx")}` }), ROUTES, isSigned)).toBe(PROFILE);
  });

  it("leaves members, other methods, router requests, draft mode and bodies to Next", () => {
    expect(staticRouteFor(get(PROFILE, { cookie: `aip.session_token=${signed("t0k3n")}` }), ROUTES, isSigned)).toBeNull();
    expect(staticRouteFor(get(PROFILE, { cookie: `__Secure-aip.session_token=${signed("t0k3n")}` }), ROUTES, isSigned)).toBeNull();
    expect(staticRouteFor(get(PROFILE, {}, "POST"), ROUTES, isSigned)).toBeNull();
    expect(staticRouteFor(get(PROFILE, {}, "OPTIONS"), ROUTES, isSigned)).toBeNull();
    for (const header of ["rsc", "next-router-prefetch", "next-router-state-tree", "next-router-segment-prefetch", "next-action", "next-url", "x-prerender-revalidate", "x-middleware-subrequest", "content-length", "transfer-encoding", "content-type"]) {
      expect(staticRouteFor(get(PROFILE, { [header]: "1" }), ROUTES, isSigned), header).toBeNull();
    }
    expect(staticRouteFor(get(PROFILE, { cookie: "__prerender_bypass=abc" }), ROUTES, isSigned)).toBeNull();
  });

  it("serves a category's sort query from the page proxy.ts would rewrite it to; any other query goes to Next", () => {
    expect(staticRouteFor(get(`${CATEGORY}?sort=pay&dir=asc`), ROUTES, isSigned)).toBe(SORTED);
    expect(staticRouteFor(get(`${CATEGORY}?dir=asc&sort=pay`), ROUTES, isSigned)).toBe(SORTED);
    // The default order (score, descending) is the category page itself, however it is spelled.
    expect(staticRouteFor(get(`${CATEGORY}?sort=score&dir=desc`), ROUTES, isSigned)).toBe(CATEGORY);
    expect(staticRouteFor(get(`${CATEGORY}?sort=nonsense`), ROUTES, isSigned)).toBe(CATEGORY);
    // An order not prerendered here (the fixture has one) is left to Next.
    expect(staticRouteFor(get(`${CATEGORY}?sort=title&dir=asc`), ROUTES, isSigned)).toBeNull();
    expect(staticRouteFor(get(`${CATEGORY}?sort=pay&dir=asc&utm_source=x`), ROUTES, isSigned)).toBeNull();
    expect(staticRouteFor(get(`${PROFILE}?tab=tasks`), ROUTES, isSigned)).toBeNull();
    expect(staticRouteFor(get(`/categories?sort=pay`), ROUTES, isSigned)).toBeNull();
  });

  it("leaves unknown and differently spelled paths to Next", () => {
    for (const url of ["/occupations/99-9999-nothing", `${PROFILE}/`, `${PROFILE}/member`, "/", "//occupations/11-3051-industrial-production-managers", "/occupations/11%2D3051-industrial-production-managers"]) {
      expect(staticRouteFor(get(url), ROUTES, isSigned), url).toBeNull();
    }
  });

  it("picks the encoding Next's compression would, and declines what it does not reproduce", () => {
    expect(negotiatedEncoding(undefined)).toBe("identity");
    expect(negotiatedEncoding("")).toBe("identity");
    expect(negotiatedEncoding("gzip, deflate, br, zstd")).toBe("gzip");
    expect(negotiatedEncoding("deflate, gzip")).toBe("gzip");
    expect(negotiatedEncoding("*")).toBe("gzip");
    expect(negotiatedEncoding("br")).toBe("identity");
    expect(negotiatedEncoding("identity")).toBe("identity");
    expect(negotiatedEncoding("deflate")).toBeNull();
    expect(negotiatedEncoding("gzip;q=0, deflate")).toBeNull();
    expect(negotiatedEncoding("gzip;q=0.5")).toBeNull();
  });
});

describe("the head Next sends with a static page", () => {
  const meta = { headers: { "x-nextjs-stale-time": "300", "x-nextjs-prerender": "1", "x-next-cache-tags": "_N_T_/layout" } };

  it("is the route's Vary, the cache mark, the stored headers but cache tags, Cache-Control, type and length", () => {
    expect(staticPageHeaders(meta, { vary: APP_PAGE_VARY, encoding: "identity", bodyBytes: 372957 })).toEqual([
      ["Vary", "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding"],
      ["x-nextjs-cache", "HIT"],
      ["x-nextjs-prerender", "1"],
      ["x-nextjs-stale-time", "300"],
      ["x-nextjs-prerender", "1"],
      ["Cache-Control", "s-maxage=31536000"],
      ["Content-Type", "text/html; charset=utf-8"],
      ["Content-Length", "372957"],
    ]);
  });

  it("names the encoding when gzipped", () => {
    expect(staticPageHeaders(meta, { vary: APP_PAGE_VARY, encoding: "gzip", bodyBytes: 50000 }).slice(-2)).toEqual([
      ["Content-Encoding", "gzip"],
      ["Content-Length", "50000"],
    ]);
  });
});

describe("the fast path on a real HTTP server", () => {
  const distDir = fs.mkdtempSync(path.join(os.tmpdir(), "static-pages-"));
  const appDir = path.join(distDir, "server", "app");
  const html = (route: string) => `<!DOCTYPE html><html><body><h1>${route}</h1>${"<p>static é</p>".repeat(200)}</body></html>`;
  const meta = JSON.stringify({ headers: { "x-nextjs-stale-time": "300", "x-nextjs-prerender": "1", "x-next-cache-tags": "_N_T_/layout" } });
  const MISSING = "/occupations/29-1141-registered-nurses";
  const NOT_FOUND_META = "/occupations/15-1252-software-developers";
  let server: http.Server;
  let base: string;
  const seen: string[] = [];

  beforeAll(async () => {
    const routes = Object.fromEntries([PROFILE, CATEGORY, SORTED, MISSING, NOT_FOUND_META].map((route) => [route, { initialRevalidateSeconds: false, dataRoute: `${route}.rsc` }]));
    fs.mkdirSync(path.join(appDir, SORTED, ".."), { recursive: true });
    fs.mkdirSync(path.join(appDir, "occupations"), { recursive: true });
    fs.writeFileSync(path.join(distDir, "prerender-manifest.json"), JSON.stringify({ version: 4, routes }));
    for (const route of [PROFILE, CATEGORY, SORTED]) {
      fs.writeFileSync(path.join(appDir, `${route}.html`), html(route));
      fs.writeFileSync(path.join(appDir, `${route}.meta`), meta);
    }
    fs.writeFileSync(path.join(appDir, `${NOT_FOUND_META}.html`), html(NOT_FOUND_META));
    fs.writeFileSync(path.join(appDir, `${NOT_FOUND_META}.meta`), JSON.stringify({ status: 404, headers: {} }));
    // The hooks in startup.ts's order: Vary: Cookie first, then early routing with the fast path.
    installVaryCookieForProfiles();
    installEarlyRouting({
      headers: [{ key: "X-Frame-Options", value: "DENY" }],
      frameableHeaders: [{ key: "X-Frame-Options", value: "SAMEORIGIN" }],
      authSecret: SECRET,
      canonicalSlug: () => undefined,
      categorySlug: () => undefined,
      staticPages: createStaticPages({ distDir, hasSignedSession: isSigned }),
    });
    server = http.createServer((req, res) => {
      seen.push(`${req.method} ${req.url}`);
      res.setHeader("Vary", "rsc, Accept-Encoding");
      res.end("from next");
    });
    base = await listenOnLoopback(server);
  });
  afterAll(async () => {
    await closeServer(server);
    fs.rmSync(distDir, { recursive: true, force: true });
  });

  const request = (url: string, headers: Record<string, string> = {}, method = "GET") => rawRequest(base, url, headers, method);

  /** The first request for a page goes to Next while its files load; then the file answers. */
  async function warmed(url: string, headers: Record<string, string> = {}) {
    for (let attempt = 0; attempt < 50; attempt += 1) {
      const response = await request(url, headers);
      if (response.body.toString() !== "from next") return response;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error(`${url} never left Next`);
  }

  it("answers a profile with the file's bytes and Next's head, Next seeing only the first request", async () => {
    seen.length = 0;
    const response = await warmed(PROFILE);
    expect(response.status).toBe(200);
    expect(response.body.equals(fs.readFileSync(path.join(appDir, `${PROFILE}.html`)))).toBe(true);
    expect(response.headers["x-frame-options"]).toBe("DENY");
    expect(response.headers.vary).toBe(`${APP_PAGE_VARY}, Accept-Encoding, Cookie`);
    expect(response.headers["x-nextjs-cache"]).toBe("HIT");
    expect(response.headers["x-nextjs-prerender"]).toBe("1, 1");
    expect(response.headers["x-next-cache-tags"]).toBeUndefined();
    expect(response.headers["cache-control"]).toBe("s-maxage=31536000");
    expect(response.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(response.headers["content-length"]).toBe(String(response.body.length));
    expect(seen).toEqual([`GET ${PROFILE}`]);
  });

  it("answers HEAD with the head alone, and gzip with the same bytes compressed", async () => {
    await warmed(PROFILE);
    const head = await request(PROFILE, {}, "HEAD");
    expect(head.body.length).toBe(0);
    expect(head.headers["content-length"]).toBe(String(fs.statSync(path.join(appDir, `${PROFILE}.html`)).size));
    const gzipped = await warmed(PROFILE, { "accept-encoding": "gzip, deflate, br" });
    expect(gzipped.headers["content-encoding"]).toBe("gzip");
    expect(gzipped.headers["content-length"]).toBe(String(gzipped.body.length));
    expect(zlib.gunzipSync(gzipped.body).equals(fs.readFileSync(path.join(appDir, `${PROFILE}.html`)))).toBe(true);
    // HEAD is never compressed (Next's compression skips it).
    const gzipHead = await request(PROFILE, { "accept-encoding": "gzip" }, "HEAD");
    expect(gzipHead.headers["content-encoding"]).toBeUndefined();
  });

  it("answers a category page and a sort order from their own files; Vary: Cookie stays on profiles", async () => {
    const category = await warmed(CATEGORY);
    expect(category.body.toString()).toBe(html(CATEGORY));
    expect(category.headers.vary).toBe(`${APP_PAGE_VARY}, Accept-Encoding`);
    const sorted = await warmed(`${CATEGORY}?sort=pay&dir=asc`);
    expect(sorted.body.toString()).toBe(html(SORTED));
  });

  it("leaves members, router requests, queries, unknown paths and missing or non-200 files to Next", async () => {
    await warmed(PROFILE);
    seen.length = 0;
    const toNext = [
      [PROFILE, { cookie: `aip.session_token=${signed("t0k3n")}` }],
      [PROFILE, { rsc: "1" }],
      [PROFILE, { "next-router-prefetch": "1" }],
      [`${PROFILE}?tab=tasks`, {}],
      ["/occupations/99-9999-nothing", {}],
      [MISSING, {}],
      [MISSING, {}],
      [NOT_FOUND_META, {}],
      [NOT_FOUND_META, {}],
    ] as const;
    for (const [url, headers] of toNext) {
      await new Promise((resolve) => setTimeout(resolve, 30)); // time for a background load that would (wrongly) succeed
      expect((await request(url, headers)).body.toString(), `${url} ${JSON.stringify(headers)}`).toBe("from next");
    }
    expect(seen).toHaveLength(toNext.length);
    // A junk cookie is an anonymous visitor.
    expect((await request(PROFILE, { cookie: "aip.session_token=junk.c2lnbmF0dXJl" })).body.toString()).toBe(html(PROFILE));
  });

  it("sends everything to Next when the build has no manifest", async () => {
    const empty = createStaticPages({ distDir: path.join(distDir, "nowhere"), hasSignedSession: isSigned });
    const response = { appendHeader: () => expect.fail("answered without a build") } as unknown as http.ServerResponse;
    expect(empty.serve({ method: "GET", url: PROFILE, headers: {} } as http.IncomingMessage, response)).toBe(false);
  });
});
