import crypto from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { cacheableMemberHead, memberCacheKey, memberPageRequest, watchParam, type MemberAccess } from "@/lib/member-pages";
import { installEarlyRouting } from "@/lib/server/early-routing";
import { stampedMemberAccess, stampMemberAccess } from "@/lib/server/member-access";
import { createMemberPages, type MemberPages } from "@/lib/server/member-pages";
import { installVaryCookieForProfiles } from "@/lib/server/shared-cache";

import { closeServer, listenOnLoopback, rawRequest } from "../support/raw-http";

const SECRET = "test-secret-at-least-32-characters-long";
const SOC = "11-3051";
const PROFILE = "/occupations/11-3051-industrial-production-managers";
const signed = (token: string) => encodeURIComponent(`${token}.${crypto.createHmac("sha256", SECRET).update(token).digest("base64")}`);
const cookieOf = (token: string) => `aip.session_token=${signed(token)}`;
const get = (url: string, headers: Record<string, string> = {}, method = "GET") => ({ method, url, headers: { cookie: cookieOf("t"), ...headers } });

const PRO: MemberAccess = { soc: SOC, signedIn: true, pro: true, purchasedReport: false, watch: { watching: false, count: 0, limit: 50, pro: true, notice: null } };
const FREE: MemberAccess = { soc: SOC, signedIn: true, pro: false, purchasedReport: false, watch: { watching: false, count: 0, limit: 3, pro: false, notice: null } };
const key = (access: MemberAccess, url = PROFILE, contentGeneration = 1) => memberCacheKey({ buildId: "b1", contentGeneration, url, access });

describe("which member requests the cache may answer", () => {
  it("takes a GET or HEAD of a profile with a cookie, and a query of mix and watch only, each once", () => {
    expect(memberPageRequest(get(PROFILE))).toEqual({ url: PROFILE, segment: "11-3051-industrial-production-managers" });
    expect(memberPageRequest(get(PROFILE, {}, "HEAD"))?.url).toBe(PROFILE);
    expect(memberPageRequest(get(`${PROFILE}?mix=abc`))?.url).toBe(`${PROFILE}?mix=abc`);
    expect(memberPageRequest(get(`${PROFILE}?watch=added&mix=abc`))?.url).toBe(`${PROFILE}?watch=added&mix=abc`);
  });

  it("leaves other methods, paths, router and action requests, draft mode and other queries to Next", () => {
    for (const url of [`${PROFILE}/`, `${PROFILE}/tasks/11-3051.00`, `${PROFILE}/member`, "/occupations", "/categories/11-management", `${PROFILE}?utm_source=x`, `${PROFILE}?t1=50`, `${PROFILE}?_rsc=abc`, `${PROFILE}?mix=a&mix=b`, `${PROFILE}?watch=added&watch=removed`]) {
      expect(memberPageRequest(get(url)), url).toBeNull();
    }
    expect(memberPageRequest(get(PROFILE, {}, "POST"))).toBeNull();
    for (const header of ["rsc", "next-router-state-tree", "next-router-prefetch", "next-action", "next-url", "content-length", "content-type", "x-middleware-subrequest"]) {
      expect(memberPageRequest(get(PROFILE, { [header]: "1" })), header).toBeNull();
    }
    expect(memberPageRequest(get(PROFILE, { cookie: `${cookieOf("t")}; __prerender_bypass=1` }))).toBeNull();
    expect(memberPageRequest({ method: "GET", url: PROFILE, headers: {} })).toBeNull();
  });

  it("reads the watch notice the page reads", () => {
    expect(watchParam(`${PROFILE}?watch=added`)).toBe("added");
    expect(watchParam(`${PROFILE}?mix=x`)).toBeUndefined();
    expect(watchParam(PROFILE)).toBeUndefined();
  });
});

