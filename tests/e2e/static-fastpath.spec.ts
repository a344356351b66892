import zlib from "node:zlib";

import { expect, test } from "@playwright/test";

import { rawRequest, type RawResponse } from "../support/raw-http";

import { APP_URL } from "./support/env";

/**
 * The static fast path (lib/server/static-pages.ts) against Next itself, on the production
 * build: a page answered from memory must be the response Next gives for the same page. A
 * query the fast path does not take (`via=next`) sends the same page through Next.
 */
const raw = (path: string, headers: Record<string, string> = {}, method = "GET") => rawRequest(APP_URL, path, headers, method);

const viaNext = (path: string) => `${path}${path.includes("?") ? "&" : "?"}via=next`;

/**
 * The head without what differs between any two responses (date), what differs by framing
 * (a gzipped body: Next streams it chunked, the fast path knows its length) and Next's
 * internal rewrite header on a sort query (proxy.ts's rewrite; not meaningful to a browser).
 */
function comparable(response: RawResponse): Record<string, string | string[] | undefined> {
  const skip = new Set(["date", "x-middleware-rewrite", ...(response.headers["content-encoding"] ? ["content-length", "transfer-encoding"] : [])]);
  return Object.fromEntries(Object.entries(response.headers).filter(([name]) => !skip.has(name)));
}

const decoded = (response: RawResponse) => (response.headers["content-encoding"] === "gzip" ? zlib.gunzipSync(response.body) : response.body);

const PAGES = [
  ["a profile", "/occupations/11-3051-industrial-production-managers"],
  ["a task page", "/occupations/11-3051-industrial-production-managers/tasks/11-3051.00"],
  ["a category page", "/categories/11-management"],
  ["a category sort order", "/categories/11-management?sort=pay&dir=asc"],
  ["a sort order's own address", "/categories/15-computer-and-mathematical/sorted/title-desc"],
  ["the home page (ISR: Next's)", "/"],
] as const;

for (const [name, path] of PAGES) {
  test(`${name} is the response Next gives: body, status and head, plain, gzipped and HEAD`, async () => {
    for (const headers of [{}, { "accept-encoding": "gzip, deflate, br, zstd" }] as Record<string, string>[]) {
      // The first requests fill the fast path's cache (the page, then its gzip copy) from Next's files.
      for (let i = 0; i < 3; i += 1) await raw(path, headers);
      const [fast, next] = await Promise.all([raw(path, headers), raw(viaNext(path), headers)]);
      expect(fast.status).toBe(200);
      expect(next.status).toBe(200);
      expect(decoded(fast).equals(decoded(next)), "same bytes").toBe(true);
      expect(comparable(fast)).toEqual(comparable(next));
      const [fastHead, nextHead] = await Promise.all([raw(path, headers, "HEAD"), raw(viaNext(path), headers, "HEAD")]);
      expect(fastHead.body.length).toBe(0);
      expect(comparable(fastHead)).toEqual(comparable(nextHead));
    }
  });
}

test("the home page keeps its hourly regeneration; profiles and categories are cached for good", async () => {
  expect((await raw("/")).headers["cache-control"]).toMatch(/^s-maxage=3600\b/);
  expect((await raw("/occupations/11-3051-industrial-production-managers")).headers["cache-control"]).toBe("s-maxage=31536000");
});

test("router requests for a static page still get Next's RSC answers, not the HTML", async () => {
  const path = "/occupations/11-3051-industrial-production-managers";
  for (let i = 0; i < 3; i += 1) await raw(path);
  for (const headers of [{ rsc: "1" }, { rsc: "1", "next-router-prefetch": "1" }] as Record<string, string>[]) {
    const response = await raw(path, headers);
    expect(response.headers["content-type"] ?? "", JSON.stringify(headers)).not.toContain("text/html");
  }
});

test("unknown pages are still Next's 404", async () => {
  const response = await raw("/occupations/99-9999-no-such-occupation");
  expect(response.status).toBe(404);
});