describe("the cache key", () => {
  it("is equal only when build, content, URL and every field of the tuple are", () => {
    expect(key(PRO)).toBe(key({ ...PRO, watch: { ...PRO.watch! } }));
    const variants: MemberAccess[] = [
      FREE,
      { ...PRO, pro: false },
      { ...PRO, soc: "29-1141" },
      { ...PRO, signedIn: false },
      { ...PRO, purchasedReport: true },
      { ...PRO, watch: null },
      { ...PRO, watch: { ...PRO.watch!, watching: true } },
      { ...PRO, watch: { ...PRO.watch!, count: 1 } },
      { ...PRO, watch: { ...PRO.watch!, limit: 3 } },
      { ...PRO, watch: { ...PRO.watch!, pro: false } },
      { ...PRO, watch: { ...PRO.watch!, notice: "added" } },
      { ...PRO, watch: { ...PRO.watch!, notice: "removed" } },
    ];
    const keys = new Set([key(PRO), ...variants.map((access) => key(access))]);
    expect(keys.size).toBe(variants.length + 1);
    expect(key(PRO, `${PROFILE}?mix=a`)).not.toBe(key(PRO));
    expect(key(PRO, PROFILE, 2)).not.toBe(key(PRO));
    expect(memberCacheKey({ buildId: "b2", contentGeneration: 1, url: PROFILE, access: PRO })).not.toBe(key(PRO));
  });

  it("names no person: it is made of the tuple, the URL and the build alone", () => {
    expect(JSON.parse(key(PRO))).toEqual(["b1", 1, PROFILE, SOC, true, true, false, [false, 0, 50, true, null]]);
  });
});

describe("which rendered responses are kept", () => {
  const head = { "cache-control": "private, no-cache, no-store, max-age=0, must-revalidate", "content-type": "text/html; charset=utf-8", vary: "rsc, Accept-Encoding, Cookie", date: "x", "transfer-encoding": "chunked", "content-encoding": "gzip", "x-frame-options": "DENY" };

  it("keeps a private 200 HTML page without cookies, with its head but framing and date", () => {
    expect(cacheableMemberHead(200, head)).toEqual([
      ["cache-control", head["cache-control"]],
      ["content-type", head["content-type"]],
      ["vary", head.vary],
      ["x-frame-options", "DENY"],
    ]);
  });

  it("drops redirects, errors, cookies, public caching and other encodings", () => {
    expect(cacheableMemberHead(307, head)).toBeNull();
    expect(cacheableMemberHead(500, head)).toBeNull();
    expect(cacheableMemberHead(200, { ...head, "set-cookie": ["a=b"] })).toBeNull();
    expect(cacheableMemberHead(200, { ...head, "cache-control": "s-maxage=31536000" })).toBeNull();
    expect(cacheableMemberHead(200, { ...head, "content-type": "text/x-component" })).toBeNull();
    expect(cacheableMemberHead(200, { ...head, "content-encoding": "br" })).toBeNull();
  });
});

describe("the stamped tuple", () => {
  it("is read back only for the occupation it was decided for, and only when well formed", () => {
    const headers: http.IncomingHttpHeaders = {};
    stampMemberAccess(headers, PRO);
    const name = Object.keys(headers)[0]!;
    expect(name).toMatch(/^x-aip-member-access-[0-9a-f]{24}$/);
    expect(stampedMemberAccess(new Headers({ [name]: headers[name] as string }), SOC)).toEqual(PRO);
    expect(stampedMemberAccess(new Headers({ [name]: headers[name] as string }), "29-1141")).toBeNull();
    expect(stampedMemberAccess(new Headers({ [name]: JSON.stringify({ ...PRO, email: "a@b.c" }) }), SOC)).toBeNull();
    expect(stampedMemberAccess(new Headers({ [name]: "{" }), SOC)).toBeNull();
    expect(stampedMemberAccess(new Headers({ "x-aip-member-access": JSON.stringify(PRO) }), SOC)).toBeNull();
    stampMemberAccess(headers, null);
    expect(headers).toEqual({});
  });
});

describe("the member cache on a real HTTP server", () => {
  const distDir = fs.mkdtempSync(path.join(os.tmpdir(), "member-pages-"));
  /** Session token → what the account unlocks now (null: an expired session); changed by the tests. */
  const accounts = new Map<string, MemberAccess | null | "down">();
  let generation = 1;
  let server: http.Server;
  let base: string;
  const rendered: string[] = [];
  let setCookie = false;
  let memberPages: MemberPages;

  beforeAll(async () => {
    fs.writeFileSync(path.join(distDir, "BUILD_ID"), "build-1\n");
    installVaryCookieForProfiles();
    installEarlyRouting({
      headers: [{ key: "X-Frame-Options", value: "DENY" }],
      frameableHeaders: [{ key: "X-Frame-Options", value: "SAMEORIGIN" }],
      authSecret: SECRET,
      canonicalSlug: () => undefined,
      categorySlug: () => undefined,
      memberPages: (memberPages = createMemberPages({
        distDir,
        socOfSegment: (segment) => (segment === "11-3051-industrial-production-managers" ? SOC : undefined),
        accessFor: async (headers) => {
          const token = decodeURIComponent(/aip\.session_token=([^;]+)/.exec(headers.get("cookie") ?? "")?.[1] ?? "").split(".")[0] ?? "";
          const access = accounts.get(token);
          if (access === "down") throw new Error("accounts database unreachable");
          return access ?? null;
        },
        contentGeneration: () => generation,
      })),
    });
    // Next: renders the stamped tuple (as the member page does), else "decided here"; gzips when asked.
    server = http.createServer((req, res) => {
      const stamped = stampedMemberAccess(new Headers(Object.entries(req.headers).map(([name, value]): [string, string] => [name, String(value)])), SOC);
      rendered.push(`${req.url} ${stamped === null ? "unstamped" : "stamped"}`);
      const html = Buffer.from(`<!DOCTYPE html><html><body><h1>${req.url}</h1><p>${JSON.stringify(stamped)}</p>${"<p>profile é</p>".repeat(200)}</body></html>`);
      res.setHeader("Cache-Control", "private, no-cache, no-store, max-age=0, must-revalidate");
      res.setHeader("Content-Type", "text/html; charset=utf-8");
      res.setHeader("Vary", "rsc, Accept-Encoding");
      if (setCookie) res.setHeader("Set-Cookie", "aip.session_token=renewed");
      if ((req.headers["accept-encoding"] ?? "").includes("gzip")) {
        res.setHeader("Content-Encoding", "gzip");
        const gzipped = zlib.gzipSync(html);
        res.write(gzipped.subarray(0, 100));
        res.end(gzipped.subarray(100));
      } else {
        res.write(html.subarray(0, 500));
        res.end(html.subarray(500));
      }
    });
    base = await listenOnLoopback(server);
  });
  afterAll(async () => {
    await closeServer(server);
    fs.rmSync(distDir, { recursive: true, force: true });
  });

  const request = (url: string, headers: Record<string, string> = {}, method = "GET") => rawRequest(base, url, headers, method);
  const as = (token: string, headers: Record<string, string> = {}) => ({ cookie: cookieOf(token), ...headers });
  /** Lets the kept copy settle (it is stored once the response has finished, gzip in the background). */
  const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

  it("renders a member's page once, from the tuple it decided, then answers it from memory with Next's head", async () => {
    accounts.set("alice", PRO);
    rendered.length = 0;
    const first = await request(PROFILE, as("alice"));
    await settle();
    const second = await request(PROFILE, as("alice"));
    expect(rendered).toEqual([`${PROFILE} stamped`]);
    expect(second.body.equals(first.body)).toBe(true);
    expect(second.body.toString()).toContain('"pro":true');
    expect(second.headers["cache-control"]).toBe("private, no-cache, no-store, max-age=0, must-revalidate");
    expect(second.headers.vary).toBe("rsc, Accept-Encoding, Cookie");
    expect(second.headers["x-frame-options"]).toBe("DENY");
    expect(second.headers["content-length"]).toBe(String(second.body.length));
    expect(second.headers["set-cookie"]).toBeUndefined();
  });

  it("gives another member the same bytes only when every field of the tuple is equal", async () => {
    accounts.set("bob", { ...PRO, watch: { ...PRO.watch! } });
    accounts.set("carol", FREE);
    accounts.set("dave", { ...PRO, watch: { ...PRO.watch!, count: 1 } });
    const alice = await request(PROFILE, as("alice"));
    rendered.length = 0;
    const bob = await request(PROFILE, as("bob"));
    expect(rendered).toEqual([]);
    expect(bob.body.equals(alice.body)).toBe(true);
    const carol = await request(PROFILE, as("carol"));
    const dave = await request(PROFILE, as("dave"));
    expect(rendered).toEqual([`${PROFILE} stamped`, `${PROFILE} stamped`]);
    expect(carol.body.toString()).toContain('"pro":false');
    expect(carol.body.toString()).not.toContain('"pro":true');
    expect(dave.body.toString()).toContain('"count":1');
  });

  it("changes the page as soon as the account changes (the tuple is the key), and with the watch notice", async () => {
    accounts.set("erin", FREE);
    await request(PROFILE, as("erin"));
    await settle();
    const watched = { ...FREE, watch: { ...FREE.watch!, watching: true, count: 1 } };
    accounts.set("erin", watched);
    const after = await request(`${PROFILE}?watch=added`, as("erin"));
    expect(after.body.toString()).toContain('"watching":true');
    accounts.set("erin", { ...FREE, purchasedReport: true });
    expect((await request(PROFILE, as("erin"))).body.toString()).toContain('"purchasedReport":true');
  });

  it("serves gzip as Next compressed it, and plain or HEAD from the same copy", async () => {
    accounts.set("frank", { ...PRO, purchasedReport: true });
    rendered.length = 0;
    const first = await request(PROFILE, as("frank", { "accept-encoding": "gzip, deflate, br" }));
    expect(first.headers["content-encoding"]).toBe("gzip");
    await settle();
    const gzipped = await request(PROFILE, as("frank", { "accept-encoding": "gzip, deflate, br" }));
    const plain = await request(PROFILE, as("frank"));
    const head = await request(PROFILE, as("frank", { "accept-encoding": "gzip" }), "HEAD");
    expect(rendered).toEqual([`${PROFILE} stamped`]);
    expect(gzipped.headers["content-encoding"]).toBe("gzip");
    expect(zlib.gunzipSync(gzipped.body).equals(zlib.gunzipSync(first.body))).toBe(true);
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.equals(zlib.gunzipSync(first.body))).toBe(true);
    expect(head.body.length).toBe(0);
    expect(head.headers["content-encoding"]).toBeUndefined();
    expect(head.headers["content-length"]).toBe(String(plain.body.length));
    // Kept gzipped only: the bound counts compressed bytes.
    expect(memberPages.stats.bytes).toBeLessThan(memberPages.stats.pages * plain.body.length);
  });

  it("leaves expired sessions, failed lookups, other queries, router requests and crawlers to Next, unstamped and not kept", async () => {
    accounts.set("gone", null);
    accounts.set("down", "down");
    rendered.length = 0;
    for (let i = 0; i < 2; i += 1) {
      await request(PROFILE, as("gone"));
      await request(PROFILE, as("down"));
      await request(`${PROFILE}?utm_source=x`, as("alice"));
      await request(PROFILE, as("alice", { rsc: "1" }));
      await request(PROFILE, as("alice", { "user-agent": "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)" }));
      await settle();
    }
    expect(rendered).toEqual(Array(2).fill([`${PROFILE} unstamped`, `${PROFILE} unstamped`, `${PROFILE}?utm_source=x unstamped`, `${PROFILE} unstamped`, `${PROFILE} unstamped`]).flat());
    // Without a signed cookie nothing is looked up: the public page (here, Next) as before.
    expect((await request(PROFILE, { cookie: "aip.session_token=junk.c2ln" })).status).toBe(200);
    expect(rendered.at(-1)).toBe(`${PROFILE} unstamped`);
  });

  it("keeps no response that sets a cookie, and nothing across a content rebuild", async () => {
    accounts.set("henry", { ...FREE, watch: { ...FREE.watch!, count: 2 } });
    setCookie = true;
    rendered.length = 0;
    await request(PROFILE, as("henry"));
    await settle();
    const renewed = await request(PROFILE, as("henry"));
    setCookie = false;
    expect(renewed.headers["set-cookie"]).toEqual(["aip.session_token=renewed"]);
    await request(PROFILE, as("henry"));
    await settle();
    await request(PROFILE, as("henry"));
    expect(rendered).toHaveLength(3);
    generation += 1;
    await request(PROFILE, as("henry"));
    expect(rendered).toHaveLength(4);
  });

  it("ignores a client's attempt to send a tuple of its own", async () => {
    accounts.set("ivan", FREE);
    const forged = JSON.stringify(PRO);
    const response = await request(PROFILE, as("ivan", { "x-aip-member-access": forged }));
    expect(response.body.toString()).not.toContain('"pro":true');
  });
});
